"""Shifts: the final schedule cut into calendar events, with their handoffs and overrides.

A shift is a maximal run of one person from the same kind of source: layer pieces of one person
merge (a handoff between two layers of the same person is no handoff), while each override stays
its own shift so that it can be shown as one. Shifts that cross the edges of the window keep their
true start and end (looked up to ``MAX_LOOKAROUND`` beyond the window), so an event's start, and
the UID derived from it, do not depend on the window an export asks for.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rotaplan.core import DAY, Instant, Piece, Schedule, Window, render_schedule

__all__ = ["MAX_LOOKAROUND", "Shift", "schedule_shifts"]

MAX_LOOKAROUND: Instant = 400 * DAY
_FIRST_MARGIN: Instant = 8 * DAY


@dataclass(frozen=True)
class Shift:
    """``person`` on call for schedule ``schedule_id`` during ``[start, end)``.

    ``before`` and ``after`` are the people on call right before and after (None for nobody, a
    gap, or unknown beyond the look-around); ``gap_before`` / ``gap_after`` say it was a gap.
    For an override, ``replaced`` lists whom it replaced and ``fills_gap`` whether it covers time
    when nobody would have been on call.
    """

    schedule_id: str
    person: str
    start: Instant
    end: Instant
    override_id: str | None = None
    replaced: tuple[str, ...] = ()
    fills_gap: bool = False
    before: str | None = None
    after: str | None = None
    gap_before: bool = False
    gap_after: bool = False


@dataclass
class _Run:
    start: Instant
    end: Instant
    person: str | None
    override_id: str | None


def _runs(pieces: tuple[Piece, ...]) -> list[_Run]:
    runs: list[_Run] = []
    for piece in pieces:
        override_id = (
            piece.source[1] if piece.source is not None and piece.source[0] == "override" else None
        )
        last = runs[-1] if runs else None
        if (
            last is not None
            and last.end == piece.start
            and last.person == piece.person
            and last.override_id == override_id
        ):
            last.end = piece.end
        else:
            runs.append(_Run(piece.start, piece.end, piece.person, override_id))
    return runs


def _overlapping(runs: list[_Run], window: Window) -> tuple[int, int]:
    """Indexes ``[first, last]`` of the runs that overlap the window (-1, -2 when none do)."""
    first, last = -1, -2
    for index, run in enumerate(runs):
        if run.end > window.start and run.start < window.end:
            if first < 0:
                first = index
            last = index
    return first, last


def _underneath(
    schedule: Schedule, person: str, start: Instant, end: Instant
) -> tuple[tuple[str, ...], bool]:
    """Whom but ``person`` the layers put on call in ``[start, end)``; whether any is a gap."""
    bare = dataclasses.replace(schedule, overrides=())
    result = render_schedule(bare, Window(start, end))
    people: list[str] = []
    for span in result.final:
        if span.person != person and span.person not in people:
            people.append(span.person)
    return tuple(people), bool(result.gaps)


def schedule_shifts(schedule: Schedule, window: Window) -> tuple[Shift, ...]:
    """The shifts of ``schedule`` that overlap ``window``, sorted by start."""
    if window.end <= window.start:
        return ()
    before = after = _FIRST_MARGIN
    while True:
        extended = Window(window.start - before, window.end + after)
        runs = _runs(render_schedule(schedule, extended).pieces)
        first, last = _overlapping(runs, window)
        grow_before = first == 0 and runs[0].person is not None and before < MAX_LOOKAROUND
        grow_after = (
            last == len(runs) - 1 and runs[-1].person is not None and after < MAX_LOOKAROUND
        )
        if not (grow_before or grow_after):
            break
        if grow_before:
            before = min(before * 4, MAX_LOOKAROUND)
        if grow_after:
            after = min(after * 4, MAX_LOOKAROUND)
    shifts: list[Shift] = []
    for index in range(max(first, 0), last + 1):
        run = runs[index]
        if run.person is None:
            continue
        previous = runs[index - 1] if index > 0 else None
        following = runs[index + 1] if index + 1 < len(runs) else None
        replaced: tuple[str, ...] = ()
        fills_gap = False
        if run.override_id is not None:
            replaced, fills_gap = _underneath(schedule, run.person, run.start, run.end)
        shifts.append(
            Shift(
                schedule.id,
                run.person,
                run.start,
                run.end,
                run.override_id,
                replaced,
                fills_gap,
                before=previous.person if previous is not None else None,
                after=following.person if following is not None else None,
                gap_before=previous is not None and previous.person is None,
                gap_after=following is not None and following.person is None,
            )
        )
    return tuple(shifts)
