"""Rendering cost does not grow with the age of a rotation (structural, not timed).

Instead of timing, the test counts the Python-level calls made inside ``rotaplan.core`` while a
window is rendered, with ``sys.setprofile`` (nothing in the core is replaced or patched): a
rotation whose virtual start is ten years back must cost what one that started yesterday costs.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import rotaplan.core
from rotaplan.core import Layer, Restriction, Schedule, Window, instant, render_schedule

_CORE = str(Path(rotaplan.core.__file__).parent)
# The functions that turn indexes and wall-clock readings into instants.
_TIME_FUNCTIONS = ("localize_local", "localize_instant", "boundary", "<lambda>", "_turn_index")
# A wall-clock rotation's first guess of its turn index can be off by one step when the offset
# at the virtual start differs from the offset in the window (winter start, summer window).
_SLACK = 2
_WINDOW = Window(
    instant(datetime(2026, 3, 1, tzinfo=UTC)), instant(datetime(2026, 3, 29, tzinfo=UTC))
)


def _calls(action: Callable[[], object]) -> Counter[str]:
    """Calls to functions defined in rotaplan.core made while ``action`` runs, by name."""
    seen: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename.startswith(_CORE):
            seen[frame.f_code.co_name] += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(previous)
    return seen


def _schedule(virtual_start: datetime, turn_seconds: int, restricted: bool) -> Schedule:
    restrictions = (Restriction("daily", time(9), 8 * 3600),) if restricted else ()
    layer = Layer(
        "rotation",
        "",
        datetime(2000, 1, 1, tzinfo=UTC),
        virtual_start,
        turn_seconds,
        ("ana", "ben", "cho"),
        restrictions,
    )
    return Schedule("s", "S", "America/New_York", (layer,))


def _render_calls(schedule: Schedule) -> Counter[str]:
    render_schedule(schedule, _WINDOW)  # warm the memos so both renders start alike
    return _calls(lambda: render_schedule(schedule, _WINDOW))


@pytest.mark.parametrize("turn_seconds", [3600, 43_200, 86_400, 7 * 86_400, 14 * 86_400])
@pytest.mark.parametrize("restricted", [False, True])
def test_a_ten_year_old_rotation_costs_what_a_new_one_costs(
    turn_seconds: int, restricted: bool
) -> None:
    yesterday = datetime(2026, 2, 28, 9, tzinfo=UTC)
    old = _render_calls(_schedule(yesterday - timedelta(days=3653), turn_seconds, restricted))
    new = _render_calls(_schedule(yesterday, turn_seconds, restricted))
    assert new["render_schedule"] == 1, "the profile saw no rendering"
    for name in _TIME_FUNCTIONS:
        assert old[name] <= new[name] + _SLACK, (name, old[name], new[name])
    assert old.total() <= new.total() + 4 * _SLACK, (old.total(), new.total())
