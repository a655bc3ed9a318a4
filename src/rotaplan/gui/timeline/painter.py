"""Paints the timeline from plain values: rulers, shaded days, blocks, gaps, now line, labels.

Nothing here asks the core: the rows arrive already rendered, and every loop runs over blocks,
days or hour ticks, never over minutes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

from rotaplan.core import Instant, Interval, Person
from rotaplan.gui.text.i18n import format_date
from rotaplan.gui.timeline.geometry import TimeAxis, day_starts, hour_ticks
from rotaplan.gui.timeline.rows import Block, Row, RowKind, coverage, visible_slice
from rotaplan.gui.timeline.style import Metrics, TimelineStyle, text_color_on, tinted

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


# Below this zoom blocks are drawn as plain batched rectangles (a month of 20 schedules stays
# within one frame); above it they get rounded corners.
_DENSE_PX_PER_HOUR = 5.0
# Narrower blocks carry no name: "P…" helps nobody; the hover text names them.
_MIN_LABEL_PX = 22


@dataclass(frozen=True)
class RowBox:
    """A row and where it lies (viewport coordinates)."""

    row: Row
    top: int
    height: int

    @property
    def bottom(self) -> int:
        """The y just below the row."""
        return self.top + self.height


@dataclass(frozen=True)
class Preview:
    """What a drag in progress would produce: a new override range or moved override bounds."""

    row_index: int
    start: Instant
    end: Instant
    person: str | None = None


def _initials(name: str) -> str:
    """``Amelia Hughes`` -> ``AH`` (first letters of the first two words)."""
    return "".join(word[0] for word in name.split()[:2])


class TextCache:
    """Elided texts by (text, width), so repaints do not measure the same names again."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int], str] = {}

    def elide(self, metrics: QFontMetrics, key: int, text: str, width: int) -> str:
        """``text`` elided to ``width`` pixels ('' when not even an ellipsis fits).

        ``key`` tells the fonts apart; key 0 (names in blocks) falls back to the first name, then
        to the initials, so that a short shift still says whose it is.
        """
        found = self._cache.get((text, width, key))
        if found is None:
            first = text.split(" ", 1)[0]
            if metrics.horizontalAdvance(text) <= width:
                found = text
            elif key == 0 and first != text and metrics.horizontalAdvance(first) <= width:
                found = first  # "Amelia" reads better than "Amelia H…"
            elif key == 0 and metrics.horizontalAdvance(_initials(text)) <= width:
                found = _initials(text)  # "AH" on an 8-hour shift in a week view
            elif width < metrics.horizontalAdvance("M…"):
                found = ""
            else:
                found = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                if found != text and len(found) < 4:
                    found = ""  # "P…" says nothing; the hover text names the person
            if len(self._cache) > 20_000:
                self._cache.clear()
            self._cache[(text, width, key)] = found
        return found


@dataclass
class PaintContext:
    """Everything one paint needs."""

    axis: TimeAxis
    tz: tzinfo
    boxes: list[RowBox]
    people: Mapping[str, Person]
    time_off: Mapping[str, list[Interval]]
    holidays: Mapping[date, str]
    now: Instant
    style: TimelineStyle
    metrics: Metrics
    font: QFont
    width: int
    height: int
    texts: TextCache
    selected_override: tuple[str, str] | None = None
    selected_layer: str | None = None
    selected_time_off: str | None = None
    preview: Preview | None = None
    empty_text: str = ""
    days: list[tuple[Instant, date]] = field(default_factory=list)


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
    _paint_row_backgrounds(p, ctx)
    _paint_days(p, ctx)
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
    p.restore()
    _paint_labels(p, ctx)
    _paint_rulers(p, ctx)
    if not ctx.boxes and ctx.empty_text:
        p.setPen(style.muted_text)
        p.drawText(
            QRectF(metrics.label_width, metrics.ruler, ctx.width - metrics.label_width, 120),
            Qt.AlignmentFlag.AlignCenter,
            ctx.empty_text,
        )


