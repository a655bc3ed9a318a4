"""Time off imported from an iCalendar file (Google, Outlook, Apple, any RFC 5545 calendar).

The input is untrusted, so every step is bounded: the file size, the structure (checked line by
line first, so errors can name a line), the number of occurrences a recurrence may expand to
inside the horizon, and the time that expansion may take. Google's ``X-WR-TIMEZONE`` calendars are
made standard with ``x_wr_timezone``; recurrences (RRULE, RDATE, EXDATE, RECURRENCE-ID) are
expanded with ``recurring_ical_events``. Floating times and all-day events are read in the
person's time zone. Nothing here touches a file: the caller saves the returned project.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

import icalendar
import recurring_ical_events
import x_wr_timezone
from dateutil.rrule import rrulestr

from rotaplan.core import (
    DAY,
    Instant,
    ModelError,
    Person,
    Project,
    TimeOff,
    Window,
    instant,
    localize_instant,
    to_datetime,
    zone,
)
from rotaplan.ical.errors import CalendarFileError, IcalError, RecurrenceLimitError
from rotaplan.ical.limits import time_budget

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

MAX_CALENDAR_BYTES = 5 * 1024 * 1024
MAX_OCCURRENCES = 2_000
EXPANSION_SECONDS = 3.0
_NOTE_LENGTH = 200
_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+(?:;[^:]*)?:")
# Properties this import reads: a broken one of these is an error, a broken other one is ignored.
_USED = frozenset(
    {
        "DTSTART",
        "DTEND",
        "DURATION",
        "RRULE",
        "RDATE",
        "EXDATE",
        "RECURRENCE-ID",
        "SUMMARY",
        "TRANSP",
        "STATUS",
        "UID",
        "X-MICROSOFT-CDO-BUSYSTATUS",
    }
)
_TIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE")
# What third-party parsing and expansion raise on bad content (InvalidCalendar is a ValueError).
_CONTENT_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


@dataclass(frozen=True)
class TimeOffFilter:
    """Which events count as time off: all, or those matching summary text and/or busy."""

    summary: tuple[str, ...] = ()
    busy_only: bool = False

    def accepts(self, component: icalendar.Event) -> bool:
        """Whether the event passes the filter."""
        if self.summary:
            text = str(component.get("SUMMARY", "")).casefold()
            if not any(needle.casefold() in text for needle in self.summary):
                return False
        if self.busy_only:
            if str(component.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
                return False
            if str(component.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
                return False
        return True


@dataclass(frozen=True)
class TimeOffImport:
    """The outcome of an import: the project with the new entries appended, and the counts."""

    project: Project
    added: tuple[TimeOff, ...]
    duplicates: int
    filtered: int
    skipped: int


@dataclass(frozen=True)
class ImportLimits:
    """How much work one import may do: occurrences in the horizon, seconds of expansion."""

    max_occurrences: int = MAX_OCCURRENCES
    time_limit: float = EXPANSION_SECONDS


@dataclass(frozen=True)
class TimeOffReading:
    """The time off read from a calendar (not yet compared with the project) and the counts."""

    entries: tuple[TimeOff, ...]
    filtered: int
    skipped: int


@dataclass(frozen=True)
class _Event:
    """A VEVENT of the original calendar, its standard form and the line where it begins."""

    original: icalendar.Event
    standard: icalendar.Event
    line: int | None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def check_calendar_size(size: int, source: str) -> None:
    """Refuse a calendar file larger than ``MAX_CALENDAR_BYTES``."""
    if size > MAX_CALENDAR_BYTES:
        raise CalendarFileError(
            f"{source}: the file is {size / 1_048_576:.1f} MB, more than the "
            f"{MAX_CALENDAR_BYTES // 1_048_576} MB an import reads; export a shorter date range "
            "or a single calendar"
        )


def decode_calendar(data: bytes, source: str) -> str:
    """The text of an .ics file, refusing binary, non-UTF-8 and oversized input."""
    check_calendar_size(len(data), source)
    if b"\x00" in data:
        line = _line_of(data, data.index(b"\x00"))
        raise CalendarFileError(f"{source}: line {line}: binary data, not an iCalendar file", line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start)
        raise CalendarFileError(
            f"{source}: line {line}: not UTF-8 text (iCalendar files are UTF-8)", line
        ) from None
    return text.removeprefix("\ufeff")


def _shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _scan(text: str, source: str) -> tuple[list[int], int | None]:
    """Check the BEGIN/END structure line by line.

    Returns the line of each VEVENT's BEGIN (in document order) and of X-WR-TIMEZONE.
    """
    stack: list[tuple[str, int]] = []
    events: list[int] = []
    x_wr_line: int | None = None
    closed = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        if not line.strip() or line[0] in " \t":
            continue  # blank, or the continuation of a folded line
        if not stack and not closed:
            if line.strip().upper() != "BEGIN:VCALENDAR":
                found = _shorten(line)
                raise CalendarFileError(
                    f"{source}: not an iCalendar file (line {number} is {found!r}, "
                    "not BEGIN:VCALENDAR)",
                    number,
                )
        elif closed:
            what = (
                "a second calendar" if line.upper().startswith("BEGIN:") else repr(_shorten(line))
            )
            raise CalendarFileError(
                f"{source}: line {number}: {what} after END:VCALENDAR "
                "(import one calendar per file)",
                number,
            )
        if not _CONTENT_LINE.match(line):
            raise CalendarFileError(
                f"{source}: line {number}: not an iCalendar content line: {_shorten(line)!r}",
                number,
            )
        name, _, value = line.partition(":")
        name = name.split(";", 1)[0].upper()
        value = value.strip().upper()
        if name == "BEGIN":
            stack.append((value, number))
            if value == "VEVENT":
                events.append(number)
        elif name == "END":
            if not stack:
                raise CalendarFileError(
                    f"{source}: line {number}: END:{value} without a matching BEGIN", number
                )
            opened, opened_at = stack.pop()
            if opened != value:
                raise CalendarFileError(
                    f"{source}: line {number}: END:{value} does not close BEGIN:{opened} "
                    f"of line {opened_at}",
                    number,
                )
            closed = not stack
        elif name == "X-WR-TIMEZONE" and len(stack) == 1:
            x_wr_line = number
    if stack:
        opened, opened_at = stack[-1]
        raise CalendarFileError(
            f"{source}: the file is truncated: BEGIN:{opened} of line {opened_at} "
            f"is never closed (END:{opened} missing)",
            opened_at,
        )
    if not closed:
        raise CalendarFileError(f"{source}: empty file, not an iCalendar file", 1)
    return events, x_wr_line


def parse_calendar(data: bytes, source: str) -> tuple[icalendar.Calendar, list[int], int | None]:
    """Parse an .ics file: the calendar, each VEVENT's line and X-WR-TIMEZONE's line."""
    text = decode_calendar(data, source)
    events, x_wr_line = _scan(text, source)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except _CONTENT_ERRORS as error:
        raise CalendarFileError(
            f"{source}: not valid iCalendar: {_shorten(str(error), 120)}"
        ) from None
    return calendar, events, x_wr_line


def _where(source: str, event: _Event) -> str:
    summary = str(event.original.get("SUMMARY", "")).strip()
    label = f"VEVENT {_shorten(summary)!r}" if summary else "VEVENT"
    if "UID" in event.original and not summary:
        label += f" UID {_shorten(str(event.original['UID']))!r}"
    return f"{source}: line {event.line} ({label})" if event.line else f"{source}: {label}"


def _values(prop: Any) -> Iterator[Any]:
    """The date, date-time or period values of a property (one or a list of them)."""
    for item in prop if isinstance(prop, list) else [prop]:
        if hasattr(item, "dts"):
            for value in item.dts:
                yield value.dt, getattr(value, "params", item.params)
        else:
            yield item.dt, item.params


def _validate(event: _Event, source: str) -> None:
    """Refuse an event whose times this import cannot read, naming the property."""
    component = event.original
    for name, message in component.errors:
        if str(name).upper() in _USED:
            raise CalendarFileError(
                f"{_where(source, event)}: {name}: {_shorten(str(message), 120)}", event.line
            )
    if "DTSTART" not in component:
        raise CalendarFileError(f"{_where(source, event)}: DTSTART is missing", event.line)
    for name in _TIME_PROPERTIES:
        if name not in component:
            continue
        for value, params in _values(component[name]):
            moment = value[0] if isinstance(value, tuple) else value
            tzid = params.get("TZID") if params is not None else None
            if isinstance(moment, datetime) and moment.tzinfo is None and tzid:
                raise CalendarFileError(
                    f"{_where(source, event)}: {name}: unknown time zone {str(tzid)!r} "
                    "(neither an IANA or Windows name nor defined by a VTIMEZONE)",
                    event.line,
                )


def _instant_of(value: date | datetime, tz: tzinfo) -> Instant:
    """The instant of a date (local midnight), a floating or an aware date-time."""
    if isinstance(value, datetime):
        return localize_instant(value, tz) if value.tzinfo is None else instant(value)
    return localize_instant(datetime(value.year, value.month, value.day), tz)


def _uid(component: icalendar.Event) -> str:
    uid = str(component.get("UID", "")).strip()
    if uid:
        return uid
    # Without a UID, the event's own start and summary identify it across imports.
    seed = f"{component.get('DTSTART').to_ical()!r}\x00{component.get('SUMMARY', '')}"
    return "rotaplan-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:20]


def _note(component: icalendar.Event) -> str:
    text = " ".join(str(component.get("SUMMARY", "")).split())
    return text[:_NOTE_LENGTH]


class _Reader:
    """Turns the events of one calendar into time-off entries for one person and window."""

    def __init__(
        self,
        source: str,
        person: Person,
        window: Window,
        time_filter: TimeOffFilter,
        limits: ImportLimits,
    ) -> None:
        self.source = source
        self.person = person
        self.tz = zone(person.time_zone)
        self.window = window
        self.filter = time_filter
        self.max_occurrences = limits.max_occurrences
        self.time_left = limits.time_limit
        self.entries: list[TimeOff] = []
        self.filtered = 0
        self.skipped = 0
        self.occurrences = 0

    def add(self, component: icalendar.Event, uid: str, event: _Event) -> bool:
        """Add one occurrence if it lies in the window; False when it starts after the window."""
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            self.skipped += 1
            return True
        try:
            start_value, end_value = component.start, component.end
        except _CONTENT_ERRORS as error:
            raise CalendarFileError(
                f"{_where(self.source, event)}: {_shorten(str(error), 120)}", event.line
            ) from None
        return self.add_times(start_value, end_value, component, uid, event)

    def add_times(
        self,
        start_value: date | datetime,
        end_value: date | datetime,
        component: icalendar.Event,
        uid: str,
        event: _Event,
    ) -> bool:
        """Add the occurrence ``[start_value, end_value)``."""
        start = _instant_of(start_value, self.tz)
        end = _instant_of(end_value, self.tz)
        if start >= self.window.end:
            return False
        if end < start:
            raise CalendarFileError(
                f"{_where(self.source, event)}: ends before it starts", event.line
            )
        if end < self.window.start or (end == self.window.start and end > start):
            return True
        self.occurrences += 1
        if self.occurrences > self.max_occurrences:
            raise RecurrenceLimitError(
                f"{_where(self.source, event)}: more than {self.max_occurrences} occurrences "
                "in the horizon; narrow --since/--until or fix the event's RRULE",
                event.line,
            )
        if end == start:
            self.skipped += 1
            return True
        if not self.filter.accepts(component):
            self.filtered += 1
            return True
        try:
            self.entries.append(
                TimeOff(
                    self.person.id,
                    to_datetime(start, self.tz),
                    to_datetime(end, self.tz),
                    _note(component),
                    uid,
                )
            )
        except (ModelError, OverflowError) as error:
            raise CalendarFileError(f"{_where(self.source, event)}: {error}", event.line) from None
        return True

    def expand(self, group: list[_Event], timezones: list[icalendar.Timezone]) -> None:
        """Expand one recurring event (a master and its modified instances) inside the window."""
        head = next((e for e in group if "RECURRENCE-ID" not in e.standard), group[0])
        if not any(self.filter.accepts(e.standard) for e in group):
            self.filtered += 1
            return
        calendar = icalendar.Calendar()
        calendar.add("VERSION", "2.0")
        calendar.add("PRODID", "-//Rotaplan//time-off import//EN")
        for tz_component in timezones:
            calendar.add_component(tz_component)
        for event in group:
            calendar.add_component(event.standard)
        uid = _uid(head.standard)
        begin = to_datetime(self.window.start, self.tz)

        def expired() -> Exception:
            return RecurrenceLimitError(
                f"{_where(self.source, head)}: the recurrence takes too long to expand "
                "(it may never yield an occurrence); fix or remove its RRULE",
                head.line,
            )

        started = time.monotonic()
        try:
            with time_budget(self.time_left, expired):
                for event in group:
                    self._preflight(event)
                end = to_datetime(self.window.end, self.tz)
                occurrences = recurring_ical_events.of(calendar).between(begin, end)
                for occurrence in sorted(occurrences, key=lambda o: _instant_of(o.start, self.tz)):
                    self.add(occurrence, uid, head)
        except CalendarFileError:
            raise
        except _CONTENT_ERRORS as error:
            raise CalendarFileError(
                f"{_where(self.source, head)}: cannot expand the recurrence: "
                f"{_shorten(str(error), 120)}",
                head.line,
            ) from None
        self.time_left = max(0.0, self.time_left - (time.monotonic() - started))

    def _preflight(self, event: _Event) -> None:
        """Count each RRULE's occurrences near the window with dateutil before expanding it.

        recurring_ical_events materialises every occurrence of the spans it looks at, so a rule
        such as FREQ=SECONDLY must be refused before it is handed over. Times are compared as
        naive UTC with two days of slack: this bounds the count, it does not decide membership.
        """
        component = event.standard
        rules = component.get("RRULE")
        if rules is None:
            return
        start = component.get("DTSTART").dt
        if isinstance(start, datetime):
            naive = start.astimezone(UTC).replace(tzinfo=None) if start.tzinfo else start
        else:
            naive = datetime(start.year, start.month, start.day)
        low = to_datetime(self.window.start - 2 * DAY).replace(tzinfo=None)
        high = to_datetime(self.window.end + 2 * DAY).replace(tzinfo=None)
        for rule in rules if isinstance(rules, list) else [rules]:
            text = rule.to_ical().decode("utf-8", "replace")
            try:
                recurrence = rrulestr(text, dtstart=naive, ignoretz=True)
                for count, moment in enumerate(recurrence.xafter(low, inc=True), start=1):
                    if moment >= high:
                        break
                    if count > self.max_occurrences:
                        raise RecurrenceLimitError(
                            f"{_where(self.source, event)}: RRULE yields more than "
                            f"{self.max_occurrences} occurrences in the horizon; narrow "
                            "--since/--until or fix the rule",
                            event.line,
                        )
            except _CONTENT_ERRORS as error:
                raise CalendarFileError(
                    f"{_where(self.source, event)}: RRULE: {_shorten(str(error), 120)}",
                    event.line,
                ) from None


def _events(
    calendar: icalendar.Calendar, lines: list[int], source: str, x_wr_line: int | None
) -> tuple[list[_Event], list[icalendar.Timezone]]:
    originals = [c for c in calendar.walk("VEVENT") if isinstance(c, icalendar.Event)]
    try:
        standard = x_wr_timezone.to_standard(calendar)
    # x_wr_timezone lets zoneinfo's errors and its own through: any failure here is the zone's.
    except Exception as error:
        where = f"line {x_wr_line}: " if x_wr_line else ""
        raise CalendarFileError(
            f"{source}: {where}X-WR-TIMEZONE: unknown time zone "
            f"{str(calendar.get('X-WR-TIMEZONE', ''))!r} ({_shorten(str(error), 80)})",
            x_wr_line,
        ) from None
    converted = [c for c in standard.walk("VEVENT") if isinstance(c, icalendar.Event)]
    aligned = len(converted) == len(originals) == len(lines)
    events = [
        _Event(
            original,
            converted[i] if len(converted) == len(originals) else original,
            lines[i] if aligned else None,
        )
        for i, original in enumerate(originals)
    ]
    return events, [c for c in standard.walk("VTIMEZONE") if isinstance(c, icalendar.Timezone)]


def _groups(events: Iterable[_Event]) -> tuple[list[_Event], list[list[_Event]]]:
    """Events without recurrence, and recurring events grouped by UID."""
    by_uid: dict[str, list[_Event]] = {}
    single: list[_Event] = []
    for event in events:
        uid = str(event.standard.get("UID", "")).strip()
        if uid:
            by_uid.setdefault(uid, []).append(event)
        else:
            single.append(event)
    recurring: list[list[_Event]] = []
    for group in by_uid.values():
        if any("RRULE" in e.standard or "RDATE" in e.standard for e in group):
            recurring.append(group)
        else:
            single.extend(group)
    return single, recurring


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
    calendar, lines, x_wr_line = parse_calendar(data, source)
    events, timezones = _events(calendar, lines, source, x_wr_line)
    for event in events:
        _validate(event, source)
    reader = _Reader(source, person, window, time_filter, limits)
    single, recurring = _groups(events)
    for event in single:
        reader.add(event.standard, _uid(event.standard), event)
    for group in recurring:
        reader.expand(group, timezones)
    entries = sorted(reader.entries, key=lambda t: (t.start, t.end, t.uid or ""))
    return TimeOffReading(tuple(entries), reader.filtered, reader.skipped)


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
    return TimeOffImport(updated, tuple(added), duplicates, reading.filtered, reading.skipped)
