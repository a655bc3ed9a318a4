"""What the timeline shows, as plain values: rows of blocks for a mode and a window.

An escalation policy shows one row per rule: whom each target reaches over time (a lane per
target) and, in red, when the rule reaches nobody, as ``rotaplan.core.policy_coverage`` says.

The core is asked only for the fetch window around the visible one, and each schedule's render is
cached until that schedule (an immutable value) or the fetch window changes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from rotaplan.core import (
    EscalationPolicy,
    Instant,
    Interval,
    Piece,
    Project,
    RenderCache,
    Schedule,
    ScheduleRender,
    Window,
    analyse_policy,
    coverage_in,
    instant,
    merge_intervals,
)

__all__ = [
    "Block",
    "Mode",
    "Row",
    "RowKind",
    "build_rows",
    "coverage",
    "time_off_by_person",
    "visible_slice",
]


class Mode(Enum):
    """What the timeline shows."""

    SCHEDULE = "schedule"
    ALL = "all"
    PERSON = "person"
    POLICY = "policy"


class RowKind(Enum):
    """The kind of a row; it decides how the row is painted and edited."""

    LAYER = "layer"
    OVERRIDES = "overrides"
    FINAL = "final"
    PERSON = "person"
    TIME_OFF = "time_off"
    RULE = "rule"


@dataclass(frozen=True)
class Block:
    """Someone on call (or away) for ``[start, end)`` in a row.

    ``entry`` is the id of a time-off entry in the project; ``lane`` the target of a rule.
    """

    start: Instant
    end: Instant
    person: str
    override_id: str | None = None
    entry: str | None = None
    lane: int = 0


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
    lanes: tuple[str, ...] = ()
    person_id: str | None = None


def _layer_title(index: int) -> str:
    return QCoreApplication.translate("Timeline", "Layer %1").replace("%1", str(index + 1))


_Timed = TypeVar("_Timed", Block, Piece, Interval)


def visible_slice(items: tuple[_Timed, ...], start: Instant, end: Instant) -> tuple[_Timed, ...]:
    """The items of a sorted, non-overlapping sequence that touch ``[start, end)``."""
    first = bisect_right(items, start, key=lambda item: item.end)
    last = bisect_left(items, end, lo=first, key=lambda item: item.start)
    return items[first:last]


def coverage(row: Row, visible: Window) -> float:
    """The percentage of ``visible`` that a final row covers (the core's formula)."""
    return coverage_in(row.blocks, visible)


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
    final row; one person's shifts across schedules (with their time off); or a policy's rules."""
    if mode is Mode.SCHEDULE:
        if subject is None or subject not in project.schedules_by_id:
            return []
        schedule = project.schedule(subject)
        return _schedule_rows(schedule, cache.get(schedule, fetch), fetch)
    if mode is Mode.ALL:
        return [_final_row(s, cache.get(s, fetch), s.name, s.time_zone) for s in project.schedules]
    if mode is Mode.POLICY:
        policy = project.policies_by_id.get(subject or "")
        return [] if policy is None else _policy_rows(project, policy, fetch, cache)
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
    away = sorted(
        (instant(t.start), instant(t.end), t.id) for t in project.time_off if t.person == subject
    )
    rows.append(
        Row(
            RowKind.TIME_OFF,
            QCoreApplication.translate("Timeline", "Time off"),
            person.time_zone,
            None,
            blocks=tuple(Block(a, b, subject, entry=entry_id) for a, b, entry_id in away),
            person_id=subject,
        )
    )
    return rows


def _rule_detail(offset_minutes: int, targets: list[str]) -> str:
    names = ", ".join(targets)
    if offset_minutes == 0:
        return QCoreApplication.translate("Timeline", "At once: %1").replace("%1", names)
    return (
        QCoreApplication.translate("Timeline", "After %1 min: %2")
        .replace("%1", str(offset_minutes))
        .replace("%2", names)
    )


def _policy_rows(
    project: Project, policy: EscalationPolicy, fetch: Window, cache: RenderCache
) -> list[Row]:
    nobody = analyse_policy(project, policy.id, fetch, cache).rule_nobody
    rows = []
    offset = 0
    for index, rule in enumerate(policy.rules):
        blocks: list[Block] = []
        lanes: list[str] = []
        for lane, target in enumerate(rule.targets):
            if target.kind == "schedule":
                lanes.append(project.schedule(target.id).name)
                blocks.extend(
                    Block(s.start, s.end, s.person, lane=lane)
                    for s in cache.get(project.schedule(target.id), fetch).final
                )
            else:
                lanes.append(project.person(target.id).name)
                blocks.append(Block(fetch.start, fetch.end, target.id, lane=lane))
        gaps = tuple(
            Interval(max(i.start, fetch.start), min(i.end, fetch.end))
            for i in nobody[index]
            if i.start < fetch.end and i.end > fetch.start
        )
        rows.append(
            Row(
                RowKind.RULE,
                QCoreApplication.translate("Timeline", "Level %1").replace("%1", str(index + 1)),
                _rule_detail(offset, lanes),
                None,
                blocks=tuple(sorted(blocks, key=lambda b: (b.start, b.lane))),
                gaps=gaps,
                lanes=tuple(lanes),
            )
        )
        offset += rule.delay_minutes
    return rows
