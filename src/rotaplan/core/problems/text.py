"""How the problems write their values in English: durations, local times, names."""

from __future__ import annotations

from bisect import bisect_right

from rotaplan.core.localdays import LocalDays, local_days
from rotaplan.core.model import Project
from rotaplan.core.timeutil import DAY, HOUR, MINUTE, Instant, to_datetime, zone

__all__ = ["Clock", "duration", "name", "quoted"]


def duration(value: Instant) -> str:
    """``45 min`` under an hour, else ``8 h`` or ``7.5 h``."""
    if value < HOUR:
        return f"{value / MINUTE:.0f} min"
    hours = value / HOUR
    return f"{hours:.0f} h" if abs(hours - round(hours)) < 0.05 else f"{hours:.1f} h"


_CLOCK_TEXTS = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60))


class Clock:
    """Formats instants as local wall-clock text fast: one date label per local day, cached."""

    def __init__(self, start: Instant, end: Instant) -> None:
        self._start = start
        self._end = end
        # Per zone: its local days, their midnights and the date labels made so far.
        self._zones: dict[str, tuple[LocalDays, tuple[Instant, ...], list[str | None]]] = {}

    def _parts(self, value: Instant, time_zone: str) -> tuple[str, str]:
        entry = self._zones.get(time_zone)
        if entry is None:
            days = local_days(time_zone, self._start, self._end)
            entry = self._zones[time_zone] = (days, days.midnights, [None] * len(days.midnights))
        days, midnights, labels = entry
        index = bisect_right(midnights, value) - 1
        # A regular day: the wall clock is the time since midnight. DST days take the long way.
        if 0 <= index < len(midnights) - 1 and midnights[index + 1] - midnights[index] == DAY:
            label = labels[index]
            if label is None:
                label = labels[index] = days.day(index).strftime("%a %Y-%m-%d")
            return label, _CLOCK_TEXTS[(value - midnights[index]) // MINUTE]
        local = to_datetime(value, zone(time_zone))
        return local.strftime("%a %Y-%m-%d"), local.strftime("%H:%M")

    def moment(self, value: Instant, time_zone: str) -> str:
        """``Tue 2026-12-08 03:00``."""
        day, clock = self._parts(value, time_zone)
        return f"{day} {clock}"

    def range(self, start: Instant, end: Instant, time_zone: str) -> str:
        """``Tue 2026-12-08 00:00 – 08:00 (Europe/London)``; the end's date when it differs."""
        first_day, first_clock = self._parts(start, time_zone)
        last_day, last_clock = self._parts(end, time_zone)
        second = last_clock if last_day == first_day else f"{last_day} {last_clock}"
        return f"{first_day} {first_clock} – {second} ({time_zone})"


def name(project: Project, person_id: str) -> str:
    """The person's name, their id when the project does not know them."""
    person = project.people_by_id.get(person_id)
    return person.name if person else person_id


def quoted(text: str) -> str:
    """A name or id as the English messages quote it: ``'Payments'`` (Python's ``repr``)."""
    return repr(text)
