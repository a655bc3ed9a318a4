"""PagerDuty REST API v2 client, mapping, and sync (pull, plan, push); Events API v2.

The public names load their module on first use, so that checking an address or reading the
token does not load the HTTP library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rotaplan.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from rotaplan.pagerduty.applier import (
        apply_plan,
    )
    from rotaplan.pagerduty.client import (
        ACCEPT,
        DEFAULT_API_URL,
        PAGE_LIMIT,
        PagerDutyClient,
        Params,
        Response,
        RetryPolicy,
        error_messages,
    )
    from rotaplan.pagerduty.errors import (
        ApiError,
        AuthError,
        ForbiddenError,
        InvalidInputError,
        NotFoundError,
        PagerDutyError,
        RateLimitedError,
        ServerError,
        SyncError,
        UnreachableError,
    )
    from rotaplan.pagerduty.events import (
        DEFAULT_EVENTS_URL,
        EventsClient,
    )
    from rotaplan.pagerduty.merge import (
        carry_local,
    )
    from rotaplan.pagerduty.planner import (
        make_plan,
        plan_push,
    )
    from rotaplan.pagerduty.remote import (
        Remote,
        pull,
        read_remote,
    )
    from rotaplan.pagerduty.steps import (
        Step,
        StepKind,
        SyncPlan,
    )
    from rotaplan.pagerduty.sync import (
        DEFAULT_PULL_DAYS,
        SNAPSHOT_KEY,
        utc_now,
    )
    from rotaplan.pagerduty.urls import (
        check_api_url,
    )

__all__ = [
    "ACCEPT",
    "DEFAULT_API_URL",
    "DEFAULT_EVENTS_URL",
    "DEFAULT_PULL_DAYS",
    "PAGE_LIMIT",
    "SNAPSHOT_KEY",
    "ApiError",
    "AuthError",
    "EventsClient",
    "ForbiddenError",
    "InvalidInputError",
    "NotFoundError",
    "PagerDutyClient",
    "PagerDutyError",
    "Params",
    "RateLimitedError",
    "Remote",
    "Response",
    "RetryPolicy",
    "ServerError",
    "Step",
    "StepKind",
    "SyncError",
    "SyncPlan",
    "UnreachableError",
    "apply_plan",
    "carry_local",
    "check_api_url",
    "error_messages",
    "make_plan",
    "plan_push",
    "pull",
    "read_remote",
    "utc_now",
]

_HOME = {
    "apply_plan": "rotaplan.pagerduty.applier",
    "ACCEPT": "rotaplan.pagerduty.client",
    "DEFAULT_API_URL": "rotaplan.pagerduty.urls",
    "PAGE_LIMIT": "rotaplan.pagerduty.client",
    "PagerDutyClient": "rotaplan.pagerduty.client",
    "Params": "rotaplan.pagerduty.client",
    "Response": "rotaplan.pagerduty.client",
    "RetryPolicy": "rotaplan.pagerduty.client",
    "error_messages": "rotaplan.pagerduty.client",
    "ApiError": "rotaplan.pagerduty.errors",
    "AuthError": "rotaplan.pagerduty.errors",
    "ForbiddenError": "rotaplan.pagerduty.errors",
    "InvalidInputError": "rotaplan.pagerduty.errors",
    "NotFoundError": "rotaplan.pagerduty.errors",
    "PagerDutyError": "rotaplan.pagerduty.errors",
    "RateLimitedError": "rotaplan.pagerduty.errors",
    "ServerError": "rotaplan.pagerduty.errors",
    "SyncError": "rotaplan.pagerduty.errors",
    "UnreachableError": "rotaplan.pagerduty.errors",
    "DEFAULT_EVENTS_URL": "rotaplan.pagerduty.urls",
    "EventsClient": "rotaplan.pagerduty.events",
    "carry_local": "rotaplan.pagerduty.merge",
    "Step": "rotaplan.pagerduty.steps",
    "StepKind": "rotaplan.pagerduty.steps",
    "SyncPlan": "rotaplan.pagerduty.steps",
    "make_plan": "rotaplan.pagerduty.planner",
    "plan_push": "rotaplan.pagerduty.planner",
    "Remote": "rotaplan.pagerduty.remote",
    "pull": "rotaplan.pagerduty.remote",
    "read_remote": "rotaplan.pagerduty.remote",
    "DEFAULT_PULL_DAYS": "rotaplan.pagerduty.sync",
    "SNAPSHOT_KEY": "rotaplan.pagerduty.sync",
    "utc_now": "rotaplan.pagerduty.sync",
    "check_api_url": "rotaplan.pagerduty.urls",
}


__getattr__, __dir__ = _lazy_names(globals(), _HOME)
