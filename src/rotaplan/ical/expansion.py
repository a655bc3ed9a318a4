"""Occurrences of calendar events -> time-off entries for one person and window, within bounds.

Recurrences (RRULE, RDATE, EXDATE, RECURRENCE-ID) are expanded with ``recurring_ical_events``
after dateutil has counted them; floating times and all-day events are read in the person's time
zone. Events that the filter takes but that lie wholly outside the window are counted, so the
caller can say how many a wider window would import.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Literal

import icalendar
import recurring_ical_events
from dateutil.rrule import rrulestr

from rotaplan.core import (
    DAY,
    Instant,
    ModelError,
    Person,
    TimeOff,
    Window,
    instant,
    localize_instant,
    to_datetime,
    zone,
)
from rotaplan.ical.errors import CalendarFileError, RecurrenceLimitError
from rotaplan.ical.events import CalendarEvent, event_uid
from rotaplan.ical.limits import ImportLimits, time_budget
from rotaplan.ical.parsing import CONTENT_ERRORS, shorten

__all__ = ["AFTER", "BEFORE", "INSIDE", "OccurrenceReader", "Placement", "TimeOffFilter"]

Placement = Literal["before", "inside", "after"]
BEFORE: Placement = "before"
INSIDE: Placement = "inside"
AFTER: Placement = "after"

_NOTE_LENGTH = 200


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


def _instant_of(value: date | datetime, tz: tzinfo) -> Instant:
    """The instant of a date (local midnight), a floating or an aware date-time."""
    if isinstance(value, datetime):
        return localize_instant(value, tz) if value.tzinfo is None else instant(value)
    return localize_instant(datetime(value.year, value.month, value.day), tz)


def _note(component: icalendar.Event) -> str:
    text = " ".join(str(component.get("SUMMARY", "")).split())
    return text[:_NOTE_LENGTH]


class OccurrenceReader:
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
        self.before = 0
        self.after = 0

    def add_single(self, event: CalendarEvent) -> None:
        """Add an event without recurrence, counting it when it lies outside the window."""
        placement = self.add(event.standard, event_uid(event.standard), event)
        if placement != INSIDE and self.filter.accepts(event.standard):
            if placement == BEFORE:
                self.before += 1
            else:
                self.after += 1

    def add(self, component: icalendar.Event, uid: str, event: CalendarEvent) -> Placement:
        """Add one occurrence if it lies in the window; where it lies."""
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            self.skipped += 1
            return INSIDE
        try:
            start_value, end_value = component.start, component.end
        except CONTENT_ERRORS as error:
            raise CalendarFileError(
                f"{event.where(self.source)}: {shorten(str(error), 120)}", event.line
            ) from None
        return self.add_times(start_value, end_value, component, uid, event)

    def add_times(
        self,
        start_value: date | datetime,
        end_value: date | datetime,
        component: icalendar.Event,
        uid: str,
        event: CalendarEvent,
    ) -> Placement:
        """Add the occurrence ``[start_value, end_value)`` if it lies in the window."""
        start = _instant_of(start_value, self.tz)
        end = _instant_of(end_value, self.tz)
        if end < start:
            raise CalendarFileError(
                f"{event.where(self.source)}: ends before it starts", event.line
            )
        if start >= self.window.end:
            return AFTER
        if end < self.window.start or (end == self.window.start and end > start):
            return BEFORE
        self.occurrences += 1
        if self.occurrences > self.max_occurrences:
            raise RecurrenceLimitError(
                f"{event.where(self.source)}: more than {self.max_occurrences} occurrences "
                "in the horizon; narrow --since/--until or fix the event's RRULE",
                event.line,
            )
        if end == start:
            self.skipped += 1
            return INSIDE
        if not self.filter.accepts(component):
            self.filtered += 1
            return INSIDE
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
            raise CalendarFileError(f"{event.where(self.source)}: {error}", event.line) from None
        return INSIDE

    def expand(self, group: list[CalendarEvent], timezones: list[icalendar.Timezone]) -> None:
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
        uid = event_uid(head.standard)
        begin = to_datetime(self.window.start, self.tz)

        def expired() -> Exception:
            return RecurrenceLimitError(
                f"{head.where(self.source)}: the recurrence takes too long to expand "
                "(it may never yield an occurrence); fix or remove its RRULE",
                head.line,
            )

        started = time.thread_time()
        found = 0
        try:
            with time_budget(self.time_left, expired):
                for event in group:
                    self._preflight(event)
                end = to_datetime(self.window.end, self.tz)
                occurrences = recurring_ical_events.of(calendar).between(begin, end)
                for occurrence in sorted(occurrences, key=lambda o: _instant_of(o.start, self.tz)):
                    found += self.add(occurrence, uid, head) == INSIDE
        except CalendarFileError:
            raise
        except CONTENT_ERRORS as error:
            raise CalendarFileError(
                f"{head.where(self.source)}: cannot expand the recurrence: "
                f"{shorten(str(error), 120)}",
                head.line,
            ) from None
        self.time_left = max(0.0, self.time_left - (time.thread_time() - started))
        if not found:
            # A series with no occurrence in the window counts by where its first start lies.
            first = _instant_of(head.standard.get("DTSTART").dt, self.tz)
            if first >= self.window.end:
                self.after += 1
            else:
                self.before += 1

    def _preflight(self, event: CalendarEvent) -> None:
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
                            f"{event.where(self.source)}: RRULE yields more than "
                            f"{self.max_occurrences} occurrences in the horizon; narrow "
                            "--since/--until or fix the rule",
                            event.line,
                        )
            except CONTENT_ERRORS as error:
                raise CalendarFileError(
                    f"{event.where(self.source)}: RRULE: {shorten(str(error), 120)}",
                    event.line,
                ) from None
