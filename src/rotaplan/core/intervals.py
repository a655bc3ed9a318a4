"""Set operations on sorted lists of disjoint half-open intervals (integer µs)."""

from __future__ import annotations

from collections.abc import Sequence

from rotaplan.core.render import Interval

__all__ = ["clip_intervals", "intersect_intervals", "shift_intervals", "total_length"]


def intersect_intervals(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """The intersection of two sorted, disjoint interval lists."""
    result: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i].start, b[j].start)
        end = min(a[i].end, b[j].end)
        if start < end:
            result.append(Interval(start, end))
        if a[i].end < b[j].end:
            i += 1
        else:
            j += 1
    return result


def clip_intervals(intervals: Sequence[Interval], start: int, end: int) -> list[Interval]:
    """The parts of the intervals inside ``[start, end)``."""
    return [Interval(max(a, start), min(b, end)) for a, b in intervals if a < end and b > start]


def shift_intervals(intervals: Sequence[Interval], by: int) -> list[Interval]:
    """The intervals moved by ``by`` µs."""
    return [Interval(a + by, b + by) for a, b in intervals]


def total_length(intervals: Sequence[Interval]) -> int:
    """The summed length of disjoint intervals."""
    return sum(b - a for a, b in intervals)
