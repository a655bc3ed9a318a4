"""The remote side of a sync: what the account holds, its fingerprints, and pulling it.

``pull`` reads an account into a project and records what it read (fingerprints and ids, in the
project's ``extra`` under ``"pagerduty"``) so that a later plan can report remote changes made
since. The helpers here are shared by the planner and the applier.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from rotaplan.core import (
    Project,
    Schedule,
)
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.errors import ApiError
from rotaplan.pagerduty.mapping import (
    IdMaker,
    override_from_pd,
    parse_time,
    pd_time,
    pd_zone,
    person_from_user,
    policy_from_pd,
    read_only_schedule,
    schedule_from_pd,
)

__all__ = [
    "CLOCK_SKEW",
    "DEFAULT_PULL_DAYS",
    "SNAPSHOT_KEY",
    "JsonObject",
    "Remote",
    "instant_text",
    "layer_key",
    "layers_of",
    "policy_fingerprint",
    "policy_rules",
    "pull",
    "read_lists",
    "read_overrides",
    "read_remote",
    "schedule_fingerprint",
    "schedule_record",
    "snapshot_of",
    "with_snapshot",
]

DEFAULT_PULL_DAYS = 90
SNAPSHOT_KEY = "pagerduty"
# PagerDuty stamps a rewritten layer start with its own clock, which may run a little ahead.
CLOCK_SKEW = timedelta(minutes=5)
JsonObject = Mapping[str, Any]


@dataclass(frozen=True)
class Remote:
    """What the account holds: users, schedules, policies, and overrides of a window."""

    users: tuple[JsonObject, ...]
    schedules: Mapping[str, JsonObject]
    policies: Mapping[str, JsonObject]
    overrides: Mapping[str, tuple[JsonObject, ...]]
    since: datetime
    until: datetime


def read_lists(
    client: PagerDutyClient,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    users = list(client.paginate("/users", "users"))
    schedules = list(client.paginate("/schedules", "schedules", [("include[]", "schedule_layers")]))
    policies = list(client.paginate("/escalation_policies", "escalation_policies"))
    return users, schedules, policies


def read_overrides(
    client: PagerDutyClient, schedule_id: str, since: datetime, until: datetime
) -> tuple[JsonObject, ...]:
    body = client.get(
        f"/schedules/{schedule_id}/overrides",
        [("since", pd_time(since)), ("until", pd_time(until))],
    )
    items = body.get("overrides") if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise ApiError(
            f"GET /schedules/{schedule_id}/overrides: PagerDuty's answer has no overrides list",
            status=200,
        )
    return tuple(items)


def read_remote(
    client: PagerDutyClient,
    since: datetime,
    until: datetime,
    override_schedules: Iterable[str] | None = None,
) -> Remote:
    """Read the account; overrides of ``[since, until)`` for the given schedules (or all)."""
    users, schedules, policies = read_lists(client)
    by_id = {str(s["id"]): s for s in schedules}
    wanted = by_id if override_schedules is None else override_schedules
    overrides = {sid: read_overrides(client, sid, since, until) for sid in wanted if sid in by_id}
    return Remote(
        tuple(users),
        by_id,
        {str(p["id"]): p for p in policies},
        overrides,
        since,
        until,
    )


# -- fingerprints and the pulled-state record ---------------------------------------------------
def _digest(value: object) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def instant_text(value: object) -> str | None:
    return None if value is None else pd_time(parse_time(value, "time"))


def _ref_type(kind: object) -> str:
    text = str(kind)
    return text if text.endswith("_reference") else text + "_reference"


def layers_of(data: JsonObject) -> list[JsonObject]:
    """The layers of a schedule in write order (lowest priority first)."""
    return list(reversed(data.get("schedule_layers") or []))


def layer_key(layer: JsonObject) -> dict[str, Any]:
    return {
        "name": layer.get("name"),
        "end": instant_text(layer.get("end")),
        "virtual": instant_text(layer.get("rotation_virtual_start")),
        "turn": layer.get("rotation_turn_length_seconds"),
        "users": [u.get("user", {}).get("id") for u in layer.get("users") or []],
        "restrictions": [
            {
                "type": r.get("type"),
                "start": r.get("start_time_of_day"),
                "duration": r.get("duration_seconds"),
                "day": r.get("start_day_of_week")
                if r.get("type") == "weekly_restriction"
                else None,
            }
            for r in layer.get("restrictions") or []
        ],
    }


def schedule_fingerprint(data: JsonObject) -> str:
    """A digest of a schedule's content; layer ``start`` is left out (PagerDuty rewrites it)."""
    return _digest(
        {
            "name": data.get("name"),
            "description": data.get("description") or "",
            "time_zone": pd_zone(str(data.get("time_zone"))),
            "layers": [{"id": la.get("id"), **layer_key(la)} for la in layers_of(data)],
        }
    )


