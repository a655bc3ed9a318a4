"""Instants as the app's locale writes them, on the wall clock of a time zone."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QDate, QLocale, QTime

from rotaplan.core import Instant, wall

__all__ = ["format_instant", "format_range"]

_SHORT = QLocale.FormatType.ShortFormat


def _parts(at: Instant, tz: tzinfo, locale: QLocale) -> tuple[str, str]:
    local = wall(at, tz)
    day = QDate(local.year, local.month, local.day)
    text = f"{locale.dayName(day.dayOfWeek(), _SHORT)} {locale.toString(day, _SHORT)}"
    return text, locale.toString(QTime(local.hour, local.minute), _SHORT)


def format_instant(at: Instant, tz: tzinfo, locale: QLocale | None = None) -> str:
    """Day, date and time of ``at`` in ``tz``."""
    day, clock = _parts(at, tz, locale or QLocale())
    return f"{day} {clock}"


def format_range(start: Instant, end: Instant, tz: tzinfo, locale: QLocale | None = None) -> str:
    """``start – end``, the end's date left out when it is the same day."""
    locale = locale or QLocale()
    a_day, a_clock = _parts(start, tz, locale)
    b_day, b_clock = _parts(end, tz, locale)
    return f"{a_day} {a_clock} – {b_clock if a_day == b_day else f'{b_day} {b_clock}'}"
