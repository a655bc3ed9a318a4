"""iCalendar export of final schedules: one calendar per schedule and one per person.

The exporter is pure: given a project, a window and ``now`` it returns the text of each calendar
by file name, so the CLI writes files and the GUI can offer the same calendars. Output is
deterministic: DTSTAMP and SEQUENCE come from ``now``, and each event's UID is derived from the
calendar kind, the schedule, the person and the shift's start, so exporting again yields the same
UID for the same shift and a calendar that re-imports the file updates instead of duplicating.
Times are local with TZID, except a shift with an end in a repeated hour: it is written in UTC.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from rotaplan.core import (
    Instant,
    Project,
    Schedule,
    Window,
    instant,
    to_datetime,
    zone,
)
from rotaplan.ical.errors import ExportError
from rotaplan.ical.shifts import Shift, schedule_shifts
from rotaplan.ical.text import content_line, escape_text, local_value, utc_value
from rotaplan.ical.timezones import is_utc, unique_reading, vtimezone_lines

__all__ = [
    "MAX_REMIND_MINUTES",
    "ExportOptions",
    "WindowSpec",
    "calendar_file_name",
    "export_calendars",
    "person_calendar",
    "schedule_calendar",
    "sequence_for",
]

MAX_REMIND_MINUTES = 40_320  # four weeks
PRODID = "-//Rotaplan//Rotaplan on-call export//EN"
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")

# A window in instants, or a function giving the window for a zone name, so that dates given on
# the command line can mean local midnight in each calendar's own zone (DESIGN §4).
WindowSpec = Window | Callable[[str], Window]
CalendarKind = Literal["schedule", "person"]


@dataclass(frozen=True)
class ExportOptions:
    """Choices that shape every exported calendar."""

    remind_minutes: tuple[int, ...] = ()
    refresh_hours: int = 12

    def __post_init__(self) -> None:
        for minutes in self.remind_minutes:
            if not 0 <= minutes <= MAX_REMIND_MINUTES:
                raise ExportError(
                    f"--remind: {minutes} minutes is out of range (0 to {MAX_REMIND_MINUTES})"
                )
        if not 1 <= self.refresh_hours <= 24 * 30:
            raise ExportError("refresh hours: must be between 1 and 720")


def sequence_for(now: datetime) -> int:
    """The SEQUENCE of an export made at ``now``: minutes since 2020, so later exports win."""
    if now.tzinfo is None:
        raise ExportError("now: must be an aware datetime")
    return max(0, int((now - _SEQUENCE_EPOCH).total_seconds()) // 60)


def calendar_file_name(kind: CalendarKind, object_id: str) -> str:
    """``schedule-ID.ics`` / ``person-ID.ics``; ids unsafe in file names get a hashed suffix."""
    if _SAFE_NAME.match(object_id):
        return f"{kind}-{object_id}.ics"
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", object_id).strip("._")[:60] or "id"
    digest = hashlib.sha1(object_id.encode("utf-8")).hexdigest()[:8]
    return f"{kind}-{cleaned}-{digest}.ics"


def _window_in(spec: WindowSpec, time_zone: str) -> Window:
    return spec(time_zone) if callable(spec) else spec


class _Formatter:
    """Writes an event's DTSTART and DTEND for one zone, caching the text of each instant.

    An event goes out in local time with TZID when the wall-clock readings of both its ends name
    only their own instant, and wholly in UTC when either falls in a repeated hour. Readers break
    that tie differently (RFC 5545 says the first occurrence, vobject takes the second in London),
    and recurring-ical-events adds an event's exact length to its start on the wall clock, so one
    event never mixes the two forms. An instant's own reading is never skipped.
    """

    def __init__(self, time_zone: str) -> None:
        self.utc = is_utc(time_zone)
        self.tz = zone(time_zone)
        self.param = f";TZID={time_zone}:"
        # Handoffs repeat instants: the text of each, None for a reading that occurs twice.
        self._local: dict[Instant, str | None] = {}
        self._in_utc: dict[Instant, str] = {}

    def _local_text(self, value: Instant) -> str | None:
        try:
            return self._local[value]
        except KeyError:
            reading = unique_reading(value, self.tz)
            text = None if reading is None else self.param + local_value(reading)
            self._local[value] = text
            return text

    def _utc_text(self, value: Instant) -> str:
        text = self._in_utc.get(value)
        if text is None:
            text = self._in_utc[value] = f":{utc_value(value)}"
        return text

    def times(self, start: Instant, end: Instant) -> str:
        """The DTSTART and DTEND lines of an event, without the final CRLF."""
        if not self.utc:
            local_start = self._local_text(start)
            local_end = self._local_text(end)
            if local_start is not None and local_end is not None:
                return f"DTSTART{local_start}\r\nDTEND{local_end}"
        return f"DTSTART{self._utc_text(start)}\r\nDTEND{self._utc_text(end)}"


class _Exporter:
    """Builds calendars for one project, window and ``now``, rendering each schedule once."""

    def __init__(
        self, project: Project, window: WindowSpec, now: datetime, options: ExportOptions
    ) -> None:
        self.project = project
        self.window = window
        self.options = options
        self.stamp = utc_value(instant(now.astimezone(UTC)))
        self.sequence = str(sequence_for(now))
        self.names = {p.id: p.name for p in project.people}
        self._shifts: dict[str, tuple[Shift, ...]] = {}
        self._by_person: dict[str, list[tuple[Schedule, Shift]]] | None = None
        self._hull: Window | None = None
        self._formatters: dict[str, _Formatter] = {}
        # Summaries and descriptions repeat (same people, same handoffs): escape and fold once.
        self._text_lines: dict[tuple[str, str], str] = {}
        self._tails: dict[tuple[object, ...], str] = {}
        self.stamp_lines = f"DTSTAMP:{self.stamp}\r\nSEQUENCE:{self.sequence}\r\n"

    def formatter(self, time_zone: str) -> _Formatter:
        """The shared, caching formatter of one zone."""
        fmt = self._formatters.get(time_zone)
        if fmt is None:
            fmt = self._formatters[time_zone] = _Formatter(time_zone)
        return fmt

    def text_line(self, name: str, value: str) -> str:
        """A TEXT property line, escaped and folded (cached)."""
        key = (name, value)
        line = self._text_lines.get(key)
        if line is None:
            line = self._text_lines[key] = content_line(name, escape_text(value))
        return line

    def hull(self) -> Window:
        """One window covering every calendar's window (they differ by zone)."""
        if self._hull is None:
            zones = {s.time_zone for s in self.project.schedules}
            zones |= {p.time_zone for p in self.project.people}
            windows = [_window_in(self.window, z) for z in sorted(zones)] or [
                _window_in(self.window, "Etc/UTC")
            ]
            self._hull = Window(min(w.start for w in windows), max(w.end for w in windows))
        return self._hull

    def shifts(self, schedule: Schedule) -> tuple[Shift, ...]:
        """The schedule's shifts over the hull window (computed once)."""
        found = self._shifts.get(schedule.id)
        if found is None:
            found = schedule_shifts(schedule, self.hull())
            self._shifts[schedule.id] = found
        return found

    def person_shifts(self, person_id: str) -> list[tuple[Schedule, Shift]]:
        """Every shift of one person across the schedules, by start."""
        if self._by_person is None:
            index: dict[str, list[tuple[Schedule, Shift]]] = {}
            for schedule in self.project.schedules:
                for shift in self.shifts(schedule):
                    index.setdefault(shift.person, []).append((schedule, shift))
            for pairs in index.values():
                pairs.sort(key=lambda pair: (pair[1].start, pair[1].end, pair[0].id))
            self._by_person = index
        return self._by_person.get(person_id, [])

    def _who(self, person: str | None, gap: bool) -> str | None:
        if person is not None:
            return self.names.get(person, person)
        return "nobody (coverage gap)" if gap else None

    def _override_note(self, shift: Shift) -> str:
        replaced = ", ".join(self.names.get(p, p) for p in shift.replaced)
        if replaced and shift.fills_gap:
            return f"override for {replaced} and a coverage gap"
        if replaced:
            return f"override for {replaced}"
        return "override filling a coverage gap"

    def _event_tail(self, kind: CalendarKind, schedule: Schedule, shift: Shift) -> str:
        """Everything after DTEND: the same for every shift with the same people and override."""
        key = (
            kind,
            schedule.id,
            shift.person,
            shift.override_id,
            shift.replaced,
            shift.fills_gap,
            shift.before,
            shift.after,
            shift.gap_before,
            shift.gap_after,
        )
        tail = self._tails.get(key)
        if tail is not None:
            return tail
        person_name = self.names.get(shift.person, shift.person)
        summary = f"On call: {schedule.name}"
        if kind == "schedule":
            summary += f" — {person_name}"
        description = [f"{person_name} is on call for {schedule.name} ({schedule.id})."]
        if shift.override_id is not None:
            note = self._override_note(shift)
            summary += f" ({note})"
            description.append(f"This is an {note} (override {shift.override_id}).")
        handoff_from = self._who(shift.before, shift.gap_before)
        handoff_to = self._who(shift.after, shift.gap_after)
        if handoff_from is not None:
            description.append(f"Takes over from: {handoff_from}")
        if handoff_to is not None:
            description.append(f"Hands over to: {handoff_to}")
        lines = [
            self.text_line("SUMMARY", summary),
            self.text_line("DESCRIPTION", "\n".join(description)),
            "TRANSP:TRANSPARENT",
            self.text_line("X-ROTAPLAN-SCHEDULE", schedule.id),
            self.text_line("X-ROTAPLAN-PERSON", shift.person),
        ]
        if shift.override_id is not None:
            lines.append(self.text_line("X-ROTAPLAN-OVERRIDE", shift.override_id))
        for minutes in self.options.remind_minutes:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"TRIGGER;RELATED=START:-PT{minutes}M",
                self.text_line("DESCRIPTION", f"{summary} starts in {minutes} min"),
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
        tail = self._tails[key] = "\r\n".join(lines)
        return tail

    def _event(self, kind: CalendarKind, schedule: Schedule, shift: Shift, fmt: _Formatter) -> str:
        key = f"{kind}\x00{schedule.id}\x00{shift.person}\x00{shift.start}"
        uid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:24]
        return (
            f"BEGIN:VEVENT\r\nUID:{uid}@rotaplan\r\n{self.stamp_lines}"
            f"{fmt.times(shift.start, shift.end)}\r\n"
            f"{self._event_tail(kind, schedule, shift)}"
        )

    def _calendar(
        self,
        title: str,
        about: str,
        time_zone: str,
        pairs: Iterable[tuple[Schedule, Shift]],
        kind: CalendarKind,
    ) -> str:
        """A whole calendar of the shifts in ``pairs`` that overlap its window."""
        window = _window_in(self.window, time_zone)
        name = f"On call: {title}"
        description = f"{about}, {self._span_text(window, time_zone)}. Exported by Rotaplan."
        events = [
            (schedule, shift)
            for schedule, shift in pairs
            if shift.end > window.start and shift.start < window.end
        ]
        fmt = self.formatter(time_zone)
        hours = self.options.refresh_hours
        body: list[str] = []
        first: Instant | None = None
        last: Instant | None = None
        for schedule, shift in events:
            body.append(self._event(kind, schedule, shift, fmt))
            first = shift.start if first is None else min(first, shift.start)
            last = shift.end if last is None else max(last, shift.end)
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{PRODID}",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            content_line("X-WR-CALNAME", escape_text(name)),
            content_line("NAME", escape_text(name)),
            content_line("X-WR-CALDESC", escape_text(description)),
            f"REFRESH-INTERVAL;VALUE=DURATION:PT{hours}H",
            f"X-PUBLISHED-TTL:PT{hours}H",
        ]
        if not fmt.utc:
            low = window.start if first is None else min(first, window.start)
            high = window.end if last is None else max(last, window.end)
            lines += vtimezone_lines(time_zone, low, high)
        lines += body
        lines.append("END:VCALENDAR")
        return "\r\n".join(lines) + "\r\n"

    def _span_text(self, window: Window, time_zone: str) -> str:
        tz = zone(time_zone)
        start = to_datetime(window.start, tz).strftime("%Y-%m-%d %H:%M")
        end = to_datetime(window.end, tz).strftime("%Y-%m-%d %H:%M")
        return f"{start} to {end} ({time_zone})"

    def schedule_calendar(self, schedule_id: str) -> str:
        """The calendar of one schedule: everyone's shifts."""
        schedule = self._schedule(schedule_id)
        pairs = [(schedule, shift) for shift in self.shifts(schedule)]
        about = f"Final on-call schedule of {schedule.name}"
        return self._calendar(schedule.name, about, schedule.time_zone, pairs, "schedule")

    def person_calendar(self, person_id: str) -> str:
        """The calendar of one person: their shifts across every schedule."""
        person = self.project.people_by_id.get(person_id)
        if person is None:
            known = ", ".join(self.project.people_by_id) or "none"
            raise ExportError(f"--person: no person {person_id!r} in the project (known: {known})")
        pairs = self.person_shifts(person_id)
        about = f"On-call shifts of {person.name} across all schedules"
        return self._calendar(person.name, about, person.time_zone, pairs, "person")

    def _schedule(self, schedule_id: str) -> Schedule:
        schedule = self.project.schedules_by_id.get(schedule_id)
        if schedule is None:
            known = ", ".join(self.project.schedules_by_id) or "none"
            raise ExportError(
                f"--schedule: no schedule {schedule_id!r} in the project (known: {known})"
            )
        return schedule


