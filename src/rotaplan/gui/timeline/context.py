"""The plain values a paint reads: rows laid out in the viewport, a drag's preview, the context."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo

from PySide6.QtGui import QFont

from rotaplan.core import Instant, Interval, Person
from rotaplan.gui.timeline.geometry import TimeAxis
from rotaplan.gui.timeline.rows import Row
from rotaplan.gui.timeline.style import Metrics, TimelineStyle
from rotaplan.gui.timeline.texts import TextCache

__all__ = ["PaintContext", "Preview", "RowBox"]


@dataclass(frozen=True)
class RowBox:
    """A row and where it lies (viewport coordinates)."""

    row: Row
    top: int
    height: int

    @property
    def bottom(self) -> int:
        """The y just below the row."""
        return self.top + self.height


@dataclass(frozen=True)
class Preview:
    """What a drag in progress would produce: a new override range or moved override bounds."""

    row_index: int
    start: Instant
    end: Instant
    person: str | None = None


@dataclass
class PaintContext:
    """Everything one paint needs."""

    axis: TimeAxis
    tz: tzinfo
    boxes: list[RowBox]
    people: Mapping[str, Person]
    time_off: Mapping[str, list[Interval]]
    holidays: Mapping[date, str]
    now: Instant
    style: TimelineStyle
    metrics: Metrics
    font: QFont
    width: int
    height: int
    texts: TextCache
    selected_override: tuple[str, str] | None = None
    selected_layer: str | None = None
    selected_time_off: str | None = None
    preview: Preview | None = None
    empty_text: str = ""
    days: list[tuple[Instant, date]] = field(default_factory=list)
