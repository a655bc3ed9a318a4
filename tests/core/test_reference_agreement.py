"""The core's rendering agrees with the independent reference evaluator on random schedules.

Schedules are drawn around the DST transitions of eight zones (both hemispheres, half-hour and
45-minute offsets, a 30-minute DST shift, midnight transitions). Both sides are piecewise constant;
checking every change point of either side, and the midpoint of every piece, proves the final
schedule and every layer's entries equal over the whole window.
"""

from __future__ import annotations

from hypothesis import given, settings

from rotaplan.core import Schedule, Window, render_schedule, turn_at
from tests.core.random_schedules import SETTINGS, cases, virtual_starts_at_transitions
from tests.core.reference import change_points, layer_person_at, person_at, turn_index


def _core_at(spans: tuple[tuple[int, int, str], ...], at: int) -> str | None:
    for start, end, person in spans:
        if start <= at < end:
            return person
    return None


def _assert_agrees(schedule: Schedule, window: Window) -> None:
    """Final schedule and every layer's entries equal the reference's on the whole window."""
    result = render_schedule(schedule, window)
    points = set(change_points(schedule, window.start, window.end))
    points.update(edge for span in result.final for edge in span[:2])
    points.update(edge for gap in result.gaps for edge in gap)
    points.update(edge for part in result.layers for entry in part.entries for edge in entry[:2])
    ordered = sorted(p for p in points if window.start <= p < window.end)
    probes = ordered + [
        (a + b) // 2 for a, b in zip(ordered, [*ordered[1:], window.end], strict=True)
    ]
    for at in probes:
        assert result.person_at(at) == person_at(schedule, at), (at, schedule.time_zone)
        for layer, rendered in zip(schedule.layers, result.layers, strict=True):
            expected = layer_person_at(layer, schedule.time_zone, at)
            assert _core_at(rendered.entries, at) == expected, (at, layer.id)


@settings(SETTINGS, max_examples=300)
@given(cases())
def test_render_agrees_with_reference_everywhere(case: tuple[Schedule, Window]) -> None:
    _assert_agrees(*case)


@settings(SETTINGS, max_examples=150)
@given(virtual_starts_at_transitions())
def test_rotation_starting_at_a_transition_agrees(case: tuple[Schedule, Window]) -> None:
    _assert_agrees(*case)


@settings(SETTINGS, max_examples=150)
@given(cases())
def test_turn_at_agrees_with_the_reference_turn_index(case: tuple[Schedule, Window]) -> None:
    schedule, window = case
    for layer in schedule.layers:
        for at in (window.start, (window.start + window.end) // 2, window.end - 1):
            k = turn_index(layer, schedule.time_zone, at)
            assert turn_at(layer, schedule.time_zone, at) == (
                k,
                layer.members[k % len(layer.members)],
            )
