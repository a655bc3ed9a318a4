"""Edits of schedules and their layers, including a new version of a running layer."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time

from rotaplan.core.edits._base import checked, new_id, with_schedule
from rotaplan.core.edits.policies import without_target
from rotaplan.core.errors import EditError
from rotaplan.core.model import EscalationTarget, Layer, Project, Schedule
from rotaplan.core.templates import QT_TRANSLATE_NOOP
from rotaplan.core.timeutil import localize, zone

__all__ = [
    "add_layer",
    "add_schedule",
    "delete_layer",
    "delete_schedule",
    "rename_layer",
    "rename_schedule",
    "replace_layer",
    "replace_schedule",
    "update_layer_from",
]


def add_schedule(project: Project, name: str, time_zone: str) -> tuple[Project, str]:
    """Add an empty schedule; returns the project and the new id."""
    schedule_id = new_id(name, project.schedules_by_id)
    schedule = checked(lambda: Schedule(id=schedule_id, name=name, time_zone=time_zone))
    new = checked(lambda: dataclasses.replace(project, schedules=(*project.schedules, schedule)))
    return new, schedule_id


def replace_schedule(project: Project, schedule: Schedule) -> Project:
    """Replace the schedule with the same id."""
    return with_schedule(project, schedule)


def rename_schedule(project: Project, schedule_id: str, name: str) -> Project:
    """Give a schedule a new name."""
    schedule = checked(lambda: dataclasses.replace(project.schedule(schedule_id), name=name))
    return with_schedule(project, schedule)


def delete_schedule(project: Project, schedule_id: str) -> Project:
    """Delete a schedule and drop it from escalation rules that also notify someone else."""
    schedule = project.schedule(schedule_id)
    policies = without_target(
        project, EscalationTarget("schedule", schedule_id), repr(schedule.name)
    )
    return checked(
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
            "layer_needs_person",
            QT_TRANSLATE_NOOP("EditError", "add a person first: a layer needs at least one member"),
        )
    schedule = project.schedule(schedule_id)
    tz = zone(schedule.time_zone)
    local = start.astimezone(tz).replace(tzinfo=None)
    monday = local.date().toordinal() - local.weekday()
    virtual = localize(datetime.combine(datetime.fromordinal(monday).date(), time(9)), tz)
    layer_id = new_id(name, (layer.id for layer in schedule.layers))
    layer = checked(
        lambda: Layer(
            id=layer_id,
            name=name,
            start=start,
            rotation_virtual_start=virtual,
            turn_length_seconds=7 * 86_400,
            members=(project.people[0].id,),
        )
    )
    new = dataclasses.replace(schedule, layers=(*schedule.layers, layer))
    return with_schedule(project, new), layer_id


def replace_layer(project: Project, schedule_id: str, layer: Layer) -> Project:
    """Replace the layer with the same id."""
    schedule = project.schedule(schedule_id)
    layers = tuple(layer if old.id == layer.id else old for old in schedule.layers)
    return with_schedule(project, dataclasses.replace(schedule, layers=layers))


def _changed(layer: Layer, **changes: object) -> Layer:
    return checked(lambda: dataclasses.replace(layer, **changes))  # type: ignore[arg-type]


def update_layer_from(
    project: Project, schedule_id: str, layer: Layer, apply_from: datetime | None
) -> tuple[Project, str]:
    """Apply an edited layer; from ``apply_from`` on when the old version is already running.

    The old version then ends at ``apply_from`` and a new version (new id, placed just above it)
    starts there, so the past stays as it was. Returns the project and the edited layer's id.
    """
    schedule = project.schedule(schedule_id)
    old = schedule.layer(layer.id)
    if apply_from is None or not old.start < apply_from:
        return replace_layer(project, schedule_id, layer), layer.id
    if old.end is not None and old.end <= apply_from:
        raise EditError(
            "layer_already_ended",
            QT_TRANSLATE_NOOP(
                "EditError", "this layer has already ended by that date: choose an earlier date"
            ),
        )
    version_id = new_id(f"{layer.id}-v", (existing.id for existing in schedule.layers))
    retired = _changed(old, end=apply_from)
    start = max(layer.start, apply_from)
    version = _changed(layer, id=version_id, start=start, pagerduty_id=None)
    layers: list[Layer] = []
    for existing in schedule.layers:
        if existing.id == old.id:
            layers.extend((retired, version))
        else:
            layers.append(existing)
    return with_schedule(project, dataclasses.replace(schedule, layers=tuple(layers))), version_id


def rename_layer(project: Project, schedule_id: str, layer_id: str, name: str) -> Project:
    """Give a layer a new name."""
    layer = _changed(project.schedule(schedule_id).layer(layer_id), name=name)
    return replace_layer(project, schedule_id, layer)


def delete_layer(project: Project, schedule_id: str, layer_id: str) -> Project:
    """Delete a layer."""
    schedule = project.schedule(schedule_id)
    layers = tuple(layer for layer in schedule.layers if layer.id != layer_id)
    return with_schedule(project, dataclasses.replace(schedule, layers=layers))
