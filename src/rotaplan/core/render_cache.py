"""Renders kept for reuse: by schedule value, and by two-week chunk stitched into any window.

Schedules are immutable values, so a render stays valid while the very same value is asked for
again. ``RenderCache`` cuts a window at fixed two-week boundaries (counted from the epoch), renders
each chunk once and stitches the chunks into the window's render, which equals a direct render of
the window (tests/core/test_render_cache.py). Scrolling a view then renders only the chunks that
come into it; an edit re-renders only the schedule that changed. ``chunk=None`` renders whole
windows instead (an analysis asks for one window at a time).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import pairwise
from typing import TypeVar

from rotaplan.core.model import Project, Schedule
from rotaplan.core.render import (
    Interval,
    LayerRender,
    OverrideRender,
    Piece,
    ScheduleRender,
    Span,
    Window,
    render_schedule,
)
from rotaplan.core.timeutil import DAY, Instant

__all__ = ["CHUNK", "RenderCache", "chunks", "stitch"]

CHUNK: Instant = 14 * DAY

_Run = TypeVar("_Run", Span, Piece, Interval)


def chunks(window: Window, length: Instant = CHUNK) -> list[Window]:
    """``window`` cut at the multiples of ``length`` (since the epoch)."""
    edges = [window.start]
    edge = (window.start // length + 1) * length
    while edge < window.end:
        edges.append(edge)
        edge += length
    edges.append(window.end)
    return [Window(a, b) for a, b in pairwise(edges) if b > a]


def _joined(runs: list[_Run]) -> list[_Run]:
    """Runs of consecutive chunks, with runs that touch and agree merged again."""
    out: list[_Run] = []
    for run in runs:
        if out and out[-1].end == run.start and out[-1][2:] == run[2:]:
            out[-1] = out[-1]._replace(end=run.end)
        else:
            out.append(run)
    return out


def stitch(schedule: Schedule, window: Window, parts: list[ScheduleRender]) -> ScheduleRender:
    """One render of ``window`` from the renders of consecutive chunks that tile it.

    Overrides keep the schedule's list order (their priority), as a direct render lists them.
    """
    if len(parts) == 1:
        return parts[0]
    layers = tuple(
        LayerRender(
            first.layer_id,
            tuple(_joined([span for part in parts for span in part.layers[i].entries])),
        )
        for i, first in enumerate(parts[0].layers)
    )
    overrides: list[OverrideRender] = []
    for part in parts:
        for override in part.overrides:
            previous = next((o for o in overrides if o.override_id == override.override_id), None)
            if previous is not None and previous.end == override.start:
                overrides[overrides.index(previous)] = OverrideRender(
                    previous.override_id, previous.start, override.end, previous.person
                )
            else:
                overrides.append(override)
    place = {o.id: i for i, o in enumerate(schedule.overrides)}
    overrides.sort(key=lambda o: place.get(o.override_id, len(place)))
    return ScheduleRender(
        schedule.id,
        window,
        tuple(_joined([span for part in parts for span in part.final])),
        tuple(_joined([gap for part in parts for gap in part.gaps])),
        tuple(_joined([piece for part in parts for piece in part.pieces])),
        layers,
        tuple(overrides),
    )


class RenderCache:
    """Schedule renders reused while the schedule value is the same.

    With ``chunk`` (two weeks by default) renders are kept by chunk and the chunks within one window
    length either side of the last window asked for survive a change of window, so a scroll renders
    only what comes into view. Not thread-safe: give each thread its own cache.
    """

    def __init__(
        self,
        render: Callable[[Schedule, Window], ScheduleRender] = render_schedule,
        chunk: Instant | None = CHUNK,
    ) -> None:
        self._render = render
        self._chunk_length = chunk
        self._window: Window | None = None
        self._chunks: dict[tuple[str, Window], tuple[Schedule, ScheduleRender]] = {}
        self._whole: dict[str, tuple[Schedule, ScheduleRender]] = {}
        self.misses = 0

    @classmethod
    def of(
        cls, project: Project, window: Window, renders: Mapping[str, ScheduleRender]
    ) -> RenderCache:
        """A whole-window cache that already holds ``renders`` of ``project``'s schedules."""
        cache = cls(chunk=None)
        cache._window = window
        cache._whole = {s.id: (s, renders[s.id]) for s in project.schedules if s.id in renders}
        return cache

    def clear(self) -> None:
        """Forget every render."""
        self._window = None
        self._chunks.clear()
        self._whole.clear()

    def get(self, schedule: Schedule, window: Window) -> ScheduleRender:
        """The render of ``schedule`` over ``window`` (each piece computed once per value)."""
        if window != self._window:
            self._whole.clear()
            if self._chunk_length is None:
                self._chunks.clear()
            else:
                # Keep one window length either side: prefetched chunks for the next scroll.
                low, high = window.start - window.length, window.end + window.length
                self._chunks = {
                    key: entry
                    for key, entry in self._chunks.items()
                    if key[1].start >= low and key[1].end <= high
                }
            self._window = window
        whole = self._whole.get(schedule.id)
        if whole is not None and whole[0] is schedule:
            return whole[1]
        if self._chunk_length is None:
            self.misses += 1
            result = self._render(schedule, window)
        else:
            pieces = chunks(window, self._chunk_length)
            result = stitch(schedule, window, [self._piece(schedule, c) for c in pieces])
        self._whole[schedule.id] = (schedule, result)
        return result

    def renders(self, project: Project, window: Window) -> Mapping[str, ScheduleRender]:
        """Every schedule of ``project`` rendered over ``window``, by id."""
        return {s.id: self.get(s, window) for s in project.schedules}

    def _piece(self, schedule: Schedule, chunk: Window) -> ScheduleRender:
        entry = self._chunks.get((schedule.id, chunk))
        if entry is None or entry[0] is not schedule:
            self.misses += 1
            entry = (schedule, self._render(schedule, chunk))
            self._chunks[(schedule.id, chunk)] = entry
        return entry[1]

    def prefetch(self, schedules: Iterable[Schedule], around: Window) -> None:
        """Render the chunks next to the current window ahead of a scroll (idle-time work)."""
        if self._window is None or self._chunk_length is None:
            return
        length = self._window.length
        for side in (
            Window(around.start - length, around.start),
            Window(around.end, around.end + length),
        ):
            for schedule in schedules:
                for chunk in chunks(side, self._chunk_length):
                    self._piece(schedule, chunk)
