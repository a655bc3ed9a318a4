"""A short tour of the timeline: one dismissible bubble at a time, pointing at what it explains."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

__all__ = ["Hint", "HintBubble", "HintTour", "Side"]

# Size of the bubble's pointer, and how far the bubble keeps from the window's edges.
_ARROW = 12
_MARGIN = 8


class Side(Enum):
    """Where the bubble sits relative to the point it explains."""

    BELOW = "below"
    ABOVE = "above"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Hint:
    """One bubble: its text and where it points (a point in the host's coordinates, or None
    when there is nothing to point at just now: the hint is skipped)."""

    key: str
    text: str
    target: Callable[[], QPoint | None]
    side: Side = Side.BELOW


class HintBubble(QWidget):
    """A rounded bubble with a pointer, a text, a step count and Skip / Next buttons."""

    next_clicked = Signal()
    skip_clicked = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self.setObjectName("hint_bubble")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.side = Side.BELOW
        self.tip = QPoint()
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setFixedWidth(300)
        self.step = QLabel(self)
        self.skip = QPushButton(self.tr("Skip hints"), self)
        self.skip.setFlat(True)
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setDefault(True)
        self.skip.clicked.connect(self.skip_clicked)
        self.next.clicked.connect(self.next_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.next)
        self.column = QVBoxLayout(self)
        self.column.setSpacing(8)
        self.column.addWidget(self.text)
        self.column.addLayout(buttons)
        palette = self.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(role, palette.color(QPalette.ColorRole.HighlightedText))
        self.text.setPalette(palette)
        self.step.setPalette(palette)
        self.skip.setPalette(palette)
        self.hide()

    def show_hint(self, text: str, number: int, count: int, last: bool) -> None:
        """Show ``text`` as hint ``number`` of ``count``."""
        self.text.setText(text)
        self.step.setText(self.tr("%1 of %2").replace("%1", str(number)).replace("%2", str(count)))
        self.next.setText(self.tr("Done") if last else self.tr("Next"))

    def point_at(self, tip: QPoint, prefer: Side = Side.BELOW) -> None:
        """Place the bubble next to ``tip`` (host coordinates), on ``prefer`` if it fits there."""
        area = self._host.rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        self.tip = tip
        order = [
            prefer,
            *(s for s in (Side.BELOW, Side.ABOVE, Side.LEFT, Side.RIGHT) if s != prefer),
        ]
        for side in order:
            self._set_side(side)
            rect = self._rect_for(side, tip)
            if area.contains(rect):
                break
        else:
            self._set_side(Side.BELOW)
            rect = self._rect_for(Side.BELOW, tip)
            rect.moveTop(min(max(rect.top(), area.top()), area.bottom() - rect.height()))
        rect.moveLeft(min(max(rect.left(), area.left()), area.right() - rect.width()))
        self.setGeometry(rect)
        self.raise_()
        self.update()

    def _set_side(self, side: Side) -> None:
        self.side = side
        pad = 14
        self.column.setContentsMargins(
            pad + (_ARROW if side is Side.RIGHT else 0),
            pad + (_ARROW if side is Side.BELOW else 0),
            pad + (_ARROW if side is Side.LEFT else 0),
            pad + (_ARROW if side is Side.ABOVE else 0),
        )
        self.adjustSize()

    def _rect_for(self, side: Side, tip: QPoint) -> QRect:
        size = self.sizeHint()
        w, h = size.width(), size.height()
        if side is Side.BELOW:
            return QRect(tip.x() - w // 2, tip.y(), w, h)
        if side is Side.ABOVE:
            return QRect(tip.x() - w // 2, tip.y() - h, w, h)
        if side is Side.LEFT:
            return QRect(tip.x() - w, tip.y() - h // 2, w, h)
        return QRect(tip.x(), tip.y() - h // 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The bubble body and its pointer, in the highlight colour."""
        del event
        body = QRectF(self.rect()).adjusted(
            _ARROW if self.side is Side.RIGHT else 0,
            _ARROW if self.side is Side.BELOW else 0,
            -_ARROW if self.side is Side.LEFT else 0,
            -_ARROW if self.side is Side.ABOVE else 0,
        )
        path = QPainterPath()
        path.addRoundedRect(body, 8, 8)
        tip = QPointF(self.mapFromParent(self.tip))
        pointer = QPainterPath()
        if self.side in (Side.BELOW, Side.ABOVE):
            x = min(max(tip.x(), body.left() + 16), body.right() - 16)
            base = body.top() if self.side is Side.BELOW else body.bottom()
            pointer.moveTo(x - _ARROW, base)
            pointer.lineTo(tip.x(), tip.y())
            pointer.lineTo(x + _ARROW, base)
        else:
            y = min(max(tip.y(), body.top() + 16), body.bottom() - 16)
            base = body.left() if self.side is Side.RIGHT else body.right()
            pointer.moveTo(base, y - _ARROW)
            pointer.lineTo(tip.x(), tip.y())
            pointer.lineTo(base, y + _ARROW)
        pointer.closeSubpath()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawPath(path.united(pointer))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape dismisses the hints."""
        if event.key() == Qt.Key.Key_Escape:
            self.skip_clicked.emit()
            return
        super().keyPressEvent(event)


class HintTour(QObject):
    """Shows hints one after another over ``host``; skipped hints (no target) are left out."""

    finished = Signal()

    def __init__(self, host: QWidget, hints: Sequence[Hint]) -> None:
        super().__init__(host)
        self._host = host
        self._hints = list(hints)
        self._shown: list[Hint] = []
        self._index = -1
        self._running = False
        self.bubble = HintBubble(host)
        self.bubble.next_clicked.connect(self.next)
        self.bubble.skip_clicked.connect(self.stop)

    @property
    def current(self) -> Hint | None:
        """The hint on screen."""
        return self._shown[self._index] if 0 <= self._index < len(self._shown) else None

    def start(self) -> bool:
        """Show the first hint that has something to point at; False when none has."""
        self._shown = [hint for hint in self._hints if hint.target() is not None]
        self._index = -1
        if not self._shown:
            return False
        self._running = True
        self._host.installEventFilter(self)
        self.next()
        return self._running

    def next(self) -> None:
        """Go to the next hint (or finish after the last)."""
        self._index += 1
        if self._index >= len(self._shown):
            self.stop()
            return
        hint = self._shown[self._index]
        last = self._index == len(self._shown) - 1
        self.bubble.show_hint(hint.text, self._index + 1, len(self._shown), last)
        if not self.reposition():
            self.next()
            return
        self.bubble.show()
        self.bubble.setFocus(Qt.FocusReason.OtherFocusReason)

    def reposition(self) -> bool:
        """Point the bubble at its target again (after a resize or scroll)."""
        hint = self.current
        tip = hint.target() if hint else None
        if tip is None:
            return False
        self.bubble.point_at(tip, hint.side if hint else Side.BELOW)
        return True

    def stop(self) -> None:
        """Hide the bubble and end the tour."""
        self._index = len(self._shown)
        self.bubble.hide()
        if self._running:
            self._running = False
            self._host.removeEventFilter(self)
            self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the host's size."""
        if watched is self._host and event.type() == QEvent.Type.Resize and self.current:
            self.reposition()
        return False
