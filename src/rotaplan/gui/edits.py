"""Pure edits of a Project: each takes the current value and returns the new one.

The window turns every user action into one of these and pushes the result as one undo command;
the functions know nothing of Qt so tests can check them directly.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from datetime import datetime, time
from functools import partial
from typing import TypeVar

from rotaplan.core import (
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    Layer,
    ModelError,
    Override,
    Person,
    Project,
    Schedule,
    TimeOff,
    localize,
    zone,
)
from rotaplan.gui.errors import QT_TRANSLATE_NOOP, EditError

__all__ = [
    "PALETTE",
    "add_layer",
    "add_override",
    "add_person",
    "add_policy",
    "add_schedule",
    "add_time_off",
    "add_time_off_entries",
    "delete_layer",
    "delete_override",
    "delete_person",
    "delete_policy",
    "delete_schedule",
    "delete_time_off",
    "move_override",
    "move_time_off",
    "new_id",
    "rename_layer",
    "rename_person",
    "rename_policy",
    "rename_schedule",
    "rename_time_off",
    "replace_layer",
    "replace_person",
    "replace_policy",
    "replace_schedule",
    "replace_time_off",
    "update_layer_from",
]

# Calm, distinguishable colours for new people (Tableau 10, which the demo uses too).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)


_T = TypeVar("_T")


def new_id(name: str, taken: Iterable[str]) -> str:
    """A readable id derived from ``name`` that is not in ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "item"
    used = set(taken)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _checked(make: Callable[[], _T]) -> _T:
    """Build a value, turning a model refusal into an EditError."""
    try:
        return make()
    except ModelError as error:
        raise EditError(str(error)) from None


def _with_schedule(project: Project, schedule: Schedule) -> Project:
    schedules = tuple(schedule if s.id == schedule.id else s for s in project.schedules)
    return _checked(lambda: dataclasses.replace(project, schedules=schedules))


# People


def add_person(project: Project, name: str, time_zone: str = "Etc/UTC") -> tuple[Project, str]:
    """Add a person called ``name``; returns the project and the new id."""
    person_id = new_id(name, project.people_by_id)
    color = PALETTE[len(project.people) % len(PALETTE)]
    person = _checked(lambda: Person(id=person_id, name=name, time_zone=time_zone, color=color))
    new = _checked(lambda: dataclasses.replace(project, people=(*project.people, person)))
    return new, person_id


def replace_person(project: Project, person: Person) -> Project:
    """Replace the person with the same id."""
    people = tuple(person if p.id == person.id else p for p in project.people)
    return _checked(lambda: dataclasses.replace(project, people=people))


def rename_person(project: Project, person_id: str, name: str) -> Project:
    """Give a person a new display name."""
    person = _checked(lambda: dataclasses.replace(project.person(person_id), name=name))
    return replace_person(project, person)


def delete_person(project: Project, person_id: str) -> Project:
    """Delete a person with their overrides and time off, and take them out of layers/policies."""
    person = project.person(person_id)
    schedules = []
    for schedule in project.schedules:
        layers = []
        for layer in schedule.layers:
            members = tuple(m for m in layer.members if m != person_id)
            if not members:
                raise EditError(
                    QT_TRANSLATE_NOOP(
                        "EditError",
                        "%1 is the only member of layer “%2” in “%3”: add someone else to it "
                        "or delete the layer first",
                    ),
                    person.name,
                    layer.name or layer.id,
                    schedule.name,
                )
            layers.append(layer if members == layer.members else _replace(layer, members=members))
        overrides = tuple(o for o in schedule.overrides if o.person != person_id)
        schedules.append(dataclasses.replace(schedule, layers=tuple(layers), overrides=overrides))
    policies = _without_target(project, EscalationTarget("person", person_id), person.name)
    return _checked(
        lambda: dataclasses.replace(
            project,
            people=tuple(p for p in project.people if p.id != person_id),
            schedules=tuple(schedules),
            escalation_policies=policies,
            time_off=tuple(t for t in project.time_off if t.person != person_id),
        )
    )


def _replace(layer: Layer, **changes: object) -> Layer:
    return _checked(lambda: dataclasses.replace(layer, **changes))  # type: ignore[arg-type]


def _without_target(
    project: Project, target: EscalationTarget, label: str
) -> tuple[EscalationPolicy, ...]:
    policies = []
    for policy in project.escalation_policies:
        rules = []
        for rule in policy.rules:
            targets = tuple(t for t in rule.targets if (t.kind, t.id) != (target.kind, target.id))
            if targets:
                rules.append(rule if targets == rule.targets else _rule(rule, targets))
        if not rules:
            raise EditError(
                QT_TRANSLATE_NOOP(
                    "EditError",
                    "escalation policy “%1” notifies only %2: change or delete that policy first",
                ),
                policy.name,
                label,
            )
        policies.append(dataclasses.replace(policy, rules=tuple(rules)))
    return tuple(policies)


