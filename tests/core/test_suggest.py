"""Cover suggestions: who is left out, how the rest rank, and applying one."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rotaplan.core import (
    HOUR,
    MINUTE,
    REASON_ARGS,
    AnalysisError,
    Project,
    Reason,
    Window,
    apply_suggestion,
    instant,
    plan,
    suggest_cover,
)
from rotaplan.store import loads
from rotaplan.store.demo import demo_text

DEMO = loads(demo_text())
DEMO_WINDOW = Window(
    instant(datetime(2026, 11, 30, tzinfo=UTC)), instant(datetime(2026, 12, 28, tzinfo=UTC))
)


def test_people_on_time_off_or_on_call_are_never_suggested(build) -> None:
    people = [build.person(p) for p in ("ann", "bob", "cat", "dan")]
    a = build.schedule("a", [build.layer("l", ["ann", "bob"], restrictions=[build.daily(8, 8)])])
    b = build.schedule("b", [build.layer("m", ["cat"])])
    off = build.time_off("bob", build.at(1), build.at(2))
    project = build.project(people, [a, b], time_off=[off])
    result = suggest_cover(plan(project, build.window(0, 3)), "a", build.us(1, 20), build.us(1, 23))
    assert {c.person for c in result.candidates} == {"ann", "dan"}
    assert {e.person: e.reasons for e in result.excluded} == {
        "bob": ("on time off (Leave)",),
        "cat": ("already on call in B then",),
    }


def test_rest_and_load_rank_the_candidates(build) -> None:
    people = [build.person(p) for p in ("ann", "bob", "cat")]
    # ann works 08-16 every day, bob only on day 0; the interval is day 2, 18-22.
    a = build.schedule("a", [build.layer("l", ["ann"], restrictions=[build.daily(8, 8)])])
    b = build.schedule(
        "b", [build.layer("m", ["bob"], restrictions=[build.daily(8, 8)], end=build.at(1))]
    )
    project = build.project(people, [a, b])
    result = suggest_cover(plan(project, build.window(0, 5)), "a", build.us(2, 18), build.us(2, 22))
    ranked = [c.person for c in result.candidates]
    assert ranked == ["cat", "bob", "ann"]
    ann = result.candidates[-1]
    assert ann.rest == 2 * HOUR
    assert "less than 8 h of rest" in ann.reasons
    assert "in this schedule's rotation" in ann.reasons
    assert result.candidates[0].reasons[0] == "no shift in the 66 h before"


def test_daytime_in_the_person_zone_counts(build) -> None:
    people = [
        build.person("bob", "Europe/London"),
        build.person("yuki", "Asia/Tokyo"),
        build.person("cat"),
    ]
    project = build.project(people, [build.schedule("a", [build.layer("l", ["cat"])])])
    # 00:00-06:00 UTC is Tokyo's working morning and London's night; all else is equal.
    result = suggest_cover(plan(project, build.window(0, 4)), "a", build.us(2), build.us(2, 6))
    assert [c.person for c in result.candidates] == ["yuki", "bob"]
    bob = next(c for c in result.candidates if c.person == "bob")
    assert "100% of it in their local night" in bob.reasons


def test_bad_requests(build) -> None:
    project = build.project(
        [build.person("ann")], [build.schedule("a", [build.layer("l", ["ann"])])]
    )
    result = plan(project, build.window(0, 2))
    with pytest.raises(AnalysisError, match="no schedule 'x'"):
        suggest_cover(result, "x", build.us(0), build.us(1))
    with pytest.raises(AnalysisError, match="end after"):
        suggest_cover(result, "a", build.us(1), build.us(1))
    with pytest.raises(AnalysisError, match="inside the plan's window"):
        suggest_cover(result, "a", build.us(1), build.us(3))


def test_apply_appends_an_override_with_a_fresh_id(build) -> None:
    project = build.project(
        [build.person("ann")], [build.schedule("a", [build.layer("l", ["ann"])])]
    )
    once = apply_suggestion(project, "a", build.us(1), build.us(1, 4), "ann")
    twice = apply_suggestion(once, "a", build.us(1), build.us(1, 4), "ann")
    ids = [o.id for o in twice.schedule("a").overrides]
    assert ids == ["cover-ann-20260106T0000", "cover-ann-20260106T0000-2"]
    assert instant(twice.schedule("a").overrides[-1].end) == build.us(1, 4)
    with pytest.raises(AnalysisError, match="already has an override"):
        apply_suggestion(once, "a", build.us(1), build.us(2), "ann", "cover-ann-20260106T0000")


def test_covering_a_demo_time_off_shift_removes_that_problem() -> None:
    before = plan(DEMO, DEMO_WINDOW)
    shift = next(p for p in before.problems if p.code == "TIME_OFF" and p.person == "amelia")
    assert shift.start is not None
    assert shift.end is not None
    assert shift.schedule is not None
    best = suggest_cover(before, shift.schedule, shift.start, shift.end).candidates[0]
    after = plan(
        apply_suggestion(DEMO, shift.schedule, shift.start, shift.end, best.person), DEMO_WINDOW
    )
    assert shift not in after.problems
    new = set(after.problems) - set(before.problems)
    assert not [p for p in new if p.code in ("TIME_OFF", "DOUBLE_BOOKED", "GAP")]


@settings(max_examples=60, deadline=None)
@given(
    schedule=st.sampled_from(["primary", "secondary", "managers"]),
    start=st.integers(0, 27 * 24 * 4),
    quarters=st.integers(1, 96),
)
def test_a_suggested_person_is_never_on_time_off_or_busy(
    schedule: str, start: int, quarters: int
) -> None:
    result = plan(DEMO, DEMO_WINDOW)
    begin = DEMO_WINDOW.start + start * 15 * MINUTE
    end = min(begin + quarters * 15 * MINUTE, DEMO_WINDOW.end)
    suggestions = suggest_cover(result, schedule, begin, end)
    for candidate in suggestions.candidates:
        for entry in DEMO.time_off:
            if entry.person == candidate.person:
                assert instant(entry.end) <= begin or instant(entry.start) >= end
        for span in result.assignments[candidate.person]:
            assert span.end <= begin or span.start >= end
    scores = [c.score for c in suggestions.candidates]
    assert scores == sorted(scores, reverse=True)
    assert len(suggestions.candidates) + len(suggestions.excluded) == len(DEMO.people)


def _english(reason: Reason, project: Project) -> str:
    """A reason written again from its kind and values alone."""
    args = reason.args

    def hours(key: str) -> str:
        value = int(args[key]) / HOUR
        return f"{value:.0f} h" if value == int(value) else f"{value:.1f} h"

    texts = {
        "time_off": lambda: "on time off",
        "time_off_note": lambda: f"on time off ({args['note']})",
        "busy_here": lambda: "already on call in this schedule then",
        "busy_elsewhere": lambda: (
            f"already on call in {project.schedule(str(args['schedule'])).name} then"
        ),
        "since_last_shift": lambda: f"{hours('rest')} since their last shift",
        "no_shift_before": lambda: f"no shift in the {hours('span')} before",
        "until_next_shift": lambda: f"{hours('rest')} until their next shift",
        "no_shift_after": lambda: f"no shift in the {hours('span')} after",
        "hours_in_window": lambda: f"{hours('hours')} on call in the window",
        "short_rest": lambda: f"less than {hours('limit')} of rest",
        "night_share": lambda: f"{args['percent']}% of it in their local night",
        "daytime": lambda: "outside their local night",
        "member": lambda: "in this schedule's rotation",
        "not_member": lambda: "not in this schedule's rotation",
    }
    return texts[reason.kind]()


def test_each_reason_comes_with_its_kind_and_values(build) -> None:
    people = [build.person(p) for p in ("ann", "bob", "cat", "dan", "eve")]
    a = build.schedule("a", [build.layer("l", ["ann", "bob"], restrictions=[build.daily(8, 8)])])
    b = build.schedule("b", [build.layer("m", ["cat"])])
    off = build.time_off("bob", build.at(1), build.at(2))
    unnamed = dataclasses.replace(build.time_off("eve", build.at(1), build.at(2)), note="")
    project = build.project(people, [a, b], time_off=[off, unnamed])
    results = [
        suggest_cover(plan(project, build.window(0, 3)), "a", build.us(1, 20), build.us(1, 23)),
        suggest_cover(plan(project, build.window(0, 3)), "a", build.us(1, 9), build.us(1, 10)),
        suggest_cover(plan(DEMO, DEMO_WINDOW), "primary", *_demo_gap()),
    ]
    kinds = set()
    for result in results:
        for person in (*result.candidates, *result.excluded):
            assert len(person.details) == len(person.reasons)
            for reason, text in zip(person.details, person.reasons, strict=True):
                assert tuple(reason.args) == REASON_ARGS[reason.kind]
                project_of = DEMO if result is results[-1] else project
                assert _english(reason, project_of) == text
                kinds.add(reason.kind)
    assert kinds == set(REASON_ARGS)


def _demo_gap() -> tuple[int, int]:
    gap = next(p for p in plan(DEMO, DEMO_WINDOW).problems if p.code == "GAP")
    assert gap.start is not None
    assert gap.end is not None
    return gap.start, gap.end
