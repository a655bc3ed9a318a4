"""The VEVENTs of a parsed calendar: their standard form, line, checks and recurrence groups.

Windows zone names are moved onto their IANA zone, tolerated deviations are repaired with a
warning, and Google's ``X-WR-TIMEZONE`` calendars are made standard with ``x_wr_timezone``; each
event keeps its original form too, for messages that quote what the file says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
import x_wr_timezone

from rotaplan.ical.errors import CalendarFileError
from rotaplan.ical.parsing import ParsedCalendar, shorten
from rotaplan.ical.windows_zones import use_iana_zones

__all__ = [
    "CalendarEvent",
    "CalendarEvents",
    "calendar_events",
    "event_uid",
    "recurrence_groups",
    "repair",
    "validate",
]

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


def _where(component: icalendar.Event, line: int | None, source: str) -> str:
    return CalendarEvent(component, component, line).where(source)


def repair(component: icalendar.Event, line: int | None, source: str) -> list[str]:
    """Repair the deviations of real calendars that have one clear reading; the warnings."""
    warnings: list[str] = []
    rules = component.get("RRULE")
    if rules is not None:
        kept = [r for r in (rules if isinstance(rules, list) else [rules]) if r]
        if len(kept) != (len(rules) if isinstance(rules, list) else 1):
            del component["RRULE"]
            for rule in kept:
                component.add("RRULE", rule)
            warnings.append(f"{_where(component, line, source)}: empty RRULE ignored")
    start = component.get("DTSTART")
    end = component.get("DTEND")
    if (
        start is not None
        and end is not None
        and type(getattr(start, "dt", None)) is date
        and isinstance(getattr(end, "dt", None), datetime)
    ):
        # The all-day event runs to the end of the day in which its DTEND falls.
        moment = end.dt
        day = moment.date()
        if moment.time() != datetime.min.time() or day == start.dt:
            day += timedelta(days=1)
        del component["DTEND"]
        component.add("DTEND", day)
        warnings.append(
            f"{_where(component, line, source)}: DTSTART is a date but DTEND a date-time; "
            f"read as all day until {day.isoformat()}"
        )
    return warnings


@dataclass(frozen=True)
class CalendarEvents:
    """The events of a calendar, its standard VTIMEZONEs and the warnings its repairs gave."""

    events: list[CalendarEvent]
    timezones: list[icalendar.Timezone]
    warnings: list[str]


def calendar_events(parsed: ParsedCalendar, source: str) -> CalendarEvents:
    """The calendar's VEVENTs with their standard form and line, and its standard VTIMEZONEs.

    Each event is validated first, so that the repairs and conversions only see readable times.
    """
    calendar = parsed.calendar
    lines = parsed.event_lines
    originals = [c for c in calendar.walk("VEVENT") if isinstance(c, icalendar.Event)]
    aligned = len(originals) == len(lines)
    for i, original in enumerate(originals):
        validate(CalendarEvent(original, original, lines[i] if aligned else None), source)
    use_iana_zones(calendar)
    warnings = list(parsed.warnings)
    for i, original in enumerate(originals):
        warnings += repair(original, lines[i] if aligned else None, source)
    try:
        standard = x_wr_timezone.to_standard(calendar)
    # x_wr_timezone lets zoneinfo's errors and its own through: any failure here is the zone's.
    except Exception as error:
        where = f"line {parsed.x_wr_line}: " if parsed.x_wr_line else ""
        raise CalendarFileError(
            f"{source}: {where}X-WR-TIMEZONE: unknown time zone "
            f"{str(calendar.get('X-WR-TIMEZONE', ''))!r} ({shorten(str(error), 80)})",
            parsed.x_wr_line,
        ) from None
    converted = [c for c in standard.walk("VEVENT") if isinstance(c, icalendar.Event)]
    events = [
        CalendarEvent(
            original,
            converted[i] if len(converted) == len(originals) else original,
            lines[i] if aligned else None,
        )
        for i, original in enumerate(originals)
    ]
    timezones = [c for c in standard.walk("VTIMEZONE") if isinstance(c, icalendar.Timezone)]
    return CalendarEvents(events, timezones, warnings)


def _recurs(event: CalendarEvent) -> bool:
    # EXDATE alone counts too: RFC 5545 lets it remove DTSTART itself from the recurrence set.
    return any(name in event.standard for name in ("RRULE", "RDATE", "EXDATE"))


def _sequence(event: CalendarEvent) -> int:
    try:
        return int(str(event.standard.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def _latest(group: list[CalendarEvent]) -> list[CalendarEvent]:
    """One event per RECURRENCE-ID: the highest SEQUENCE, the later in the file on a tie."""
    chosen: dict[str, CalendarEvent] = {}
    for event in group:
        recurrence_id = event.standard.get("RECURRENCE-ID")
        key = recurrence_id.to_ical().decode() if recurrence_id is not None else ""
        if key not in chosen or _sequence(event) >= _sequence(chosen[key]):
            chosen[key] = event
    return list(chosen.values())


def recurrence_groups(
    events: Iterable[CalendarEvent],
) -> tuple[list[CalendarEvent], list[list[CalendarEvent]]]:
    """Events without recurrence, and recurring events grouped by UID.

    A recurring event without a UID cannot have modified instances: it is a group of its own.
    Several versions of one event (same UID and RECURRENCE-ID) count once, as the newest.
    """
    by_uid: dict[str, list[CalendarEvent]] = {}
    single: list[CalendarEvent] = []
    recurring: list[list[CalendarEvent]] = []
    for event in events:
        uid = str(event.standard.get("UID", "")).strip()
        if uid:
            by_uid.setdefault(uid, []).append(event)
        elif _recurs(event):
            recurring.append([event])
        else:
            single.append(event)
    for group in by_uid.values():
        if any(_recurs(e) for e in group):
            recurring.append(group)
        else:
            single.extend(_latest(group))
    return single, recurring
