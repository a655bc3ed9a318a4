"""Paints the headers around the rows: day and hour rulers on top, row labels on the left."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

from rotaplan.gui.text.i18n import format_date
from rotaplan.gui.timeline.context import PaintContext
from rotaplan.gui.timeline.geometry import hour_ticks
from rotaplan.gui.timeline.rows import RowKind, coverage, visible_slice
from rotaplan.gui.timeline.texts import (
    BOTTOM_LEFT,
    MIDDLE_LEFT,
    TOP_LEFT,
    day_label,
    format_percent,
)

__all__ = ["paint_labels", "paint_rulers"]


def paint_labels(p: QPainter, ctx: PaintContext) -> None:
    """The label column: each row's name and detail (a final row's coverage), the selected layer."""
    style, metrics = ctx.style, ctx.metrics
    width = metrics.label_width
    p.fillRect(0, metrics.ruler, width, ctx.height, style.label_background)
    bold = QFont(ctx.font)
    bold.setWeight(QFont.Weight.DemiBold)
    small = QFont(ctx.font)
    small.setPointSizeF(max(6.0, ctx.font.pointSizeF() - 1.5))
    bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
    p.save()
    p.setClipRect(0, metrics.ruler, width, ctx.height)
    for box in ctx.boxes:
        row = box.row
        if box.bottom < metrics.ruler or box.top > ctx.height:
            continue
        if row.layer_id is not None and row.layer_id == ctx.selected_layer:
            p.fillRect(0, box.top, width, box.height, style.selection)
        if row.kind is RowKind.FINAL:
            p.fillRect(0, box.top, 3, box.height, style.now)
        elif row.kind is RowKind.RULE:
            nobody = visible_slice(row.gaps, ctx.axis.start, ctx.axis.end)
            p.fillRect(0, box.top, 3, box.height, style.gap_hatch if nobody else style.now)
        p.setPen(style.grid)
        p.drawLine(0, box.bottom - 1, width, box.bottom - 1)
        detail = row.detail
        detail_color = style.muted_text
        if row.kind is RowKind.FINAL:
            percent = coverage(row, ctx.axis.window)
            detail = QCoreApplication.translate("Timeline", "%1 % covered").replace(
                "%1", format_percent(percent)
            )
            if percent < 99.995:
                detail_color = style.gap_text
        elif row.kind is RowKind.OVERRIDES:
            detail = ""
        elif row.kind is RowKind.RULE and visible_slice(row.gaps, ctx.axis.start, ctx.axis.end):
            detail_color = style.gap_text
        two_lines = box.height >= 28 and bool(detail)
        p.setFont(bold)
        p.setPen(style.muted_text if row.dimmed else style.text)
        label = ctx.texts.elide(bold_metrics, 1, row.label, width - 18)
        if two_lines:
            p.drawText(QRectF(10, box.top + 2, width - 14, box.height / 2), BOTTOM_LEFT, label)
            p.setFont(small)
            p.setPen(detail_color)
            text = ctx.texts.elide(small_metrics, 2, detail, width - 18)
            p.drawText(
                QRectF(10, box.top + box.height / 2, width - 14, box.height / 2 - 2),
                TOP_LEFT,
                text,
            )
        else:
            p.drawText(QRectF(10, box.top, width - 14, box.height), MIDDLE_LEFT, label)
    p.restore()
    p.setFont(ctx.font)
    p.setPen(style.grid_strong)
    p.drawLine(width - 1, metrics.ruler, width - 1, ctx.height)


def paint_rulers(p: QPainter, ctx: PaintContext) -> None:
    """The day ruler (today in bold), the hour ruler and the display zone's name in the corner."""
    style, metrics, axis = ctx.style, ctx.metrics, ctx.axis
    p.fillRect(0, 0, ctx.width, metrics.ruler, style.ruler_background)
    small = QFont(ctx.font)
    small.setPointSizeF(max(6.0, ctx.font.pointSizeF() - 1.5))
    bold = QFont(ctx.font)
    bold.setWeight(QFont.Weight.DemiBold)
    p.save()
    p.setClipRect(metrics.label_width, 0, ctx.width, metrics.ruler)
    bounds = [*ctx.days, (axis.end, date.max)]
    today = None
    for (start, day), (end, _) in pairwise(bounds):
        x1, x2 = axis.x(start), axis.x(end)
        if start <= ctx.now < end:
            today = day
        holiday = ctx.holidays.get(day)
        text = day_label(day, x2 - x1, holiday)
        if not text and day.weekday() == 0:
            text = format_date(day, "day_month")
        p.setFont(bold if day == today else ctx.font)
        p.setPen(style.now if day == today else style.text)
        left = max(x1, float(metrics.label_width)) + 6
        p.drawText(QRectF(left, 0, max(x2 - left, 60), metrics.day_ruler), MIDDLE_LEFT, text)
        p.setPen(style.grid_strong)
        p.drawLine(QPointF(x1, 0), QPointF(x1, metrics.ruler))
    p.setFont(small)
    p.setPen(style.muted_text)
    for at, hour in hour_ticks(axis.window, ctx.tz, axis.px_per_hour, min_px=48):
        x = axis.x(at)
        label = f"{hour:02d}:00" if axis.px_per_hour >= 12 else f"{hour:02d}"
        p.drawText(
            QRectF(x - 30, metrics.day_ruler, 60, metrics.hour_ruler),
            Qt.AlignmentFlag.AlignCenter,
            label,
        )
    p.restore()
    p.setFont(ctx.font)
    p.setPen(style.grid_strong)
    p.drawLine(0, metrics.ruler - 1, ctx.width, metrics.ruler - 1)
    p.fillRect(0, 0, metrics.label_width, metrics.ruler, style.label_background)
    p.setPen(style.muted_text)
    p.setFont(small)
    p.drawText(
        QRectF(10, 0, metrics.label_width - 14, metrics.ruler),
        MIDDLE_LEFT,
        ctx.tz.key if hasattr(ctx.tz, "key") else str(ctx.tz),
    )
    p.setFont(ctx.font)
