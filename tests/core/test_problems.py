"""Problems: each code found where it should be, and nowhere else."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rotaplan.core import (
    HOUR,
    MESSAGE_ARGS,
    MINUTE,
    AnalysisSettings,
    Problem,
    Project,
    Window,
    apply_suggestion,
    has_errors,
    instant,
    plan,
    to_datetime,
    zone,
)
from rotaplan.store import loads
from rotaplan.store.demo import demo_text

DEMO_WINDOW = Window(
    instant(datetime(2026, 11, 30, tzinfo=UTC)), instant(datetime(2026, 12, 28, tzinfo=UTC))
)


def codes(problems: tuple[Problem, ...], code: str) -> list[Problem]:
    return [p for p in problems if p.code == code]


def test_gap_is_an_error_when_rule_one_pages_the_schedule(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    days = build.schedule("days", [build.layer("day", ["ann"], restrictions=[build.daily(8, 12)])])
    full = build.schedule("full", [build.layer("all", ["bob"])])
    project = build.project(people, [days, full], [build.policy("p", ["schedule:days"])])
    found = plan(project, build.window(0, 2)).problems
    gaps = codes(found, "GAP")
    assert [(g.start, g.end) for g in gaps] == [
        (build.us(0), build.us(0, 8)),
        (build.us(0, 20), build.us(1, 8)),
        (build.us(1, 20), build.us(2)),
    ]
    assert {(g.severity, g.schedule, g.layer, g.policy) for g in gaps} == {
        ("error", "days", "day", "p")
    }
    assert has_errors(found)


def test_gap_in_a_schedule_no_first_rule_pages_is_a_warning(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    days = build.schedule("days", [build.layer("day", ["ann"], restrictions=[build.daily(8, 12)])])
    full = build.schedule("full", [build.layer("all", ["bob"])])
    policy = build.policy("p", ["schedule:full"], ["schedule:days"])
    found = plan(build.project(people, [days, full], [policy]), build.window(0, 1)).problems
    assert {g.severity for g in codes(found, "GAP")} == {"warning"}
    # Rule 2 reaches nobody in the gaps: a warning naming the rule.
    nobody = codes(found, "ESCALATION_NOBODY")
    assert {(p.severity, p.rule, p.policy) for p in nobody} == {("warning", 2, "p")}


def test_time_off_is_clipped_to_the_shift_and_names_the_source(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    schedule = build.schedule(
        "s",
        [build.layer("l", ["ann", "bob"])],
        [build.override("o", "ann", build.at(3, 6), build.at(3, 12))],
    )
    off = build.time_off("ann", build.at(0, 12), build.at(3, 9))
    found = codes(
        plan(build.project(people, [schedule], time_off=[off]), build.window(0, 5)).problems,
        "TIME_OFF",
    )
    assert [(p.start, p.end, p.person, p.layer, p.override) for p in found] == [
        (build.us(0, 12), build.us(1), "ann", "l", None),
        (build.us(2), build.us(3), "ann", "l", None),
        (build.us(3, 6), build.us(3, 9), "ann", None, "o"),
    ]
    assert {p.severity for p in found} == {"error"}


def test_double_booking_names_both_schedules_and_the_policy(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    first = build.schedule("a", [build.layer("l", ["ann"], restrictions=[build.daily(9, 8)])])
    second = build.schedule("b", [build.layer("m", ["ann"], restrictions=[build.daily(15, 4)])])
    policy = build.policy("p", ["schedule:a"], ["schedule:b"])
    found = codes(
        plan(build.project(people, [first, second], [policy]), build.window(0, 2)).problems,
        "DOUBLE_BOOKED",
    )
    assert [(p.start, p.end) for p in found] == [
        (build.us(0, 15), build.us(0, 17)),
        (build.us(1, 15), build.us(1, 17)),
    ]
    assert {(p.schedule, p.other_schedule, p.person, p.policy) for p in found} == {
        ("a", "b", "ann", "p")
    }


def test_short_rest_and_long_shifts_follow_the_settings(build) -> None:
    people = [build.person("ann")]
    first = build.schedule("a", [build.layer("l", ["ann"], restrictions=[build.daily(8, 8)])])
    second = build.schedule("b", [build.layer("m", ["ann"], restrictions=[build.daily(20, 2)])])
    project = build.project(people, [first, second])
    found = plan(project, build.window(0, 2)).problems
    rest = codes(found, "REST")
    # 16:00 -> 20:00 is 4 h of rest; 22:00 -> 08:00 is 10 h.
    assert [(p.start, p.end) for p in rest] == [
        (build.us(0, 16), build.us(0, 20)),
        (build.us(1, 16), build.us(1, 20)),
    ]
    assert not codes(found, "LONG_SHIFT")
    strict = AnalysisSettings(rest_hours=3, max_shift_hours=6)
    found = plan(project, build.window(0, 2), strict).problems
    assert not codes(found, "REST")
    assert [(p.start, p.end) for p in codes(found, "LONG_SHIFT")] == [
        (build.us(0, 8), build.us(0, 16)),
        (build.us(1, 8), build.us(1, 16)),
    ]


def test_escalation_nobody_on_rule_one_tells_the_time_to_the_first_human(build) -> None:
    people = [build.person("ann"), build.person("boss")]
    days = build.schedule("days", [build.layer("day", ["ann"], restrictions=[build.daily(8, 12)])])
    policy = build.policy("p", ["schedule:days"], ["person:boss"], delay=20)
    found = codes(
        plan(build.project(people, [days], [policy]), build.window(0, 1)).problems,
        "ESCALATION_NOBODY",
    )
    assert [(p.start, p.end, p.rule, p.severity) for p in found] == [
        (build.us(0), build.us(0, 8), 1, "error"),
        (build.us(0, 20), build.us(1), 1, "error"),
    ]
    assert "first human is paged after 20 min (rule 2)" in found[0].message


def test_escalation_that_reaches_nobody_at_all_says_so(build) -> None:
    people = [build.person("ann")]
    days = build.schedule("days", [build.layer("day", ["ann"], restrictions=[build.daily(8, 12)])])
    policy = build.policy("p", ["schedule:days"], loops=2)
    found = codes(
        plan(build.project(people, [days], [policy]), build.window(0, 1)).problems,
        "ESCALATION_NOBODY",
    )
    assert "nobody at all is reached" in found[0].message


def test_a_person_target_is_never_nobody(build) -> None:
    people = [build.person("ann"), build.person("boss")]
    days = build.schedule("days", [build.layer("day", ["ann"], restrictions=[build.daily(8, 12)])])
    policy = build.policy("p", ["schedule:days", "person:boss"])
    found = plan(build.project(people, [days], [policy]), build.window(0, 1)).problems
    assert not codes(found, "ESCALATION_NOBODY")


def test_dst_handoff_in_the_skipped_hour(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    layer = build.layer("daily", ["ann", "bob"], virtual=datetime(2026, 3, 1, 1, 30, tzinfo=UTC))
    schedule = build.schedule("s", [layer], tz="Europe/London")
    window = Window(
        instant(datetime(2026, 3, 27, tzinfo=UTC)), instant(datetime(2026, 4, 2, tzinfo=UTC))
    )
    found = codes(plan(build.project(people, [schedule]), window).problems, "DST")
    assert len(found) == 1
    assert found[0].layer == "daily"
    assert "01:30 falls in the skipped hour" in found[0].message
    assert found[0].start == instant(datetime(2026, 3, 29, 1, tzinfo=UTC))


def test_dst_drift_of_sub_day_turns_and_restriction_in_the_repeated_hour(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    twelve = build.layer(
        "half", ["ann", "bob"], turn_hours=12, virtual=datetime(2026, 10, 1, 8, tzinfo=UTC)
    )
    night = build.layer(
        "night",
        ["ann"],
        restrictions=[build.daily(1, 3)],
        virtual=datetime(2026, 10, 1, 8, tzinfo=UTC),
    )
    schedule = build.schedule("s", [twelve, night], tz="Europe/London")
    window = Window(
        instant(datetime(2026, 10, 20, tzinfo=UTC)), instant(datetime(2026, 11, 2, tzinfo=UTC))
    )
    found = codes(plan(build.project(people, [schedule]), window).problems, "DST")
    messages = {p.layer: p.message for p in found}
    assert "move by 1 h on the wall clock" in messages["half"]
    assert "restriction starts at 01:00" in messages["night"]
    assert "repeated hour" in messages["night"]


def test_no_dst_problem_for_morning_handoffs(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    layer = build.layer("daily", ["ann", "bob"], virtual=datetime(2026, 3, 1, 9, tzinfo=UTC))
    schedule = build.schedule("s", [layer], tz="Europe/London")
    window = Window(
        instant(datetime(2026, 3, 1, tzinfo=UTC)), instant(datetime(2026, 11, 1, tzinfo=UTC))
    )
    assert not codes(plan(build.project(people, [schedule]), window).problems, "DST")


def test_night_handoff_in_the_person_zone(build) -> None:
    people = [build.person("ann", "Asia/Tokyo"), build.person("bob", "Europe/London")]
    # Handoffs at 18:00 UTC: 03:00 in Tokyo (ann's night), 18:00 in London.
    layer = build.layer("l", ["ann", "bob"], virtual=build.at(0, 18))
    project = build.project(people, [build.schedule("s", [layer])])
    found = codes(plan(project, build.window(0, 4)).problems, "NIGHT_HANDOFF")
    assert {p.person for p in found} == {"ann"}
    assert all((p.start - build.us(0, 18)) % (24 * HOUR) == 0 for p in found)
    assert {("takes over" in p.message) for p in found} == {True, False}


def test_midnight_handoff_is_not_in_the_middle_of_the_night(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    layer = build.layer("l", ["ann", "bob"], virtual=build.at(0))
    project = build.project(people, [build.schedule("s", [layer])])
    assert not codes(plan(project, build.window(0, 4)).problems, "NIGHT_HANDOFF")


def test_pagerduty_compatibility(build) -> None:
    ann = build.person("ann")
    nomail = dataclasses.replace(build.person("eve"), email="")
    seconds = build.layer("l", ["ann", "eve"], virtual=datetime(2026, 1, 5, 9, 0, 30, tzinfo=UTC))
    utc = build.schedule("s", [seconds], tz="UTC")
    empty = build.schedule("e", [])
    policies = [
        build.policy("p1", ["schedule:s"]),
        dataclasses.replace(build.policy("p2", ["schedule:e"]), name="P1"),
    ]
    found = codes(
        plan(build.project([ann, nomail], [utc, empty], policies), build.window(0, 1)).problems,
        "PAGERDUTY",
    )
    summary = {(p.severity, p.schedule, p.layer, p.person, p.policy) for p in found}
    assert summary == {
        ("warning", "s", None, None, None),
        ("warning", "s", "l", None, None),
        ("error", "e", None, None, None),
        ("error", None, None, "eve", None),
        ("error", None, None, None, "p2"),
    }


def test_unused_schedule_and_unknown_holiday_country(build) -> None:
    people = [build.person("ann", countries=["ZZ"])]
    project = build.project(
        people, [build.schedule("s", [build.layer("l", ["ann"])])], countries=["GB", "XX"]
    )
    found = plan(project, build.window(0, 1)).problems
    assert [(p.severity, p.schedule) for p in codes(found, "UNUSED")] == [("info", "s")]
    assert {(p.person, p.message.split("'")[1]) for p in codes(found, "HOLIDAY_COUNTRY")} == {
        (None, "XX"),
        ("ann", "ZZ"),
    }


def test_problems_are_sorted_and_the_clean_project_has_none(build) -> None:
    people = [build.person("ann"), build.person("bob")]
    project = build.project(
        people,
        [build.schedule("s", [build.layer("l", ["ann", "bob"], virtual=build.at(0, 9))])],
        [build.policy("p", ["schedule:s"])],
    )
    assert plan(project, build.window(0, 14)).problems == ()


def test_the_demo_shows_what_it_was_built_for() -> None:
    found = plan(loads(demo_text()), DEMO_WINDOW).problems
    assert list(found) == sorted(found, key=Problem.sort_key)
    gaps = codes(found, "GAP")
    assert [(g.start, g.end, g.severity, g.schedule) for g in gaps] == [
        (
            instant(datetime(2026, 12, d, tzinfo=UTC)),
            instant(datetime(2026, 12, d, 8, tzinfo=UTC)),
            "error",
            "primary",
        )
        for d in (8, 9)
    ]
    hannah = [p for p in codes(found, "DOUBLE_BOOKED") if p.override == "o-hannah-thu"]
    assert [(p.person, p.schedule, p.other_schedule) for p in hannah] == [
        ("hannah", "primary", "secondary")
    ]
    amelia = [p for p in codes(found, "TIME_OFF") if p.person == "amelia"]
    assert [(p.start, p.schedule, p.layer) for p in amelia] == [
        (instant(datetime(2026, 12, d, 8, tzinfo=UTC)), "primary", "emea") for d in (2, 3, 4)
    ]
    nobody = codes(found, "ESCALATION_NOBODY")
    assert [(p.start, p.policy, p.rule) for p in nobody] == [(g.start, "payments", 1) for g in gaps]


def _gappy(build, start_hour: int, hours: int, members: list[str]):
    people = [build.person(p) for p in ("ann", "bob", "cat", "dan")]
    first = build.schedule(
        "a", [build.layer("l", members, restrictions=[build.daily(start_hour, hours)])]
    )
    second = build.schedule("b", [build.layer("m", ["dan"])])
    return build.project(
        people, [first, second], [build.policy("p", ["schedule:a"], ["schedule:b"])]
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start_hour=st.integers(0, 23),
    hours=st.integers(1, 23),
    members=st.lists(st.sampled_from(["ann", "bob", "cat"]), min_size=1, max_size=3),
    pick=st.integers(0, 100),
    cover=st.sampled_from(["ann", "bob", "cat", "dan"]),
)
def test_an_override_on_a_gap_removes_that_gap_and_nothing_else(
    build, start_hour: int, hours: int, members: list[str], pick: int, cover: str
) -> None:
    project = _gappy(build, start_hour, hours, members)
    window = build.window(0, 7)
    before = plan(project, window)
    gaps = codes(before.problems, "GAP")
    gap = gaps[pick % len(gaps)]
    assert gap.start is not None
    assert gap.end is not None
    after = plan(apply_suggestion(project, "a", gap.start, gap.end, cover), window)
    assert codes(after.problems, "GAP") == [g for g in gaps if g != gap]
    assert after.render("b") == before.render("b")
    unrelated = {
        p
        for p in before.problems
        if p.person != cover and p.code not in ("ESCALATION_NOBODY", "GAP")
    }
    assert unrelated <= set(after.problems)


# The values behind each message ------------------------------------------------------------


def _hours_text(value: int) -> str:
    if value < HOUR:
        return f"{value // MINUTE} min"
    hours = value / HOUR
    return f"{hours:.0f} h" if hours == int(hours) else f"{hours:.1f} h"


def _range_text(start: int, end: int, zone_name: str) -> str:
    first, last = to_datetime(start, zone(zone_name)), to_datetime(end, zone(zone_name))
    until = f"{last:%H:%M}" if first.date() == last.date() else f"{last:%a %Y-%m-%d %H:%M}"
    return f"{first:%a %Y-%m-%d %H:%M} – {until} ({zone_name})"


def _english(p: Problem, project: Project) -> str:
    """The message written again from the problem's ids, times and ``args`` alone."""
    assert p.start is not None
    assert p.end is not None
    args = p.args
    person = project.person(p.person).name if p.person else ""
    schedule = project.schedule(p.schedule).name if p.schedule else ""
    policy = project.policy(p.policy).name if p.policy else ""
    span = _range_text(p.start, p.end, str(args["zone"]))
    length = _hours_text(p.end - p.start)
    if p.kind == "gap_paged":
        return (
            f"Nobody is on call in {schedule} for {length}, {span}; rule 1 of policy "
            f"{policy!r} pages this schedule"
        )
    if p.kind == "time_off_note":
        return (
            f"{person} is on call in {schedule} for {length} during their time off "
            f"({args['note']}), {span}"
        )
    if p.kind == "double_booked_paged":
        other = project.schedule(str(p.other_schedule)).name
        return (
            f"{person} is on call in both {schedule} and {other} for {length}, {span}; "
            f"policy {policy!r} would page them twice"
        )
    limit = _hours_text(int(args.get("limit") or 0))
    if p.kind == "rest":
        return f"{person} has only {length} of rest between two shifts (less than {limit}), {span}"
    if p.kind == "long_shift":
        return f"{person} is on call for {length} without a break (more than {limit}), {span}"
    assert p.kind == "nobody_first_rule"
    delay = _hours_text(int(args["delay"] or 0))
    return (
        f"rule {p.rule} of policy {policy!r} reaches nobody for {length}, {span}: the first "
        f"human is paged after {delay} (rule {args['paged_rule']})"
    )


