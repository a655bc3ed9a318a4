"""Escalation: the notification timeline, acknowledgements, re-triggers and policy coverage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rotaplan.core import (
    MINUTE,
    AnalysisError,
    Window,
    escalation_steps,
    first_human_delay,
    instant,
    plan,
    policy_coverage,
    simulate,
    simulate_sweep,
)
from rotaplan.store import loads
from rotaplan.store.demo import demo_text

DEMO = loads(demo_text())
DEMO_WINDOW = Window(
    instant(datetime(2026, 11, 30, tzinfo=UTC)), instant(datetime(2026, 12, 28, tzinfo=UTC))
)


def _project(build):
    people = [build.person("ann"), build.person("bob"), build.person("boss")]
    days = build.schedule("days", [build.layer("d", ["ann"], restrictions=[build.daily(8, 12)])])
    full = build.schedule("full", [build.layer("f", ["bob"])])
    policy = build.policy(
        "p", ["schedule:days"], ["schedule:full", "person:boss"], delay=10, loops=1
    )
    return build.project(people, [days, full], [policy])


def test_steps_run_through_the_loops(build) -> None:
    steps = escalation_steps(_project(build).policy("p"))
    assert [(s.offset // MINUTE, s.loop, s.rule) for s in steps] == [
        (0, 0, 0),
        (10, 0, 1),
        (20, 1, 0),
        (30, 1, 1),
    ]


def test_unacknowledged_incident_notifies_every_rule_in_every_loop(build) -> None:
    result = simulate(_project(build), "p", build.us(0, 3))
    rows = [
        ((n.at - build.us(0, 3)) // MINUTE, n.rule, n.loop, n.target.id, n.person)
        for n in result.notifications
    ]
    assert rows == [
        (0, 1, 0, "days", None),
        (10, 2, 0, "full", "bob"),
        (10, 2, 0, "boss", "boss"),
        (20, 1, 1, "days", None),
        (30, 2, 1, "full", "bob"),
        (30, 2, 1, "boss", "boss"),
    ]
    assert [(e.kind, (e.at - build.us(0, 3)) // MINUTE) for e in result.events] == [
        ("triggered", 0),
        ("exhausted", 40),
    ]
    assert result.first_human is not None
    assert result.first_human.person == "bob"


def test_acknowledgement_stops_and_its_timeout_retriggers_from_rule_one(build) -> None:
    result = simulate(
        _project(build),
        "p",
        build.us(0, 9),
        ack_after_minutes=5,
        ack_timeout_minutes=30,
        horizon_minutes=80,
    )
    rows = [
        ((n.at - build.us(0, 9)) // MINUTE, n.rule, n.cycle, n.person) for n in result.notifications
    ]
    # ann answers at 09:00, acks at 09:05, the ack times out at 09:35, again at 10:10 and 10:45.
    assert rows == [(0, 1, 0, "ann"), (35, 1, 1, "ann"), (70, 1, 2, "ann")]
    assert [(e.kind, (e.at - build.us(0, 9)) // MINUTE) for e in result.events] == [
        ("triggered", 0),
        ("acknowledged", 5),
        ("retriggered", 35),
        ("acknowledged", 40),
        ("retriggered", 70),
        ("acknowledged", 75),
        ("horizon", 80),
    ]


def test_the_ack_comes_from_the_first_person_reached(build) -> None:
    result = simulate(_project(build), "p", build.us(0, 3), ack_after_minutes=2)
    assert [n.rule for n in result.notifications] == [1, 2, 2]
    assert [e.kind for e in result.events] == ["triggered", "acknowledged"]
    assert result.events[-1].at == build.us(0, 3) + 12 * MINUTE


def test_bad_requests(build) -> None:
    project = _project(build)
    with pytest.raises(AnalysisError, match="no escalation policy 'nope'"):
        simulate(project, "nope", build.us(0))
    with pytest.raises(AnalysisError, match="ack timeout"):
        simulate(project, "p", build.us(0), ack_after_minutes=1, ack_timeout_minutes=0)
    with pytest.raises(AnalysisError, match="horizon"):
        simulate(project, "p", build.us(0), horizon_minutes=0)


def test_coverage_of_a_policy(build) -> None:
    result = plan(_project(build), build.window(0, 2))
    coverage = result.coverage["p"]
    assert coverage.first_rule_percent == pytest.approx(50.0)
    assert coverage.worst_delay == 10 * MINUTE
    assert coverage.worst_at == build.us(0)


def test_coverage_when_nobody_is_ever_reached(build) -> None:
    people = [build.person("ann")]
    days = build.schedule("days", [build.layer("d", ["ann"], restrictions=[build.daily(8, 12)])])
    project = build.project(people, [days], [build.policy("p", ["schedule:days"], loops=3)])
    coverage = policy_coverage(plan(project, build.window(0, 1)), "p")
    assert coverage.worst_delay is None
    assert coverage.worst_at == build.us(0)


def test_demo_coverage_has_the_apac_hole() -> None:
    coverage = plan(DEMO, DEMO_WINDOW).coverage["payments"]
    assert coverage.first_rule_percent == pytest.approx(100 - 16 / (28 * 24) * 100)
    assert coverage.worst_delay == 15 * MINUTE
    assert coverage.worst_at == instant(datetime(2026, 12, 8, tzinfo=UTC))


@settings(max_examples=60, deadline=None)
@given(minute=st.integers(0, 28 * 24 * 60 - 1))
def test_coverage_agrees_with_the_simulation(minute: int) -> None:
    coverage = plan(DEMO, DEMO_WINDOW).coverage["payments"]
    at = DEMO_WINDOW.start + minute * MINUTE
    found = first_human_delay(coverage, at)
    first = simulate(DEMO, "payments", at).first_human
    assert found is not None
    assert first is not None
    assert found[0] == first.at - at
    assert found[1] + 1 == first.rule
    assert coverage.worst_delay is not None
    assert found[0] <= coverage.worst_delay


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start_hour=st.integers(0, 23), hours=st.integers(1, 23), minute=st.integers(0, 2 * 24 * 60 - 1)
)
def test_worst_delay_bounds_every_incident(build, start_hour: int, hours: int, minute: int) -> None:
    people = [build.person("ann"), build.person("bob")]
    a = build.schedule(
        "a", [build.layer("d", ["ann"], restrictions=[build.daily(start_hour, hours)])]
    )
    b = build.schedule(
        "b", [build.layer("e", ["bob"], restrictions=[build.daily((start_hour + 6) % 24, hours)])]
    )
    project = build.project(
        people, [a, b], [build.policy("p", ["schedule:a"], ["schedule:b"], loops=1)]
    )
    coverage = plan(project, build.window(0, 2)).coverage["p"]
    at = build.us(0) + minute * MINUTE
    first = simulate(project, "p", at).first_human
    if first is None:
        assert coverage.worst_delay is None
    else:
        assert coverage.worst_delay is None or first.at - at <= coverage.worst_delay


def test_a_sweep_on_the_plan_matches_single_simulations() -> None:
    result = plan(DEMO, DEMO_WINDOW)
    times = [DEMO_WINDOW.start + i * 97 * MINUTE for i in range(50)]
    swept = simulate_sweep(
        result, "payments", times, ack_after_minutes=3, ack_timeout_minutes=20, horizon_minutes=90
    )
    assert list(swept) == [
        simulate(
            DEMO, "payments", t, ack_after_minutes=3, ack_timeout_minutes=20, horizon_minutes=90
        )
        for t in times
    ]
    with pytest.raises(AnalysisError, match="in the window"):
        simulate_sweep(result, "payments", [DEMO_WINDOW.end - MINUTE])
