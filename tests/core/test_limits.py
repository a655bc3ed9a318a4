"""A small project that asks for a huge render is refused before any of the work is done."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rotaplan.core import (
    DAY,
    MAX_RENDER_SEGMENTS,
    AnalysisError,
    Layer,
    Person,
    Project,
    Restriction,
    Schedule,
    Window,
    analyse,
    instant,
    render_schedule,
    render_size,
)

START = datetime(2026, 1, 1, tzinfo=UTC)
TEN_YEARS = Window(instant(START), instant(START) + 3660 * DAY)


def _schedule(
    layers: int, turn: int = 3600, restrictions: tuple[Restriction, ...] = ()
) -> Schedule:
    return Schedule(
        "s",
        "S",
        "Europe/London",
        layers=tuple(
            Layer(f"l{i}", "", START, START, turn, ("a", "b"), restrictions) for i in range(layers)
        ),
    )


def test_the_bound_is_never_below_the_real_count() -> None:
    daily = Restriction("daily", datetime(2026, 1, 1, 9).time(), 8 * 3600)
    for schedule in (_schedule(3), _schedule(2, 86_400 * 7, (daily,)), _schedule(1, 5400)):
        window = Window(instant(START), instant(START) + 60 * DAY)
        result = render_schedule(schedule, window)
        real = sum(len(layer.entries) for layer in result.layers)
        assert real <= render_size(schedule, window) <= real + 70 * len(schedule.layers)


def test_a_render_over_the_cap_is_refused_naming_the_schedule() -> None:
    schedule = _schedule(MAX_RENDER_SEGMENTS // 87_840 + 1)
    with pytest.raises(AnalysisError, match=r"^schedule 's': rendering 3660 days would make"):
        render_schedule(schedule, TEN_YEARS)


def test_an_analysis_sums_its_schedules() -> None:
    one = _schedule(MAX_RENDER_SEGMENTS // 87_840 // 2 + 1)
    project = Project(
        "p",
        people=(Person("a", "A"), Person("b", "B")),
        schedules=(one, Schedule("t", "T", "Etc/UTC", layers=one.layers)),
    )
    render_schedule(one, TEN_YEARS)  # each alone fits
    with pytest.raises(AnalysisError, match=r"^schedule 't'"):
        analyse(project, TEN_YEARS)


def test_problems_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rotaplan.core.problems.MAX_PROBLEMS", 1000)
    # Everyone in many schedules at once: double bookings on every hour.
    people = tuple(Person(p, p.upper()) for p in "abc")
    schedules = tuple(
        Schedule(
            f"s{i}",
            f"S{i}",
            "Etc/UTC",
            layers=(Layer("l", "", START, START.replace(minute=i), 3600, ("a", "b", "c")),),
        )
        for i in range(10)
    )
    window = Window(TEN_YEARS.start, TEN_YEARS.start + 10 * DAY)
    result = analyse(Project("p", people=people, schedules=schedules), window)
    with pytest.raises(AnalysisError, match="more than 1,000 problems in 10 days"):
        result.problems  # noqa: B018  # computing the property is the test
