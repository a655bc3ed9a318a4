"""Planning a push: link project objects to their PagerDuty twins and list the steps.

``plan_push`` reads the account, links objects (by id, by email for people, by name or content
for objects a failed push already created) and lists the small steps a push would take, each
readable by a person, with remote changes since the last pull and errors that block the push.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
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
from rotaplan.pagerduty.mapping import (
    is_read_only,
    layer_to_pd,
    parse_time,
    pd_time,
    pd_zone,
    user_ids,
)
from rotaplan.pagerduty.remote import (
    CLOCK_SKEW,
    DEFAULT_PULL_DAYS,
    JsonObject,
    Remote,
    instant_text,
    layer_key,
    layers_of,
    policy_fingerprint,
    policy_rules,
    read_lists,
    read_overrides,
    schedule_fingerprint,
    snapshot_of,
)

__all__ = [
    "Step",
    "SyncPlan",
    "make_plan",
    "plan_push",
    "policy_body",
    "replace_schedule",
    "set_override_ids",
]


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
    for r in layer_key(layer)["restrictions"]:
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
        mine = layer_key(layer_to_pd(layer, users))
        theirs = layer_key(remote)
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
        in_effect = layer.start <= self.now and remote_start <= self.now + CLOCK_SKEW
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
        remote_layers = {str(la["id"]): la for la in layers_of(data)}
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
                and parse_time(remote_layer["end"], "end") <= self.now + CLOCK_SKEW
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
                key = layer_key(layer_to_pd(layer, users))
                for pd_id, data in remote_layers.items():
                    if pd_id not in taken and pd_id not in known and layer_key(data) == key:
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
                    instant_text(r.get("start")),
                    instant_text(r.get("end")),
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
                        instant_text(r.get("start")),
                        instant_text(r.get("end")),
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
        self.project = set_override_ids(self.project, schedule_id, {override_id: pd_id})

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
        mine = policy_rules(policy_body(policy, self.project))
        if mine != policy_rules(data):
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


def policy_body(policy: EscalationPolicy, project: Project) -> dict[str, Any]:
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


def set_override_ids(project: Project, schedule_id: str, ids: Mapping[str, str | None]) -> Project:
    schedule = project.schedule(schedule_id)
    overrides = tuple(
        replace(o, pagerduty_id=ids[o.id]) if o.id in ids else o for o in schedule.overrides
    )
    return replace_schedule(project, replace(schedule, overrides=overrides))


def replace_schedule(project: Project, schedule: Schedule) -> Project:
    return replace(
        project,
        schedules=tuple(schedule if s.id == schedule.id else s for s in project.schedules),
    )


def make_plan(project: Project, remote: Remote, now: datetime) -> SyncPlan:
    """The steps that bring the account to the project (a pure function of its inputs)."""
    planner = _Planner(project, remote, now, snapshot_of(project))
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
    # Link first, then read only the overrides of the schedules the project is linked to.
    probe = make_plan(project, lists, now)
    linked = [
        s.pagerduty_id
        for s in probe.project.schedules
        if s.pagerduty_id is not None and s.pagerduty_id in lists.schedules and not is_read_only(s)
    ]
    overrides = {sid: read_overrides(client, sid, since, until) for sid in linked}
    return make_plan(project, replace(lists, overrides=overrides), now)
