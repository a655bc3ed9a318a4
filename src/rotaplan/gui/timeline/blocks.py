"""Paints a row's blocks: shifts, overrides and time off, gaps, hatching, outlines and names.

Every loop runs over the blocks that touch the visible window, never over minutes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygonF

from rotaplan.core import Instant, Interval
from rotaplan.gui.timeline.context import PaintContext, RowBox
from rotaplan.gui.timeline.rows import Block, Row, RowKind, visible_slice
from rotaplan.gui.timeline.style import text_color_on, tinted
from rotaplan.gui.timeline.texts import MIDDLE_LEFT

__all__ = ["block_rect", "paint_rows"]

# Below this zoom blocks are drawn as plain batched rectangles (a month of 20 schedules stays
# within one frame); above it they get rounded corners.
_DENSE_PX_PER_HOUR = 5.0
# Narrower blocks carry no name: "P…" helps nobody; the hover text names them.
_MIN_LABEL_PX = 22


def paint_rows(p: QPainter, ctx: PaintContext) -> None:
    """The blocks of every row in sight (batched rectangles when zoomed out)."""
    metrics = ctx.metrics
    dense = ctx.axis.px_per_hour < _DENSE_PX_PER_HOUR
    p.setRenderHint(QPainter.RenderHint.Antialiasing, not dense)
    for box in ctx.boxes:
        if box.bottom < metrics.ruler or box.top > ctx.height:
            continue
        if dense:
            _paint_row_dense(p, ctx, box)
        else:
            _paint_row(p, ctx, box)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def block_rect(ctx: PaintContext, box: RowBox, start: Instant, end: Instant) -> QRectF | None:
    """Where ``[start, end)`` lies in a row, cut just outside the view (None when out of it)."""
    axis, margin = ctx.axis, ctx.metrics.block_margin
    x1, x2 = axis.x(start), axis.x(end)
    if x2 < ctx.metrics.label_width - 4 or x1 > ctx.width + 4:
        return None
    x1, x2 = max(x1, ctx.metrics.label_width - 4.0), min(x2, ctx.width + 4.0)
    return QRectF(x1 + 0.5, box.top + margin, max(1.5, x2 - x1 - 1.0), box.height - 2 * margin)


def _name(ctx: PaintContext, person_id: str) -> str:
    person = ctx.people.get(person_id)
    return person.name if person else person_id


def _color(ctx: PaintContext, person_id: str) -> str:
    person = ctx.people.get(person_id)
    return person.color if person else "#9aa3ad"


def _all_blocks(row: Row) -> bool:
    """Rows whose blocks may overlap, so they are not sliced by bisection (they are few)."""
    return row.kind in (RowKind.OVERRIDES, RowKind.TIME_OFF, RowKind.RULE)


def _selected(ctx: PaintContext, row: Row, block: Block) -> bool:
    if block.entry is not None:
        return ctx.selected_time_off == block.entry
    return block.override_id is not None and ctx.selected_override == (
        row.schedule_id,
        block.override_id,
    )


def _lane_box(box: RowBox, lane: int) -> RowBox:
    """The part of a rule's row that shows one of its targets."""
    count = max(1, len(box.row.lanes))
    top = box.top + box.height * lane // count
    return RowBox(box.row, top, box.top + box.height * (lane + 1) // count - top)


def _paint_row(p: QPainter, ctx: PaintContext, box: RowBox) -> None:
    row = box.row
    if row.kind in (RowKind.FINAL, RowKind.RULE):
        for gap in row.gaps:
            _paint_gap(p, ctx, box, gap)
    metrics = QFontMetrics(ctx.font)
    low, high = ctx.axis.at(ctx.metrics.label_width - 4), ctx.axis.at(ctx.width + 4)
    blocks = row.blocks if _all_blocks(row) else visible_slice(row.blocks, low, high)
    for block in blocks:
        lane_box = _lane_box(box, block.lane) if row.kind is RowKind.RULE else box
        rect = block_rect(ctx, lane_box, block.start, block.end)
        if rect is None:
            continue
        _paint_block(p, ctx, rect, block, row, _selected(ctx, row, block), metrics)
    if row.kind is RowKind.FINAL:
        _paint_override_marks(p, ctx, box)


def _paint_row_dense(p: QPainter, ctx: PaintContext, box: RowBox) -> None:
    """A row at a zoom where blocks are narrow: plain rectangles drawn in one call per colour."""
    row, axis = box.row, ctx.axis
    if row.kind is RowKind.RULE:
        _paint_row(p, ctx, box)  # a policy's few rows need no batching
        return
    left, right = float(ctx.metrics.label_width - 4), float(ctx.width + 4)
    low, high = axis.at(left), axis.at(right)
    top = box.top + ctx.metrics.block_margin
    height = box.height - 2 * ctx.metrics.block_margin
    x0, scale = axis.left - axis.start / axis.us_per_px, 1.0 / axis.us_per_px
    blocks = row.blocks if _all_blocks(row) else visible_slice(row.blocks, low, high)
    by_color: dict[tuple[str, bool], list[QRectF]] = {}
    hatched: list[QRectF] = []
    labelled: list[tuple[QRectF, Block]] = []
    outlined: list[tuple[QRectF, Block]] = []
    for block in blocks:
        x1 = max(left, x0 + block.start * scale)
        x2 = min(right, x0 + block.end * scale)
        if x2 <= x1:
            continue
        rect = QRectF(x1 + 0.5, top, max(1.0, x2 - x1 - 1.0), height)
        by_color.setdefault((_color(ctx, block.person), row.dimmed), []).append(rect)
        if x2 - x1 >= _MIN_LABEL_PX:
            labelled.append((rect, block))
        if block.override_id is not None or _selected(ctx, row, block):
            outlined.append((rect, block))
        if row.kind is RowKind.TIME_OFF:
            hatched.append(rect)
            continue
        for interval in ctx.time_off.get(block.person, ()):
            if interval.start < block.end and interval.end > block.start:
                a = max(x1, x0 + max(interval.start, block.start) * scale)
                b = min(x2, x0 + min(interval.end, block.end) * scale)
                if b > a:
                    hatched.append(QRectF(a + 0.5, top, b - a, height))
    if row.kind is RowKind.FINAL:
        gaps = [
            QRectF(a, top, b - a, height)
            for gap in row.gaps
            for a, b in [(max(left, x0 + gap.start * scale), min(right, x0 + gap.end * scale))]
            if b > a
        ]
        if gaps:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ctx.style.gap_fill)
            p.drawRects(gaps)
            p.setBrush(ctx.style.gap_brush())
            p.drawRects(gaps)
    p.setPen(Qt.PenStyle.NoPen)
    for (color, dimmed), rects in by_color.items():
        fill = tinted(color, dimmed, ctx.style.dark)
        if row.kind is RowKind.TIME_OFF:
            fill = QColor(fill)
            fill.setAlpha(110)
        p.setBrush(fill)
        p.drawRects(rects)
    if hatched:
        p.setBrush(ctx.style.time_off_brush())
        p.drawRects(hatched)
    for rect, block in outlined:
        _paint_outline(p, ctx, rect, _selected(ctx, row, block), 0.0)
    metrics = QFontMetrics(ctx.font)
    for rect, block in labelled:
        _paint_label(p, ctx, rect, block, tinted(_color(ctx, block.person), row.dimmed), metrics)
    if row.kind is RowKind.FINAL:
        _paint_override_marks(p, ctx, box)


