"""The legend under the timeline: what hatching, outlines and shading mean."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from rotaplan.gui.timeline.style import TimelineStyle

__all__ = ["Legend"]


class Legend(QWidget):
    """A one-line key to the timeline's marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(26)

    def entries(self) -> list[str]:
        """The legend's labels, in order."""
        return [
            self.tr("No one on call (gap)"),
            self.tr("Override"),
            self.tr("Time off"),
            self.tr("Weekend"),
            self.tr("Public holiday"),
            self.tr("Now"),
        ]

    def sizeHint(self) -> QSize:
        """One line."""
        return QSize(640, 26)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the swatches and labels."""
        del event
        style = TimelineStyle.from_palette(self.palette())
        p = QPainter(self)
        p.fillRect(self.rect(), style.label_background)
        metrics = QFontMetrics(self.font())
        x = 10.0
        middle = self.height() / 2
        for index, label in enumerate(self.entries()):
            swatch = QRectF(x, middle - 7, 26, 14)
            if index == 0:
                p.fillRect(swatch, style.gap_fill)
                p.fillRect(swatch, style.gap_brush())
                p.setPen(QPen(style.gap_hatch, 1.5))
                p.drawLine(swatch.topLeft(), swatch.bottomLeft())
                p.drawLine(swatch.topRight(), swatch.bottomRight())
            elif index == 1:
                p.fillRect(swatch, QColor("#76b7b2"))
                pen = QPen(style.override_outline, 1.2)
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5))
            elif index == 2:
                p.fillRect(swatch, QColor("#4e79a7"))
                p.fillRect(swatch, style.time_off_brush())
            elif index == 3:
                p.fillRect(swatch, style.background)
                p.fillRect(swatch, style.weekend)
                p.setPen(style.grid_strong)
                p.drawRect(swatch)
            elif index == 4:
                p.fillRect(swatch, style.background)
                p.fillRect(swatch, style.holiday)
                p.setPen(style.grid_strong)
                p.drawRect(swatch)
            else:
                p.setPen(QPen(style.now, 2))
                p.drawLine(int(x + 13), int(middle - 8), int(x + 13), int(middle + 8))
            x += 32
            p.setPen(style.text)
            p.drawText(QRectF(x, 0, 400, self.height()), Qt.AlignmentFlag.AlignVCenter, label)
            x += metrics.horizontalAdvance(label) + 20
        p.end()