def paint_overlays(p: QPainter, ctx: PaintContext) -> None:
    """What moves on its own: the drag preview and the "now" line."""
    p.save()
    p.setClipRect(QRectF(ctx.metrics.label_width, 0, ctx.width, ctx.height))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if ctx.preview is not None and 0 <= ctx.preview.row_index < len(ctx.boxes):
        _paint_preview(p, ctx, ctx.boxes[ctx.preview.row_index], ctx.preview)
    _paint_now(p, ctx)
    p.restore()


def _paint_row_backgrounds(p: QPainter, ctx: PaintContext) -> None:
    style = ctx.style
    for index, box in enumerate(ctx.boxes):
        if box.row.kind is RowKind.FINAL or index % 2:
            p.fillRect(0, box.top, ctx.width, box.height, style.row_alt)
        p.setPen(style.grid)
        p.drawLine(0, box.bottom - 1, ctx.width, box.bottom - 1)


def _paint_days(p: QPainter, ctx: PaintContext) -> None:
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


def _block_rect(ctx: PaintContext, box: RowBox, start: Instant, end: Instant) -> QRectF | None:
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
        rect = _block_rect(ctx, lane_box, block.start, block.end)
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
        p.drawText(QRectF(visible_left + 5, rect.top(), width, rect.height()), _middle_left, text)


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
                over = _block_rect(
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
    rect = _block_rect(ctx, box, gap.start, gap.end)
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
        rect = _block_rect(ctx, box, piece.start, piece.end)
        if rect is None or rect.width() < 8:
            continue
        x = rect.left()
        p.drawPolygon(QPolygonF([QPointF(x, top), QPointF(x + 9, top), QPointF(x, top + 9)]))


def _paint_preview(p: QPainter, ctx: PaintContext, box: RowBox, preview: Preview) -> None:
    rect = _block_rect(ctx, box, preview.start, preview.end)
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


def _paint_labels(p: QPainter, ctx: PaintContext) -> None:
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
            p.drawText(QRectF(10, box.top + 2, width - 14, box.height / 2), _bottom_left, label)
            p.setFont(small)
            p.setPen(detail_color)
            text = ctx.texts.elide(small_metrics, 2, detail, width - 18)
            p.drawText(
                QRectF(10, box.top + box.height / 2, width - 14, box.height / 2 - 2),
                _top_left,
                text,
            )
        else:
            p.drawText(QRectF(10, box.top, width - 14, box.height), _middle_left, label)
    p.restore()
    p.setFont(ctx.font)
    p.setPen(style.grid_strong)
    p.drawLine(width - 1, metrics.ruler, width - 1, ctx.height)


def format_percent(value: float) -> str:
    """A percentage with at most one decimal and no trailing zero (87.5, 100)."""
    return f"{value:.1f}".removesuffix(".0")


_bottom_left = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
_top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
_middle_left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


def _day_label(day: date, width: float, holiday: str | None) -> str:
    if width >= 150 and holiday:
        return (
            QCoreApplication.translate("Timeline", "%1 · %2", "a day and its public holiday")
            .replace("%1", format_date(day, "weekday_day_month"))
            .replace("%2", holiday)
        )
    if width >= 96:
        return format_date(day, "weekday_day_month")
    if width >= 48:
        return format_date(day, "weekday_day")
    if width >= 18:
        return f"{day.day}"
    return ""


def _paint_rulers(p: QPainter, ctx: PaintContext) -> None:
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
        text = _day_label(day, x2 - x1, holiday)
        if not text and day.weekday() == 0:
            text = format_date(day, "day_month")
        p.setFont(bold if day == today else ctx.font)
        p.setPen(style.now if day == today else style.text)
        left = max(x1, float(metrics.label_width)) + 6
        p.drawText(QRectF(left, 0, max(x2 - left, 60), metrics.day_ruler), _middle_left, text)
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
        _middle_left,
        ctx.tz.key if hasattr(ctx.tz, "key") else str(ctx.tz),
    )
    p.setFont(ctx.font)