def _paint_outline(
    p: QPainter, ctx: PaintContext, rect: QRectF, selected: bool, radius: float
) -> None:
    pen = QPen(ctx.style.override_outline, 2.5 if selected else 1.2)
    if not selected:
        pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), radius, radius)
    if selected:
        _paint_grips(p, ctx, rect)


def _paint_label(
    p: QPainter, ctx: PaintContext, rect: QRectF, block: Block, fill: QColor, metrics: QFontMetrics
) -> None:
    visible_left = max(rect.left(), float(ctx.metrics.label_width))
    width = int(min(rect.right(), float(ctx.width)) - visible_left) - 8
    if width < _MIN_LABEL_PX - 8:
        return
    text = ctx.texts.elide(metrics, 0, _name(ctx, block.person), width)
    if text:
        p.setPen(text_color_on(fill) if fill.alpha() > 200 else ctx.style.text)
        p.drawText(QRectF(visible_left + 5, rect.top(), width, rect.height()), MIDDLE_LEFT, text)


def _paint_block(
    p: QPainter,
    ctx: PaintContext,
    rect: QRectF,
    block: Block,
    row: Row,
    selected: bool,
    metrics: QFontMetrics,
) -> None:
    fill = tinted(_color(ctx, block.person), row.dimmed, ctx.style.dark)
    if row.kind is RowKind.TIME_OFF:
        fill = QColor(fill)
        fill.setAlpha(110)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    radius = min(ctx.metrics.radius, rect.width() / 2)
    p.drawRoundedRect(rect, radius, radius)
    away = ctx.time_off.get(block.person, ())
    if row.kind is not RowKind.TIME_OFF:
        for interval in away:
            if interval.start < block.end and interval.end > block.start:
                over = block_rect(
                    ctx,
                    RowBox(row, int(rect.top()) - ctx.metrics.block_margin, 0),
                    max(interval.start, block.start),
                    min(interval.end, block.end),
                )
                if over is not None:
                    over.setHeight(rect.height())
                    p.fillRect(over, ctx.style.time_off_brush())
    else:
        p.fillRect(rect, ctx.style.time_off_brush())
    if block.override_id is not None or selected:
        _paint_outline(p, ctx, rect, selected, radius)
    _paint_label(p, ctx, rect, block, fill, metrics)


