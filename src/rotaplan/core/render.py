"""Rendering: who is on call when, for any window, computed lazily inside that window.

A layer's turns are found by arithmetic from ``rotation_virtual_start`` (never by walking from the
beginning of time), its restriction windows are enumerated only for the local dates the window
touches, and a sweep over the layers' and overrides' spans picks the winner at every instant
(DESIGN §2). All instants are integer microseconds (see ``rotaplan.core.timeutil``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import NamedTuple, Protocol

from rotaplan.core.limits import check_render_size
from rotaplan.core.model import Layer, Restriction, Schedule
from rotaplan.core.timeutil import (
    DAY,
    SECOND,
    Instant,
    instant,
    local_micros,
    localize_local,
    wall,
    zone,
)

__all__ = [
    "Interval",
    "LayerRender",
    "OverrideRender",
    "Piece",
    "ScheduleRender",
    "Span",
    "Window",
    "coverage_in",
    "layer_spans",
    "merge_intervals",
    "render_schedule",
    "restriction_windows",
    "turn_at",
]

_DAY_SECONDS = 86_400
# NamedTuple construction through its Python-level __new__ is the hot path's largest cost.
_new = tuple.__new__


class _Timed(Protocol):
    """Anything with a start and an end (spans, blocks, intervals)."""

    @property
    def start(self) -> Instant: ...
    @property
    def end(self) -> Instant: ...


def _start_of(span: _Timed) -> Instant:
    return span.start


def _end_of(span: _Timed) -> Instant:
    return span.end


class Window(NamedTuple):
    """The half-open interval ``[start, end)`` asked for."""

    start: Instant
    end: Instant

    @property
    def length(self) -> Instant:
        """Its length in microseconds."""
        return self.end - self.start


class Interval(NamedTuple):
    """A half-open interval ``[start, end)``, e.g. a gap."""

    start: Instant
    end: Instant


class Span(NamedTuple):
    """``person`` is on call for ``[start, end)``."""

    start: Instant
    end: Instant
    person: str


class Piece(NamedTuple):
    """An unmerged run of the final schedule and what produced it.

    ``source`` is ``("layer", layer_id)``, ``("override", override_id)`` or ``None`` for a gap.
    """

    start: Instant
    end: Instant
    person: str | None
    source: tuple[str, str] | None


@dataclass(frozen=True)
class LayerRender:
    """One layer's entries in the window."""

    layer_id: str
    entries: tuple[Span, ...]


@dataclass(frozen=True)
class OverrideRender:
    """One override as it lies in the window (clipped)."""

    override_id: str
    start: Instant
    end: Instant
    person: str


def coverage_in(spans: Sequence[_Timed], window: Window) -> float:
    """The percentage of ``window`` that sorted, disjoint ``spans`` cover (100 when empty).

    The one coverage formula: a render's ``coverage_percent`` and the timeline's figure for the
    visible part of a longer render both come from here.
    """
    length = window.length
    if length <= 0:
        return 100.0
    first = bisect_right(spans, window.start, key=_end_of)
    last = bisect_left(spans, window.end, lo=first, key=_start_of)
    covered = 0
    for span in spans[first:last]:
        covered += min(span.end, window.end) - max(span.start, window.start)
    return covered / length * 100.0


@dataclass(frozen=True)
class ScheduleRender:
    """A schedule rendered for a window: final entries, gaps, coverage and the parts."""

    schedule_id: str
    window: Window
    final: tuple[Span, ...]
    gaps: tuple[Interval, ...]
    pieces: tuple[Piece, ...]
    layers: tuple[LayerRender, ...]
    overrides: tuple[OverrideRender, ...]

    @property
    def covered(self) -> Instant:
        """Covered time in microseconds."""
        return sum(span.end - span.start for span in self.final)

    @property
    def coverage_percent(self) -> float:
        """Covered time / window length * 100 (100 for an empty window)."""
        return coverage_in(self.final, self.window)

    def person_at(self, at: Instant) -> str | None:
        """Who is on call at ``at`` (None in a gap or outside the window)."""
        index = bisect_right(self.final, at, key=_start_of) - 1
        if index >= 0 and at < self.final[index].end:
            return self.final[index].person
        return None


