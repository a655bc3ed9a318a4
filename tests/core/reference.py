"""A deliberately simple, independent evaluator of DESIGN §2 to check the core against.

It shares no code with ``rotaplan.core.timeutil`` or ``rotaplan.core.render``: time zones come
from ``dateutil.tz`` (the core uses ``zoneinfo``), the DST rule is applied by brute force (try
every offset the zone uses near the reading, bisect real instants for a skipped reading), the turn
index is found by bisection on the definition of ``b(k)``, and restriction membership is checked
window by window over the local dates around the instant. It is slow and plain on purpose.

Instants are ``int`` microseconds since the Unix epoch, like the core's, so results compare
exactly; ``reference_person_at`` also takes an aware datetime.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from dateutil import tz

from rotaplan.core.model import Layer, Restriction, Schedule

__all__ = [
    "DAY_US",
    "HOUR_US",
    "SECOND_US",
    "as_instant",
    "change_points",
    "layer_person_at",
    "person_at",
    "reference_change_points",
    "reference_localize",
    "reference_person_at",
    "restricted_at",
    "transitions",
    "turn_index",
    "turn_start",
    "wall_reading",
]

SECOND_US = 1_000_000
HOUR_US = 3600 * SECOND_US
DAY_US = 24 * HOUR_US
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=tz.UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)
_ONE_US = timedelta(microseconds=1)


def _zone(name: str) -> tzinfo:
    found = tz.gettz(name)
    assert found is not None, name
    return found


def as_instant(value: datetime) -> int:
    """Microseconds since the epoch of an aware datetime."""
    assert value.utcoffset() is not None
    return (value - _UTC_EPOCH) // _ONE_US


@lru_cache(maxsize=1 << 18)
def wall_reading(at: int, name: str) -> int:
    """The wall clock in zone ``name`` at instant ``at``, in µs since 1970-01-01T00:00 local."""
    local = (_UTC_EPOCH + timedelta(microseconds=at)).astimezone(_zone(name))
    return (local.replace(tzinfo=None) - _NAIVE_EPOCH) // _ONE_US


def _offsets_near(local: int, name: str) -> set[int]:
    # Every UTC offset lies within [-12 h, +14 h], so an instant showing `local` lies within
    # 16 h of it; sampling each whole hour there sees every offset in force (none lasts < 1 h).
    base = local // HOUR_US * HOUR_US
    return {
        wall_reading(at, name) - at
        for at in range(base - 16 * HOUR_US, base + 17 * HOUR_US, HOUR_US)
    }


@lru_cache(maxsize=1 << 18)
def reference_localize(local: int, name: str) -> int:
    """The instant of a wall-clock reading: first occurrence if repeated, the jump if skipped."""
    offsets = _offsets_near(local, name)
    showing = [local - o for o in offsets if wall_reading(local - o, name) == local]
    if showing:
        return min(showing)
    # Skipped: bisect for the first instant whose reading is past `local` (the jump).
    low, high = local - max(offsets), local - min(offsets)
    assert wall_reading(low, name) < local < wall_reading(high, name)
    while high - low > 1:
        middle = (low + high) // 2
        if wall_reading(middle, name) > local:
            high = middle
        else:
            low = middle
    return high


@lru_cache(maxsize=1 << 18)
def _turn_start(origin: int, turn_seconds: int, name: str, k: int) -> int:
    if turn_seconds % 86_400:
        return origin + k * turn_seconds * SECOND_US
    if k == 0:
        return origin
    days = turn_seconds // 86_400
    return reference_localize(wall_reading(origin, name) + k * days * DAY_US, name)


def turn_start(layer: Layer, name: str, k: int) -> int:
    """``b(k)`` straight from DESIGN §2."""
    return _turn_start(as_instant(layer.rotation_virtual_start), layer.turn_length_seconds, name, k)


def turn_index(layer: Layer, name: str, at: int) -> int:
    """The k with b(k) <= at < b(k + 1), by doubling out from 0 and bisecting."""
    low, high = -1, 1
    while turn_start(layer, name, low) > at:
        low *= 2
    while turn_start(layer, name, high) <= at:
        high *= 2
    # Invariant: b(low) <= at < b(high).
    while high - low > 1:
        middle = (low + high) // 2
        if turn_start(layer, name, middle) <= at:
            low = middle
        else:
            high = middle
    return low


def _clock_us(clock: time) -> int:
    return ((clock.hour * 60 + clock.minute) * 60 + clock.second) * SECOND_US + clock.microsecond


def _window_days(restriction: Restriction, first: int, last: int) -> list[int]:
    """Local day numbers in [first, last] on which a window of this restriction starts."""
    days = range(first, last + 1)
    if restriction.type == "daily":
        return list(days)
    return [
        d
        for d in days
        if (date(1970, 1, 1) + timedelta(days=d)).isoweekday() == restriction.start_day_of_week
    ]


def _window(restriction: Restriction, name: str, day: int) -> tuple[int, int]:
    start = day * DAY_US + _clock_us(restriction.start_time)
    end = start + restriction.duration_seconds * SECOND_US
    return reference_localize(start, name), reference_localize(end, name)


def restricted_at(layer: Layer, name: str, at: int) -> bool:
    """Whether ``at`` lies in a window of one of the layer's restrictions."""
    today = wall_reading(at, name) // DAY_US
    for restriction in layer.restrictions:
        # A window lasts under a day (daily) or a week (weekly): look back far enough, and a
        # day ahead for readings that repeat.
        back = 2 if restriction.type == "daily" else 8
        for day in _window_days(restriction, today - back, today + 2):
            start, end = _window(restriction, name, day)
            if start <= at < end:
                return True
    return False


