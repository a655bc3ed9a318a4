"""Edits of time off, by each entry's stable id; imported entries are deduplicated by UID."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial

from rotaplan.core.edits._base import checked
from rotaplan.core.model import Project, TimeOff

__all__ = [
    "add_time_off",
    "add_time_off_entries",
    "delete_time_off",
    "move_time_off",
    "rename_time_off",
    "replace_time_off",
]


def add_time_off(
    project: Project, person_id: str, start: datetime, end: datetime, note: str = ""
) -> tuple[Project, str]:
    """Add a time-off entry for a person; returns the project and the entry's id."""
    entry = checked(lambda: TimeOff(person=person_id, start=start, end=end, note=note))
    new = checked(lambda: dataclasses.replace(project, time_off=(*project.time_off, entry)))
    return new, new.time_off[-1].id


def _with_entry(project: Project, entry_id: str, change: Callable[[TimeOff], TimeOff]) -> Project:
    project.time_off_entry(entry_id)  # KeyError for an unknown id, as the other edits do
    entries = tuple(
        checked(partial(change, t)) if t.id == entry_id else t for t in project.time_off
    )
    return checked(lambda: dataclasses.replace(project, time_off=entries))


def replace_time_off(project: Project, entry: TimeOff) -> Project:
    """Replace the time-off entry with the same id."""
    return _with_entry(project, entry.id, lambda _old: entry)


def rename_time_off(project: Project, entry_id: str, note: str) -> Project:
    """Change the note of a time-off entry."""
    return _with_entry(project, entry_id, lambda t: dataclasses.replace(t, note=note))


def move_time_off(project: Project, entry_id: str, start: datetime, end: datetime) -> Project:
    """Give a time-off entry new bounds (moving or resizing it)."""
    return _with_entry(project, entry_id, lambda t: dataclasses.replace(t, start=start, end=end))


def delete_time_off(project: Project, entry_id: str) -> Project:
    """Delete a time-off entry."""
    project.time_off_entry(entry_id)
    entries = tuple(t for t in project.time_off if t.id != entry_id)
    return checked(lambda: dataclasses.replace(project, time_off=entries))


def add_time_off_entries(project: Project, entries: Iterable[TimeOff]) -> Project:
    """Append imported entries, leaving out any the person already has (same UID and start)."""
    seen = {(t.person, t.uid, t.start) for t in project.time_off if t.uid}
    new = [t for t in entries if not t.uid or (t.person, t.uid, t.start) not in seen]
    return checked(lambda: dataclasses.replace(project, time_off=(*project.time_off, *new)))