def merge_intervals(intervals: Iterable[tuple[Instant, Instant]]) -> list[Interval]:
    """The union of intervals as sorted, disjoint, non-touching intervals (empty ones dropped)."""
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = _new(Interval, (merged[-1][0], end))
        else:
            merged.append(_new(Interval, (start, end)))
    return merged


def _restriction_candidates(
    restriction: Restriction, tz: tzinfo, low: Instant, high: Instant
) -> Iterable[tuple[Instant, Instant]]:
    """Windows of one restriction that may touch ``[low, high)``."""
    # Local day numbers (days since 1970-01-01 on the wall clock); day 0 was a Thursday.
    first_day = local_micros(wall(low, tz)) // DAY
    last_day = local_micros(wall(high, tz)) // DAY
    duration = restriction.duration_seconds * SECOND
    clock = restriction.start_time
    offset = (clock.hour * 3600 + clock.minute * 60 + clock.second) * SECOND + clock.microsecond
    if restriction.type == "daily":
        day = first_day - 1
        step = 1
    else:
        assert restriction.start_day_of_week is not None
        monday = first_day - (first_day + 3) % 7
        day = monday - 7 + restriction.start_day_of_week - 1
        step = 7
    while day <= last_day:
        start = day * DAY + offset
        yield localize_local(start, tz), localize_local(start + duration, tz)
        day += step


def restriction_windows(
    restrictions: Sequence[Restriction], tz: tzinfo, low: Instant, high: Instant
) -> list[Interval]:
    """The union of the restrictions' windows, clipped to ``[low, high)``."""
    clipped = (
        (max(a, low), min(b, high))
        for restriction in restrictions
        for a, b in _restriction_candidates(restriction, tz, low, high)
    )
    return merge_intervals(clipped)


def _boundary_function(layer: Layer, tz: tzinfo) -> Callable[[int], Instant]:
    """``b(k)``: the start of turn ``k`` (DESIGN §2)."""
    origin = instant(layer.rotation_virtual_start)
    length = layer.turn_length_seconds
    if length % _DAY_SECONDS:
        step = length * SECOND
        return lambda k: origin + k * step
    step = length // _DAY_SECONDS * DAY
    local_origin = local_micros(wall(origin, tz))

    def boundary(k: int) -> Instant:
        if k == 0:
            return origin
        return localize_local(local_origin + k * step, tz)

    return boundary


def _turn_index(
    boundary: Callable[[int], Instant], origin: Instant, step: Instant, at: Instant
) -> int:
    k = (at - origin) // step
    # Wall-clock turns drift from the absolute estimate by at most a zone's offset change.
    while boundary(k) > at:
        k -= 1
    while boundary(k + 1) <= at:
        k += 1
    return k


def turn_at(layer: Layer, time_zone: str, at: Instant) -> tuple[int, str]:
    """The turn index containing ``at`` and its member (ignoring restrictions, start and end)."""
    boundary = _boundary_function(layer, zone(time_zone))
    k = _turn_index(
        boundary, instant(layer.rotation_virtual_start), layer.turn_length_seconds * SECOND, at
    )
    return k, layer.members[k % len(layer.members)]


def _append(spans: list[Span], start: Instant, end: Instant, person: str) -> None:
    if spans:
        last = spans[-1]
        if last[1] == start and last[2] == person:
            spans[-1] = _new(Span, (last[0], end, person))
            return
    spans.append(_new(Span, (start, end, person)))


