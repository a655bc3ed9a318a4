"""Texts fitted to pixels: names elided to a block's width, day labels by width, percentages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics

from rotaplan.gui.text.i18n import format_date

__all__ = [
    "BOTTOM_LEFT",
    "MIDDLE_LEFT",
    "TOP_LEFT",
    "TextCache",
    "day_label",
    "format_percent",
]

BOTTOM_LEFT = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
MIDDLE_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


def _initials(name: str) -> str:
    """``Amelia Hughes`` -> ``AH`` (first letters of the first two words)."""
    return "".join(word[0] for word in name.split()[:2])


class TextCache:
    """Elided texts by (text, width), so repaints do not measure the same names again."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int], str] = {}

    def elide(self, metrics: QFontMetrics, key: int, text: str, width: int) -> str:
        """``text`` elided to ``width`` pixels ('' when not even an ellipsis fits).

        ``key`` tells the fonts apart; key 0 (names in blocks) falls back to the first name, then
        to the initials, so that a short shift still says whose it is.
        """
        found = self._cache.get((text, width, key))
        if found is None:
            first = text.split(" ", 1)[0]
            if metrics.horizontalAdvance(text) <= width:
                found = text
            elif key == 0 and first != text and metrics.horizontalAdvance(first) <= width:
                found = first  # "Amelia" reads better than "Amelia H…"
            elif key == 0 and metrics.horizontalAdvance(_initials(text)) <= width:
                found = _initials(text)  # "AH" on an 8-hour shift in a week view
            elif width < metrics.horizontalAdvance("M…"):
                found = ""
            else:
                found = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                if found != text and len(found) < 4:
                    found = ""  # "P…" says nothing; the hover text names the person
            if len(self._cache) > 20_000:
                self._cache.clear()
            self._cache[(text, width, key)] = found
        return found


def format_percent(value: float) -> str:
    """A percentage with at most one decimal and no trailing zero (87.5, 100)."""
    return f"{value:.1f}".removesuffix(".0")


def day_label(day: date, width: float, holiday: str | None) -> str:
    """The longest label of ``day`` (and its public holiday) that fits ``width`` pixels."""
    if width >= 150 and holiday:
        return (
            QCoreApplication.translate("Timeline", "%1 · %2", "a day and its public holiday")
            .replace("%1", format_date(day, "weekday_day_month"))
            .replace("%2", holiday)
        )
    if width >= 96:
        return format_date(day, "weekday_day_month")
    if width >= 48:
        return format_date(day, "weekday_day")
    if width >= 18:
        return f"{day.day}"
    return ""
