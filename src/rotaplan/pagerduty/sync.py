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

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from rotaplan.core import (
    EscalationPolicy,
    Layer,
    Override,
    Project,
    Schedule,
    zone,
)
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.errors import ApiError, NotFoundError, PagerDutyError, SyncError
from rotaplan.pagerduty.mapping import (
    IdMaker,
    is_read_only,
    layer_to_pd,
    override_from_pd,
    override_to_pd,
    parse_time,
    pd_time,
    pd_zone,
    person_from_user,
    policy_from_pd,
    read_only_schedule,
    schedule_from_pd,
    user_ids,
)

__all__ = [
    "DEFAULT_PULL_DAYS",
    "SNAPSHOT_KEY",
    "Remote",
    "Step",
    "SyncPlan",
    "apply_plan",
    "make_plan",
    "plan_push",
    "pull",
    "read_remote",
    "utc_now",
]

DEFAULT_PULL_DAYS = 90
SNAPSHOT_KEY = "pagerduty"
# PagerDuty stamps a rewritten layer start with its own clock, which may run a little ahead.
_CLOCK_SKEW = timedelta(minutes=5)
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


def _read_lists(
    client: PagerDutyClient,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    users = list(client.paginate("/users", "users"))
    schedules = list(client.paginate("/schedules", "schedules", [("include[]", "schedule_layers")]))
    policies = list(client.paginate("/escalation_policies", "escalation_policies"))
    return users, schedules, policies


def _read_overrides(
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
    users, schedules, policies = _read_lists(client)
    by_id = {str(s["id"]): s for s in schedules}
    wanted = by_id if override_schedules is None else override_schedules
    overrides = {sid: _read_overrides(client, sid, since, until) for sid in wanted if sid in by_id}
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


def _instant_text(value: object) -> str | None:
    return None if value is None else pd_time(parse_time(value, "time"))


def _ref_type(kind: object) -> str:
    text = str(kind)
    return text if text.endswith("_reference") else text + "_reference"


def _remote_layers(data: JsonObject) -> list[JsonObject]:
    """The layers of a schedule in write order (lowest priority first)."""
    return list(reversed(data.get("schedule_layers") or []))


def _layer_key(layer: JsonObject) -> dict[str, Any]:
    return {
        "name": layer.get("name"),
        "end": _instant_text(layer.get("end")),
        "virtual": _instant_text(layer.get("rotation_virtual_start")),
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
            "layers": [{"id": la.get("id"), **_layer_key(la)} for la in _remote_layers(data)],
        }
    )


def _policy_rules(data: JsonObject) -> list[dict[str, Any]]:
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
            "rules": _policy_rules(data),
        }
    )


def _schedule_record(data: JsonObject, override_ids: Iterable[str]) -> dict[str, Any]:
    return {
        "fingerprint": schedule_fingerprint(data),
        "layers": sorted(str(la.get("id")) for la in data.get("schedule_layers") or []),
        "overrides": sorted(set(override_ids)),
    }


def _snapshot(project: Project) -> dict[str, Any]:
    value = project.extra.get(SNAPSHOT_KEY)
    if not isinstance(value, dict):
        return {"schedules": {}, "policies": {}}
    out = dict(value)
    for key in ("schedules", "policies"):
        out[key] = dict(out[key]) if isinstance(out.get(key), dict) else {}
    return out


