"""What the pointer and the edit keys do on the timeline.

A press selects an override or time off, starts a drag that creates, moves or resizes one, or
picks a layer or an instant; the release asks for the change through the canvas's signals.
Without a button held the pointer shows the hover text and a cursor that says what a drag would
do. Del asks to delete the selection, Escape drops a drag. The press and the drag in progress are
kept on the canvas, which drops them when it shows something else.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtWidgets import QToolTip

from rotaplan.core import Instant
from rotaplan.gui.timeline.canvas import TimelineCanvas
from rotaplan.gui.timeline.context import Preview
from rotaplan.gui.timeline.geometry import snap_step
from rotaplan.gui.timeline.interaction import (
    Drag,
    DragKind,
    Hit,
    describe,
    drag_bounds,
    format_range,
)
from rotaplan.gui.timeline.rows import Mode, RowKind

__all__ = ["edit_key", "pointer_moved", "pointer_pressed", "pointer_released"]

_CLICK_SLOP = 4


def _snap(view: TimelineCanvas) -> Instant:
    return snap_step(view.axis.us_per_px)


def pointer_pressed(view: TimelineCanvas, pos: QPointF) -> None:
    """A left press at ``pos``: select, or start creating, moving or resizing."""
    hit = view.hit_at(pos)
    view.pressed_at = pos.toPoint()
    view.drag = None
    if hit is None:
        return
    row = hit.box.row
    if row.kind is RowKind.TIME_OFF and row.person_id is not None:
        _press_time_off(view, hit, row.person_id)
        return
    if row.kind is RowKind.RULE:
        view.time_picked.emit(hit.at)
        return
    if row.schedule_id is None:
        return
    view.selected_time_off = None
    if row.kind is RowKind.OVERRIDES and hit.block is not None and hit.block.override_id:
        view.selected_override = (row.schedule_id, hit.block.override_id)
        kind = hit.edge or DragKind.MOVE
        view.drag = Drag(
            kind,
            hit.row_index,
            row.schedule_id,
            hit.at,
            hit.block.start,
            hit.block.end,
            hit.block.override_id,
        )
    elif row.kind is RowKind.FINAL:
        view.selected_override = None
        view.drag = Drag(DragKind.CREATE, hit.row_index, row.schedule_id, hit.at, hit.at, hit.at)
    elif row.kind is RowKind.LAYER and row.layer_id is not None:
        view.selected_override = None
        view.layer_activated.emit(row.schedule_id, row.layer_id)
    else:
        view.selected_override = None
    view.viewport().update()


def _press_time_off(view: TimelineCanvas, hit: Hit, person_id: str) -> None:
    """Select a time-off entry and start moving or resizing it, or start drawing a new one."""
    view.selected_override = None
    block = hit.block
    if block is not None and block.entry is not None:
        view.selected_time_off = block.entry
        kind = hit.edge or DragKind.MOVE
        view.drag = Drag(
            kind,
            hit.row_index,
            "",
            hit.at,
            block.start,
            block.end,
            entry=block.entry,
            person=person_id,
        )
        view.time_off_activated.emit(block.entry)
    else:
        view.selected_time_off = None
        view.drag = Drag(
            DragKind.CREATE, hit.row_index, "", hit.at, hit.at, hit.at, person=person_id
        )
    view.viewport().update()


def _moved_enough(view: TimelineCanvas, pos: QPoint) -> bool:
    pressed = view.pressed_at
    return pressed is not None and (pos - pressed).manhattanLength() > _CLICK_SLOP


def pointer_moved(view: TimelineCanvas, event: QMouseEvent) -> None:
    """Update a drag's preview, or the hover text and cursor."""
    pos = event.position()
    drag = view.drag
    if drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
        if _moved_enough(view, pos.toPoint()):
            start, end = drag_bounds(drag, view.axis.at(pos.x()), _snap(view), view.display_zone)
            view.drag_preview = Preview(drag.row_index, start, end)
            QToolTip.showText(
                event.globalPosition().toPoint(),
                format_range(start, end, view.display_zone),
                view,
            )
            view.viewport().update()
        return
    hit = view.hit_at(pos)
    _update_cursor(view, hit)
    text = describe(hit, view.project, view.display_zone) if hit is not None else ""
    if text:
        QToolTip.showText(event.globalPosition().toPoint(), text, view)
    else:
        QToolTip.hideText()


def _update_cursor(view: TimelineCanvas, hit: Hit | None) -> None:
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
    view.viewport().setCursor(QCursor(shape))


def pointer_released(view: TimelineCanvas, event: QMouseEvent) -> None:
    """Finish a drag: ask for a new override or change the dragged one."""
    drag, view.drag = view.drag, None
    view.drag_preview = None
    view.viewport().update()
    if drag is None or event.button() != Qt.MouseButton.LeftButton:
        return
    if not _moved_enough(view, event.position().toPoint()):
        return
    start, end = drag_bounds(
        drag, view.axis.at(event.position().x()), _snap(view), view.display_zone
    )
    if end <= start:
        return
    if drag.person is not None:
        if drag.kind is DragKind.CREATE:
            view.time_off_requested.emit(drag.person, start, end)
        elif drag.entry is not None and (start, end) != (drag.start, drag.end):
            view.time_off_changed.emit(drag.entry, start, end)
        return
    if drag.kind is DragKind.CREATE:
        view.override_requested.emit(drag.schedule_id, start, end)
    elif drag.override_id is not None and (start, end) != (drag.start, drag.end):
        view.override_changed.emit(drag.schedule_id, drag.override_id, start, end)


def edit_key(view: TimelineCanvas, key: int) -> bool:
    """Del (or Backspace) asks to delete the selection, Escape drops a drag; False otherwise."""
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and view.selected_override:
        view.override_delete_requested.emit(*view.selected_override)
    elif (
        key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        and view.selected_time_off is not None
        and view.mode is Mode.PERSON
    ):
        view.time_off_delete_requested.emit(view.selected_time_off)
    elif key == Qt.Key.Key_Escape and view.drag is not None:
        view.drag = None
        view.drag_preview = None
        view.viewport().update()
    else:
        return False
    return True
