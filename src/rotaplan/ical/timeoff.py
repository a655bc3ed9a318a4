"""Time off imported from an iCalendar file (Google, Outlook, Apple, any RFC 5545 calendar).

The input is untrusted, so every step is bounded: the file size, the structure (parsed by
icalendar after unfolding; errors name a line), the number of occurrences a recurrence may expand
to inside the horizon, and the CPU time that expansion may take. Deviations of real calendars
that have one clear reading import with a one-line warning each. Google's ``X-WR-TIMEZONE``
calendars are made standard with ``x_wr_timezone``; recurrences (RRULE, RDATE, EXDATE,
RECURRENCE-ID) are expanded with ``recurring_ical_events``. Floating times and all-day events are
read in the person's time zone. Nothing here touches a file: the caller saves the returned project.

The steps live beside this module: ``limits`` (the bounds), ``parsing`` (the file's text and
structure), ``windows_zones`` (Outlook's zone names), ``events`` (each VEVENT, its repairs, checks
and recurrence group) and ``expansion`` (the occurrences in the window, filtered, as time-off
entries); their public names are importable from here too.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rotaplan.core import Instant, Person, Project, TimeOff, Window, instant
from rotaplan.ical.errors import IcalError
from rotaplan.ical.events import calendar_events, recurrence_groups
from rotaplan.ical.expansion import OccurrenceReader, TimeOffFilter
from rotaplan.ical.limits import (
    EXPANSION_SECONDS,
    MAX_CALENDAR_BYTES,
    MAX_OCCURRENCES,
    ImportLimits,
    check_calendar_size,
)
from rotaplan.ical.parsing import decode_calendar, parse_calendar

__all__ = [
    "EXPANSION_SECONDS",
    "MAX_CALENDAR_BYTES",
    "MAX_OCCURRENCES",
    "ImportLimits",
    "TimeOffFilter",
    "TimeOffImport",
    "TimeOffReading",
    "check_calendar_size",
    "decode_calendar",
    "import_time_off",
    "parse_calendar",
    "read_time_off",
]


@dataclass(frozen=True)
class TimeOffImport:
    """The outcome of an import: the project with the new entries appended, and the counts.

    ``before``/``after`` count the events (a series once) that the filter takes but that lie
    wholly before or after the window; ``warnings`` are one line each.
    """

    project: Project
    added: tuple[TimeOff, ...]
    duplicates: int
    filtered: int
    skipped: int
    before: int = 0
    after: int = 0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimeOffReading:
    """The time off read from a calendar (not yet compared with the project) and the counts."""

    entries: tuple[TimeOff, ...]
    filtered: int
    skipped: int
    before: int = 0
    after: int = 0
    warnings: tuple[str, ...] = ()


def read_time_off(
    data: bytes,
    person: Person,
    window: Window,
    *,
    source: str = "calendar",
    time_filter: TimeOffFilter = TimeOffFilter(),
    limits: ImportLimits = ImportLimits(),
) -> TimeOffReading:
    """The time off that an .ics file gives ``person`` in ``window`` (not yet deduplicated)."""
    found = calendar_events(parse_calendar(data, source), source)
    reader = OccurrenceReader(source, person, window, time_filter, limits)
    single, recurring = recurrence_groups(found.events)
    for event in single:
        reader.add_single(event)
    for group in recurring:
        reader.expand(group, found.timezones)
    entries = sorted(reader.entries, key=lambda t: (t.start, t.end, t.uid or ""))
    return TimeOffReading(
        tuple(entries),
        reader.filtered,
        reader.skipped,
        reader.before,
        reader.after,
        tuple(found.warnings),
    )


def import_time_off(
    project: Project,
    person_id: str,
    data: bytes,
    window: Window,
    *,
    source: str = "calendar",
    time_filter: TimeOffFilter = TimeOffFilter(),
    limits: ImportLimits = ImportLimits(),
) -> TimeOffImport:
    """Add the time off of an .ics file to ``project``, skipping entries imported before.

    An entry counts as imported before when the person already has one with the same UID and
    start instant; ``project`` is returned unchanged when nothing is new.
    """
    person = project.people_by_id.get(person_id)
    if person is None:
        known = ", ".join(project.people_by_id) or "none"
        raise IcalError(f"--person: no person {person_id!r} in the project (known: {known})")
    reading = read_time_off(
        data, person, window, source=source, time_filter=time_filter, limits=limits
    )
    seen: set[tuple[str | None, Instant]] = {
        (t.uid, instant(t.start)) for t in project.time_off if t.person == person_id and t.uid
    }
    added: list[TimeOff] = []
    duplicates = 0
    for entry in reading.entries:
        key = (entry.uid, instant(entry.start))
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        added.append(entry)
    updated = (
        dataclasses.replace(project, time_off=project.time_off + tuple(added)) if added else project
    )
    return TimeOffImport(
        updated,
        tuple(added),
        duplicates,
        reading.filtered,
        reading.skipped,
        reading.before,
        reading.after,
        reading.warnings,
    )
