"""Moving about the timeline: the wheel scrolls and zooms, a pinch zooms, keys step through time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QNativeGestureEvent, QWheelEvent

from rotaplan.core import HOUR
from rotaplan.gui.timeline.canvas import TimelineCanvas

__all__ = ["navigate_key", "pinch", "wheel"]


def wheel(view: TimelineCanvas, event: QWheelEvent) -> None:
    """Wheel scrolls time (rows with Shift); Ctrl + wheel zooms around the pointer."""
    delta = event.angleDelta()
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        steps = delta.y() / 120
        if steps:
            view.zoom(0.85**steps, event.position().x())
        event.accept()
        return
    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not delta.x():
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() - delta.y() // 2)
        event.accept()
        return
    pixels = delta.x() or delta.y()
    if pixels:
        view.scroll_by(int(-pixels / 120 * view.visible.length / 14))
    event.accept()


def pinch(view: TimelineCanvas, event: QEvent) -> bool:
    """Zoom on a touchpad's pinch; False for any other event."""
    if event.type() == QEvent.Type.NativeGesture:
        assert isinstance(event, QNativeGestureEvent)
        if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            view.zoom(1.0 / (1.0 + event.value()), event.position().x())
            return True
    if event.type() == QEvent.Type.Gesture:
        gesture = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
        if gesture is not None:
            factor = gesture.scaleFactor() or 1.0
            view.zoom(1.0 / factor)
            return True
    return False


def navigate_key(view: TimelineCanvas, key: int) -> bool:
    """Arrows and Page keys move in time, +/- zoom, T goes to today; False for other keys."""
    span = view.visible.length
    step = max(HOUR, span // 7)
    if key == Qt.Key.Key_Left:
        view.scroll_by(-step)
    elif key == Qt.Key.Key_Right:
        view.scroll_by(step)
    elif key == Qt.Key.Key_PageUp:
        view.scroll_by(-span)
    elif key == Qt.Key.Key_PageDown:
        view.scroll_by(span)
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom(0.8)
    elif key == Qt.Key.Key_Minus:
        view.zoom(1.25)
    elif key == Qt.Key.Key_Up:
        view.verticalScrollBar().triggerAction(
            view.verticalScrollBar().SliderAction.SliderSingleStepSub
        )
    elif key == Qt.Key.Key_Down:
        view.verticalScrollBar().triggerAction(
            view.verticalScrollBar().SliderAction.SliderSingleStepAdd
        )
    elif key == Qt.Key.Key_T:
        view.set_view(view.local_midnight(view.today()), span)
    else:
        return False
    return True