def _rule(rule: EscalationRule, targets: tuple[EscalationTarget, ...]) -> EscalationRule:
    return dataclasses.replace(rule, targets=targets)


# Schedules and layers


def add_schedule(project: Project, name: str, time_zone: str) -> tuple[Project, str]:
    """Add an empty schedule; returns the project and the new id."""
    schedule_id = new_id(name, project.schedules_by_id)
    schedule = _checked(lambda: Schedule(id=schedule_id, name=name, time_zone=time_zone))
    new = _checked(lambda: dataclasses.replace(project, schedules=(*project.schedules, schedule)))
    return new, schedule_id


def replace_schedule(project: Project, schedule: Schedule) -> Project:
    """Replace the schedule with the same id."""
    return _with_schedule(project, schedule)


def rename_schedule(project: Project, schedule_id: str, name: str) -> Project:
    """Give a schedule a new name."""
    schedule = _checked(lambda: dataclasses.replace(project.schedule(schedule_id), name=name))
    return _with_schedule(project, schedule)


def delete_schedule(project: Project, schedule_id: str) -> Project:
    """Delete a schedule and drop it from escalation rules that also notify someone else."""
    schedule = project.schedule(schedule_id)
    policies = _without_target(
        project, EscalationTarget("schedule", schedule_id), repr(schedule.name)
    )
    return _checked(
        lambda: dataclasses.replace(
            project,
            schedules=tuple(s for s in project.schedules if s.id != schedule_id),
            escalation_policies=policies,
        )
    )


def add_layer(
    project: Project, schedule_id: str, name: str, start: datetime
) -> tuple[Project, str]:
    """Add a weekly layer (Monday 09:00 handoff) starting at ``start``, on top of the others."""
    if not project.people:
        raise EditError(
            QT_TRANSLATE_NOOP("EditError", "add a person first: a layer needs at least one member")
        )
    schedule = project.schedule(schedule_id)
    tz = zone(schedule.time_zone)
    local = start.astimezone(tz).replace(tzinfo=None)
    monday = local.date().toordinal() - local.weekday()
    virtual = localize(datetime.combine(datetime.fromordinal(monday).date(), time(9)), tz)
    layer_id = new_id(name, (layer.id for layer in schedule.layers))
    layer = Layer(
        id=layer_id,
        name=name,
        start=start,
        rotation_virtual_start=virtual,
        turn_length_seconds=7 * 86_400,
        members=(project.people[0].id,),
    )
    new = dataclasses.replace(schedule, layers=(*schedule.layers, layer))
    return _with_schedule(project, new), layer_id


def replace_layer(project: Project, schedule_id: str, layer: Layer) -> Project:
    """Replace the layer with the same id."""
    schedule = project.schedule(schedule_id)
    layers = tuple(layer if old.id == layer.id else old for old in schedule.layers)
    return _with_schedule(project, dataclasses.replace(schedule, layers=layers))


def update_layer_from(
    project: Project, schedule_id: str, layer: Layer, apply_from: datetime | None
) -> tuple[Project, str]:
    """Apply an edited layer; from ``apply_from`` on when the old version is already running.

    The old version then ends at ``apply_from`` and a new version (new id, placed just above it)
    starts there, so the past stays as it was. Returns the project and the edited layer's id.
    """
    schedule = project.schedule(schedule_id)
    old = schedule.layer(layer.id)
    running = apply_from is not None and old.start < apply_from
    if not running or apply_from is None:
        return replace_layer(project, schedule_id, layer), layer.id
    if old.end is not None and old.end <= apply_from:
        raise EditError(
            QT_TRANSLATE_NOOP(
                "EditError", "this layer has already ended by that date: choose an earlier date"
            )
        )
    version_id = new_id(f"{layer.id}-v", (existing.id for existing in schedule.layers))
    retired = _replace(old, end=apply_from)
    start = max(layer.start, apply_from)
    version = _replace(layer, id=version_id, start=start, pagerduty_id=None)
    layers: list[Layer] = []
    for existing in schedule.layers:
        if existing.id == old.id:
            layers.extend((retired, version))
        else:
            layers.append(existing)
    return _with_schedule(project, dataclasses.replace(schedule, layers=tuple(layers))), version_id


def rename_layer(project: Project, schedule_id: str, layer_id: str, name: str) -> Project:
    """Give a layer a new name."""
    layer = _replace(project.schedule(schedule_id).layer(layer_id), name=name)
    return replace_layer(project, schedule_id, layer)


def delete_layer(project: Project, schedule_id: str, layer_id: str) -> Project:
    """Delete a layer."""
    schedule = project.schedule(schedule_id)
    layers = tuple(layer for layer in schedule.layers if layer.id != layer_id)
    return _with_schedule(project, dataclasses.replace(schedule, layers=layers))


# Overrides


