"""What every edit shares: readable ids, the refusal error, and swapping one object in."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from rotaplan.core.errors import EditError, ModelError
from rotaplan.core.model import Project, Schedule

__all__ = ["checked", "new_id", "with_schedule"]

_T = TypeVar("_T")


def new_id(name: str, taken: Iterable[str]) -> str:
    """A readable id derived from ``name`` that is not in ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "item"
    used = set(taken)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def checked(make: Callable[[], _T]) -> _T:
    """Build a value, turning a model refusal into an EditError."""
    try:
        return make()
    except ModelError as error:
        raise EditError.invalid(error) from None


def with_schedule(project: Project, schedule: Schedule) -> Project:
    """``project`` with the schedule of the same id replaced by ``schedule``."""
    schedules = tuple(schedule if s.id == schedule.id else s for s in project.schedules)
    return checked(lambda: dataclasses.replace(project, schedules=schedules))