def policy_rules(data: JsonObject) -> list[dict[str, Any]]:
    return [
        {
            "delay": r.get("escalation_delay_in_minutes"),
            "targets": [[_ref_type(t.get("type")), t.get("id")] for t in r.get("targets") or []],
        }
        for r in data.get("escalation_rules") or []
    ]


def policy_fingerprint(data: JsonObject) -> str:
    """A digest of an escalation policy's name, description, loops and rules."""
    return _digest(
        {
            "name": data.get("name"),
            "description": data.get("description") or "",
            "num_loops": data.get("num_loops") or 0,
            "rules": policy_rules(data),
        }
    )


def schedule_record(data: JsonObject, override_ids: Iterable[str]) -> dict[str, Any]:
    return {
        "fingerprint": schedule_fingerprint(data),
        "layers": sorted(str(la.get("id")) for la in data.get("schedule_layers") or []),
        "overrides": sorted(set(override_ids)),
    }


def snapshot_of(project: Project) -> dict[str, Any]:
    value = project.extra.get(SNAPSHOT_KEY)
    if not isinstance(value, dict):
        return {"schedules": {}, "policies": {}}
    out = dict(value)
    for key in ("schedules", "policies"):
        out[key] = dict(out[key]) if isinstance(out.get(key), dict) else {}
    return out


def with_snapshot(project: Project, snapshot: Mapping[str, Any]) -> Project:
    ordered = dict(snapshot)
    for key in ("schedules", "policies"):
        ordered[key] = {k: ordered[key][k] for k in sorted(ordered[key])}
    return replace(project, extra={**project.extra, SNAPSHOT_KEY: ordered})


# -- pull ---------------------------------------------------------------------------------------
def pull(
    client: PagerDutyClient,
    *,
    now: datetime,
    days: int = DEFAULT_PULL_DAYS,
    name: str = "PagerDuty",
) -> tuple[Project, list[str]]:
    """The account as a project (overrides of the next ``days``), and notes on what was left out."""
    since, until = now, now + timedelta(days=days)
    remote = read_remote(client, since, until)
    notes: list[str] = []
    person_ids = IdMaker()
    people = []
    for user in remote.users:
        email = str(user.get("email") or "")
        people.append(person_from_user(user, person_ids.make(email.split("@")[0], "person")))
    person_of_user = {p.pagerduty_id: p.id for p in people if p.pagerduty_id}
    schedule_ids = IdMaker()
    schedule_of_pd: dict[str, str] = {}
    schedules: list[Schedule] = []
    records: dict[str, Any] = {}
    for pd_id, data in remote.schedules.items():
        sid = schedule_ids.make(str(data.get("name") or ""), "schedule")
        override_ids = IdMaker()
        overrides = [
            override_from_pd(
                o,
                override_ids.make(str(o.get("id")), "override"),
                person_of_user,
                f"schedule {data.get('name')!r} override {o.get('id')}",
            )
            for o in remote.overrides.get(pd_id, ())
        ]
        schedule, layer_notes = schedule_from_pd(data, sid, person_of_user, overrides)
        notes.extend(layer_notes)
        schedules.append(schedule)
        schedule_of_pd[pd_id] = sid
        records[pd_id] = schedule_record(
            data, (str(o.get("id")) for o in remote.overrides.get(pd_id, ()))
        )
    # Escalation policies may target shift-based (v3) schedules, absent from /schedules.
    for data in remote.policies.values():
        for rule in data.get("escalation_rules") or []:
            for target in rule.get("targets") or []:
                tid = str(target.get("id"))
                if str(target.get("type")).startswith("schedule") and tid not in schedule_of_pd:
                    sid = schedule_ids.make(str(target.get("summary") or tid), "schedule")
                    schedules.append(read_only_schedule(tid, str(target.get("summary") or ""), sid))
                    schedule_of_pd[tid] = sid
                    notes.append(
                        f"schedule {target.get('summary') or tid} ({tid}) is shift-based (v3): "
                        "kept read-only"
                    )
    policy_ids = IdMaker()
    policies = [
        policy_from_pd(
            data,
            policy_ids.make(str(data.get("name") or ""), "policy"),
            person_of_user,
            schedule_of_pd,
        )
        for data in remote.policies.values()
    ]
    snapshot = {
        "pulled_at": pd_time(now),
        "window": {"since": pd_time(since), "until": pd_time(until)},
        "schedules": records,
        "policies": {
            pd_id: {"fingerprint": policy_fingerprint(data)}
            for pd_id, data in remote.policies.items()
        },
    }
    project = Project(
        name=name,
        people=tuple(people),
        schedules=tuple(schedules),
        escalation_policies=tuple(policies),
    )
    return with_snapshot(project, snapshot), notes