def layer_person_at(layer: Layer, name: str, at: int) -> str | None:
    """Who the layer puts on call at instant ``at`` (None outside its segments)."""
    if at < as_instant(layer.start):
        return None
    if layer.end is not None and at >= as_instant(layer.end):
        return None
    if layer.restrictions and not restricted_at(layer, name, at):
        return None
    return layer.members[turn_index(layer, name, at) % len(layer.members)]


def person_at(schedule: Schedule, at: int) -> str | None:
    """Who is on call at instant ``at``: last covering override, else the top layer, else None."""
    for override in reversed(schedule.overrides):
        if as_instant(override.start) <= at < as_instant(override.end):
            return override.person
    for layer in reversed(schedule.layers):
        who = layer_person_at(layer, schedule.time_zone, at)
        if who is not None:
            return who
    return None


def reference_person_at(schedule: Schedule, t: datetime) -> str | None:
    """Who is on call at the aware datetime ``t``."""
    return person_at(schedule, as_instant(t))


def change_points(schedule: Schedule, start: int, end: int) -> list[int]:
    """Every instant in [start, end) where the reference's answer may change, plus ``start``."""
    name = schedule.time_zone
    points = {start}
    for layer in schedule.layers:
        points.add(as_instant(layer.start))
        if layer.end is not None:
            points.add(as_instant(layer.end))
        k = turn_index(layer, name, start)
        while (boundary := turn_start(layer, name, k)) < end:
            points.add(boundary)
            k += 1
        first = wall_reading(start, name) // DAY_US - 8
        last = wall_reading(end, name) // DAY_US + 2
        for restriction in layer.restrictions:
            for day in _window_days(restriction, first, last):
                points.update(_window(restriction, name, day))
    for override in schedule.overrides:
        points.add(as_instant(override.start))
        points.add(as_instant(override.end))
    return sorted(p for p in points if start <= p < end)


def reference_change_points(schedule: Schedule, start: datetime, end: datetime) -> list[int]:
    """``change_points`` for a window given as aware datetimes."""
    return change_points(schedule, as_instant(start), as_instant(end))


def transitions(name: str, since: int, until: int) -> list[int]:
    """The instants in [since, until) where the zone's UTC offset changes, found by scanning."""
    found = []
    step = 6 * HOUR_US
    at = since
    while at < until:
        if wall_reading(at + step, name) - (at + step) != wall_reading(at, name) - at:
            low, high = at, at + step
            while high - low > 1:
                middle = (low + high) // 2
                if wall_reading(middle, name) - middle == wall_reading(low, name) - low:
                    low = middle
                else:
                    high = middle
            found.append(high)
        at += step
    return found
