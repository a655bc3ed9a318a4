"""Time arithmetic: instants, wall clocks, the one DST rule, and window iteration.

Inside the core an instant is an ``int`` of microseconds since 1970-01-01T00:00:00Z, so spans
compare, sort and subtract at integer speed; datetimes exist only at the edges.

The DST rule (DESIGN §2): a local wall-clock time that a DST jump skips resolves to the instant of
the jump; a local time that occurs twice resolves to its first occurrence. ``localize`` is the
only place that turns a wall-clock reading into an instant.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "DAY",
    "HOUR",
    "MINUTE",
    "SECOND",
    "UTC",
    "Instant",
    "instant",
    "localize",
    "localize_instant",
    "parse_window_bound",
    "to_datetime",
    "wall",
    "zone",
]

Instant = int
SECOND: Instant = 1_000_000
MINUTE: Instant = 60 * SECOND
HOUR: Instant = 60 * MINUTE
DAY: Instant = 24 * HOUR
UTC = UTC
_ONE_US = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA time zone called ``name``; ValueError when there is no such zone."""
    if not isinstance(name, str) or not name or len(name) > 64:
        raise ValueError(f"unknown time zone {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        raise ValueError(f"unknown time zone {name!r}") from None


def instant(value: datetime) -> Instant:
    """The instant of an aware datetime."""
    if value.tzinfo is None:
        raise ValueError("a naive datetime has no instant")
    return (value - _EPOCH) // _ONE_US


def to_datetime(value: Instant, tz: tzinfo = UTC) -> datetime:
    """The aware datetime of an instant, read in ``tz``."""
    return (_EPOCH + timedelta(microseconds=value)).astimezone(tz)


def wall(value: Instant, tz: tzinfo) -> datetime:
    """The naive wall-clock reading of an instant in ``tz``."""
    return (_EPOCH + timedelta(microseconds=value)).astimezone(tz).replace(tzinfo=None, fold=0)


def _offset_at(value: Instant, tz: tzinfo) -> timedelta | None:
    return (_EPOCH + timedelta(microseconds=value)).astimezone(tz).utcoffset()


def localize_instant(naive: datetime, tz: tzinfo) -> Instant:
    """The instant of a wall-clock reading in ``tz`` under the DST rule (see module docstring)."""
    first = naive.replace(tzinfo=tz, fold=0)
    before = first.utcoffset()
    after = naive.replace(tzinfo=tz, fold=1).utcoffset()
    assert before is not None
    assert after is not None
    local = (naive.replace(fold=0) - _EPOCH_NAIVE) // _ONE_US
    if before >= after:
        # Not a transition, or a repeated hour: fold=0 is the first occurrence.
        return local - before // _ONE_US
    # A skipped hour. fold=1 maps before the jump and fold=0 after it; the offset is a step
    # function of the instant, so bisect for the first instant carrying the new offset.
    low = local - after // _ONE_US
    high = local - before // _ONE_US
    while high - low > 1:
        middle = (low + high) // 2
        if _offset_at(middle, tz) == before:
            low = middle
        else:
            high = middle
    return high


def localize(naive: datetime, tz: tzinfo) -> datetime:
    """The aware datetime, in ``tz``, of a wall-clock reading under the DST rule."""
    return to_datetime(localize_instant(naive, tz), tz)


def parse_window_bound(text: str, tz: tzinfo) -> Instant:
    """An ISO date (local midnight in ``tz``) or datetime (naive means local in ``tz``)."""
    text = text.strip()
    if len(text) == 10:
        day = date.fromisoformat(text)
        return localize_instant(datetime(day.year, day.month, day.day), tz)
    value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    if value.tzinfo is None:
        return localize_instant(value, tz)
    return instant(value)
