"""Hit testing, drags and hover descriptions of the timeline, free of widget plumbing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from enum import Enum

from PySide6.QtCore import QCoreApplication

from rotaplan.core import Instant, Interval, Piece, Project, instant, to_datetime, zone
from rotaplan.gui.text.i18n import format_datetime, format_time
from rotaplan.gui.timeline.context import RowBox
from rotaplan.gui.timeline.geometry import TimeAxis, snap
from rotaplan.gui.timeline.rows import Block, RowKind

__all__ = ["Drag", "DragKind", "Hit", "describe", "drag_bounds", "format_range", "hit_test"]


class DragKind(Enum):
    """What a drag does."""

    CREATE = "create"
    MOVE = "move"
    RESIZE_START = "resize_start"
    RESIZE_END = "resize_end"


@dataclass(frozen=True)
class Hit:
    """What lies under the pointer."""

    row_index: int
    box: RowBox
    at: Instant
    block: Block | None = None
    gap: Interval | None = None
    piece: Piece | None = None
    edge: DragKind | None = None


@dataclass(frozen=True)
class Drag:
    """A drag in progress: where it started and what it changes."""

    kind: DragKind
    row_index: int
    schedule_id: str
    anchor: Instant
    start: Instant
    end: Instant
    override_id: str | None = None
    entry: str | None = None
    person: str | None = None

    @property
    def time_off(self) -> bool:
        """Whether the drag creates or changes time off (not an override)."""
        return self.person is not None


def _find(items: Sequence[Block] | Sequence[Interval] | Sequence[Piece], at: Instant) -> int:
    for index in range(len(items) - 1, -1, -1):  # later overrides are drawn on top
        item = items[index]
        if item.start <= at < item.end:
            return index
    return -1


def hit_test(boxes: Sequence[RowBox], axis: TimeAxis, x: float, y: float, grip: int) -> Hit | None:
    """The row, block, gap and override edge at (x, y), if any."""
    if x < axis.left:
        return None
    for row_index, box in enumerate(boxes):
        if not box.top <= y < box.bottom:
            continue
        at = axis.at(x)
        row = box.row
        blocks = row.blocks
        if row.kind is RowKind.RULE and len(row.lanes) > 1:
            lane = min(len(row.lanes) - 1, int((y - box.top) * len(row.lanes) // box.height))
            blocks = tuple(b for b in blocks if b.lane == lane)
        index = _find(blocks, at)
        block = blocks[index] if index >= 0 else None
        if block is None and row.kind in (RowKind.OVERRIDES, RowKind.TIME_OFF):
            # Grab an override or time off by an edge even from just outside it.
            for candidate in reversed(row.blocks):
                if (
                    abs(axis.x(candidate.start) - x) <= grip
                    or abs(axis.x(candidate.end) - x) <= grip
                ):
                    block = candidate
                    break
        edge = None
        if block is not None and (block.override_id is not None or block.entry is not None):
            left, right = axis.x(block.start), axis.x(block.end)
            if abs(x - left) <= grip and right - left > 2 * grip:
                edge = DragKind.RESIZE_START
            elif abs(x - right) <= grip:
                edge = DragKind.RESIZE_END
            elif abs(x - left) <= grip:
                edge = DragKind.RESIZE_START
        gap_index = _find(row.gaps, at)
        piece_index = _find(row.pieces, at)
        return Hit(
            row_index=row_index,
            box=box,
            at=at,
            block=block,
            gap=row.gaps[gap_index] if gap_index >= 0 else None,
            piece=row.pieces[piece_index] if piece_index >= 0 else None,
            edge=edge,
        )
    return None


def drag_bounds(drag: Drag, at: Instant, step: Instant, tz: tzinfo) -> tuple[Instant, Instant]:
    """The range a drag gives when the pointer is at ``at`` (snapped to ``step`` in ``tz``)."""
    if drag.kind is DragKind.CREATE:
        a, b = snap(drag.anchor, step, tz), snap(at, step, tz)
        return (a, b) if a <= b else (b, a)
    if drag.kind is DragKind.MOVE:
        start = snap(drag.start + (at - drag.anchor), step, tz)
        return start, start + (drag.end - drag.start)
    if drag.kind is DragKind.RESIZE_START:
        return min(snap(at, step, tz), drag.end - step), drag.end
    return drag.start, max(snap(at, step, tz), drag.start + step)


def format_range(start: Instant, end: Instant, tz: tzinfo) -> str:
    """``Mon 07 Dec 08:00 – 16:00`` (the end's date shown when it differs)."""
    a, b = to_datetime(start, tz), to_datetime(end, tz)
    same_day = a.date() == b.date() or (
        (b - a).total_seconds() <= 86_400 and b.hour == 0 == b.minute
    )
    tail = format_time(b) if same_day and a.date() == b.date() else format_datetime(b)
    return (
        QCoreApplication.translate("Timeline", "%1 – %2", "a range of times")
        .replace("%1", format_datetime(a))
        .replace("%2", tail)
    )


def _in_zone(text: str, zone_name: str) -> str:
    return (
        QCoreApplication.translate("Timeline", "%1 (%2)", "a time range and its time zone")
        .replace("%1", text)
        .replace("%2", zone_name)
    )


def describe(hit: Hit, project: Project, view_zone: tzinfo) -> str:
    """The hover text: who, when (schedule zone and the person's own), which layer won."""
    row = hit.box.row
    schedule = project.schedules_by_id.get(row.schedule_id or "")
    tz = zone(schedule.time_zone) if schedule else view_zone
    zone_name = schedule.time_zone if schedule else getattr(view_zone, "key", str(view_zone))
    if row.kind is RowKind.RULE and hit.gap is not None:
        return "\n".join(
            [
                QCoreApplication.translate("Timeline", "%1 notifies nobody").replace(
                    "%1", row.label
                ),
                f"{format_range(hit.gap.start, hit.gap.end, tz)} ({zone_name})",
                QCoreApplication.translate(
                    "Timeline", "Cover the schedule's gap, or add a person to this rule."
                ),
            ]
        )
    if hit.block is None and hit.gap is not None:
        return "\n".join(
            [
                QCoreApplication.translate("Timeline", "No one on call"),
                _in_zone(format_range(hit.gap.start, hit.gap.end, tz), zone_name),
                QCoreApplication.translate(
                    "Timeline", "Drag here or right-click to cover it with an override."
                ),
            ]
        )
    if hit.block is None:
        return ""
    block = hit.block
    person = project.people_by_id.get(block.person)
    name = person.name if person else block.person
    lines = [name, _in_zone(format_range(block.start, block.end, tz), zone_name)]
    if person and person.time_zone != zone_name:
        own = zone(person.time_zone)
        lines.append(
            QCoreApplication.translate("Timeline", "%1 their time (%2)")
            .replace("%1", format_range(block.start, block.end, own))
            .replace("%2", person.time_zone)
        )
    if row.kind is RowKind.FINAL and hit.piece is not None and hit.piece.source and schedule:
        kind, source_id = hit.piece.source
        if kind == "layer":
            index = next(i for i, layer in enumerate(schedule.layers) if layer.id == source_id)
            layer = schedule.layers[index]
            label = layer.name or QCoreApplication.translate("Timeline", "Layer %1").replace(
                "%1", str(index + 1)
            )
            lines.append(
                QCoreApplication.translate("Timeline", "From layer: %1").replace("%1", label)
            )
        else:
            lines.append(QCoreApplication.translate("Timeline", "From an override"))
    elif row.kind is RowKind.OVERRIDES:
        lines.append(
            QCoreApplication.translate(
                "Timeline", "Override: drag to move, drag an edge to resize, Del to delete."
            )
        )
    elif row.kind is RowKind.RULE and 0 <= block.lane < len(row.lanes):
        lines.append(
            QCoreApplication.translate("Timeline", "Notified through: %1").replace(
                "%1", row.lanes[block.lane]
            )
        )
        lines.append(
            QCoreApplication.translate("Timeline", "Click to simulate an incident at this time.")
        )
    elif row.kind is RowKind.TIME_OFF and block.entry is not None:
        found = project.time_off_by_id.get(block.entry)
        note = found.note if found is not None else ""
        if note:
            lines.append(note)
        lines.append(
            QCoreApplication.translate(
                "Timeline", "Time off: drag to move, drag an edge to resize, Del to delete."
            )
        )
        return "\n".join(lines)
    for entry in project.time_off:
        if entry.person != block.person:
            continue
        if instant(entry.start) < block.end and instant(entry.end) > block.start:
            if entry.note:
                away = QCoreApplication.translate("Timeline", "Away during this shift (%1)")
                lines.append(away.replace("%1", entry.note))
            else:
                lines.append(QCoreApplication.translate("Timeline", "Away during this shift"))
            break
    return "\n".join(lines)