def add_override(
    project: Project, schedule_id: str, start: datetime, end: datetime, person_id: str
) -> tuple[Project, str]:
    """Add an override (it wins over every earlier one); returns the project and its id."""
    schedule = project.schedule(schedule_id)
    override_id = new_id(f"o-{person_id}", (o.id for o in schedule.overrides))
    override = _checked(lambda: Override(id=override_id, start=start, end=end, person=person_id))
    new = dataclasses.replace(schedule, overrides=(*schedule.overrides, override))
    return _with_schedule(project, new), override_id


def move_override(
    project: Project, schedule_id: str, override_id: str, start: datetime, end: datetime
) -> Project:
    """Give an override new bounds (moving or resizing it)."""
    schedule = project.schedule(schedule_id)
    overrides = []
    for override in schedule.overrides:
        if override.id == override_id:
            override = _checked(partial(dataclasses.replace, override, start=start, end=end))
        overrides.append(override)
    return _with_schedule(project, dataclasses.replace(schedule, overrides=tuple(overrides)))


def delete_override(project: Project, schedule_id: str, override_id: str) -> Project:
    """Delete an override."""
    schedule = project.schedule(schedule_id)
    overrides = tuple(o for o in schedule.overrides if o.id != override_id)
    return _with_schedule(project, dataclasses.replace(schedule, overrides=overrides))


# Escalation policies


def add_policy(project: Project, name: str) -> tuple[Project, str]:
    """Add a policy notifying the first schedule (or person) after 30 minutes."""
    if project.schedules:
        target = EscalationTarget("schedule", project.schedules[0].id)
    elif project.people:
        target = EscalationTarget("person", project.people[0].id)
    else:
        raise EditError(
            QT_TRANSLATE_NOOP(
                "EditError", "add a person or a schedule first: a policy needs someone to notify"
            )
        )
    policy_id = new_id(name, project.policies_by_id)
    policy = _checked(
        lambda: EscalationPolicy(id=policy_id, name=name, rules=(EscalationRule(30, (target,)),))
    )
    policies = (*project.escalation_policies, policy)
    return _checked(lambda: dataclasses.replace(project, escalation_policies=policies)), policy_id


def rename_policy(project: Project, policy_id: str, name: str) -> Project:
    """Give an escalation policy a new name."""
    renamed = _checked(lambda: dataclasses.replace(project.policy(policy_id), name=name))
    policies = tuple(renamed if p.id == policy_id else p for p in project.escalation_policies)
    return _checked(lambda: dataclasses.replace(project, escalation_policies=policies))


def delete_policy(project: Project, policy_id: str) -> Project:
    """Delete an escalation policy."""
    policies = tuple(p for p in project.escalation_policies if p.id != policy_id)
    return _checked(lambda: dataclasses.replace(project, escalation_policies=policies))


# Time off


def add_time_off(
    project: Project, person_id: str, start: datetime, end: datetime, note: str = ""
) -> Project:
    """Add a time-off entry for a person."""
    entry = _checked(lambda: TimeOff(person=person_id, start=start, end=end, note=note))
    return _checked(lambda: dataclasses.replace(project, time_off=(*project.time_off, entry)))


def rename_time_off(project: Project, index: int, note: str) -> Project:
    """Change the note of the time-off entry at ``index``."""
    entries = list(project.time_off)
    entries[index] = dataclasses.replace(entries[index], note=note)
    return _checked(lambda: dataclasses.replace(project, time_off=tuple(entries)))


def delete_time_off(project: Project, index: int) -> Project:
    """Delete the time-off entry at ``index``."""
    entries = project.time_off[:index] + project.time_off[index + 1 :]
    return _checked(lambda: dataclasses.replace(project, time_off=entries))


def replace_policy(project: Project, policy: EscalationPolicy) -> Project:
    """Replace the escalation policy with the same id."""
    policies = tuple(policy if p.id == policy.id else p for p in project.escalation_policies)
    return _checked(lambda: dataclasses.replace(project, escalation_policies=policies))


def replace_time_off(project: Project, index: int, entry: TimeOff) -> Project:
    """Replace the time-off entry at ``index``."""
    entries = list(project.time_off)
    entries[index] = entry
    return _checked(lambda: dataclasses.replace(project, time_off=tuple(entries)))


def move_time_off(project: Project, index: int, start: datetime, end: datetime) -> Project:
    """Give the time-off entry at ``index`` new bounds (moving or resizing it)."""
    entry = _checked(lambda: dataclasses.replace(project.time_off[index], start=start, end=end))
    return replace_time_off(project, index, entry)


def add_time_off_entries(project: Project, entries: Iterable[TimeOff]) -> Project:
    """Append imported entries, leaving out any the person already has (same UID and start)."""
    seen = {(t.person, t.uid, t.start) for t in project.time_off if t.uid}
    new = [t for t in entries if not t.uid or (t.person, t.uid, t.start) not in seen]
    return _checked(lambda: dataclasses.replace(project, time_off=(*project.time_off, *new)))
