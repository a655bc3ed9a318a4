"""Local calendar days of a zone over a window, as integer instants, for fast day-based sweeps.

Analyses that judge time "in a person's own zone" (working hours, nights, weekends, holidays)
need the instants of local midnights and of times of day. ``localize_instant`` is exact but slow;
``LocalDays`` localizes each midnight once and then does integer arithmetic on every day whose
length is exactly 24 h, falling back to the DST rule only on transition days.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from rotaplan.core.timeutil import DAY, Instant, localize_instant, wall, zone

__all__ = ["LocalDays", "local_days"]


@dataclass(frozen=True)
class LocalDays:
    """The local days of a zone from ``first`` on: day i is ``[midnights[i], midnights[i + 1])``."""

    time_zone: str
    first: date
    midnights: tuple[Instant, ...]

    @property
    def count(self) -> int:
        """The number of days covered."""
        return len(self.midnights) - 1

    def day(self, index: int) -> date:
        """The local date of day ``index``."""
        return self.first + timedelta(days=index)

    def index(self, at: Instant) -> int:
        """The day containing ``at`` (-1 before the first day, ``count`` after the last)."""
        return bisect_right(self.midnights, at) - 1

    def regular(self, index: int) -> bool:
        """Whether day ``index`` lasts exactly 24 h (no DST change inside it)."""
        return self.midnights[index + 1] - self.midnights[index] == DAY

    def at(self, index: int, since_midnight: Instant) -> Instant:
        """The instant of the wall-clock time ``since_midnight`` (µs) on day ``index``."""
        if self.regular(index):
            return self.midnights[index] + since_midnight
        day = self.day(index)
        naive = datetime(day.year, day.month, day.day) + timedelta(microseconds=since_midnight)
        return localize_instant(naive, zone(self.time_zone))

    def time_of_day(self, at: Instant) -> Instant:
        """The wall-clock time of day of ``at`` in µs since local midnight."""
        midnights = self.midnights
        index = bisect_right(midnights, at) - 1
        if 0 <= index < len(midnights) - 1 and midnights[index + 1] - midnights[index] == DAY:
            return at - midnights[index]
        local = wall(at, zone(self.time_zone))
        return (
            local.hour * 3600 + local.minute * 60 + local.second
        ) * 1_000_000 + local.microsecond


@lru_cache(maxsize=128)
def local_days(time_zone: str, start: Instant, end: Instant) -> LocalDays:
    """The local days of ``time_zone`` that cover ``[start, end)``, one extra day either side."""
    tz = zone(time_zone)
    first = wall(start, tz).date() - timedelta(days=1)
    last = wall(end, tz).date() + timedelta(days=1)
    midnights = tuple(
        localize_instant(datetime.combine(first + timedelta(days=i), datetime.min.time()), tz)
        for i in range((last - first).days + 1)
    )
    return LocalDays(time_zone, first, midnights)
