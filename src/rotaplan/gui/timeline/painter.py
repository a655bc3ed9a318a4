"""Paints the timeline from plain values, in two layers: a cached static one, then the overlays.

Nothing here asks the core: the rows arrive already rendered, and every loop runs over blocks,
days or hour ticks, never over minutes. The static layer is painted from what lies underneath
(``backdrop``) through the rows' blocks (``blocks``) to the headers (``headers``); the overlays
(``overlays``) are what moves on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from rotaplan.gui.timeline.backdrop import paint_days, paint_row_backgrounds
from rotaplan.gui.timeline.blocks import paint_rows
from rotaplan.gui.timeline.context import PaintContext, Preview, RowBox
from rotaplan.gui.timeline.geometry import day_starts
from rotaplan.gui.timeline.headers import paint_labels, paint_rulers
from rotaplan.gui.timeline.overlays import paint_overlays
from rotaplan.gui.timeline.texts import TextCache, format_percent

__all__ = [
    "PaintContext",
    "Preview",
    "RowBox",
    "TextCache",
    "format_percent",
    "paint_overlays",
    "paint_static",
    "paint_timeline",
]


def paint_timeline(p: QPainter, ctx: PaintContext) -> None:
    """Paint the whole viewport: the static layer, then the overlays."""
    paint_static(p, ctx)
    paint_overlays(p, ctx)


def paint_static(p: QPainter, ctx: PaintContext) -> None:
    """Everything that changes only with the document, the window, the size or a selection."""
    style, metrics = ctx.style, ctx.metrics
    ctx.days = day_starts(ctx.axis.window, ctx.tz)
    p.fillRect(0, 0, ctx.width, ctx.height, style.background)
    p.save()
    p.setClipRect(QRectF(metrics.label_width, metrics.ruler, ctx.width, ctx.height))
    paint_row_backgrounds(p, ctx)
    paint_days(p, ctx)
    paint_rows(p, ctx)
    p.restore()
    paint_labels(p, ctx)
    paint_rulers(p, ctx)
    if not ctx.boxes and ctx.empty_text:
        p.setPen(style.muted_text)
        p.drawText(
            QRectF(metrics.label_width, metrics.ruler, ctx.width - metrics.label_width, 120),
            Qt.AlignmentFlag.AlignCenter,
            ctx.empty_text,
        )
