"""Planning a push: read the account, link the project to it, and list the steps.

``plan_push`` reads the account's lists, links project objects to their PagerDuty twins
(``linking``: by id, by email for people, by name or content for objects a failed push already
created), reads the overrides of the linked schedules, and then compares (``diffing``): the small
steps a push would take, each readable by a person (``describing``), with remote changes since
the last pull and errors that block the push.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from rotaplan.core import Project
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.diffing import diff_plan
from rotaplan.pagerduty.linking import (
    link_objects,
    linked_schedules,
    replace_schedule,
    set_override_ids,
)
from rotaplan.pagerduty.mapping import parse_time, policy_body
from rotaplan.pagerduty.remote import (
    DEFAULT_PULL_DAYS,
    Remote,
    read_lists,
    read_overrides,
    snapshot_of,
)
from rotaplan.pagerduty.steps import Step, StepKind, SyncPlan

__all__ = [
    "Step",
    "StepKind",
    "SyncPlan",
    "make_plan",
    "plan_push",
    "policy_body",
    "replace_schedule",
    "set_override_ids",
]


def make_plan(project: Project, remote: Remote, now: datetime) -> SyncPlan:
    """The steps that bring the account to the project (a pure function of its inputs)."""
    return diff_plan(link_objects(project, remote), remote, now)


def _override_window(project: Project, now: datetime) -> tuple[datetime, datetime]:
    until = now + timedelta(days=DEFAULT_PULL_DAYS)
    for schedule in project.schedules:
        for o in schedule.overrides:
            until = max(until, o.end)
    snapshot = snapshot_of(project)
    window = snapshot.get("window")
    if isinstance(window, dict) and isinstance(window.get("until"), str):
        until = max(until, parse_time(window["until"], "window.until"))
    return now, until


def plan_push(client: PagerDutyClient, project: Project, now: datetime) -> SyncPlan:
    """Read the account and plan a push of ``project``."""
    since, until = _override_window(project, now)
    users, schedules, policies = read_lists(client)
    lists = Remote(
        tuple(users),
        {str(s["id"]): s for s in schedules},
        {str(p["id"]): p for p in policies},
        {},
        since,
        until,
    )
    # Linking needs no overrides: it tells which schedules' overrides are worth reading.
    linked = link_objects(project, lists)
    overrides = {
        sid: read_overrides(client, sid, since, until)
        for sid in linked_schedules(linked.value, lists)
    }
    return diff_plan(linked, replace(lists, overrides=overrides), now)
