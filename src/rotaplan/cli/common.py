"""What every command shares: failures, window options, output formatting."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, timedelta, tzinfo
from itertools import islice
from typing import Any, NoReturn

from rotaplan.core import (
    Instant,
    Project,
    Window,
    localize_instant,
    parse_window_bound,
    to_datetime,
)
from rotaplan.store import StoreError, load

__all__ = [
    "CommandError",
    "add_window_options",
    "fail",
    "format_span",
    "iso",
    "load_project",
    "print_json",
    "window_for",
]

DEFAULT_DAYS = 28
MAX_WINDOW_DAYS = 3660


class CommandError(Exception):
    """A command cannot go on; the message is printed as one line and the exit status is 2."""


def fail(message: str) -> NoReturn:
    """Stop the command with a one-line message."""
    raise CommandError(message)


def load_project(path: str) -> Project:
    """Load a project file or stop with the store's one-line message."""
    try:
        return load(path)
    except StoreError as error:
        fail(str(error))


def add_window_options(parser: argparse.ArgumentParser, days: int = DEFAULT_DAYS) -> None:
    """``--since`` and ``--until`` (DESIGN §4); ``--until`` defaults to ``days`` after --since."""
    parser.add_argument(
        "--since", help="start: ISO date (local midnight) or datetime; default today"
    )
    parser.add_argument(
        "--until", help=f"end: ISO date or datetime; default {days} days after --since"
    )
    parser.set_defaults(window_days=days)


def _bound(text: str, tz: tzinfo, option: str) -> Instant:
    try:
        return parse_window_bound(text, tz)
    except (ValueError, OverflowError):
        fail(
            f"{option}: {text!r} is not an ISO date (2026-12-01) "
            "or date and time (2026-12-01T09:00+00:00)"
        )


def window_for(args: argparse.Namespace, tz: tzinfo, today: date | None = None) -> Window:
    """The window the options ask for, dates read as local midnight in ``tz``."""
    if args.since:
        since = _bound(args.since, tz, "--since")
    else:
        day = today or datetime.now(tz).date()
        since = localize_instant(datetime(day.year, day.month, day.day), tz)
    if args.until:
        until = _bound(args.until, tz, "--until")
    else:
        start = to_datetime(since, tz).replace(tzinfo=None)
        days = getattr(args, "window_days", DEFAULT_DAYS)
        until = localize_instant(start + timedelta(days=days), tz)
    if until <= since:
        fail("--until: must be after --since")
    if until - since > MAX_WINDOW_DAYS * 86_400_000_000:
        fail(f"--until: the window may span at most {MAX_WINDOW_DAYS} days")
    for value, option in ((since, "--since"), (until, "--until")):
        if not 1900 <= to_datetime(value).year <= 2199:
            fail(f"{option}: must lie between the years 1900 and 2199")
    return Window(since, until)


def iso(value: Instant, tz: tzinfo) -> str:
    """An instant as ISO 8601 with the offset of ``tz``."""
    return to_datetime(value, tz).isoformat()


def format_span(start: Instant, end: Instant, tz: tzinfo) -> str:
    """A readable range such as ``Mon 2026-11-30 08:00 – 16:00`` in ``tz``."""
    a = to_datetime(start, tz)
    b = to_datetime(end, tz)
    first = a.strftime("%a %Y-%m-%d %H:%M")
    second = b.strftime("%H:%M") if b.date() == a.date() else b.strftime("%a %Y-%m-%d %H:%M")
    return f"{first} – {second}"


def print_json(value: Any) -> None:
    """Print JSON for scripts: 2-space indent, non-ASCII kept."""
    # Streamed: a large answer is never held as one string as well (indented JSON is encoded by
    # the same pure-Python encoder either way).
    chunks = json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(value)
    while batch := list(islice(chunks, 8192)):
        sys.stdout.write("".join(batch))
    sys.stdout.write("\n")
