"""An untrusted .ics file -> an ``icalendar.Calendar``, with the line where each VEVENT begins.

The structure is checked line by line before the calendar is parsed, so that errors can name a
line.
"""

from __future__ import annotations

import re

import icalendar

from rotaplan.ical.errors import CalendarFileError
from rotaplan.ical.limits import check_calendar_size

__all__ = ["CONTENT_ERRORS", "decode_calendar", "parse_calendar", "shorten"]

_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+(?:;[^:]*)?:")
# What third-party parsing and expansion raise on bad content (InvalidCalendar is a ValueError).
CONTENT_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


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


def shorten(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters for a message."""
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
                found = shorten(line)
                raise CalendarFileError(
                    f"{source}: not an iCalendar file (line {number} is {found!r}, "
                    "not BEGIN:VCALENDAR)",
                    number,
                )
        elif closed:
            what = "a second calendar" if line.upper().startswith("BEGIN:") else repr(shorten(line))
            raise CalendarFileError(
                f"{source}: line {number}: {what} after END:VCALENDAR "
                "(import one calendar per file)",
                number,
            )
        if not _CONTENT_LINE.match(line):
            raise CalendarFileError(
                f"{source}: line {number}: not an iCalendar content line: {shorten(line)!r}",
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
    except CONTENT_ERRORS as error:
        raise CalendarFileError(
            f"{source}: not valid iCalendar: {shorten(str(error), 120)}"
        ) from None
    return calendar, events, x_wr_line
