"""Colours, sizes and cached brushes of the timeline, for a light or a dark system theme."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette

__all__ = ["Metrics", "TimelineStyle", "text_color_on", "tinted"]


@dataclass(frozen=True)
class Metrics:
    """Sizes in pixels."""

    label_width: int = 184
    day_ruler: int = 24
    hour_ruler: int = 18
    layer_row: int = 30
    final_row: int = 40
    section_gap: int = 10
    block_margin: int = 4
    radius: float = 4.0
    edge_grip: int = 6

    @property
    def ruler(self) -> int:
        """Total height of the rulers."""
        return self.day_ruler + self.hour_ruler


@dataclass(frozen=True)
class TimelineStyle:
    """The colours of one theme."""

    dark: bool
    background: QColor
    row_alt: QColor
    label_background: QColor
    text: QColor
    muted_text: QColor
    grid: QColor
    grid_strong: QColor
    weekend: QColor
    holiday: QColor
    gap_fill: QColor
    gap_hatch: QColor
    gap_text: QColor
    now: QColor
    selection: QColor
    override_outline: QColor
    time_off_hatch: QColor
    ruler_background: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineStyle:
        """The style matching the widget's palette (dark when the window colour is dark)."""
        window = palette.color(QPalette.ColorRole.Window)
        if window.lightness() < 128:
            return cls(
                dark=True,
                background=QColor("#1f2226"),
                row_alt=QColor("#24282d"),
                label_background=QColor("#2a2e34"),
                text=QColor("#e6e8eb"),
                muted_text=QColor("#9aa3ad"),
                grid=QColor("#30353c"),
                grid_strong=QColor("#4a515b"),
                weekend=QColor(255, 255, 255, 20),
                holiday=QColor(237, 201, 72, 34),
                gap_fill=QColor(214, 69, 69, 60),
                gap_hatch=QColor("#ff6b6b"),
                gap_text=QColor("#ffb3b3"),
                now=QColor("#5aa9ff"),
                selection=QColor(90, 169, 255, 70),
                override_outline=QColor("#f4f5f7"),
                time_off_hatch=QColor(20, 20, 20, 150),
                ruler_background=QColor("#272b30"),
            )
        return cls(
            dark=False,
            background=QColor("#ffffff"),
            row_alt=QColor("#f8f9fb"),
            label_background=QColor("#f3f4f7"),
            text=QColor("#1f2430"),
            muted_text=QColor("#6b7280"),
            grid=QColor("#e8eaee"),
            grid_strong=QColor("#c9ced6"),
            weekend=QColor(30, 40, 60, 12),
            holiday=QColor(237, 201, 72, 46),
            gap_fill=QColor("#fde8e8"),
            gap_hatch=QColor("#d64545"),
            gap_text=QColor("#a12a2a"),
            now=QColor("#2563eb"),
            selection=QColor(37, 99, 235, 50),
            override_outline=QColor("#1f2430"),
            time_off_hatch=QColor(255, 255, 255, 170),
            ruler_background=QColor("#f3f4f7"),
        )

    def gap_brush(self) -> QBrush:
        """The hatching that marks a gap."""
        return _pattern(self.gap_hatch.rgba(), Qt.BrushStyle.BDiagPattern)

    def time_off_brush(self) -> QBrush:
        """The hatching laid over someone's shift while they are away."""
        return _pattern(self.time_off_hatch.rgba(), Qt.BrushStyle.FDiagPattern)


@lru_cache(maxsize=16)
def _pattern(rgba: int, style: Qt.BrushStyle) -> QBrush:
    return QBrush(QColor.fromRgba(rgba), style)


@lru_cache(maxsize=512)
def _parse(color: str) -> QColor:
    return QColor(color)


@lru_cache(maxsize=1024)
def tinted(color: str, dimmed: bool = False, dark: bool = False) -> QColor:
    """A person's colour as a block fill (paler when dimmed); shared, so copy before changing."""
    base = QColor(_parse(color))
    if dimmed:
        base.setAlpha(90)
    elif dark:
        base = base.darker(115)
    return base


@lru_cache(maxsize=512)
def _text_on(rgb: int) -> QColor:
    color = QColor.fromRgb(rgb)
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return QColor("#1b1f24") if luminance > 0.55 else QColor("#ffffff")


def text_color_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    return _text_on(fill.rgb())
