"""RFC 5545 text primitives: escaping, line folding and date-time values."""

from __future__ import annotations

import re
from datetime import datetime

from rotaplan.core import Instant, to_datetime

__all__ = ["content_line", "escape_text", "fold", "local_value", "utc_value"]

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_LINE_OCTETS = 75


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    # Other control characters are not allowed in TEXT at all.
    return _CONTROL.sub(" ", value)


def fold(line: str) -> str:
    """A content line folded at 75 octets (never inside a UTF-8 sequence), without CRLF."""
    if len(line) <= _LINE_OCTETS and line.isascii():
        return line
    data = line.encode("utf-8")
    if len(data) <= _LINE_OCTETS:
        return line
    parts: list[bytes] = []
    begin = 0
    limit = _LINE_OCTETS
    while len(data) - begin > limit:
        cut = begin + limit
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its sequence
            cut -= 1
        parts.append(data[begin:cut])
        begin = cut
        limit = _LINE_OCTETS - 1  # continuation lines start with a space
    parts.append(data[begin:])
    return b"\r\n ".join(parts).decode("utf-8")


def content_line(name: str, value: str) -> str:
    """``NAME:value`` folded; ``value`` must already be escaped."""
    return fold(f"{name}:{value}")


def utc_value(value: Instant) -> str:
    """A UTC DATE-TIME such as ``20260308T070000Z``."""
    d = to_datetime(value)
    return f"{d.year:04d}{d.month:02d}{d.day:02d}T{d.hour:02d}{d.minute:02d}{d.second:02d}Z"


def local_value(d: datetime) -> str:
    """A local DATE-TIME (wall clock, no zone) such as ``20260308T090000``."""
    return f"{d.year:04d}{d.month:02d}{d.day:02d}T{d.hour:02d}{d.minute:02d}{d.second:02d}"
