"""Paints what moves on its own over the cached layer: a drag's preview and the "now" line."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from rotaplan.gui.timeline.blocks import block_rect
from rotaplan.gui.timeline.context import PaintContext, Preview, RowBox

__all__ = ["paint_overlays"]


def paint_overlays(p: QPainter, ctx: PaintContext) -> None:
    """What moves on its own: the drag preview and the "now" line."""
    p.save()
    p.setClipRect(QRectF(ctx.metrics.label_width, 0, ctx.width, ctx.height))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if ctx.preview is not None and 0 <= ctx.preview.row_index < len(ctx.boxes):
        _paint_preview(p, ctx, ctx.boxes[ctx.preview.row_index], ctx.preview)
    _paint_now(p, ctx)
    p.restore()


def _paint_preview(p: QPainter, ctx: PaintContext, box: RowBox, preview: Preview) -> None:
    rect = block_rect(ctx, box, preview.start, preview.end)
    if rect is None:
        return
    p.setBrush(ctx.style.selection)
    pen = QPen(ctx.style.now, 1.5)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawRoundedRect(rect.adjusted(0, -2, 0, 2), 3, 3)


def _paint_now(p: QPainter, ctx: PaintContext) -> None:
    x = ctx.axis.x(ctx.now)
    if not ctx.metrics.label_width <= x <= ctx.width:
        return
    p.setPen(QPen(ctx.style.now, 2))
    p.drawLine(QPointF(x, ctx.metrics.day_ruler), QPointF(x, ctx.height))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ctx.style.now)
    y = float(ctx.metrics.ruler)
    p.drawPolygon(QPolygonF([QPointF(x - 5, y - 7), QPointF(x + 5, y - 7), QPointF(x, y)]))
