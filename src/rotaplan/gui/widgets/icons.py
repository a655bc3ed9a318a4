"""Small painted icons: problem severities and person colours, alike on every platform and theme."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

__all__ = ["SEVERITY_COLORS", "severity_icon", "swatch"]

SEVERITY_COLORS = {"error": "#d1453b", "warning": "#e0a21b", "info": "#3d7bd9"}


def _pixmap(severity: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(SEVERITY_COLORS[severity]))
    inset = size * 0.06
    box = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    if severity == "warning":
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
        glyph_box = QRectF(
            box.left(), box.top() + box.height() * 0.3, box.width(), box.height() * 0.7
        )
    else:
        p.drawEllipse(box)
        glyph_box = box
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(size * (0.6 if severity == "warning" else 0.68))))
    p.setFont(font)
    p.setPen(QColor("#1f2226" if severity == "warning" else "#ffffff"))
    p.drawText(glyph_box, Qt.AlignmentFlag.AlignCenter, "i" if severity == "info" else "!")
    p.end()
    return pixmap


@cache
def severity_icon(severity: str) -> QIcon:
    """The icon of ``error``, ``warning`` or ``info`` (made once, at 16 and 32 px)."""
    icon = QIcon()
    for size in (16, 32):
        icon.addPixmap(_pixmap(severity, size))
    return icon


def swatch(color: str, size: int = 12) -> QIcon:
    """A small square of a person's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