def test_the_demo_messages_can_be_written_from_their_values_alone() -> None:
    project = loads(demo_text())
    found = plan(project, DEMO_WINDOW).problems
    assert {p.kind for p in found} == {
        "gap_paged",
        "time_off_note",
        "double_booked_paged",
        "rest",
        "long_shift",
        "nobody_first_rule",
    }
    for problem in found:
        assert tuple(problem.args) == MESSAGE_ARGS[problem.kind]
        assert _english(problem, project) == problem.message
    gap = codes(found, "GAP")[0]
    assert dict(gap.args) == {"zone": "Europe/London"}
    kenji = next(p for p in codes(found, "TIME_OFF") if p.person == "kenji")
    assert dict(kenji.args) == {"zone": "Asia/Tokyo", "note": "Year-end leave"}


def test_every_kind_carries_its_documented_values(build) -> None:
    people = [build.person("ann", "Asia/Tokyo", countries=["ZZ"]), build.person("bob")]
    nomail = dataclasses.replace(build.person("eve"), email="")
    daily = build.layer("daily", ["ann", "bob"], virtual=datetime(2026, 3, 1, 1, 30, tzinfo=UTC))
    night = build.layer(
        "night",
        ["bob"],
        restrictions=[build.daily(1, 3)],
        virtual=datetime(2026, 3, 1, 8, tzinfo=UTC),
    )
    seconds = build.layer("sec", ["eve"], virtual=datetime(2026, 3, 1, 9, 0, 30, tzinfo=UTC))
    london = build.schedule("s", [daily, night], tz="Europe/London")
    utc = build.schedule("u", [seconds], tz="UTC")
    project = build.project(
        [*people, nomail],
        [london, utc, build.schedule("e", [])],
        [build.policy("p", ["schedule:u"], ["schedule:e"])],
        countries=["XX"],
    )
    window = Window(
        instant(datetime(2026, 3, 27, tzinfo=UTC)), instant(datetime(2026, 4, 2, tzinfo=UTC))
    )
    found = plan(project, window).problems
    kinds = {p.kind for p in found}
    assert {
        "dst_handoff_skipped",
        "dst_restriction_skipped",
        "night_takes_over",
        "night_hands_over",
        "nobody_later_rule",
        "pagerduty_utc",
        "pagerduty_no_layer",
        "pagerduty_layer_seconds",
        "pagerduty_no_email",
        "unused",
        "holiday_country_project",
        "holiday_country_person",
    } <= kinds
    for problem in found:
        assert tuple(problem.args) == MESSAGE_ARGS[problem.kind], problem
        assert problem.kind.startswith(problem.code.lower().split("_")[0]) or problem.code in (
            "ESCALATION_NOBODY",
            "HOLIDAY_COUNTRY",
        )
        if "zone" in problem.args:
            assert f"({problem.args['zone']})" in problem.message
    handoff = next(p for p in found if p.kind == "dst_handoff_skipped")
    assert dict(handoff.args) == {"zone": "Europe/London", "wall": datetime(2026, 3, 29, 1, 30)}
    edge = next(p for p in found if p.kind == "dst_restriction_skipped")
    assert (edge.args["restriction"], edge.args["edge"]) == ("daily", "starts")
    assert edge.args["wall"] == datetime(2026, 3, 29, 1, 0)
    assert {(p.person, p.args["country"]) for p in codes(found, "HOLIDAY_COUNTRY")} == {
        (None, "XX"),
        ("ann", "ZZ"),
    }
