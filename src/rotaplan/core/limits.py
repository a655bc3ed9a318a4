"""Bounds on the work one render or analysis may do, checked before any of it is done.

A small file can ask for a huge render: a few hundred layers of one-hour turns over ten years
make tens of millions of segments (gigabytes). ``render_size`` bounds a schedule's segments in a
window by arithmetic alone, and ``check_render_size`` refuses, with an ``AnalysisError`` naming
the schedule, a request whose bound exceeds ``MAX_RENDER_SEGMENTS``. Problems are bounded
the same way: ``find_problems`` refuses a plan with more than ``MAX_PROBLEMS``.
"""

from __future__ import annotations

from collections.abc import Iterable

from rotaplan.core.errors import AnalysisError
from rotaplan.core.model import Schedule
from rotaplan.core.timeutil import DAY, SECOND, Instant, instant

__all__ = ["MAX_PROBLEMS", "MAX_RENDER_SEGMENTS", "check_render_size", "render_size"]

# About 0.5 GiB of render at its peak; a year of the 100-schedule benchmark needs 60,000, ten
# years of a 12-hour follow-the-sun layer 7,300.
MAX_RENDER_SEGMENTS = 500_000
# ``find_problems`` stops past this many; a year of the benchmark organisation has 47,000.
MAX_PROBLEMS = 200_000
_WEEK = 7 * DAY
# A render's window ``(start, end)``: ``rotaplan.core.render.Window``, which renders call this.
_Window = tuple[Instant, Instant]


def render_size(schedule: Schedule, window: _Window) -> int:
    """An upper bound of the segments (layer entries and overrides) of ``schedule`` in ``window``.

    A layer has at most one segment per turn it touches plus one per restriction window, since
    each window adds at most one cut to the turns it covers.
    """
    start, end = window
    total = 0
    for layer in schedule.layers:
        low = max(start, instant(layer.start))
        high = end if layer.end is None else min(end, instant(layer.end))
        if high <= low:
            continue
        span = high - low
        # +2: partial turns at both ends; wall-clock turns drift by at most an offset change.
        count = span // (layer.turn_length_seconds * SECOND) + 2
        for restriction in layer.restrictions:
            count += span // (DAY if restriction.type == "daily" else _WEEK) + 2
        total += count
    return total + len(schedule.overrides)


def check_render_size(requests: Iterable[tuple[Schedule, _Window]]) -> None:
    """Refuse renders whose bound, summed over ``requests``, exceeds ``MAX_RENDER_SEGMENTS``."""
    total = 0
    for schedule, window in requests:
        total += render_size(schedule, window)
        if total > MAX_RENDER_SEGMENTS:
            days = (window[1] - window[0]) / DAY
            raise AnalysisError(
                f"schedule {schedule.id!r}: rendering {days:.0f} days would make more than "
                f"{MAX_RENDER_SEGMENTS:,} shift segments; shorten the window or lengthen the turns"
            )
