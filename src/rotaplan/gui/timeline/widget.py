"""The timeline widget: scrolling, zooming, painting, direct editing of overrides and time off."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QCursor,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from rotaplan.core import (
    DAY,
    HOUR,
    UTC,
    Instant,
    Project,
    RenderCache,
    Window,
    instant,
    localize_instant,
    wall,
    zone,
)
from rotaplan.gui.timeline.geometry import TimeAxis, fetch_window, snap_step
from rotaplan.gui.timeline.interaction import (
    Drag,
    DragKind,
    Hit,
    describe,
    drag_bounds,
    format_range,
    hit_test,
)
from rotaplan.gui.timeline.painter import (
    PaintContext,
    Preview,
    RowBox,
    TextCache,
    paint_overlays,
    paint_static,
)
from rotaplan.gui.timeline.rows import (
    Mode,
    Row,
    RowKind,
    build_rows,
    coverage,
    time_off_by_person,
)
from rotaplan.gui.timeline.style import Metrics, TimelineStyle

__all__ = ["TimelineView"]

_MIN_SPAN = 6 * HOUR
_MAX_SPAN = 62 * DAY
_SCROLL_RANGE_DAYS = 3 * 365
_CLICK_SLOP = 4


class TimelineView(QAbstractScrollArea):
    """Rows of on-call blocks over a time axis; drag on the final row to add an override."""

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
        self._boxes: list[RowBox] = []
        self._texts = TextCache()
        self._holidays: Mapping[date, str] = {}
        self._time_off = time_off_by_person(project)
        self._drag: Drag | None = None
        self._press: QPoint | None = None
        self._preview: Preview | None = None
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
        self._drag = None
        self._preview = None
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

    # Rows and layout

    def _invalidate(self) -> None:
        self._rows_key = None
        self.viewport().update()

    def _ensure_rows(self) -> None:
        fetch = fetch_window(self.visible)
        key = (id(self._project), self._mode, self._subject, fetch)
        if key != self._rows_key:
            self._rows = build_rows(self._project, self._mode, self._subject, fetch, self._cache)
            self._rows_key = key
            self._relayout()
            QTimer.singleShot(0, self._prefetch)

    def _prefetch(self) -> None:
        """Render what a scroll would need next while the user looks at this."""
        shown = {row.schedule_id for row in self._rows if row.schedule_id is not None}
        schedules = [s for s in self._project.schedules if s.id in shown]
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
            preview=self._preview,
            empty_text=self._empty_text(),
        )

    def _empty_text(self) -> str:
        if self._mode is Mode.SCHEDULE:
            schedule = self._project.schedules_by_id.get(self._subject or "")
            if schedule is not None and not schedule.layers:
                return self.tr("This schedule has no layers yet: add one from the sidebar.")
            return self.tr("Select a schedule in the sidebar.")
        if self._mode is Mode.ALL:
            return self.tr("No schedules yet: add one from the sidebar.")
        if self._mode is Mode.POLICY:
            return self.tr("Select an escalation policy in the sidebar.")
        return self.tr("Select a person in the sidebar.")

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

    # Mouse and keyboard

    def _hit(self, pos: QPointF | QPoint) -> Hit | None:
        return hit_test(self.boxes, self.axis, pos.x(), pos.y(), self._metrics.edge_grip)

    def _snap(self) -> Instant:
        return snap_step(self.axis.us_per_px)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select, or start creating, moving or resizing an override."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        hit = self._hit(event.position())
        self._press = event.position().toPoint()
        self._drag = None
        if hit is None:
            return
        row = hit.box.row
        if row.kind is RowKind.TIME_OFF and row.person_id is not None:
            self._press_time_off(hit, row.person_id)
            return
        if row.kind is RowKind.RULE:
            self.time_picked.emit(hit.at)
            return
        if row.schedule_id is None:
            return
        self.selected_time_off = None
        if row.kind is RowKind.OVERRIDES and hit.block is not None and hit.block.override_id:
            self.selected_override = (row.schedule_id, hit.block.override_id)
            kind = hit.edge or DragKind.MOVE
            self._drag = Drag(
                kind,
                hit.row_index,
                row.schedule_id,
                hit.at,
                hit.block.start,
                hit.block.end,
                hit.block.override_id,
            )
        elif row.kind is RowKind.FINAL:
            self.selected_override = None
            self._drag = Drag(
                DragKind.CREATE, hit.row_index, row.schedule_id, hit.at, hit.at, hit.at
            )
        elif row.kind is RowKind.LAYER and row.layer_id is not None:
            self.selected_override = None
            self.layer_activated.emit(row.schedule_id, row.layer_id)
        else:
            self.selected_override = None
        self.viewport().update()

    def _press_time_off(self, hit: Hit, person_id: str) -> None:
        """Select a time-off entry and start moving or resizing it, or start drawing a new one."""
        self.selected_override = None
        block = hit.block
        if block is not None and block.entry is not None:
            self.selected_time_off = block.entry
            kind = hit.edge or DragKind.MOVE
            self._drag = Drag(
                kind,
                hit.row_index,
                "",
                hit.at,
                block.start,
                block.end,
                entry=block.entry,
                person=person_id,
            )
            self.time_off_activated.emit(block.entry)
        else:
            self.selected_time_off = None
            self._drag = Drag(
                DragKind.CREATE, hit.row_index, "", hit.at, hit.at, hit.at, person=person_id
            )
        self.viewport().update()

    def _moved_enough(self, pos: QPoint) -> bool:
        return self._press is not None and (pos - self._press).manhattanLength() > _CLICK_SLOP

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Update a drag's preview, or the hover text and cursor."""
        pos = event.position()
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self._moved_enough(pos.toPoint()):
                start, end = drag_bounds(
                    self._drag, self.axis.at(pos.x()), self._snap(), self._zone
                )
                self._preview = Preview(self._drag.row_index, start, end)
                QToolTip.showText(
                    event.globalPosition().toPoint(),
                    format_range(start, end, self._zone),
                    self,
                )
                self.viewport().update()
            return
        hit = self._hit(pos)
        self._update_cursor(hit)
        text = describe(hit, self._project, self._zone) if hit is not None else ""
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def _update_cursor(self, hit: Hit | None) -> None:
        shape = Qt.CursorShape.ArrowCursor
        if hit is not None:
            if hit.edge is not None:
                shape = Qt.CursorShape.SizeHorCursor
            elif hit.box.row.kind in (RowKind.OVERRIDES, RowKind.TIME_OFF) and hit.block:
                shape = Qt.CursorShape.OpenHandCursor
            elif hit.box.row.kind in (RowKind.FINAL, RowKind.TIME_OFF):
                shape = Qt.CursorShape.CrossCursor
            elif hit.box.row.kind is RowKind.RULE:
                shape = Qt.CursorShape.PointingHandCursor
        self.viewport().setCursor(QCursor(shape))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish a drag: ask for a new override or change the dragged one."""
        drag, self._drag = self._drag, None
        self._preview = None
        self.viewport().update()
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not self._moved_enough(event.position().toPoint()):
            return
        start, end = drag_bounds(drag, self.axis.at(event.position().x()), self._snap(), self._zone)
        if end <= start:
            return
        if drag.person is not None:
            if drag.kind is DragKind.CREATE:
                self.time_off_requested.emit(drag.person, start, end)
            elif drag.entry is not None and (start, end) != (drag.start, drag.end):
                self.time_off_changed.emit(drag.entry, start, end)
            return
        if drag.kind is DragKind.CREATE:
            self.override_requested.emit(drag.schedule_id, start, end)
        elif drag.override_id is not None and (start, end) != (drag.start, drag.end):
            self.override_changed.emit(drag.schedule_id, drag.override_id, start, end)

    def leaveEvent(self, event: QEvent) -> None:
        """Hide the hover text."""
        QToolTip.hideText()
        super().leaveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Offer to override a shift, cover a gap or edit an override."""
        menu = self.context_menu(self.viewport().mapFrom(self, event.pos()))
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for the point ``pos`` of the viewport (None where there is nothing to do)."""
        hit = self._hit(pos)
        if hit is not None and hit.box.row.kind in (RowKind.TIME_OFF, RowKind.PERSON):
            menu = self._person_menu(hit)
            if menu is not None:
                return menu
        if hit is None or hit.box.row.schedule_id is None:
            return None
        row = hit.box.row
        schedule_id = row.schedule_id
        assert schedule_id is not None
        menu = QMenu(self)
        if row.kind is RowKind.FINAL and hit.gap is not None and hit.block is None:
            gap = hit.gap
            action = menu.addAction(self.tr("Cover this gap…"))
            action.triggered.connect(
                lambda: self.override_requested.emit(schedule_id, gap.start, gap.end)
            )
        elif row.kind in (RowKind.FINAL, RowKind.LAYER) and hit.block is not None:
            block = hit.block
            name = self._project.people_by_id.get(block.person)
            action = menu.addAction(
                self.tr("Override this shift of %1…").replace(
                    "%1", name.name if name else block.person
                )
            )
            action.triggered.connect(
                lambda: self.override_requested.emit(schedule_id, block.start, block.end)
            )
        elif row.kind is RowKind.OVERRIDES and hit.block is not None and hit.block.override_id:
            override_id = hit.block.override_id
            self.selected_override = (schedule_id, override_id)
            self.viewport().update()
            change = menu.addAction(self.tr("Change person…"))
            change.triggered.connect(
                lambda: self.override_person_requested.emit(schedule_id, override_id)
            )
            delete = menu.addAction(self.tr("Delete override"))
            delete.triggered.connect(
                lambda: self.override_delete_requested.emit(schedule_id, override_id)
            )
        if menu.isEmpty():
            menu.deleteLater()
            return None
        return menu

    def _person_menu(self, hit: Hit) -> QMenu | None:
        """Add, edit, delete or import time off (the time-off row); add time off (a shift)."""
        person_id = hit.box.row.person_id or (self._subject if self._mode is Mode.PERSON else None)
        if person_id is None or person_id not in self._project.people_by_id:
            return None
        menu = QMenu(self)
        block = hit.block
        if hit.box.row.kind is RowKind.TIME_OFF and block is not None and block.entry is not None:
            entry = block.entry
            self.selected_time_off = entry
            self.viewport().update()
            menu.addAction(self.tr("Edit time off")).triggered.connect(
                lambda: self.time_off_activated.emit(entry)
            )
            menu.addAction(self.tr("Delete time off")).triggered.connect(
                lambda: self.time_off_delete_requested.emit(entry)
            )
            return menu
        tz = zone(self._project.person(person_id).time_zone)
        if block is not None and hit.box.row.kind is RowKind.PERSON:
            start, end = block.start, block.end
            text = self.tr("Add time off for this shift")
        else:
            day = wall(hit.at, tz).date()
            start = localize_instant(datetime(day.year, day.month, day.day), tz)
            end = localize_instant(datetime.combine(day + timedelta(days=1), time()), tz)
            text = self.tr("Add time off on this day")
        menu.addAction(text).triggered.connect(
            lambda: self.time_off_requested.emit(person_id, start, end)
        )
        menu.addAction(self.tr("Import time off from iCal…")).triggered.connect(
            lambda: self.time_off_import_requested.emit(person_id)
        )
        return menu

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Wheel scrolls time (rows with Shift); Ctrl + wheel zooms around the pointer."""
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            if steps:
                self.zoom(0.85**steps, event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not delta.x():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - delta.y() // 2)
            event.accept()
            return
        pixels = delta.x() or delta.y()
        if pixels:
            self.scroll_by(int(-pixels / 120 * self._span / 14))
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Pinch to zoom (touchpads)."""
        if event.type() == QEvent.Type.NativeGesture:
            assert isinstance(event, QNativeGestureEvent)
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom(1.0 / (1.0 + event.value()), event.position().x())
                return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                factor = pinch.scaleFactor() or 1.0
                self.zoom(1.0 / factor)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows and Page keys move in time, +/- zoom, T goes to today, Del deletes."""
        key = event.key()
        step = max(HOUR, self._span // 7)
        if key == Qt.Key.Key_Left:
            self.scroll_by(-step)
        elif key == Qt.Key.Key_Right:
            self.scroll_by(step)
        elif key == Qt.Key.Key_PageUp:
            self.scroll_by(-self._span)
        elif key == Qt.Key.Key_PageDown:
            self.scroll_by(self._span)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.8)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1.25)
        elif key == Qt.Key.Key_Up:
            self.verticalScrollBar().triggerAction(
                self.verticalScrollBar().SliderAction.SliderSingleStepSub
            )
        elif key == Qt.Key.Key_Down:
            self.verticalScrollBar().triggerAction(
                self.verticalScrollBar().SliderAction.SliderSingleStepAdd
            )
        elif key == Qt.Key.Key_T:
            self.set_view(self.local_midnight(self.today()), self._span)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_override:
            self.override_delete_requested.emit(*self.selected_override)
        elif (
            key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.selected_time_off is not None
            and self._mode is Mode.PERSON
        ):
            self.time_off_delete_requested.emit(self.selected_time_off)
        elif key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self._preview = None
            self.viewport().update()
        else:
            super().keyPressEvent(event)
