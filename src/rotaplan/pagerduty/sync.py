"""Pull, plan and push (DESIGN §5): the project against the live PagerDuty account.

``pull`` reads an account into a project and records what it read (fingerprints and ids, in the
project's ``extra`` under ``"pagerduty"``) so that ``plan`` can report remote changes made since.
``plan_push`` reads the account, links project objects to their PagerDuty twins (by id, by email
for people, by name or content for objects a failed push already created) and lists the steps a
push would take. ``apply_plan`` sends them in order and hands back the project after every step,
so the caller can save the new ``pagerduty_id`` values as they arrive: a second push finds
nothing to do, and a push that failed part-way completes without duplicates.
"""

from __future__ import annotations

from datetime import UTC, datetime

from rotaplan.pagerduty.applier import OnStep, apply_plan
from rotaplan.pagerduty.planner import make_plan, plan_push
from rotaplan.pagerduty.remote import DEFAULT_PULL_DAYS, SNAPSHOT_KEY, Remote, pull, read_remote
from rotaplan.pagerduty.steps import Step, StepKind, SyncPlan

__all__ = [
    "DEFAULT_PULL_DAYS",
    "SNAPSHOT_KEY",
    "OnStep",
    "Remote",
    "Step",
    "StepKind",
    "SyncPlan",
    "apply_plan",
    "make_plan",
    "plan_push",
    "pull",
    "read_remote",
    "utc_now",
]


def utc_now() -> datetime:
    """The current time, UTC."""
    return datetime.now(UTC)
