"""VTIMEZONE components generated from the IANA database for the years a calendar spans."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from rotaplan.core import SECOND, Instant, localize_instant, to_datetime, wall, zone
from rotaplan.ical.text import content_line, escape_text, local_value

__all__ = ["UTC_ZONES", "is_utc", "unique_reading", "vtimezone_lines"]

UTC_ZONES = frozenset(
    {
        "UTC",
        "Etc/UTC",
        "Etc/UCT",
        "UCT",
        "Etc/GMT",
        "GMT",
        "Etc/Universal",
        "Universal",
        "Etc/Zulu",
        "Zulu",
        "Etc/Greenwich",
        "Greenwich",
        "Etc/GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
        "GMT0",
        "GMT+0",
        "GMT-0",
    }
)
_STEP = 86_400  # seconds between samples: no zone changes its offset twice within a day


def is_utc(time_zone: str) -> bool:
    """Whether times in this zone are written as UTC (``Z``) with no VTIMEZONE."""
    return time_zone in UTC_ZONES


def unique_reading(value: Instant, tz: tzinfo) -> datetime | None:
    """The wall-clock reading of ``value`` in ``tz``; None when it also names another instant."""
    reading = wall(value, tz)
    # Offsets differ between the two folds only in a repeated or skipped hour, and the reading
    # of an instant is never skipped: this reading occurs twice.
    if tz.utcoffset(reading) != tz.utcoffset(reading.replace(fold=1)):
        return None
    return reading


def _offset_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _state(tz_name: str, seconds: int) -> tuple[int, bool, str]:
    """(UTC offset in seconds, is daylight time, abbreviation) at an instant in seconds."""
    d = to_datetime(seconds * SECOND, zone(tz_name))
    offset = d.utcoffset()
    dst = d.dst()
    assert offset is not None
    return int(offset.total_seconds()), bool(dst), d.tzname() or tz_name


def _transitions(tz_name: str, low: int, high: int) -> list[int]:
    """Instants (seconds) in ``[low, high)`` at which the zone's state changes."""
    found: list[int] = []
    at = low
    state = _state(tz_name, at)
    while at < high:
        nxt = min(at + _STEP, high)
        next_state = _state(tz_name, nxt)
        if next_state != state:
            a, b = at, nxt
            while b - a > 1:
                middle = (a + b) // 2
                if _state(tz_name, middle) == state:
                    a = middle
                else:
                    b = middle
            found.append(b)
            state = _state(tz_name, b)
            at = b
        else:
            at = nxt
    return found


def _observance(
    kind: str, start_wall: datetime, offset_from: int, offset_to: int, name: str
) -> list[str]:
    return [
        f"BEGIN:{kind}",
        f"DTSTART:{local_value(start_wall)}",
        f"TZOFFSETFROM:{_offset_text(offset_from)}",
        f"TZOFFSETTO:{_offset_text(offset_to)}",
        content_line("TZNAME", escape_text(name)),
        f"END:{kind}",
    ]


@lru_cache(maxsize=256)
def _vtimezone(tz_name: str, first_year: int, last_year: int) -> tuple[str, ...]:
    tz = zone(tz_name)
    low = localize_instant(datetime(first_year, 1, 1), tz) // SECOND
    high = localize_instant(datetime(last_year + 1, 1, 1), tz) // SECOND
    offset, dst, name = _state(tz_name, low)
    lines = ["BEGIN:VTIMEZONE", content_line("TZID", escape_text(tz_name))]
    lines += _observance(
        "DAYLIGHT" if dst else "STANDARD", wall(low * SECOND, tz), offset, offset, name
    )
    for at in _transitions(tz_name, low, high):
        new_offset, new_dst, new_name = _state(tz_name, at)
        # DTSTART of an observance is the onset on the wall clock still in force before it.
        onset = to_datetime(at * SECOND).replace(tzinfo=None) + timedelta(seconds=offset)
        lines += _observance(
            "DAYLIGHT" if new_dst else "STANDARD", onset, offset, new_offset, new_name
        )
        offset = new_offset
    lines.append("END:VTIMEZONE")
    return tuple(lines)


def vtimezone_lines(tz_name: str, first: Instant, last: Instant) -> tuple[str, ...]:
    """The VTIMEZONE of ``tz_name`` valid for the whole years from ``first`` to ``last``."""
    tz = zone(tz_name)
    return _vtimezone(tz_name, wall(first, tz).year, wall(last, tz).year)