def schedule_calendar(
    project: Project,
    schedule_id: str,
    window: WindowSpec,
    now: datetime,
    options: ExportOptions = ExportOptions(),
) -> str:
    """The iCalendar text of one schedule's final shifts overlapping ``window``."""
    return _Exporter(project, window, now, options).schedule_calendar(schedule_id)


def person_calendar(
    project: Project,
    person_id: str,
    window: WindowSpec,
    now: datetime,
    options: ExportOptions = ExportOptions(),
) -> str:
    """The iCalendar text of one person's shifts, across schedules, overlapping ``window``."""
    return _Exporter(project, window, now, options).person_calendar(person_id)


def export_calendars(
    project: Project,
    window: WindowSpec,
    now: datetime,
    *,
    schedules: Sequence[str] | None = None,
    people: Sequence[str] | None = None,
    options: ExportOptions = ExportOptions(),
) -> Mapping[str, str]:
    """Calendar text by file name: the named schedules and people (None: all of them)."""
    exporter = _Exporter(project, window, now, options)
    schedule_ids = [s.id for s in project.schedules] if schedules is None else list(schedules)
    person_ids = [p.id for p in project.people] if people is None else list(people)
    files: dict[str, str] = {}
    for schedule_id in schedule_ids:
        files[calendar_file_name("schedule", schedule_id)] = exporter.schedule_calendar(schedule_id)
    for person_id in person_ids:
        files[calendar_file_name("person", person_id)] = exporter.person_calendar(person_id)
    return files
