"""Diffing: what differs between a linked project and the account, as the steps of a push.

Per schedule, layer and override, and per escalation policy, the diff lists the changes a push
makes, the changes made on PagerDuty since the last pull (drift) and the errors that block the
push. The layers and overrides of a schedule are linked (``linking``) as it is compared, so the
diff runs once the schedule's overrides are read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from rotaplan.core import EscalationPolicy, Layer, Override, Project, Schedule
from rotaplan.core.problems import pagerduty_problems
from rotaplan.pagerduty.describing import (
    layer_text,
    override_text,
    remote_override_text,
    restriction_text,
    rule_texts,
    turn_text,
    when,
)
from rotaplan.pagerduty.linking import (
    Linked,
    is_current,
    link_layers,
    link_overrides,
    override_key,
    remote_override_key,
)
from rotaplan.pagerduty.mapping import (
    is_read_only,
    layer_to_pd,
    parse_time,
    pd_zone,
    policy_body,
    user_ids,
)
from rotaplan.pagerduty.remote import (
    CLOCK_SKEW,
    JsonObject,
    Remote,
    layer_key,
    layers_of,
    policy_fingerprint,
    policy_rules,
    schedule_fingerprint,
    snapshot_of,
)
from rotaplan.pagerduty.steps import Step, StepKind, SyncPlan

__all__ = ["diff_plan"]

T = TypeVar("T")


def _off_minute_layers(project: Project) -> frozenset[tuple[str | None, str | None]]:
    """(schedule, layer) of the layers whose virtual start is not on a whole minute.

    ``check`` warns of it (the handoffs would move); PagerDuty cannot store it, so it blocks a push.
    """
    return frozenset(
        (p.schedule, p.layer)
        for p in pagerduty_problems(project)
        if p.kind == "pagerduty_layer_seconds"
    )


@dataclass
class _Diff:
    """One plan being made: its inputs, and what it finds in the order it finds it."""

    project: Project
    remote: Remote
    now: datetime
    links: list[str]
    errors: list[str]
    snapshot: dict[str, Any] = field(init=False)
    users: dict[str, str] = field(init=False)
    off_minute: frozenset[tuple[str | None, str | None]] = field(init=False)
    drift: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    missing_people: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.snapshot = snapshot_of(self.project)
        self.users = user_ids(self.project.people)
        self.off_minute = _off_minute_layers(self.project)

    def take(self, linked: Linked[T]) -> T:
        self.links.extend(linked.links)
        self.errors.extend(linked.errors)
        self.notes.extend(linked.notes)
        self.drift.extend(linked.drift)
        return linked.value

    # blocking errors ---------------------------------------------------------------------------
    def users_of(self, person_ids: Iterable[str], where: str) -> None:
        for pid in person_ids:
            if pid not in self.users and pid not in self.missing_people:
                self.missing_people.add(pid)
                person = self.project.person(pid)
                self.errors.append(
                    f"person {pid} ({person.name}) has no PagerDuty user (used by {where}): "
                    f"add a user with the email {person.email or '…'} or fix the email"
                )

    def check_layer(self, schedule: Schedule, layer: Layer) -> None:
        where = f"schedule {schedule.id} layer {layer.id}"
        if (schedule.id, layer.id) in self.off_minute:
            self.errors.append(
                f"{where}: rotation_virtual_start {layer.rotation_virtual_start.isoformat()} is "
                "not on a whole minute; PagerDuty cannot store it"
            )
        for i, r in enumerate(layer.restrictions):
            if r.start_time.microsecond:
                self.errors.append(
                    f"{where}: restrictions[{i}].start_time has fractions of a second; "
                    "PagerDuty cannot store it"
                )
        self.users_of(layer.members, where)

    # schedules and layers ----------------------------------------------------------------------
    def layer_changes(self, layer: Layer, remote: JsonObject, tz: str) -> list[str]:
        mine = layer_key(layer_to_pd(layer, self.users))
        theirs = layer_key(remote)
        person_of = {v: k for k, v in self.users.items()}
        out = []
        if mine["name"] != theirs["name"]:
            out.append(f"name {theirs['name']} → {mine['name']}")
        if mine["users"] != theirs["users"]:
            before = ", ".join(person_of.get(u, str(u)) for u in theirs["users"])
            out.append(f"members {before} → {', '.join(layer.members)}")
        if mine["turn"] != theirs["turn"]:
            out.append(f"turn {turn_text(int(theirs['turn']))} → {turn_text(int(mine['turn']))}")
        if mine["virtual"] != theirs["virtual"]:
            out.append(
                f"rotation start {when(parse_time(theirs['virtual'], 'v'), tz)} → "
                f"{when(layer.rotation_virtual_start, tz)}"
            )
        if mine["restrictions"] != theirs["restrictions"]:
            after = restriction_text(layer_to_pd(layer, self.users))
            out.append(f"restrictions {restriction_text(remote)} → {after}")
        if mine["end"] != theirs["end"]:
            before = "none" if theirs["end"] is None else when(parse_time(theirs["end"], "e"), tz)
            after = "none" if layer.end is None else when(layer.end, tz)
            out.append(f"end {before} → {after}")
        remote_start = parse_time(remote.get("start"), "start")
        # PagerDuty rewrites a past start to the time of the last write: only future starts count.
        in_effect = layer.start <= self.now and remote_start <= self.now + CLOCK_SKEW
        if not in_effect and layer.start != remote_start:
            out.append(f"start {when(remote_start, tz)} → {when(layer.start, tz)}")
        return out

    def schedule(self, schedule: Schedule) -> Schedule:
        if is_read_only(schedule):
            if schedule.layers or schedule.overrides:
                self.errors.append(
                    f"schedule {schedule.id}: a shift-based (v3) PagerDuty schedule is read-only "
                    "in Rotaplan; remove its layers and overrides or edit it in PagerDuty"
                )
            return schedule
        active = [layer for layer in schedule.layers if is_current(layer, self.now)]
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
                    StepKind.CREATE_SCHEDULE,
                    schedule.id,
                    f"{schedule.name}: create schedule ({pd_zone(tz)})",
                    tuple(f"add layer {layer_text(la, self.now, tz)}" for la in active),
                )
            )
            return self.overrides(schedule, {})
        data_id = schedule.pagerduty_id
        data = self.remote.schedules[data_id]
        record = self.snapshot["schedules"].get(data_id)
        if record and record.get("fingerprint") != schedule_fingerprint(data):
            self.drift.append(f"schedule {schedule.name}: changed on PagerDuty since the last pull")
        remote_layers = {str(la["id"]): la for la in layers_of(data)}
        known_layers = set(record.get("layers", ())) if record else set()
        schedule = self.take(
            link_layers(schedule, remote_layers, known_layers, self.users, self.now)
        )
        active = [layer for layer in schedule.layers if is_current(layer, self.now)]
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
                        f"{when(max(layer.start, self.now), tz)}"
                    )
            else:
                details.append(f"add layer {layer_text(layer, self.now, tz)}")
        retire: list[str] = []
        for pd_id, remote_layer in remote_layers.items():
            # A layer retired by a push ends at the next whole minute: already retiring.
            ended = (
                remote_layer.get("end") is not None
                and parse_time(remote_layer["end"], "end") <= self.now + CLOCK_SKEW
            )
            if ended:
                continue
            local = next((la for la in schedule.layers if la.pagerduty_id == pd_id), None)
            if local is not None and is_current(local, self.now):
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
                    StepKind.UPDATE_SCHEDULE,
                    schedule.id,
                    f"{schedule.name}: update schedule",
                    tuple(details),
                    items=tuple(retire),
                )
            )
        remote_overrides = self.remote.overrides.get(data_id, ())
        return self.overrides(schedule, {str(o["id"]): o for o in remote_overrides})

    # overrides ---------------------------------------------------------------------------------
    def overrides(self, schedule: Schedule, by_id: Mapping[str, JsonObject]) -> Schedule:
        tz = schedule.time_zone
        record = self.snapshot["schedules"].get(schedule.pagerduty_id or "")
        known = set(record.get("overrides", ())) if record else set()
        person_of = {v: k for k, v in self.users.items()}
        past_unlinked = sum(
            1 for o in schedule.overrides if o.end <= self.now and not o.pagerduty_id
        )
        if past_unlinked:
            self.notes.append(
                f"schedule {schedule.id}: {past_unlinked} past override(s) not pushed "
                "(PagerDuty only takes overrides that end in the future)"
            )
        future = [o for o in schedule.overrides if o.end > self.now]
        self.users_of((o.person for o in future), f"schedule {schedule.id} overrides")
        schedule = self.take(link_overrides(schedule, by_id, known, self.users, self.now))
        referenced = {o.pagerduty_id for o in schedule.overrides if o.pagerduty_id in by_id}
        create: list[Override] = []
        delete: list[str] = []
        for o in schedule.overrides:
            if o.end <= self.now:
                continue
            pd_id = o.pagerduty_id
            if pd_id is None or pd_id not in by_id:
                create.append(o)
            elif self.changed(o, by_id[pd_id]):
                delete.append(pd_id)
                create.append(o)
        for pd_id, r in by_id.items():
            if pd_id in referenced:
                continue
            text = remote_override_text(r, person_of, tz)
            if pd_id in known:
                if parse_time(r.get("end"), "end") > self.now:
                    delete.append(pd_id)
            elif self.snapshot.get("pulled_at"):
                self.drift.append(
                    f"schedule {schedule.name}: override {text} was added on PagerDuty since "
                    "the last pull; push leaves it"
                )
        for pd_id in delete:
            text = remote_override_text(by_id[pd_id], person_of, tz, unknown="?")
            self.steps.append(
                Step(
                    StepKind.DELETE_OVERRIDE,
                    schedule.id,
                    f"{schedule.name}: delete override {text}",
                    items=(pd_id,),
                )
            )
        if create:
            self.steps.append(
                Step(
                    StepKind.CREATE_OVERRIDES,
                    schedule.id,
                    f"{schedule.name}: create {len(create)} override(s)",
                    tuple(override_text(o, tz) for o in create),
                    items=tuple(o.id for o in create),
                )
            )
        return schedule

    def changed(self, o: Override, remote: JsonObject) -> bool:
        mine = override_key(o, self.users)
        theirs = remote_override_key(remote)
        if mine == theirs:
            return False
        # An override that has begun may only end earlier on PagerDuty (a truncation).
        truncated = (
            o.start <= self.now
            and theirs[0] == mine[0]
            and theirs[2] == mine[2]
            and parse_time(theirs[1], "end") <= self.now
        )
        return not truncated

    # escalation policies -----------------------------------------------------------------------
    def policy(self, policy: EscalationPolicy) -> None:
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
                    StepKind.CREATE_POLICY,
                    policy.id,
                    f"{policy.name}: create escalation policy",
                    tuple(rule_texts(policy)),
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
            details.append("rules → " + " | ".join(rule_texts(policy)))
        if details:
            self.steps.append(
                Step(
                    StepKind.UPDATE_POLICY,
                    policy.id,
                    f"{policy.name}: update escalation policy",
                    tuple(details),
                )
            )

    # objects created or deleted on PagerDuty ---------------------------------------------------
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


def diff_plan(linked: Linked[Project], remote: Remote, now: datetime) -> SyncPlan:
    """The plan that brings ``remote`` to the linked project (``remote`` with its overrides)."""
    diff = _Diff(linked.value, remote, now, list(linked.links), list(linked.errors))
    schedules = []
    for schedule in diff.project.schedules:
        gone = schedule.pagerduty_id and schedule.pagerduty_id not in remote.schedules
        if gone and not is_read_only(schedule):
            schedules.append(schedule)  # linking reported its lost twin: nothing to compare
        else:
            schedules.append(diff.schedule(schedule))
    diff.project = replace(diff.project, schedules=tuple(schedules))
    for policy in diff.project.escalation_policies:
        if not policy.pagerduty_id or policy.pagerduty_id in remote.policies:
            diff.policy(policy)
    diff.remote_news()
    return SyncPlan(
        diff.project,
        remote,
        now,
        tuple(sorted(diff.steps, key=lambda s: s.kind.stage)),
        tuple(diff.links),
        tuple(diff.drift),
        tuple(diff.errors),
        tuple(diff.notes),
    )
