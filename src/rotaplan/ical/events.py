"""The VEVENTs of a parsed calendar: their standard form, line, checks and recurrence groups.

Google's ``X-WR-TIMEZONE`` calendars are made standard with ``x_wr_timezone``; each event keeps
its original form too, for messages that quote what the file says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import icalendar
import x_wr_timezone

from rotaplan.ical.errors import CalendarFileError
from rotaplan.ical.parsing import shorten

__all__ = ["CalendarEvent", "calendar_events", "event_uid", "recurrence_groups", "validate"]

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


@dataclass(frozen=True)
class CalendarEvent:
    """A VEVENT of the original calendar, its standard form and the line where it begins."""

    original: icalendar.Event
    standard: icalendar.Event
    line: int | None

    def where(self, source: str) -> str:
        """Where the event is, for messages: the source, its line, its summary or UID."""
        summary = str(self.original.get("SUMMARY", "")).strip()
        label = f"VEVENT {shorten(summary)!r}" if summary else "VEVENT"
        if "UID" in self.original and not summary:
            label += f" UID {shorten(str(self.original['UID']))!r}"
        return f"{source}: line {self.line} ({label})" if self.line else f"{source}: {label}"


def _values(prop: Any) -> Iterator[Any]:
    """The date, date-time or period values of a property (one or a list of them)."""
    for item in prop if isinstance(prop, list) else [prop]:
        if hasattr(item, "dts"):
            for value in item.dts:
                yield value.dt, getattr(value, "params", item.params)
        else:
            yield item.dt, item.params


def validate(event: CalendarEvent, source: str) -> None:
    """Refuse an event whose times this import cannot read, naming the property."""
    component = event.original
    for name, message in component.errors:
        if str(name).upper() in _USED:
            raise CalendarFileError(
                f"{event.where(source)}: {name}: {shorten(str(message), 120)}", event.line
            )
    if "DTSTART" not in component:
        raise CalendarFileError(f"{event.where(source)}: DTSTART is missing", event.line)
    for name in _TIME_PROPERTIES:
        if name not in component:
            continue
        for value, params in _values(component[name]):
            moment = value[0] if isinstance(value, tuple) else value
            tzid = params.get("TZID") if params is not None else None
            if isinstance(moment, datetime) and moment.tzinfo is None and tzid:
                raise CalendarFileError(
                    f"{event.where(source)}: {name}: unknown time zone {str(tzid)!r} "
                    "(neither an IANA or Windows name nor defined by a VTIMEZONE)",
                    event.line,
                )


def event_uid(component: icalendar.Event) -> str:
    """The UID that the time off of this event carries, derived when the event has none."""
    uid = str(component.get("UID", "")).strip()
    if uid:
        return uid
    # Without a UID, the event's own start and summary identify it across imports.
    seed = f"{component.get('DTSTART').to_ical()!r}\x00{component.get('SUMMARY', '')}"
    return "rotaplan-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:20]


def calendar_events(
    calendar: icalendar.Calendar, lines: list[int], source: str, x_wr_line: int | None
) -> tuple[list[CalendarEvent], list[icalendar.Timezone]]:
    """The calendar's VEVENTs with their standard form and line, and its standard VTIMEZONEs."""
    originals = [c for c in calendar.walk("VEVENT") if isinstance(c, icalendar.Event)]
    try:
        standard = x_wr_timezone.to_standard(calendar)
    # x_wr_timezone lets zoneinfo's errors and its own through: any failure here is the zone's.
    except Exception as error:
        where = f"line {x_wr_line}: " if x_wr_line else ""
        raise CalendarFileError(
            f"{source}: {where}X-WR-TIMEZONE: unknown time zone "
            f"{str(calendar.get('X-WR-TIMEZONE', ''))!r} ({shorten(str(error), 80)})",
            x_wr_line,
        ) from None
    converted = [c for c in standard.walk("VEVENT") if isinstance(c, icalendar.Event)]
    aligned = len(converted) == len(originals) == len(lines)
    events = [
        CalendarEvent(
            original,
            converted[i] if len(converted) == len(originals) else original,
            lines[i] if aligned else None,
        )
        for i, original in enumerate(originals)
    ]
    return events, [c for c in standard.walk("VTIMEZONE") if isinstance(c, icalendar.Timezone)]


def recurrence_groups(
    events: Iterable[CalendarEvent],
) -> tuple[list[CalendarEvent], list[list[CalendarEvent]]]:
    """Events without recurrence, and recurring events grouped by UID."""
    by_uid: dict[str, list[CalendarEvent]] = {}
    single: list[CalendarEvent] = []
    for event in events:
        uid = str(event.standard.get("UID", "")).strip()
        if uid:
            by_uid.setdefault(uid, []).append(event)
        else:
            single.append(event)
    recurring: list[list[CalendarEvent]] = []
    for group in by_uid.values():
        if any("RRULE" in e.standard or "RDATE" in e.standard for e in group):
            recurring.append(group)
        else:
            single.extend(group)
    return single, recurring
