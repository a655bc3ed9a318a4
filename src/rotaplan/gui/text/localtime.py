"""Instants as the app's locale writes them, on the wall clock of a time zone."""

from __future__ import annotations

from datetime import tzinfo

from rotaplan.core import Instant, wall
from rotaplan.gui.text.i18n import format_date, format_time

__all__ = ["format_instant", "format_range"]


def _parts(at: Instant, tz: tzinfo) -> tuple[str, str]:
    local = wall(at, tz)
    return format_date(local.date(), "weekday_day_month_year"), format_time(local)


def format_instant(at: Instant, tz: tzinfo) -> str:
    """Day, date and time of ``at`` in ``tz`` (``Tue 8 Dec 2026 03:00``)."""
    day, clock = _parts(at, tz)
    return f"{day} {clock}"


def format_range(start: Instant, end: Instant, tz: tzinfo) -> str:
    """``start – end``, the end's date left out when it is the same day."""
    a_day, a_clock = _parts(start, tz)
    b_day, b_clock = _parts(end, tz)
    return f"{a_day} {a_clock} – {b_clock if a_day == b_day else f'{b_day} {b_clock}'}"
