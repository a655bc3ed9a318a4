"""The message catalogue: one template per kind, and the English of the CLI is that template."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, time, timedelta

import pytest

from rotaplan.core import (
    HOUR,
    MESSAGE_ARGS,
    MESSAGE_WORDS,
    PROBLEM_MESSAGES,
    REASON_ARGS,
    REASON_MESSAGES,
    Message,
    Problem,
    Project,
    Restriction,
    Window,
    instant,
    pagerduty_problems,
    plan,
    suggest_cover,
)
from rotaplan.store import loads
from rotaplan.store.demo import demo_text


def _pattern(message: Message) -> re.Pattern[str]:
    """The template as a regular expression: each value is any text."""
    parts = re.split(r"%\d+", message.template)
    return re.compile("(.+)".join(re.escape(part) for part in parts))


def test_every_kind_has_exactly_one_template() -> None:
    assert set(PROBLEM_MESSAGES) == set(MESSAGE_ARGS)
    assert set(REASON_MESSAGES) == set(REASON_ARGS)
    assert {m.context for m in PROBLEM_MESSAGES.values()} == {"Problems"}
    assert {m.context for m in REASON_MESSAGES.values()} == {"Suggestions"}
    # Two kinds may share an English text only when a disambiguation keeps them apart.
    keys = [(m.template, m.disambiguation) for m in PROBLEM_MESSAGES.values()]
    assert len(keys) == len(set(keys))
    assert all(word == key for key, word in MESSAGE_WORDS.items())


def test_a_template_takes_its_values_in_order() -> None:
    message = Message("Suggestions", "%1% of %2", ("percent", "what"))
    assert message.english("40", "it") == "40% of it"
    with pytest.raises(ValueError, match="once, in order"):
        Message("Problems", "%2 before %1", ("a", "b"))
    with pytest.raises(ValueError, match="once, in order"):
        Message("Problems", "%1 and %1", ("a",))
    with pytest.raises(TypeError):
        message.english("40")


def _many_kinds(build) -> Project:
    """Problems of nearly every kind around the clock changes of London in 2026."""
    london = build.schedule(
        "s",
        [
            build.layer("daily", ["ann", "bob"], virtual=datetime(2026, 3, 1, 1, 30, tzinfo=UTC)),
            build.layer(
                "night",
                ["bob"],
                restrictions=[build.daily(1, 3), Restriction("weekly", time(1, 30), 7200, 7)],
                virtual=datetime(2026, 3, 1, 8, tzinfo=UTC),
            ),
            build.layer(
                "half",
                ["ann"],
                turn_hours=12,
                virtual=datetime(2026, 3, 1, 8, 0, 30, tzinfo=UTC),
                end=datetime(2026, 12, 1, 0, 0, 5, tzinfo=UTC),
            ),
        ],
        tz="Europe/London",
    )
    long_named = dataclasses.replace(
        build.schedule("e", []), name="E" * 260, description="d" * 1100
    )
    policies = [
        build.policy("p", ["schedule:u"], ["schedule:e"]),
        dataclasses.replace(build.policy("q", ["schedule:s"]), name="P"),
    ]
    return build.project(
        [
            build.person("ann", "Asia/Tokyo", countries=["ZZ"]),
            build.person("bob"),
            dataclasses.replace(build.person("eve"), name="O'Neil " * 20, email=""),
        ],
        [london, build.schedule("u", [build.layer("sec", ["eve"])], tz="UTC"), long_named],
        policies,
        countries=["XX"],
    )


def test_every_problem_message_is_its_template_filled(build) -> None:
    project = _many_kinds(build)
    found = [
        *plan(project, _days(2026, 3, 27, 6)).problems,
        *plan(project, _days(2026, 10, 24, 3)).problems,
        *plan(loads(demo_text()), _december()).problems,
    ]
    assert len({p.kind for p in found}) >= 25
    for problem in found:
        match = _pattern(PROBLEM_MESSAGES[problem.kind]).fullmatch(problem.message)
        assert match, problem
    edge = next(p for p in found if p.kind == "dst_restriction_skipped")
    assert "a daily restriction starts at 01:00 on Sun 2026-03-29" in edge.message


def test_every_reason_is_its_template_filled() -> None:
    demo = loads(demo_text())
    result = plan(demo, _december())
    start = result.window.start + 8 * 24 * HOUR
    suggestions = suggest_cover(result, "primary", start, start + 8 * HOUR)
    rows = [(c.reasons, c.details) for c in suggestions.candidates]
    rows += [(e.reasons, e.details) for e in suggestions.excluded]
    assert rows
    for texts, details in rows:
        assert len(texts) == len(details)
        for text, reason in zip(texts, details, strict=True):
            assert _pattern(REASON_MESSAGES[reason.kind]).fullmatch(text), (text, reason)


def test_pagerduty_problems_are_the_pagerduty_checks_alone(build) -> None:
    ann = build.person("ann")
    nomail = dataclasses.replace(build.person("eve"), email="")
    seconds = build.layer("l", ["ann", "eve"], virtual=datetime(2026, 1, 5, 9, 0, 30, tzinfo=UTC))
    project = build.project(
        [ann, nomail],
        [build.schedule("s", [seconds], tz="UTC"), build.schedule("e", [])],
        [build.policy("p1", ["schedule:s"]), build.policy("p2", ["schedule:e"])],
    )
    alone = pagerduty_problems(project)
    everything = plan(project, build.window(0, 3)).problems
    assert alone == tuple(p for p in everything if p.code == "PAGERDUTY")
    assert [p.severity for p in alone] == ["error", "error", "warning", "warning"]
    assert all(isinstance(p, Problem) and p.start is None for p in alone)
    assert pagerduty_problems(loads(demo_text())) == ()


def _days(year: int, month: int, day: int, count: int) -> Window:
    start = datetime(year, month, day, tzinfo=UTC)
    return Window(instant(start), instant(start + timedelta(days=count)))


def _december() -> Window:
    return _days(2026, 11, 30, 28)
