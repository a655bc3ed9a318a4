"""Paints what lies under the blocks: the rows' bands, weekends, public holidays and the grid."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen

from rotaplan.gui.timeline.context import PaintContext
from rotaplan.gui.timeline.geometry import hour_ticks
from rotaplan.gui.timeline.rows import RowKind

__all__ = ["paint_days", "paint_row_backgrounds"]


def paint_row_backgrounds(p: QPainter, ctx: PaintContext) -> None:
    """Every other row's band (and every final row's), and the line under each row."""
    style = ctx.style
    for index, box in enumerate(ctx.boxes):
        if box.row.kind is RowKind.FINAL or index % 2:
            p.fillRect(0, box.top, ctx.width, box.height, style.row_alt)
        p.setPen(style.grid)
        p.drawLine(0, box.bottom - 1, ctx.width, box.bottom - 1)


def paint_days(p: QPainter, ctx: PaintContext) -> None:
    """Public holidays and weekends shaded, hour and day lines."""
    axis, style, metrics = ctx.axis, ctx.style, ctx.metrics
    bounds = [*ctx.days, (axis.end, date.max)]
    top = metrics.day_ruler
    for (start, day), (end, _) in pairwise(bounds):
        x1, x2 = axis.x(start), axis.x(end)
        if day in ctx.holidays:
            p.fillRect(QRectF(x1, top, x2 - x1, ctx.height), style.holiday)
        elif day.weekday() >= 5:
            p.fillRect(QRectF(x1, top, x2 - x1, ctx.height), style.weekend)
    p.setPen(QPen(style.grid, 1))
    for at, _hour in hour_ticks(axis.window, ctx.tz, axis.px_per_hour, min_px=48):
        x = round(axis.x(at))
        p.drawLine(x, metrics.ruler, x, ctx.height)
    p.setPen(QPen(style.grid_strong, 1))
    for at, _day in ctx.days:
        x = round(axis.x(at))
        p.drawLine(x, metrics.day_ruler, x, ctx.height)
