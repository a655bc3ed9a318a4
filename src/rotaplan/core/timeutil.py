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
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "DAY",
    "HOUR",
    "MINUTE",
    "SECOND",
    "UTC",
    "Instant",
    "instant",
    "local_micros",
    "localize",
    "localize_instant",
    "localize_local",
    "parse_window_bound",
    "portable_zone_names",
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


@lru_cache(maxsize=1)
def portable_zone_names() -> frozenset[str]:
    """The zone names every machine knows: those the tzdata package ships.

    ``ZoneInfo`` also loads whatever the machine's own zone files hold (``localtime``,
    ``posix/…``, ``right/…``), which another machine may lack or read differently, so a project
    naming them would open on one machine only.
    """
    try:
        listing = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        # tzdata is a dependency; a distribution that drops it still lists the IANA names.
        return frozenset(available_timezones() - {"localtime"})
    return frozenset(listing.split())


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA time zone called ``name``; ValueError when there is no such zone.

    Only the names of ``portable_zone_names`` are accepted, so a zone means the same everywhere.
    """
    if not isinstance(name, str) or not name or len(name) > 64:
        raise ValueError(f"unknown time zone {name!r}")
    if name not in portable_zone_names():
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
            raise ValueError(f"unknown time zone {name!r}") from None
        raise ValueError(
            f"time zone {name!r} exists only in this machine's zone files, not in the IANA list"
        )
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


# (zone, local day number) -> the zone's offset in microseconds all that day, or None when a
# transition lies within a day of it. A memo of a pure function, bounded below.
_DAY_OFFSETS: dict[tuple[tzinfo, int], int | None] = {}
_DAY_OFFSETS_LIMIT = 500_000


def _steady_offset(tz: tzinfo, day: int) -> int | None:
    key = (tz, day)
    try:
        return _DAY_OFFSETS[key]
    except KeyError:
        pass
    midnight = _EPOCH_NAIVE + timedelta(days=day)
    offsets = {tz.utcoffset(midnight + timedelta(days=d)) for d in (-1, 0, 1, 2)}
    # One offset from the day before to the day after means no transition touches this day's
    # readings (the tz database has no pair of opposite transitions within three days).
    offset = offsets.pop() // _ONE_US if len(offsets) == 1 else None  # type: ignore[operator]
    if len(_DAY_OFFSETS) >= _DAY_OFFSETS_LIMIT:
        _DAY_OFFSETS.clear()
    _DAY_OFFSETS[key] = offset
    return offset


def local_micros(naive: datetime) -> int:
    """A naive wall-clock reading as microseconds since 1970-01-01T00:00 on that clock."""
    return (naive - _EPOCH_NAIVE) // _ONE_US


def localize_local(local: int, tz: tzinfo) -> Instant:
    """``localize_instant`` for a wall-clock reading given as ``local_micros``."""
    offset = _steady_offset(tz, local // DAY)
    if offset is not None:
        return local - offset
    return localize_instant(_EPOCH_NAIVE + timedelta(microseconds=local), tz)


def localize_instant(naive: datetime, tz: tzinfo) -> Instant:
    """The instant of a wall-clock reading in ``tz`` under the DST rule (see module docstring)."""
    # fold is ignored by naive subtraction; utcoffset() of fold=0 is the offset before any
    # transition at this reading (the first occurrence, or the offset before a jump).
    local = (naive - _EPOCH_NAIVE) // _ONE_US
    before = tz.utcoffset(naive.replace(fold=0) if naive.fold else naive)
    after = tz.utcoffset(naive.replace(fold=1))
    assert before is not None
    assert after is not None
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