def layer_spans(layer: Layer, tz: tzinfo, window: Window) -> list[Span]:
    """The layer's segments inside the window, merged into maximal runs of one person."""
    low = max(window.start, instant(layer.start))
    high = window.end if layer.end is None else min(window.end, instant(layer.end))
    if low >= high:
        return []
    active = (
        restriction_windows(layer.restrictions, tz, low, high)
        if layer.restrictions
        else [Interval(low, high)]
    )
    if not active:
        return []
    boundary = _boundary_function(layer, tz)
    members = layer.members
    count = len(members)
    k = _turn_index(
        boundary,
        instant(layer.rotation_virtual_start),
        layer.turn_length_seconds * SECOND,
        active[0].start,
    )
    turn_end = boundary(k + 1)
    spans: list[Span] = []
    for start, end in active:
        while turn_end <= start:
            k += 1
            turn_end = boundary(k + 1)
        at = start
        while at < end:
            stop = min(turn_end, end)
            _append(spans, at, stop, members[k % count])
            at = stop
            if at == turn_end:
                k += 1
                turn_end = boundary(k + 1)
    return spans


def render_schedule(schedule: Schedule, window: Window) -> ScheduleRender:
    """Render a schedule for ``window``: layers, overrides, the final schedule and its gaps.

    AnalysisError when the render would exceed ``MAX_RENDER_SEGMENTS`` (``rotaplan.core.limits``).
    """
    check_render_size([(schedule, window)])
    tz = zone(schedule.time_zone)
    layers = tuple(
        LayerRender(layer.id, tuple(layer_spans(layer, tz, window))) for layer in schedule.layers
    )
    overrides = tuple(
        OverrideRender(o.id, max(start, window.start), min(end, window.end), o.person)
        for o in schedule.overrides
        for start, end in [(instant(o.start), instant(o.end))]
        if start < window.end and end > window.start
    )
    pieces = _resolve(layers, overrides, window)
    final: list[Span] = []
    gaps: list[Interval] = []
    for piece in pieces:
        if piece[2] is None:
            gaps.append(_new(Interval, (piece[0], piece[1])))
        else:
            _append(final, piece[0], piece[1], piece[2])
    return ScheduleRender(
        schedule.id, window, tuple(final), tuple(gaps), tuple(pieces), layers, overrides
    )


def _resolve(
    layers: Sequence[LayerRender], overrides: Sequence[OverrideRender], window: Window
) -> tuple[Piece, ...]:
    """Sweep all spans; at every instant the highest priority active span wins."""
    if window.end <= window.start:
        return ()
    # Priority: layer index (later layers win), then overrides in list order above every layer.
    sources: list[tuple[str, str]] = [("layer", layer.layer_id) for layer in layers]
    events: list[tuple[Instant, int, int, str]] = []
    for priority, layer in enumerate(layers):
        for span in layer.entries:
            events.append((span.start, 1, priority, span.person))
            events.append((span.end, 0, priority, span.person))
    for override in overrides:
        priority = len(sources)
        sources.append(("override", override.override_id))
        events.append((override.start, 1, priority, override.person))
        events.append((override.end, 0, priority, override.person))
    events.sort()
    active: dict[int, str] = {}
    top = -1
    pieces: list[Piece] = []
    at = window.start
    end = window.end
    index = 0
    total = len(events)
    while at < end:
        while index < total and events[index][0] <= at:
            _, starting, priority, who = events[index]
            if starting:
                active[priority] = who
                if priority > top:
                    top = priority
            else:
                del active[priority]
                if priority == top:
                    top = max(active) if active else -1
            index += 1
        stop = events[index][0] if index < total else end
        if stop > end:
            stop = end
        winner = active[top] if top >= 0 else None
        source = sources[top] if top >= 0 else None
        if pieces:
            last = pieces[-1]
            if last[3] == source and last[2] == winner:
                pieces[-1] = _new(Piece, (last[0], stop, winner, source))
                at = stop
                continue
        pieces.append(_new(Piece, (at, stop, winner, source)))
        at = stop
    return tuple(pieces)
