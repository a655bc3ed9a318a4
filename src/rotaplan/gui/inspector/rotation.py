"""Rotation kinds and restriction windows as a team lead enters them, mapped to the model.

Daily and weekly rotations hand off at a wall-clock time (and weekday): they become a turn length
of one day or one week and a ``rotation_virtual_start`` in the same week as the old one, so that
changing the handoff time does not shift whose turn it is. A restriction is entered as "from
(day) time to (day) time" and stored as a start and a duration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import Enum

from rotaplan.core import Layer, ModelError, Restriction, localize

__all__ = [
    "RestrictionSpec",
    "Rotation",
    "RotationSpec",
    "restriction_from_spec",
    "rotation_of",
    "rotation_values",
    "spec_of_restriction",
]

_DAY = 86_400
_WEEK = 7 * _DAY


class Rotation(Enum):
    """How turns are cut."""

    DAILY = "daily"
    WEEKLY = "weekly"
    CUSTOM = "custom"


@dataclass(frozen=True)
class RotationSpec:
    """A rotation as shown in the editor."""

    kind: Rotation
    handoff_day: int  # 1 = Monday .. 7 = Sunday (weekly)
    handoff_time: time
    turn_hours: float  # custom
    virtual_start: datetime  # custom: the first handoff


def rotation_of(layer: Layer, tz: tzinfo) -> RotationSpec:
    """How the editor shows a layer's rotation."""
    local = layer.rotation_virtual_start.astimezone(tz)
    handoff = local.time().replace(tzinfo=None, microsecond=0)
    length = layer.turn_length_seconds
    kind = {_DAY: Rotation.DAILY, _WEEK: Rotation.WEEKLY}.get(length, Rotation.CUSTOM)
    return RotationSpec(
        kind, local.isoweekday(), handoff, length / 3600, layer.rotation_virtual_start
    )


def rotation_values(spec: RotationSpec, anchor: datetime, tz: tzinfo) -> tuple[datetime, int]:
    """``(rotation_virtual_start, turn_length_seconds)`` for a spec.

    ``anchor`` is the layer's current virtual start: a daily or weekly handoff lands on its day
    or in its week.
    """
    if spec.kind is Rotation.CUSTOM:
        seconds = round(spec.turn_hours * 3600)
        if seconds < 3600:
            raise ModelError("turn_length_seconds", "a turn must last at least 1 hour")
        return spec.virtual_start, seconds
    local = anchor.astimezone(tz).replace(tzinfo=None)
    day = local.date()
    if spec.kind is Rotation.WEEKLY:
        day = day - timedelta(days=day.weekday()) + timedelta(days=spec.handoff_day - 1)
    naive = datetime.combine(day, spec.handoff_time)
    return localize(naive, tz), _DAY if spec.kind is Rotation.DAILY else _WEEK


@dataclass(frozen=True)
class RestrictionSpec:
    """A restriction as shown: from (day) time to (day) time; days only for weekly ones."""

    type: str
    from_day: int
    from_time: time
    to_day: int
    to_time: time


def _seconds(value: time) -> int:
    return value.hour * 3600 + value.minute * 60 + value.second


def spec_of_restriction(restriction: Restriction) -> RestrictionSpec:
    """How the editor shows a restriction."""
    start = _seconds(restriction.start_time)
    day = restriction.start_day_of_week or 1
    end = (day - 1) * _DAY + start + restriction.duration_seconds
    if restriction.type == "daily":
        end_time = (datetime(2000, 1, 1) + timedelta(seconds=end % _DAY)).time()
        return RestrictionSpec("daily", 1, restriction.start_time, 1, end_time)
    end %= _WEEK
    end_time = (datetime(2000, 1, 1) + timedelta(seconds=end % _DAY)).time()
    return RestrictionSpec("weekly", day, restriction.start_time, end // _DAY + 1, end_time)


def restriction_from_spec(spec: RestrictionSpec) -> Restriction:
    """The restriction a spec stands for (ModelError when the window is empty)."""
    start, end = _seconds(spec.from_time), _seconds(spec.to_time)
    if spec.type == "daily":
        duration = (end - start) % _DAY
        if duration == 0:
            raise ModelError("restrictions", "a daily window must not start and end at once")
        return Restriction("daily", spec.from_time, duration)
    duration = ((spec.to_day - 1) * _DAY + end - (spec.from_day - 1) * _DAY - start) % _WEEK
    if duration == 0:
        raise ModelError("restrictions", "a weekly window must not start and end at once")
    return Restriction("weekly", spec.from_time, duration, spec.from_day)
