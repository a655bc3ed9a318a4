"""Real mouse events for the timeline: press, moves with the button held, release."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

_LEFT = Qt.MouseButton.LeftButton
_NONE = Qt.MouseButton.NoButton
_NO_MOD = Qt.KeyboardModifier.NoModifier


def _send(widget: QWidget, kind: QEvent.Type, pos: QPointF, button, buttons) -> None:
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, _NO_MOD)
    QCoreApplication.sendEvent(widget, event)


def drag(
    widget: QWidget, start: tuple[float, float], end: tuple[float, float], steps: int = 4
) -> None:
    """Press at ``start``, move to ``end`` in steps, release there."""
    a, b = QPointF(*start), QPointF(*end)
    _send(widget, QEvent.Type.MouseButtonPress, a, _LEFT, _LEFT)
    for i in range(1, steps + 1):
        point = a + (b - a) * (i / steps)
        _send(widget, QEvent.Type.MouseMove, point, _NONE, _LEFT)
    _send(widget, QEvent.Type.MouseButtonRelease, b, _LEFT, _NONE)


def hover(widget: QWidget, pos: tuple[float, float]) -> None:
    """Move the pointer to ``pos`` with no button held."""
    _send(widget, QEvent.Type.MouseMove, QPointF(*pos), _NONE, _NONE)


def click(widget: QWidget, pos: tuple[float, float]) -> None:
    """Press and release at ``pos``."""
    point = QPointF(*pos)
    _send(widget, QEvent.Type.MouseButtonPress, point, _LEFT, _LEFT)
    _send(widget, QEvent.Type.MouseButtonRelease, point, _LEFT, _NONE)


def drag_member(view: QAbstractItemView, source_row: int, before_row: int) -> None:
    """Drag a list row and drop it on the top edge of another row, as a user does.

    The drag's own event loop cannot run offscreen, so the drag is delivered as the enter, move
    and drop events that the view receives during a real one.
    """
    model = view.model()
    view.setCurrentIndex(model.index(source_row, 0))
    mime = model.mimeData([model.index(source_row, 0)])
    # Qt declares the enter and move events with an integer point, the drop with a real one.
    target = view.visualRect(model.index(before_row, 0)).topLeft() + QPoint(8, 1)
    move = Qt.DropAction.MoveAction
    viewport = view.viewport()
    enter = QDragEnterEvent(target, move, mime, _LEFT, _NO_MOD)
    QCoreApplication.sendEvent(viewport, enter)
    over = QDragMoveEvent(target, move, mime, _LEFT, _NO_MOD)
    QCoreApplication.sendEvent(viewport, over)
    drop = QDropEvent(QPointF(target), move, mime, _LEFT, _NO_MOD)
    QCoreApplication.sendEvent(viewport, drop)