def _with_snapshot(project: Project, snapshot: Mapping[str, Any]) -> Project:
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
        records[pd_id] = _schedule_record(
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
    return _with_snapshot(project, snapshot), notes


# -- plan ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """One change a push makes; ``writes`` is how many requests it sends."""

    kind: str
    subject: str
    summary: str
    details: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    writes: int = 1

    def to_json(self) -> dict[str, Any]:
        """The step for ``plan --json``."""
        return {
            "kind": self.kind,
            "subject": self.subject,
            "summary": self.summary,
            "details": list(self.details),
            "writes": self.writes,
        }


@dataclass(frozen=True)
class SyncPlan:
    """The steps of a push, with links made, remote drift, blocking errors and notes."""

    project: Project
    remote: Remote
    now: datetime
    steps: tuple[Step, ...]
    links: tuple[str, ...] = ()
    drift: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        """Whether errors stop the push."""
        return bool(self.errors)

    @property
    def writes(self) -> int:
        """The requests that change the account."""
        return sum(step.writes for step in self.steps)

    def to_json(self) -> dict[str, Any]:
        """The plan for ``plan --json``."""
        return {
            "steps": [step.to_json() for step in self.steps],
            "writes": self.writes,
            "links": list(self.links),
            "remote_changes": list(self.drift),
            "errors": list(self.errors),
            "notes": list(self.notes),
        }


def _when(value: datetime, tz_name: str) -> str:
    local = value.astimezone(zone(tz_name))
    return (
        local.strftime("%Y-%m-%d %H:%M")
        if local.time() != local.time().min
        else (local.strftime("%Y-%m-%d"))
    )


def _turn_text(seconds: int) -> str:
    if seconds % 604_800 == 0:
        return f"{seconds // 604_800} w"
    if seconds % 86_400 == 0:
        return f"{seconds // 86_400} d"
    return f"{seconds / 3600:g} h"


def _restriction_text(layer: JsonObject) -> str:
    parts = []
    for r in _layer_key(layer)["restrictions"]:
        day = f" day {r['day']}" if r["day"] else ""
        parts.append(f"{r['type'].split('_')[0]}{day} {r['start']} +{_turn_text(r['duration'])}")
    return ", ".join(parts) or "none"


@dataclass
class _Planner:
    project: Project
    remote: Remote
    now: datetime
    snapshot: dict[str, Any]
    links: list[str] = field(default_factory=list)
    drift: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    missing_people: set[str] = field(default_factory=set)

    # links --------------------------------------------------------------------------------
    def link_people(self) -> None:
        by_id = {str(u["id"]): u for u in self.remote.users}
        by_email = {str(u.get("email") or "").lower(): u for u in self.remote.users}
        people = []
        for person in self.project.people:
            if person.pagerduty_id in by_id:
                people.append(person)
                continue
            user = by_email.get(person.email.lower()) if person.email else None
            if user is not None:
                self.links.append(
                    f"person {person.id}: PagerDuty user {user.get('name')} ({user['id']}), "
                    "by email"
                )
                people.append(replace(person, pagerduty_id=str(user["id"])))
            else:
                people.append(replace(person, pagerduty_id=None))
        self.project = replace(self.project, people=tuple(people))

    def _adopt(
        self, kind: str, local: Iterable[Any], remote: Mapping[str, JsonObject]
    ) -> dict[str, str]:
        taken = {obj.pagerduty_id for obj in local if obj.pagerduty_id in remote}
        known = self.snapshot.get(kind, {})
        adopted: dict[str, str] = {}
        for obj in local:
            if obj.pagerduty_id in remote:
                continue
            if obj.pagerduty_id:
                self.errors.append(
                    f"{kind[:-1]} {obj.id}: its PagerDuty twin {obj.pagerduty_id} no longer "
                    "exists; clear its pagerduty_id to create it again"
                )
                continue
            for pd_id, data in remote.items():
                if pd_id not in taken and pd_id not in known and data.get("name") == obj.name:
                    taken.add(pd_id)
                    adopted[obj.id] = pd_id
                    self.links.append(
                        f"{kind[:-1]} {obj.id}: existing PagerDuty {kind[:-1]} "
                        f"{obj.name!r} ({pd_id}), by name"
                    )
                    break
        return adopted

    def link_schedules_and_policies(self) -> None:
        editable = [s for s in self.project.schedules if not is_read_only(s)]
        adopted = self._adopt("schedules", editable, self.remote.schedules)
        self.project = replace(
            self.project,
            schedules=tuple(
                replace(s, pagerduty_id=adopted[s.id]) if s.id in adopted else s
                for s in self.project.schedules
            ),
        )
        adopted = self._adopt("policies", self.project.escalation_policies, self.remote.policies)
        self.project = replace(
            self.project,
            escalation_policies=tuple(
                replace(p, pagerduty_id=adopted[p.id]) if p.id in adopted else p
                for p in self.project.escalation_policies
            ),
        )

    # checks ---------------------------------------------------------------------------------
    def users_of(self, person_ids: Iterable[str], where: str) -> bool:
        users = user_ids(self.project.people)
        ok = True
        for pid in person_ids:
            if pid not in users:
                ok = False
                if pid not in self.missing_people:
                    self.missing_people.add(pid)
                    person = self.project.person(pid)
                    self.errors.append(
                        f"person {pid} ({person.name}) has no PagerDuty user (used by {where}): "
                        f"add a user with the email {person.email or '…'} or fix the email"
                    )
        return ok

    def check_layer(self, schedule: Schedule, layer: Layer) -> None:
        where = f"schedule {schedule.id} layer {layer.id}"
        virtual = layer.rotation_virtual_start
        if virtual.second or virtual.microsecond:
            self.errors.append(
                f"{where}: rotation_virtual_start {virtual.isoformat()} is not on a whole "
                "minute; PagerDuty cannot store it"
            )
        for i, r in enumerate(layer.restrictions):
            if r.start_time.microsecond:
                self.errors.append(
                    f"{where}: restrictions[{i}].start_time has fractions of a second; "
                    "PagerDuty cannot store it"
                )
        self.users_of(layer.members, where)

    # schedules ------------------------------------------------------------------------------
    def active(self, layer: Layer) -> bool:
        return layer.end is None or layer.end > self.now

    def describe_layer(self, layer: Layer, tz: str) -> str:
        return (
            f"{layer.name or layer.id} ({', '.join(layer.members)}, turn "
            f"{_turn_text(layer.turn_length_seconds)}) from "
            f"{_when(max(layer.start, self.now), tz)}"
        )

    def layer_changes(self, layer: Layer, remote: JsonObject, tz: str) -> list[str]:
        users = user_ids(self.project.people)
        mine = _layer_key(layer_to_pd(layer, users))
        theirs = _layer_key(remote)
        person_of = {v: k for k, v in users.items()}
        out = []
        if mine["name"] != theirs["name"]:
            out.append(f"name {theirs['name']} → {mine['name']}")
        if mine["users"] != theirs["users"]:
            before = ", ".join(person_of.get(u, str(u)) for u in theirs["users"])
            out.append(f"members {before} → {', '.join(layer.members)}")
        if mine["turn"] != theirs["turn"]:
            out.append(f"turn {_turn_text(int(theirs['turn']))} → {_turn_text(int(mine['turn']))}")
        if mine["virtual"] != theirs["virtual"]:
            out.append(
                f"rotation start {_when(parse_time(theirs['virtual'], 'v'), tz)} → "
                f"{_when(layer.rotation_virtual_start, tz)}"
            )
        if mine["restrictions"] != theirs["restrictions"]:
            after = _restriction_text(layer_to_pd(layer, users))
            out.append(f"restrictions {_restriction_text(remote)} → {after}")
        if mine["end"] != theirs["end"]:
            before = "none" if theirs["end"] is None else _when(parse_time(theirs["end"], "e"), tz)
            after = "none" if layer.end is None else _when(layer.end, tz)
            out.append(f"end {before} → {after}")
        remote_start = parse_time(remote.get("start"), "start")
        # PagerDuty rewrites a past start to the time of the last write: only future starts count.
        in_effect = layer.start <= self.now and remote_start <= self.now + _CLOCK_SKEW
        if not in_effect and layer.start != remote_start:
            out.append(f"start {_when(remote_start, tz)} → {_when(layer.start, tz)}")
        return out

    def plan_schedule(self, schedule: Schedule) -> Schedule:
        if is_read_only(schedule):
            if schedule.layers or schedule.overrides:
                self.errors.append(
                    f"schedule {schedule.id}: a shift-based (v3) PagerDuty schedule is read-only "
                    "in Rotaplan; remove its layers and overrides or edit it in PagerDuty"
                )
            return schedule
        active = [layer for layer in schedule.layers if self.active(layer)]
        for layer in active:
            self.check_layer(schedule, layer)
        tz = schedule.time_zone
        if schedule.pagerduty_id is None:
            if not active:
                self.errors.append(
                    f"schedule {schedule.id}: PagerDuty needs at least one current layer"
                )
                return schedule
            self.steps.append(
                Step(
                    "create_schedule",
                    schedule.id,
                    f"{schedule.name}: create schedule ({pd_zone(tz)})",
                    tuple(f"add layer {self.describe_layer(la, tz)}" for la in active),
                )
            )
            self.plan_overrides(schedule, ())
            return schedule
        data_id = schedule.pagerduty_id
        data = self.remote.schedules[data_id]
        record = self.snapshot["schedules"].get(data_id)
        if record and record.get("fingerprint") != schedule_fingerprint(data):
            self.drift.append(f"schedule {schedule.name}: changed on PagerDuty since the last pull")
        remote_layers = {str(la["id"]): la for la in _remote_layers(data)}
        schedule = self.adopt_layers(schedule, remote_layers, record)
        active = [layer for layer in schedule.layers if self.active(layer)]
        details: list[str] = []
        for key, label in (("name", "name"), ("description", "description")):
            if getattr(schedule, key) != (data.get(key) or ""):
                details.append(f"{label} {data.get(key) or '—'} → {getattr(schedule, key) or '—'}")
        if pd_zone(tz) != pd_zone(str(data.get("time_zone"))):
            details.append(f"time zone {data.get('time_zone')} → {pd_zone(tz)}")
        linked = {la.pagerduty_id for la in schedule.layers if la.pagerduty_id in remote_layers}
        for layer in active:
            if layer.pagerduty_id in remote_layers:
                changes = self.layer_changes(layer, remote_layers[layer.pagerduty_id], tz)
                if changes:
                    details.append(
                        f"layer {layer.name or layer.id} — {'; '.join(changes)}, from "
                        f"{_when(max(layer.start, self.now), tz)}"
                    )
            else:
                details.append(f"add layer {self.describe_layer(layer, tz)}")
        retire: list[str] = []
        known_layers = set(record.get("layers", ())) if record else set()
        for pd_id, remote_layer in remote_layers.items():
            # A layer retired by a push ends at the next whole minute: already retiring.
            ended = (
                remote_layer.get("end") is not None
                and parse_time(remote_layer["end"], "end") <= self.now + _CLOCK_SKEW
            )
            if ended:
                continue
            local = next((la for la in schedule.layers if la.pagerduty_id == pd_id), None)
            if local is not None and self.active(local):
                continue
            if local is not None or pd_id in known_layers:
                retire.append(pd_id)
                details.append(f"retire layer {remote_layer.get('name')} (ends now)")
            else:
                self.drift.append(
                    f"schedule {schedule.name}: layer {remote_layer.get('name')} was added on "
                    "PagerDuty since the last pull; push leaves it in place"
                )
        order_local = [la.pagerduty_id for la in active if la.pagerduty_id in linked]
        order_remote = [i for i in remote_layers if i in set(order_local)]
        if order_local != order_remote:
            details.append(
                "reorder layers (lowest priority first): "
                + ", ".join(la.name or la.id for la in active if la.pagerduty_id in linked)
            )
        if details:
            self.steps.append(
                Step(
                    "update_schedule",
                    schedule.id,
                    f"{schedule.name}: update schedule",
                    tuple(details),
                    items=tuple(retire),
                )
            )
        self.plan_overrides(schedule, self.remote.overrides.get(data_id, ()))
        return schedule

    def adopt_layers(
        self, schedule: Schedule, remote_layers: Mapping[str, JsonObject], record: Any
    ) -> Schedule:
        users = user_ids(self.project.people)
        known = set(record.get("layers", ())) if record else set()
        taken = {la.pagerduty_id for la in schedule.layers if la.pagerduty_id in remote_layers}
        layers = []
        for layer in schedule.layers:
            if layer.pagerduty_id and layer.pagerduty_id not in remote_layers:
                self.notes.append(
                    f"schedule {schedule.id} layer {layer.id}: PagerDuty layer "
                    f"{layer.pagerduty_id} is gone; it will be added again"
                )
                layer = replace(layer, pagerduty_id=None)
            if (
                layer.pagerduty_id is None
                and self.active(layer)
                and set(layer.members) <= set(users)
            ):
                key = _layer_key(layer_to_pd(layer, users))
                for pd_id, data in remote_layers.items():
                    if pd_id not in taken and pd_id not in known and _layer_key(data) == key:
                        taken.add(pd_id)
                        layer = replace(layer, pagerduty_id=pd_id)
                        self.links.append(
                            f"schedule {schedule.id} layer {layer.id}: PagerDuty layer {pd_id}, "
                            "by content"
                        )
                        break
            layers.append(layer)
        return replace(schedule, layers=tuple(layers))

    def override_text(self, o: Override, tz: str) -> str:
        return f"{o.person} {_when(o.start, tz)} – {_when(o.end, tz)}"

    def plan_overrides(self, schedule: Schedule, remote: Iterable[JsonObject]) -> None:
        tz = schedule.time_zone
        by_id = {str(o["id"]): o for o in remote}
        record = self.snapshot["schedules"].get(schedule.pagerduty_id or "")
        known = set(record.get("overrides", ())) if record else set()
        users = user_ids(self.project.people)
        person_of = {v: k for k, v in users.items()}
        future = [o for o in schedule.overrides if o.end > self.now]
        past_unlinked = sum(
            1 for o in schedule.overrides if o.end <= self.now and not o.pagerduty_id
        )
        if past_unlinked:
            self.notes.append(
                f"schedule {schedule.id}: {past_unlinked} past override(s) not pushed "
                "(PagerDuty only takes overrides that end in the future)"
            )
        self.users_of((o.person for o in future), f"schedule {schedule.id} overrides")
        referenced = {o.pagerduty_id for o in schedule.overrides if o.pagerduty_id in by_id}
        create: list[Override] = []
        delete: list[str] = []
        for o in future:
            mine = (pd_time(o.start), pd_time(o.end), users.get(o.person))
            if o.pagerduty_id in by_id:
                r = by_id[o.pagerduty_id]
                theirs = (
                    _instant_text(r.get("start")),
                    _instant_text(r.get("end")),
                    r.get("user", {}).get("id"),
                )
                # An override that has begun may only end earlier on PagerDuty (a truncation).
                if mine != theirs and not (
                    o.start <= self.now
                    and theirs[0] == mine[0]
                    and theirs[2] == mine[2]
                    and parse_time(theirs[1], "end") <= self.now
                ):
                    delete.append(o.pagerduty_id)
                    create.append(o)
                continue
            if o.pagerduty_id:
                self.drift.append(
                    f"schedule {schedule.name}: override {self.override_text(o, tz)} was "
                    "removed on PagerDuty since the last pull; push creates it again"
                )
            twin = next(
                (
                    pd_id
                    for pd_id, r in by_id.items()
                    if pd_id not in referenced
                    and pd_id not in known
                    and (
                        _instant_text(r.get("start")),
                        _instant_text(r.get("end")),
                        r.get("user", {}).get("id"),
                    )
                    == mine
                ),
                None,
            )
            if twin is not None:
                referenced.add(twin)
                self.links.append(
                    f"schedule {schedule.id} override {o.id}: PagerDuty override {twin}, by content"
                )
                self.relink_override(schedule.id, o.id, twin)
            else:
                create.append(o)
        for pd_id, r in by_id.items():
            if pd_id in referenced:
                continue
            who = person_of.get(str(r.get("user", {}).get("id")), str(r.get("user", {}).get("id")))
            text = (
                f"{who} {_when(parse_time(r.get('start'), 's'), tz)} – "
                f"{_when(parse_time(r.get('end'), 'e'), tz)}"
            )
            if pd_id in known:
                if parse_time(r.get("end"), "end") > self.now:
                    delete.append(pd_id)
            elif self.snapshot.get("pulled_at"):
                self.drift.append(
                    f"schedule {schedule.name}: override {text} was added on PagerDuty since "
                    "the last pull; push leaves it"
                )
        for pd_id in delete:
            r = by_id[pd_id]
            who = person_of.get(str(r.get("user", {}).get("id")), "?")
            self.steps.append(
                Step(
                    "delete_override",
                    schedule.id,
                    f"{schedule.name}: delete override {who} "
                    f"{_when(parse_time(r.get('start'), 's'), tz)} – "
                    f"{_when(parse_time(r.get('end'), 'e'), tz)}",
                    items=(pd_id,),
                )
            )
        if create:
            self.steps.append(
                Step(
                    "create_overrides",
                    schedule.id,
                    f"{schedule.name}: create {len(create)} override(s)",
                    tuple(self.override_text(o, tz) for o in create),
                    items=tuple(o.id for o in create),
                )
            )

    def relink_override(self, schedule_id: str, override_id: str, pd_id: str) -> None:
        self.project = _set_override_ids(self.project, schedule_id, {override_id: pd_id})

    # policies -------------------------------------------------------------------------------
    def plan_policy(self, policy: EscalationPolicy) -> None:
        persons = [t.id for r in policy.rules for t in r.targets if t.kind == "person"]
        self.users_of(persons, f"escalation policy {policy.id}")
        for rule in policy.rules:
            for target in rule.targets:
                if target.kind == "schedule":
                    s = self.project.schedule(target.id)
                    if is_read_only(s) and not s.pagerduty_id:
                        self.errors.append(
                            f"escalation policy {policy.id}: schedule {s.id} "
                            "is read-only and not on PagerDuty"
                        )
        if policy.pagerduty_id is None:
            self.steps.append(
                Step(
                    "create_policy",
                    policy.id,
                    f"{policy.name}: create escalation policy",
                    tuple(_rule_texts(policy)),
                )
            )
            return
        data = self.remote.policies[policy.pagerduty_id]
        record = self.snapshot["policies"].get(policy.pagerduty_id)
        if record and record.get("fingerprint") != policy_fingerprint(data):
            self.drift.append(
                f"escalation policy {policy.name}: changed on PagerDuty since the last pull"
            )
        details = []
        if policy.name != data.get("name"):
            details.append(f"name {data.get('name')} → {policy.name}")
        if policy.description != (data.get("description") or ""):
            details.append("description changed")
        if policy.num_loops != (data.get("num_loops") or 0):
            details.append(f"loops {data.get('num_loops') or 0} → {policy.num_loops}")
        mine = _policy_rules(_policy_body(policy, self.project))
        if mine != _policy_rules(data):
            details.append("rules → " + " | ".join(_rule_texts(policy)))
        if details:
            self.steps.append(
                Step(
                    "update_policy",
                    policy.id,
                    f"{policy.name}: update escalation policy",
                    tuple(details),
                )
            )

    def remote_news(self) -> None:
        if not self.snapshot.get("pulled_at"):
            return
        linked_s = {s.pagerduty_id for s in self.project.schedules}
        for pd_id, data in self.remote.schedules.items():
            if pd_id not in linked_s and pd_id not in self.snapshot["schedules"]:
                self.drift.append(
                    f"schedule {data.get('name')} ({pd_id}) was created on PagerDuty since the "
                    "last pull; it is not in the project"
                )
        for pd_id in self.snapshot["schedules"]:
            if pd_id not in self.remote.schedules:
                self.drift.append(f"schedule {pd_id} was deleted on PagerDuty since the last pull")
        linked_p = {p.pagerduty_id for p in self.project.escalation_policies}
        for pd_id, data in self.remote.policies.items():
            if pd_id not in linked_p and pd_id not in self.snapshot["policies"]:
                self.drift.append(
                    f"escalation policy {data.get('name')} ({pd_id}) was created on PagerDuty "
                    "since the last pull; it is not in the project"
                )


def _rule_texts(policy: EscalationPolicy) -> list[str]:
    return [
        f"rule {i + 1}: {', '.join(f'{t.kind} {t.id}' for t in rule.targets)}, "
        f"then {rule.delay_minutes} min"
        for i, rule in enumerate(policy.rules)
    ] + ([f"repeat {policy.num_loops} more time(s)"] if policy.num_loops else [])


def _policy_body(policy: EscalationPolicy, project: Project) -> dict[str, Any]:
    users = user_ids(project.people)
    rules = []
    for rule in policy.rules:
        targets = []
        for t in rule.targets:
            if t.kind == "person":
                targets.append({"id": users.get(t.id), "type": "user_reference"})
            else:
                s = project.schedule(t.id)
                kind = "schedule_v3_reference" if is_read_only(s) else "schedule_reference"
                targets.append({"id": s.pagerduty_id, "type": kind})
        rules.append({"escalation_delay_in_minutes": rule.delay_minutes, "targets": targets})
    return {
        "type": "escalation_policy",
        "name": policy.name,
        "description": policy.description,
        "num_loops": policy.num_loops,
        "escalation_rules": rules,
    }


def _set_override_ids(project: Project, schedule_id: str, ids: Mapping[str, str | None]) -> Project:
    schedule = project.schedule(schedule_id)
    overrides = tuple(
        replace(o, pagerduty_id=ids[o.id]) if o.id in ids else o for o in schedule.overrides
    )
    return _replace_schedule(project, replace(schedule, overrides=overrides))


def _replace_schedule(project: Project, schedule: Schedule) -> Project:
    return replace(
        project,
        schedules=tuple(schedule if s.id == schedule.id else s for s in project.schedules),
    )


def make_plan(project: Project, remote: Remote, now: datetime) -> SyncPlan:
    """The steps that bring the account to the project (a pure function of its inputs)."""
    planner = _Planner(project, remote, now, _snapshot(project))
    planner.link_people()
    planner.link_schedules_and_policies()
    schedules = []
    for schedule in planner.project.schedules:
        if (
            schedule.pagerduty_id
            and schedule.pagerduty_id not in remote.schedules
            and not (is_read_only(schedule))
        ):
            schedules.append(schedule)
            continue
        schedules.append(planner.plan_schedule(schedule))
    # plan_schedule may link layers; overrides were relinked on planner.project meanwhile.
    current = {s.id: s for s in planner.project.schedules}
    planner.project = replace(
        planner.project,
        schedules=tuple(replace(s, overrides=current[s.id].overrides) for s in schedules),
    )
    for policy in planner.project.escalation_policies:
        if policy.pagerduty_id and policy.pagerduty_id not in remote.policies:
            continue
        planner.plan_policy(policy)
    planner.remote_news()
    order = {
        "create_schedule": 0,
        "update_schedule": 0,
        "delete_override": 1,
        "create_overrides": 2,
        "create_policy": 3,
        "update_policy": 3,
    }
    steps = sorted(planner.steps, key=lambda s: order[s.kind])
    return SyncPlan(
        planner.project,
        remote,
        now,
        tuple(steps),
        tuple(planner.links),
        tuple(planner.drift),
        tuple(planner.errors),
        tuple(planner.notes),
    )


def _override_window(project: Project, now: datetime) -> tuple[datetime, datetime]:
    until = now + timedelta(days=DEFAULT_PULL_DAYS)
    for schedule in project.schedules:
        for o in schedule.overrides:
            until = max(until, o.end)
    snapshot = _snapshot(project)
    window = snapshot.get("window")
    if isinstance(window, dict) and isinstance(window.get("until"), str):
        until = max(until, parse_time(window["until"], "window.until"))
    return now, until


def plan_push(client: PagerDutyClient, project: Project, now: datetime) -> SyncPlan:
    """Read the account and plan a push of ``project``."""
    since, until = _override_window(project, now)
    users, schedules, policies = _read_lists(client)
    lists = Remote(
        tuple(users),
        {str(s["id"]): s for s in schedules},
        {str(p["id"]): p for p in policies},
        {},
        since,
        until,
    )
    # Link first, then read only the overrides of the schedules the project is linked to.
    probe = make_plan(project, lists, now)
    linked = [
        s.pagerduty_id
        for s in probe.project.schedules
        if s.pagerduty_id is not None and s.pagerduty_id in lists.schedules and not is_read_only(s)
    ]
    overrides = {sid: _read_overrides(client, sid, since, until) for sid in linked}
    return make_plan(project, replace(lists, overrides=overrides), now)


# -- apply --------------------------------------------------------------------------------------
OnStep = Callable[[Project, Step | None], None]


def _ceil_minute(value: datetime) -> datetime:
    floor = value.replace(second=0, microsecond=0)
    return floor if floor == value else floor + timedelta(minutes=1)


class _Applier:
    def __init__(self, plan: SyncPlan, client: PagerDutyClient, on_step: OnStep) -> None:
        self.plan = plan
        self.client = client
        self.on_step = on_step
        self.project = plan.project
        self.snapshot = _snapshot(plan.project)
        self.now = plan.now

    def save(self, step: Step | None) -> None:
        self.project = _with_snapshot(self.project, self.snapshot)
        self.on_step(self.project, step)

    def users(self) -> dict[str, str]:
        return user_ids(self.project.people)

    def record_schedule(self, data: JsonObject) -> None:
        pd_id = str(data["id"])
        old = self.snapshot["schedules"].get(pd_id, {})
        self.snapshot["schedules"][pd_id] = _schedule_record(data, old.get("overrides", ()))

    def schedule_body(self, schedule: Schedule, layers: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "schedule": {
                "type": "schedule",
                "name": schedule.name,
                "description": schedule.description,
                "time_zone": pd_zone(schedule.time_zone),
                "schedule_layers": layers,
            }
        }

    def link_layers(
        self, schedule: Schedule, sent: list[Layer], data: JsonObject, before: set[str]
    ) -> Schedule:
        fresh = [la for la in _remote_layers(data) if str(la.get("id")) not in before]
        ids: dict[str, str] = {}
        for layer in sent:
            match = next((la for la in fresh if la.get("name") == (layer.name or layer.id)), None)
            match = match or (fresh[0] if fresh else None)
            if match is None:
                raise SyncError(
                    f"schedule {schedule.id}: PagerDuty's answer lacks the new layer {layer.id}"
                )
            fresh.remove(match)
            ids[layer.id] = str(match["id"])
        return replace(
            schedule,
            pagerduty_id=str(data["id"]),
            layers=tuple(
                replace(la, pagerduty_id=ids[la.id]) if la.id in ids else la
                for la in schedule.layers
            ),
        )

    def create_schedule(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        active = [la for la in schedule.layers if la.end is None or la.end > self.now]
        users = self.users()
        body = self.schedule_body(
            schedule, [layer_to_pd(replace(la, pagerduty_id=None), users) for la in active]
        )
        data = self.client.request("POST", "/schedules", body=body).body["schedule"]
        schedule = self.link_layers(schedule, active, data, set())
        self.project = _replace_schedule(self.project, schedule)
        self.record_schedule(data)

    def update_schedule(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        assert schedule.pagerduty_id is not None
        remote = self.plan.remote.schedules[schedule.pagerduty_id]
        remote_layers = {str(la["id"]): la for la in _remote_layers(remote)}
        users = self.users()
        layers: list[dict[str, Any]] = []
        end = pd_time(_ceil_minute(self.now))
        for pd_id in step.items:
            old = dict(remote_layers[pd_id])
            layers.append(
                {
                    "id": pd_id,
                    "name": old.get("name"),
                    "start": _instant_text(old.get("start")),
                    "end": end,
                    "rotation_virtual_start": _instant_text(old.get("rotation_virtual_start")),
                    "rotation_turn_length_seconds": old.get("rotation_turn_length_seconds"),
                    "users": [
                        {"user": {"id": u["user"]["id"], "type": "user_reference"}}
                        for u in old.get("users") or []
                    ],
                    "restrictions": [
                        {k: v for k, v in r.items() if v is not None}
                        for r in old.get("restrictions") or []
                    ],
                }
            )
        new: list[Layer] = []
        for layer in schedule.layers:
            if layer.end is not None and layer.end <= self.now:
                continue
            if layer.pagerduty_id not in remote_layers:
                layer = replace(layer, pagerduty_id=None)
                new.append(layer)
            layers.append(layer_to_pd(layer, users))
        response = self.client.request(
            "PUT",
            f"/schedules/{schedule.pagerduty_id}",
            body=self.schedule_body(schedule, layers),
            # Repeating a PUT that adds layers would add them twice.
            idempotent=not new,
        )
        data = response.body["schedule"]
        schedule = self.link_layers(schedule, new, data, set(remote_layers))
        self.project = _replace_schedule(self.project, schedule)
        self.record_schedule(data)

    def create_overrides(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        assert schedule.pagerduty_id is not None
        users = self.users()
        wanted = [o for o in schedule.overrides if o.id in set(step.items)]
        body = {"overrides": [override_to_pd(o, users) for o in wanted]}
        answer = self.client.request(
            "POST", f"/schedules/{schedule.pagerduty_id}/overrides", body=body
        ).body
        if not isinstance(answer, list) or len(answer) != len(wanted):
            raise SyncError(
                f"schedule {schedule.id}: PagerDuty's answer to the override batch does not "
                "list every override; run plan to see what was created"
            )
        ids: dict[str, str | None] = {}
        failures = []
        for o, item in zip(wanted, answer, strict=True):
            status = item.get("status") if isinstance(item, dict) else None
            created = item.get("override") if isinstance(item, dict) else None
            if status in (200, 201) and isinstance(created, dict) and created.get("id"):
                ids[o.id] = str(created["id"])
            else:
                reasons = "; ".join(item.get("errors") or []) if isinstance(item, dict) else ""
                failures.append(f"override {o.id}: {reasons or f'status {status}'}")
        self.project = _set_override_ids(self.project, schedule.id, ids)
        record = self.snapshot["schedules"].setdefault(
            schedule.pagerduty_id, {"fingerprint": "", "layers": [], "overrides": []}
        )
        record["overrides"] = sorted(
            set(record.get("overrides", ())) | {v for v in ids.values() if v}
        )
        if failures:
            self.save(step)
            raise SyncError(
                f"schedule {schedule.id}: PagerDuty refused {len(failures)} override(s): "
                + "; ".join(failures)
            )

    def delete_override(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        assert schedule.pagerduty_id is not None
        pd_id = step.items[0]
        # An override already gone reaches the step's goal.
        with contextlib.suppress(NotFoundError):
            self.client.request("DELETE", f"/schedules/{schedule.pagerduty_id}/overrides/{pd_id}")
        self.project = _set_override_ids(
            self.project,
            schedule.id,
            {o.id: None for o in schedule.overrides if o.pagerduty_id == pd_id},
        )
        record = self.snapshot["schedules"].get(schedule.pagerduty_id)
        if record:
            record["overrides"] = [i for i in record.get("overrides", ()) if i != pd_id]

    def save_policy(self, step: Step) -> None:
        policy = self.project.policy(step.subject)
        body = _policy_body(policy, self.project)
        if policy.pagerduty_id:
            old = self.plan.remote.policies[policy.pagerduty_id].get("escalation_rules") or []
            for rule, before in zip(body["escalation_rules"], old, strict=False):
                rule["id"] = before.get("id")
            answer = self.client.request(
                "PUT",
                f"/escalation_policies/{policy.pagerduty_id}",
                body={"escalation_policy": body},
            )
        else:
            answer = self.client.request(
                "POST", "/escalation_policies", body={"escalation_policy": body}
            )
        data = answer.body["escalation_policy"]
        pd_id = str(data["id"])
        self.project = replace(
            self.project,
            escalation_policies=tuple(
                replace(p, pagerduty_id=pd_id) if p.id == policy.id else p
                for p in self.project.escalation_policies
            ),
        )
        self.snapshot["policies"][pd_id] = {"fingerprint": policy_fingerprint(data)}

    def run(self) -> Project:
        if self.plan.blocked:
            raise SyncError(
                f"the push is blocked by {len(self.plan.errors)} error(s); the first: "
                f"{self.plan.errors[0]}"
            )
        if self.plan.links:
            self.save(None)
        actions = {
            "create_schedule": self.create_schedule,
            "update_schedule": self.update_schedule,
            "create_overrides": self.create_overrides,
            "delete_override": self.delete_override,
            "create_policy": self.save_policy,
            "update_policy": self.save_policy,
        }
        for step in self.plan.steps:
            try:
                actions[step.kind](step)
            except (KeyError, TypeError, AttributeError) as error:
                raise SyncError(
                    f"{step.summary}: PagerDuty's answer was not understood ({error})"
                ) from None
            except PagerDutyError as error:
                raise SyncError(f"{step.summary}: {error}") from error
            self.save(step)
        return self.project


def apply_plan(plan: SyncPlan, client: PagerDutyClient, on_step: OnStep) -> Project:
    """Send the plan's steps in order; ``on_step`` gets the project after each one."""
    return _Applier(plan, client, on_step).run()


def utc_now() -> datetime:
    """The current time, UTC."""
    return datetime.now(UTC)
