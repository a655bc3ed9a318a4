"""The timeline widget: scrolling, zooming, painting, direct editing of overrides and time off.

``TimelineView`` is the canvas (``canvas``: what it shows, laid out and painted, and the signals)
with its input handed on: the mouse and the edit keys to ``editing``, right clicks to ``menus``,
the wheel, pinches and the navigation keys to ``navigation``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QMenu, QToolTip

from rotaplan.gui.timeline.canvas import TimelineCanvas
from rotaplan.gui.timeline.editing import (
    edit_key,
    pointer_moved,
    pointer_pressed,
    pointer_released,
)
from rotaplan.gui.timeline.menus import menu_at
from rotaplan.gui.timeline.navigation import navigate_key, pinch, wheel

__all__ = ["TimelineView"]


class TimelineView(TimelineCanvas):
    """Rows of on-call blocks over a time axis; drag on the final row to add an override."""

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for the point ``pos`` of the viewport (None where there is nothing to do)."""
        return menu_at(self, pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select, or start creating, moving or resizing an override."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pointer_pressed(self, event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Update a drag's preview, or the hover text and cursor."""
        pointer_moved(self, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish a drag: ask for a new override or change the dragged one."""
        pointer_released(self, event)

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

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Wheel scrolls time (rows with Shift); Ctrl + wheel zooms around the pointer."""
        wheel(self, event)

    def event(self, event: QEvent) -> bool:
        """Pinch to zoom (touchpads)."""
        if pinch(self, event):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows and Page keys move in time, +/- zoom, T goes to today, Del deletes."""
        key = event.key()
        if not (navigate_key(self, key) or edit_key(self, key)):
            super().keyPressEvent(event)
