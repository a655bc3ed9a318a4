"""The timeline's scroll area without its input handling: what it shows, laid out and painted.

``TimelineCanvas`` holds the project, the mode, the visible window, the display zone, the
selection and the drag in progress, lays the rows out, keeps the horizontal scroll bar on the
window and paints through a cached static layer. ``TimelineView`` (``widget``) adds what the mouse
and the keys do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from rotaplan.core import (
    DAY,
    HOUR,
    UTC,
    AnalysisError,
    Instant,
    Project,
    RenderCache,
    Window,
    instant,
    localize_instant,
    wall,
)
from rotaplan.gui.timeline.context import PaintContext, Preview, RowBox
from rotaplan.gui.timeline.geometry import TimeAxis, fetch_window
from rotaplan.gui.timeline.interaction import Drag, Hit, hit_test
from rotaplan.gui.timeline.painter import paint_overlays, paint_static
from rotaplan.gui.timeline.rows import (
    Mode,
    Row,
    RowKind,
    build_rows,
    coverage,
    time_off_by_person,
)
from rotaplan.gui.timeline.style import Metrics, TimelineStyle
from rotaplan.gui.timeline.texts import TextCache

__all__ = ["TimelineCanvas"]

_MIN_SPAN = 6 * HOUR
_MAX_SPAN = 62 * DAY
_SCROLL_RANGE_DAYS = 3 * 365


class TimelineCanvas(QAbstractScrollArea):
    """Rows of on-call blocks over a time axis, and the signals of what the user asks for."""

    override_requested = Signal(str, object, object)  # instants exceed 32 bits
    override_changed = Signal(str, str, object, object)
    override_delete_requested = Signal(str, str)
    override_person_requested = Signal(str, str)
    layer_activated = Signal(str, str)
    window_changed = Signal(object)
    time_off_requested = Signal(str, object, object)
    time_off_changed = Signal(str, object, object)
    time_off_delete_requested = Signal(str)
    time_off_activated = Signal(str)
    time_off_import_requested = Signal(str)
    time_picked = Signal(object)

    def __init__(
        self,
        project: Project,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._clock = clock
        self._metrics = metrics or Metrics()
        self._mode = Mode.ALL
        self._subject: str | None = None
        self._zone: tzinfo = UTC
        now = self.now()
        self._origin = now - _SCROLL_RANGE_DAYS * DAY
        self._span = 7 * DAY
        self._start = now - DAY
        self._cache = RenderCache()
        self._rows: list[Row] = []
        self._rows_key: tuple[object, ...] | None = None
        self._refused = ""
        self._boxes: list[RowBox] = []
        self._texts = TextCache()
        self._holidays: Mapping[date, str] = {}
        self._time_off = time_off_by_person(project)
        self.drag: Drag | None = None  # the drag in progress (see ``editing``)
        self.pressed_at: QPoint | None = None
        self.drag_preview: Preview | None = None
        self.selected_override: tuple[str, str] | None = None
        self.selected_layer: str | None = None
        self.selected_time_off: str | None = None
        self._syncing = False
        self._static: QPixmap | None = None
        self._static_key: tuple[object, ...] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.horizontalScrollBar().valueChanged.connect(self._horizontal_scrolled)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._relayout())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setMinimumSize(480, 160)
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self.viewport().update)
        self._ticker.start(60_000)
        self._sync_scrollbars()

    # State

    def now(self) -> Instant:
        """The current instant from the injected clock."""
        return instant(self._clock())

    @property
    def mode(self) -> Mode:
        """What the view shows."""
        return self._mode

    @property
    def subject(self) -> str | None:
        """The schedule or person shown (None for all schedules)."""
        return self._subject

    @property
    def display_zone(self) -> tzinfo:
        """The zone of the rulers and shading."""
        return self._zone

    @property
    def visible(self) -> Window:
        """The visible window."""
        return Window(self._start, self._start + self._span)

    @property
    def axis(self) -> TimeAxis:
        """The current instant <-> x mapping."""
        left = self._metrics.label_width
        width = max(1, self.viewport().width() - left)
        return TimeAxis(self._start, self._span / width, left, width)

    @property
    def boxes(self) -> list[RowBox]:
        """The rows and where they are drawn."""
        self._ensure_rows()
        return self._boxes

    @property
    def render_cache(self) -> RenderCache:
        """The cache of schedule renders (exposed for benchmarks and tests)."""
        return self._cache

    def set_project(self, project: Project) -> None:
        """Show a new project value (after any edit)."""
        self._project = project
        self._time_off = time_off_by_person(project)
        if self.selected_override is not None:
            schedule_id, override_id = self.selected_override
            schedule = project.schedules_by_id.get(schedule_id)
            if schedule is None or all(o.id != override_id for o in schedule.overrides):
                self.selected_override = None
        if (
            self.selected_time_off is not None
            and self.selected_time_off not in project.time_off_by_id
        ):
            self.selected_time_off = None
        self._invalidate()

    def set_mode(self, mode: Mode, subject: str | None = None) -> None:
        """Show one schedule, all schedules or one person."""
        if (mode, subject) == (self._mode, self._subject):
            return
        self._mode, self._subject = mode, subject
        self.drag = None
        self.drag_preview = None
        self._invalidate()

    def set_display_zone(self, tz: tzinfo) -> None:
        """Draw the rulers, days and weekends in ``tz``."""
        self._zone = tz
        self.viewport().update()
        self.window_changed.emit(self.visible)

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        """Public holidays to shade, by local date."""
        self._holidays = holidays
        self.viewport().update()

    def set_selected_layer(self, layer_id: str | None) -> None:
        """Highlight a layer's row."""
        self.selected_layer = layer_id
        self.viewport().update()

    def set_selected_time_off(self, entry_id: str | None) -> None:
        """Highlight a time-off entry (Del then deletes it)."""
        self.selected_time_off = entry_id
        self.viewport().update()

    def set_view(self, start: Instant, span: Instant) -> None:
        """Show ``[start, start + span)``."""
        span = max(_MIN_SPAN, min(_MAX_SPAN, span))
        if (start, span) == (self._start, self._span):
            return
        self._start, self._span = start, span
        self._sync_scrollbars()
        self._invalidate()
        self.window_changed.emit(self.visible)

    def scroll_by(self, delta: Instant) -> None:
        """Move the view by ``delta`` microseconds."""
        self.set_view(self._start + delta, self._span)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (> 1 shows more time), keeping the instant under ``anchor_x``."""
        axis = self.axis
        x = anchor_x if anchor_x is not None else axis.left + axis.width / 2
        anchor = axis.at(x)
        span = int(max(_MIN_SPAN, min(_MAX_SPAN, self._span * factor)))
        start = anchor - int((x - axis.left) / axis.width * span)
        self.set_view(start, span)

    def local_midnight(self, day: date) -> Instant:
        """Local midnight of ``day`` in the display zone."""
        return localize_instant(datetime(day.year, day.month, day.day), self._zone)

    def today(self) -> date:
        """Today's date in the display zone."""
        return wall(self.now(), self._zone).date()

    def coverage(self, schedule_id: str) -> float | None:
        """Coverage percent of a schedule over the visible window (None if not shown)."""
        for row in self.boxes_rows():
            if row.kind is RowKind.FINAL and row.schedule_id == schedule_id:
                return coverage(row, self.visible)
        return None

    def boxes_rows(self) -> list[Row]:
        """The rows shown."""
        self._ensure_rows()
        return list(self._rows)

    def x_of(self, at: Instant) -> float:
        """The viewport x of an instant."""
        return self.axis.x(at)

    def row_center(self, kind: RowKind, schedule_id: str | None = None) -> int:
        """The viewport y of the middle of the first row of ``kind`` (for tests and tools)."""
        for box in self.boxes:
            if box.row.kind is kind and schedule_id in (None, box.row.schedule_id):
                return box.top + box.height // 2
        raise LookupError(kind)

    @property
    def project(self) -> Project:
        """The project shown."""
        return self._project

    def hit_at(self, pos: QPointF | QPoint) -> Hit | None:
        """What lies under the viewport point ``pos``."""
        return hit_test(self.boxes, self.axis, pos.x(), pos.y(), self._metrics.edge_grip)

    # Rows and layout

    def _invalidate(self) -> None:
        self._rows_key = None
        self.viewport().update()

    def _ensure_rows(self) -> None:
        fetch = fetch_window(self.visible)
        key = (id(self._project), self._mode, self._subject, fetch)
        if key != self._rows_key:
            try:
                self._rows = build_rows(
                    self._project, self._mode, self._subject, fetch, self._cache
                )
                self._refused = ""
            except AnalysisError as error:
                # A render the core refuses (too many segments): say so instead of drawing.
                self._rows, self._refused = [], str(error)
            self._rows_key = key
            self._relayout()
            QTimer.singleShot(0, self._prefetch)

    def _prefetch(self) -> None:
        """Render what a scroll would need next while the user looks at this."""
        shown = {row.schedule_id for row in self._rows if row.schedule_id is not None}
        schedules = [s for s in self._project.schedules if s.id in shown]
        with contextlib.suppress(AnalysisError):  # the next view reports it when it is drawn
            self._cache.prefetch(schedules, fetch_window(self.visible))

    def _row_height(self, row: Row) -> int:
        if row.kind is RowKind.RULE:
            return max(self._metrics.final_row, 26 * len(row.lanes))
        if row.kind in (RowKind.FINAL, RowKind.PERSON) or self._mode is Mode.ALL:
            return self._metrics.final_row
        return self._metrics.layer_row

    def _relayout(self) -> None:
        metrics = self._metrics
        top = metrics.ruler - self.verticalScrollBar().value()
        boxes = []
        for row in self._rows:
            if row.kind is RowKind.FINAL and self._mode is Mode.SCHEDULE:
                top += metrics.section_gap
            height = self._row_height(row)
            boxes.append(RowBox(row, top, height))
            top += height
        self._boxes = boxes
        total = top + self.verticalScrollBar().value() - metrics.ruler
        bar = self.verticalScrollBar()
        visible = max(0, self.viewport().height() - metrics.ruler)
        bar.setRange(0, max(0, total - visible))
        bar.setPageStep(visible)
        bar.setSingleStep(metrics.layer_row)
        self.viewport().update()

    def sizeHint(self) -> QSize:
        """Room for a schedule's rows."""
        size = super().sizeHint()
        size.setHeight(max(size.height(), 320))
        return size

    def _sync_scrollbars(self) -> None:
        self._syncing = True
        bar = self.horizontalScrollBar()
        hours = 2 * _SCROLL_RANGE_DAYS * 24
        bar.setRange(0, hours)
        bar.setPageStep(max(1, self._span // HOUR))
        bar.setSingleStep(max(1, self._span // HOUR // 28))
        bar.setValue(int((self._start - self._origin) // HOUR))
        self._syncing = False

    def _horizontal_scrolled(self, value: int) -> None:
        if self._syncing:
            return
        current = int((self._start - self._origin) // HOUR)
        if value != current:
            self.set_view(self._origin + value * HOUR, self._span)

    # Painting

    def paint_context(self) -> PaintContext:
        """Everything a paint needs, for the viewport's current size."""
        self._ensure_rows()
        return PaintContext(
            axis=self.axis,
            tz=self._zone,
            boxes=self._boxes,
            people=self._project.people_by_id,
            time_off=self._time_off,
            holidays=self._holidays,
            now=self.now(),
            style=TimelineStyle.from_palette(self.palette()),
            metrics=self._metrics,
            font=self.font(),
            width=self.viewport().width(),
            height=self.viewport().height(),
            texts=self._texts,
            selected_override=self.selected_override,
            selected_layer=self.selected_layer,
            selected_time_off=self.selected_time_off,
            preview=self.drag_preview,
            empty_text=self._empty_text(),
        )

    def _empty_text(self) -> str:
        if self._refused:
            text = QCoreApplication.translate("TimelineView", "This view cannot be drawn: %1")
            return text.replace("%1", self._refused)
        if self._mode is Mode.SCHEDULE:
            schedule = self._project.schedules_by_id.get(self._subject or "")
            if schedule is not None and not schedule.layers:
                return QCoreApplication.translate(
                    "TimelineView", "This schedule has no layers yet: add one from the sidebar."
                )
            return QCoreApplication.translate("TimelineView", "Select a schedule in the sidebar.")
        if self._mode is Mode.ALL:
            return QCoreApplication.translate(
                "TimelineView", "No schedules yet: add one from the sidebar."
            )
        if self._mode is Mode.POLICY:
            return QCoreApplication.translate(
                "TimelineView", "Select an escalation policy in the sidebar."
            )
        return QCoreApplication.translate("TimelineView", "Select a person in the sidebar.")

    def paintEvent(self, event: QPaintEvent) -> None:
        """Blit the cached static layer (repainting it only when it changed), then the overlays."""
        del event
        context = self.paint_context()
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        key = (
            self._rows_key,
            self._start,
            self._span,
            context.width,
            context.height,
            ratio,
            self.verticalScrollBar().value(),
            getattr(self._zone, "key", str(self._zone)),
            id(self._holidays),
            context.style.dark,
            self.selected_override,
            self.selected_layer,
            self.selected_time_off,
            wall(context.now, self._zone).date(),
        )
        if key != self._static_key or self._static is None:
            self._static = QPixmap(round(context.width * ratio), round(context.height * ratio))
            self._static.setDevicePixelRatio(ratio)
            painter = QPainter(self._static)
            try:
                paint_static(painter, context)
            finally:
                painter.end()
            self._static_key = key
        painter = QPainter(viewport)
        try:
            painter.drawPixmap(0, 0, self._static)
            paint_overlays(painter, context)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the rows out again."""
        super().resizeEvent(event)
        self._relayout()
