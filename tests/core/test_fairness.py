"""Fairness: hours split in each person's own zone, holidays, balance, zero-hour people."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rotaplan.core import HOUR, AnalysisSettings, Window, balance, instant, plan
from rotaplan.store import loads
from rotaplan.store.demo import demo_text

DEMO_WINDOW = Window(
    instant(datetime(2026, 11, 30, tzinfo=UTC)), instant(datetime(2026, 12, 28, tzinfo=UTC))
)


def test_a_week_splits_into_working_nights_and_weekend(build) -> None:
    people = [build.person("ann", "Europe/London"), build.person("idle")]
    project = build.project(people, [build.schedule("s", [build.layer("l", ["ann"])])])
    report = plan(project, build.window(0, 7)).fairness
    ann = report.person("ann")
    assert ann.on_call == 168 * HOUR
    assert (ann.working, ann.night, ann.weekend, ann.holiday) == (
        40 * HOUR,
        80 * HOUR,
        48 * HOUR,
        0,
    )
    assert (ann.shifts, ann.longest_stretch) == (1, 168 * HOUR)
    idle = report.person("idle")
    assert (idle.on_call, idle.shifts, idle.longest_stretch) == (0, 0, 0)
    assert report.team_balance == 0.0


def test_the_split_follows_the_person_zone(build) -> None:
    # 00:00-08:00 UTC on a Monday is 09:00-17:00 in Tokyo: all working hours there.
    people = [build.person("yuki", "Asia/Tokyo"), build.person("bob", "Europe/London")]
    layer = build.layer("l", ["yuki", "bob"], restrictions=[build.daily(0, 8)], virtual=build.at(0))
    project = build.project(people, [build.schedule("s", [layer])])
    report = plan(project, build.window(0, 2)).fairness
    assert report.person("yuki").working == 8 * HOUR
    assert report.person("bob").night == 8 * HOUR


def test_public_holidays_from_the_project_and_the_person(build) -> None:
    people = [build.person("ann", "Europe/London"), build.person("dan", "America/New_York", ["US"])]
    layer = build.layer(
        "l", ["ann", "dan"], turn_hours=12, virtual=datetime(2026, 7, 3, 12, tzinfo=UTC)
    )
    project = build.project(people, [build.schedule("s", [layer])], countries=["GB"])
    window = Window(
        instant(datetime(2026, 7, 3, 12, tzinfo=UTC)), instant(datetime(2026, 7, 5, 4, tzinfo=UTC))
    )
    report = plan(project, window).fairness
    # dan is on call 3 Jul 20:00 - 4 Jul 08:00 and 4 Jul 20:00 - 24:00 New York time: the
    # observed Independence Day (Fri 3 July) and the day itself are his holidays, not ann's.
    dan = report.person("dan")
    assert (dan.on_call, dan.holiday) == (16 * HOUR, 16 * HOUR)
    assert report.person("ann").holiday == 0
    for load in report.people:
        assert load.working + load.night + load.weekend + load.holiday == load.on_call


def test_christmas_is_a_holiday_for_the_whole_team(build) -> None:
    people = [build.person("ann", "Europe/London")]
    project = build.project(
        people, [build.schedule("s", [build.layer("l", ["ann"])])], countries=["GB"]
    )
    window = Window(
        instant(datetime(2026, 12, 25, tzinfo=UTC)), instant(datetime(2026, 12, 26, tzinfo=UTC))
    )
    assert plan(project, window).fairness.person("ann").holiday == 24 * HOUR


def test_double_booking_counts_once_and_working_hours_follow_the_settings(build) -> None:
    people = [build.person("ann")]
    first = build.schedule("a", [build.layer("l", ["ann"])])
    second = build.schedule("b", [build.layer("m", ["ann"])])
    project = build.project(people, [first, second])
    report = plan(
        project, build.window(0, 1), AnalysisSettings(working_start_hour=8, working_end_hour=20)
    ).fairness
    ann = report.person("ann")
    assert (ann.on_call, ann.working, ann.night) == (24 * HOUR, 12 * HOUR, 12 * HOUR)


def test_first_line_counts_rule_one_only(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    project = build.project(
        people,
        [
            build.schedule("a", [build.layer("l", ["ann"])]),
            build.schedule("b", [build.layer("m", ["bob"])]),
        ],
        [build.policy("p", ["schedule:a"], ["schedule:b"])],
    )
    report = plan(project, build.window(0, 1)).fairness
    assert (report.person("ann").first_line, report.person("bob").first_line) == (24 * HOUR, 0)


@pytest.mark.parametrize(
    ("values", "expected"),
    [([5, 5, 5], 1.0), ([0, 0, 9], 0.0), ([], 1.0), ([0, 0], 1.0), ([1, 3], 0.5)],
)
def test_balance(values: list[int], expected: float) -> None:
    assert balance(values) == pytest.approx(expected)


def test_schedule_balance_includes_idle_members(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    layer = build.layer("l", ["ann", "bob"], turn_hours=24 * 7, virtual=build.at(0))
    project = build.project(people, [build.schedule("s", [layer])])
    report = plan(project, build.window(0, 7)).fairness
    assert report.schedules[0].hours == (("ann", 168 * HOUR), ("bob", 0))
    assert report.schedules[0].balance == 0.0


def test_the_demo_report_shows_a_visible_imbalance() -> None:
    report = plan(loads(demo_text()), DEMO_WINDOW).fairness
    hours = {load.person: load.on_call for load in report.people}
    assert len(hours) == 8
    assert max(hours.values()) > 2.5 * min(hours.values())
    assert report.team_balance < 0.8
    assert report.off_hours_balance < report.team_balance
    for load in report.people:
        assert load.working + load.night + load.weekend + load.holiday == load.on_call
