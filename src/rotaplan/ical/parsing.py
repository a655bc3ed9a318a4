"""An untrusted .ics file -> an ``icalendar.Calendar``, where each VEVENT begins, and warnings.

The text is unfolded first (RFC 5545 §3.1: a fold may fall anywhere, inside a parameter list
too), then parsed by icalendar's own reader. A light pass over the unfolded lines only locates
things for messages (the line of each VEVENT, of X-WR-TIMEZONE, of a broken line) and notes the
harmless deviations of real calendars, which import with a warning instead of being refused.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import icalendar

from rotaplan.ical.errors import CalendarFileError
from rotaplan.ical.limits import check_calendar_size

__all__ = [
    "CONTENT_ERRORS",
    "LogicalLine",
    "ParsedCalendar",
    "decode_calendar",
    "parse_calendar",
    "shorten",
    "unfold",
]

# What third-party parsing and expansion raise on bad content (InvalidCalendar is a ValueError).
CONTENT_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


@dataclass(frozen=True)
class LogicalLine:
    """One unfolded content line and the 1-based line of the file where it begins."""

    number: int
    text: str

    @property
    def name(self) -> str:
        """The property name in upper case (``BEGIN``, ``DTSTART``…), without parameters."""
        head = self.text.split(":", 1)[0]
        return head.split(";", 1)[0].strip().upper()

    @property
    def value(self) -> str:
        """The text after the first colon, stripped (a quoted parameter may hold a colon)."""
        return self.text.partition(":")[2].strip()


@dataclass(frozen=True)
class ParsedCalendar:
    """The parsed calendar, the line of each VEVENT and of X-WR-TIMEZONE, and the warnings."""

    calendar: icalendar.Calendar
    event_lines: tuple[int, ...]
    x_wr_line: int | None
    warnings: tuple[str, ...]


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


def unfold(text: str) -> list[LogicalLine]:
    """The content lines of ``text`` with their folds removed; blank lines are dropped."""
    lines: list[LogicalLine] = []
    parts: list[str] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        if line[:1] in (" ", "\t") and parts:
            parts.append(line[1:])
            continue
        if parts:
            lines.append(LogicalLine(start, "".join(parts)))
        parts, start = ([line], number) if line.strip() else ([], number)
    if parts:
        lines.append(LogicalLine(start, "".join(parts)))
    return lines


@dataclass
class _Outline:
    """What the pass over the unfolded lines found."""

    body: list[LogicalLine]
    events: list[int]
    x_wr_line: int | None
    warnings: list[str]


def _outline(lines: list[LogicalLine], source: str) -> _Outline:
    """Locate the calendar's end, its VEVENTs and X-WR-TIMEZONE; note tolerated deviations."""
    if not lines:
        raise CalendarFileError(f"{source}: empty file, not an iCalendar file", 1)
    first = lines[0]
    if first.text.strip().upper() != "BEGIN:VCALENDAR":
        raise CalendarFileError(
            f"{source}: not an iCalendar file (line {first.number} is {shorten(first.text)!r}, "
            "not BEGIN:VCALENDAR)",
            first.number,
        )
    stack: list[tuple[str, int]] = []
    outline = _Outline([], [], None, [])
    for index, line in enumerate(lines):
        name = line.name
        if name == "BEGIN":
            stack.append((line.value.upper(), line.number))
            if stack[-1][0] == "VEVENT":
                outline.events.append(line.number)
        elif name == "END":
            value = line.value.upper()
            if not stack:
                raise CalendarFileError(
                    f"{source}: line {line.number}: END:{value} without a matching BEGIN",
                    line.number,
                )
            opened, opened_at = stack.pop()
            if opened != value:
                raise CalendarFileError(
                    f"{source}: line {line.number}: END:{value} does not close BEGIN:{opened} "
                    f"of line {opened_at}",
                    line.number,
                )
            if not stack:
                outline.body = lines[: index + 1]
                _trailing(lines[index + 1 :], source, outline.warnings)
                return outline
        elif name == "X-WR-TIMEZONE" and len(stack) == 1:
            outline.x_wr_line = line.number
        elif name == "RRULE" and "\\;" in line.value:
            outline.warnings.append(
                f"{source}: line {line.number}: RRULE has escaped semicolons (\\;), "
                "read as plain ones"
            )
    opened, opened_at = stack[-1]
    raise CalendarFileError(
        f"{source}: the file is truncated: BEGIN:{opened} of line {opened_at} "
        f"is never closed (END:{opened} missing)",
        opened_at,
    )


def _trailing(rest: list[LogicalLine], source: str, warnings: list[str]) -> None:
    """Refuse a second calendar after END:VCALENDAR; ignore other text there, with a warning."""
    if not rest:
        return
    for line in rest:
        if line.text.strip().upper() == "BEGIN:VCALENDAR":
            raise CalendarFileError(
                f"{source}: line {line.number}: a second calendar after END:VCALENDAR "
                "(import one calendar per file)",
                line.number,
            )
    lines = (
        f"line {rest[0].number}" if len(rest) == 1 else f"lines {rest[0].number}–{rest[-1].number}"
    )
    warnings.append(f"{source}: {lines}: text after END:VCALENDAR ignored")


def _broken_line(lines: list[LogicalLine], message: str) -> LogicalLine | None:
    """The line an icalendar error message quotes, when it quotes one."""
    for line in lines:
        if len(line.text) >= 3 and repr(line.text) in message:
            return line
    return None


def parse_calendar(data: bytes, source: str) -> ParsedCalendar:
    """Parse an .ics file with icalendar, after unfolding it and outlining its structure."""
    lines = unfold(decode_calendar(data, source))
    outline = _outline(lines, source)
    try:
        # icalendar warns of its guesses (a vendor-prefixed TZID read as the IANA name inside):
        # they become the import's warnings instead of Python's.
        with warnings.catch_warnings(record=True) as guesses:
            warnings.simplefilter("always")
            calendar = icalendar.Calendar.from_ical("\r\n".join(line.text for line in outline.body))
    except CONTENT_ERRORS as error:
        message = str(error).split("\n", 1)[0]
        broken = _broken_line(outline.body, message)
        if broken is not None:
            raise CalendarFileError(
                f"{source}: line {broken.number}: not an iCalendar content line: "
                f"{shorten(broken.text)!r}",
                broken.number,
            ) from None
        raise CalendarFileError(f"{source}: not valid iCalendar: {shorten(message, 120)}") from None
    if not isinstance(calendar, icalendar.Calendar):
        raise CalendarFileError(f"{source}: not an iCalendar file (no VCALENDAR)")
    for guess in guesses:
        text = f"{source}: {shorten(str(guess.message), 160)}"
        if text not in outline.warnings:
            outline.warnings.append(text)
    return ParsedCalendar(
        calendar, tuple(outline.events), outline.x_wr_line, tuple(outline.warnings)
    )