def _paint_grips(p: QPainter, ctx: PaintContext, rect: QRectF) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ctx.style.override_outline)
    middle = rect.center().y()
    for x in (rect.left() + 3, rect.right() - 3):
        p.drawRoundedRect(QRectF(x - 1.5, middle - 6, 3, 12), 1.5, 1.5)


def _paint_gap(p: QPainter, ctx: PaintContext, box: RowBox, gap: Interval) -> None:
    rect = block_rect(ctx, box, gap.start, gap.end)
    if rect is None:
        return
    style = ctx.style
    p.fillRect(rect, style.gap_fill)
    p.fillRect(rect, style.gap_brush())
    p.setPen(QPen(style.gap_hatch, 1.5))
    p.drawLine(rect.topLeft(), rect.bottomLeft())
    p.drawLine(rect.topRight(), rect.bottomRight())
    visible_left = max(rect.left(), float(ctx.metrics.label_width))
    width = int(min(rect.right(), float(ctx.width)) - visible_left) - 10
    if box.row.kind is RowKind.RULE:
        label = QCoreApplication.translate("Timeline", "Nobody is notified")
    else:
        label = QCoreApplication.translate("Timeline", "No one on call")
    metrics = QFontMetrics(ctx.font)
    if width > metrics.horizontalAdvance(label) + 8:
        text_rect = QRectF(visible_left + 6, rect.top() + 6, width, rect.height() - 12)
        bounds = metrics.boundingRect(label).adjusted(-5, -2, 5, 2)
        bounds.moveCenter(text_rect.center().toPoint())
        bounds.moveLeft(int(text_rect.left()))
        p.fillRect(bounds, style.gap_fill)
        p.setPen(style.gap_text)
        p.drawText(bounds, Qt.AlignmentFlag.AlignCenter, label)


def _paint_override_marks(p: QPainter, ctx: PaintContext, box: RowBox) -> None:
    """A small corner triangle where an override decided the final row."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ctx.style.override_outline)
    top = box.top + ctx.metrics.block_margin
    low, high = ctx.axis.at(ctx.metrics.label_width), ctx.axis.at(ctx.width)
    for piece in visible_slice(box.row.pieces, low, high):
        if piece.source is None or piece.source[0] != "override":
            continue
        rect = block_rect(ctx, box, piece.start, piece.end)
        if rect is None or rect.width() < 8:
            continue
        x = rect.left()
        p.drawPolygon(QPolygonF([QPointF(x, top), QPointF(x + 9, top), QPointF(x, top + 9)]))
