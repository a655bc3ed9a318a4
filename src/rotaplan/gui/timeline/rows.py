"""What the timeline shows, as plain values: rows of blocks for a mode and a window.

The core is asked only for the fetch window around the visible one, and each schedule's render is
cached until that schedule (an immutable value) or the fetch window changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from rotaplan.core import (
    Instant,
    Interval,
    Piece,
    Project,
    Schedule,
    ScheduleRender,
    Window,
    instant,
    merge_intervals,
    render_schedule,
)

__all__ = [
    "Block",
    "Mode",
    "RenderCache",
    "Row",
    "RowKind",
    "build_rows",
    "coverage",
    "time_off_by_person",
]


class Mode(Enum):
    """What the timeline shows."""

    SCHEDULE = "schedule"
    ALL = "all"
    PERSON = "person"


class RowKind(Enum):
    """The kind of a row; it decides how the row is painted and edited."""

    LAYER = "layer"
    OVERRIDES = "overrides"
    FINAL = "final"
    PERSON = "person"
    TIME_OFF = "time_off"


@dataclass(frozen=True)
class Block:
    """Someone on call (or away) for ``[start, end)`` in a row."""

    start: Instant
    end: Instant
    person: str
    override_id: str | None = None


@dataclass(frozen=True)
class Row:
    """One horizontal band of the timeline."""

    kind: RowKind
    label: str
    detail: str
    schedule_id: str | None
    layer_id: str | None = None
    blocks: tuple[Block, ...] = ()
    gaps: tuple[Interval, ...] = ()
    pieces: tuple[Piece, ...] = ()
    dimmed: bool = False


class RenderCache:
    """Schedule renders for one fetch window, reused while the schedule value is the same."""

    def __init__(self, render: Callable[[Schedule, Window], ScheduleRender] = render_schedule):
        self._render = render
        self._window: Window | None = None
        self._entries: dict[str, tuple[Schedule, ScheduleRender]] = {}
        self.misses = 0

    def get(self, schedule: Schedule, window: Window) -> ScheduleRender:
        """The render of ``schedule`` over ``window`` (computed once per value and window)."""
        if window != self._window:
            self._entries.clear()
            self._window = window
        entry = self._entries.get(schedule.id)
        if entry is not None and entry[0] is schedule:
            return entry[1]
        self.misses += 1
        result = self._render(schedule, window)
        self._entries[schedule.id] = (schedule, result)
        return result


def _layer_title(index: int) -> str:
    return QCoreApplication.translate("Timeline", "Layer %n", "", index + 1)


def coverage(row: Row, visible: Window) -> float:
    """The percentage of ``visible`` that a final row covers."""
    if visible.length <= 0:
        return 100.0
    covered = sum(max(0, min(b.end, visible.end) - max(b.start, visible.start)) for b in row.blocks)
    return covered / visible.length * 100.0


def _final_row(schedule: Schedule, render: ScheduleRender, label: str, detail: str) -> Row:
    return Row(
        kind=RowKind.FINAL,
        label=label,
        detail=detail,
        schedule_id=schedule.id,
        blocks=tuple(Block(s.start, s.end, s.person) for s in render.final),
        gaps=render.gaps,
        pieces=render.pieces,
    )


def _schedule_rows(schedule: Schedule, render: ScheduleRender, fetch: Window) -> list[Row]:
    rows: list[Row] = []
    by_id = {layer.layer_id: layer for layer in render.layers}
    count = len(schedule.layers)
    for index in range(count - 1, -1, -1):
        layer = schedule.layers[index]
        ended = layer.end is not None and instant(layer.end) <= fetch.start
        rows.append(
            Row(
                kind=RowKind.LAYER,
                label=layer.name or _layer_title(index),
                detail=_layer_title(index),
                schedule_id=schedule.id,
                layer_id=layer.id,
                blocks=tuple(Block(s.start, s.end, s.person) for s in by_id[layer.id].entries),
                dimmed=ended,
            )
        )
    overrides = []
    for override in schedule.overrides:
        start, end = instant(override.start), instant(override.end)
        if start < fetch.end and end > fetch.start:
            overrides.append(Block(start, end, override.person, override.id))
    rows.append(
        Row(
            RowKind.OVERRIDES,
            QCoreApplication.translate("Timeline", "Overrides"),
            "",
            schedule.id,
            blocks=tuple(overrides),
        )
    )
    rows.append(
        _final_row(
            schedule,
            render,
            QCoreApplication.translate("Timeline", "Final schedule"),
            schedule.time_zone,
        )
    )
    return rows


def time_off_by_person(project: Project) -> dict[str, list[Interval]]:
    """Each person's time off as merged intervals."""
    raw: dict[str, list[tuple[Instant, Instant]]] = {}
    for entry in project.time_off:
        raw.setdefault(entry.person, []).append((instant(entry.start), instant(entry.end)))
    return {person: merge_intervals(spans) for person, spans in raw.items()}


def build_rows(
    project: Project,
    mode: Mode,
    subject: str | None,
    fetch: Window,
    cache: RenderCache,
) -> list[Row]:
    """The rows for ``mode``: a schedule's layers, overrides and final row; every schedule's
    final row; or one person's shifts across schedules (with their time off)."""
    if mode is Mode.SCHEDULE:
        if subject is None or subject not in project.schedules_by_id:
            return []
        schedule = project.schedule(subject)
        return _schedule_rows(schedule, cache.get(schedule, fetch), fetch)
    if mode is Mode.ALL:
        return [_final_row(s, cache.get(s, fetch), s.name, s.time_zone) for s in project.schedules]
    if subject is None or subject not in project.people_by_id:
        return []
    person = project.person(subject)
    rows = []
    for schedule in project.schedules:
        render = cache.get(schedule, fetch)
        mine = tuple(Block(s.start, s.end, s.person) for s in render.final if s.person == subject)
        involved = mine or any(subject in layer.members for layer in schedule.layers)
        if involved:
            rows.append(
                Row(RowKind.PERSON, schedule.name, schedule.time_zone, schedule.id, blocks=mine)
            )
    away = time_off_by_person(project).get(subject, [])
    rows.append(
        Row(
            RowKind.TIME_OFF,
            QCoreApplication.translate("Timeline", "Time off"),
            person.time_zone,
            None,
            blocks=tuple(Block(i.start, i.end, subject) for i in away),
        )
    )
    return rows
