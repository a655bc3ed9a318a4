"""Edits of overrides: add (one id scheme for the window, the CLI and suggestions), move, delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from functools import partial

from rotaplan.core.edits._base import checked, with_schedule
from rotaplan.core.errors import EditError
from rotaplan.core.model import Override, Project, Schedule
from rotaplan.core.templates import QT_TRANSLATE_NOOP
from rotaplan.core.timeutil import zone

__all__ = [
    "add_override",
    "delete_override",
    "move_override",
    "override_id_for",
    "set_override_person",
]


def override_id_for(schedule: Schedule, person_id: str, start: datetime) -> str:
    """A fresh id ``cover-<person>-<start on the schedule's clock>`` that the schedule lacks."""
    local = start.astimezone(zone(schedule.time_zone))
    base = f"cover-{person_id}-{local:%Y%m%dT%H%M}"
    taken = {o.id for o in schedule.overrides}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def add_override(
    project: Project,
    schedule_id: str,
    start: datetime,
    end: datetime,
    person_id: str,
    override_id: str | None = None,
) -> tuple[Project, str]:
    """Append an override (it wins over every earlier one); returns the project and its id."""
    schedule = project.schedule(schedule_id)
    if override_id is None:
        override_id = override_id_for(schedule, person_id, start)
    elif any(o.id == override_id for o in schedule.overrides):
        raise EditError(
            "override_id_taken",
            QT_TRANSLATE_NOOP("EditError", "the schedule already has an override “%1”"),
            override_id,
        )
    new_id = override_id
    override = checked(lambda: Override(id=new_id, start=start, end=end, person=person_id))
    new = dataclasses.replace(schedule, overrides=(*schedule.overrides, override))
    return with_schedule(project, new), override_id


def _with_override(
    project: Project, schedule_id: str, override_id: str, change: Callable[[Override], Override]
) -> Project:
    schedule = project.schedule(schedule_id)
    overrides = tuple(
        checked(partial(change, o)) if o.id == override_id else o for o in schedule.overrides
    )
    return with_schedule(project, dataclasses.replace(schedule, overrides=overrides))


def move_override(
    project: Project, schedule_id: str, override_id: str, start: datetime, end: datetime
) -> Project:
    """Give an override new bounds (moving or resizing it)."""
    return _with_override(
        project, schedule_id, override_id, lambda o: dataclasses.replace(o, start=start, end=end)
    )


def set_override_person(
    project: Project, schedule_id: str, override_id: str, person_id: str
) -> Project:
    """Give an override to another person (it keeps its id, bounds and place in the list)."""
    return _with_override(
        project, schedule_id, override_id, lambda o: dataclasses.replace(o, person=person_id)
    )


def delete_override(project: Project, schedule_id: str, override_id: str) -> Project:
    """Delete an override."""
    schedule = project.schedule(schedule_id)
    overrides = tuple(o for o in schedule.overrides if o.id != override_id)
    return with_schedule(project, dataclasses.replace(schedule, overrides=overrides))
