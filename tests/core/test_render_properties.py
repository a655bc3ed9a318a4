"""Invariants of ``render_schedule`` on random schedules around DST transitions (DESIGN §2)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from rotaplan.core import Schedule, ScheduleRender, Window, render_schedule
from tests.core.random_schedules import SETTINGS, cases
from tests.core.reference import DAY_US, as_instant, change_points, restricted_at

Case = tuple[Schedule, Window]


def _clip_and_merge(
    spans: tuple[tuple[int, int, str], ...], window: Window
) -> list[tuple[int, int, str]]:
    """Spans cut to ``window``, with touching runs of one person joined."""
    out: list[tuple[int, int, str]] = []
    for start, end, person in spans:
        start, end = max(start, window.start), min(end, window.end)
        if start >= end:
            continue
        if out and out[-1][1] == start and out[-1][2] == person:
            out[-1] = (out[-1][0], end, person)
        else:
            out.append((start, end, person))
    return out


def _check_final_and_gaps(result: ScheduleRender) -> None:
    window = result.window
    final: list[tuple[int, int, str]] = [(s.start, s.end, s.person) for s in result.final]
    assert all(person is not None for _, _, person in final)
    assert all(start < end for start, end, _ in final)
    assert all(start < end for start, end in result.gaps)
    assert final == sorted(final)
    for before, after in pairwise(final):
        assert before[1] <= after[0], "final entries overlap"
        if before[1] == after[0]:
            assert before[2] != after[2], "touching final entries of one person are not merged"
    for gap, next_gap in pairwise(result.gaps):
        assert gap.end < next_gap.start, "gaps overlap or are not maximal"
    # Final entries and gaps tile the window: no hole, no overlap, nothing outside.
    tiles = sorted([(s, e) for s, e, _ in final] + [(g.start, g.end) for g in result.gaps])
    at = window.start
    for start, end in tiles:
        assert start == at
        at = end
    assert at == window.end
    covered = sum(end - start for start, end, _ in final)
    assert result.covered == covered
    assert result.coverage_percent == covered / (window.end - window.start) * 100


@settings(SETTINGS, max_examples=150)
@given(cases())
def test_final_and_gaps_tile_the_window(case: Case) -> None:
    schedule, window = case
    _check_final_and_gaps(render_schedule(schedule, window))


@settings(SETTINGS, max_examples=150)
@given(cases())
def test_pieces_tile_the_window_and_name_their_source(case: Case) -> None:
    schedule, window = case
    result = render_schedule(schedule, window)
    at = window.start
    people = {o.id: o.person for o in schedule.overrides}
    for piece in result.pieces:
        assert piece.start == at < piece.end
        at = piece.end
        if piece.source is None:
            assert piece.person is None
        elif piece.source[0] == "override":
            assert piece.person == people[piece.source[1]]
        else:
            rendered = next(r for r in result.layers if r.layer_id == piece.source[1])
            assert any(
                s.start <= piece.start and piece.end <= s.end and s.person == piece.person
                for s in rendered.entries
            )
    assert at == window.end


@settings(SETTINGS, max_examples=150)
@given(cases())
def test_the_last_listed_override_wins_wherever_it_lies(case: Case) -> None:
    schedule, window = case
    result = render_schedule(schedule, window)
    bounds = [(as_instant(o.start), as_instant(o.end)) for o in schedule.overrides]
    probes = {p for start, end in bounds for p in (start, (start + end) // 2, end - 1, end)}
    for at in sorted(p for p in probes if window.start <= p < window.end):
        covering = [
            o.person
            for o, (start, end) in zip(schedule.overrides, bounds, strict=True)
            if start <= at < end
        ]
        if covering:
            assert result.person_at(at) == covering[-1]


@settings(SETTINGS, max_examples=100)
@given(cases(), st.integers(0, 3 * DAY_US), st.integers(0, 3 * DAY_US))
def test_a_window_renders_as_the_slice_of_a_larger_one(
    case: Case, extra_before: int, extra_after: int
) -> None:
    schedule, window = case
    larger = Window(window.start - extra_before, window.end + extra_after)
    small, large = render_schedule(schedule, window), render_schedule(schedule, larger)
    assert [tuple(s) for s in small.final] == _clip_and_merge(large.final, window)
    gaps = _clip_and_merge(tuple((g.start, g.end, "") for g in large.gaps), window)
    assert [tuple(g) for g in small.gaps] == [(s, e) for s, e, _ in gaps]
    for part, whole in zip(small.layers, large.layers, strict=True):
        assert [tuple(s) for s in part.entries] == _clip_and_merge(whole.entries, window)


@settings(SETTINGS, max_examples=150)
@given(cases())
def test_layer_entries_lie_in_the_layer_and_its_restriction_windows(case: Case) -> None:
    schedule, window = case
    result = render_schedule(schedule, window)
    points = change_points(schedule, window.start, window.end)
    for layer, rendered in zip(schedule.layers, result.layers, strict=True):
        entries = rendered.entries
        for before, after in pairwise(entries):
            assert before.end <= after.start
            assert before.end < after.start or before.person != after.person
        for entry in entries:
            assert window.start <= entry.start < entry.end <= window.end
            assert entry.person in layer.members
            assert as_instant(layer.start) <= entry.start
            assert layer.end is None or entry.end <= as_instant(layer.end)
            if layer.restrictions:
                # A hole in the windows would begin at one of the reference's change points.
                inside = [entry.start, *(p for p in points if entry.start < p < entry.end)]
                assert all(restricted_at(layer, schedule.time_zone, p) for p in inside)
