"""The project file: exact round trips, kept unknown keys, and errors that name the field."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rotaplan.core import (
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    HolidaySettings,
    Layer,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
    TimeOff,
)
from rotaplan.store import FORMAT_VERSION, ProjectFileError, dumps, loads
from rotaplan.store.demo import demo_text


def test_demo_file_round_trips_byte_for_byte() -> None:
    text = demo_text()
    assert dumps(loads(text)) == text


def test_output_is_deterministic_with_two_space_indent_and_trailing_newline() -> None:
    text = dumps(loads(demo_text()))
    assert text.endswith("}\n")
    assert text.splitlines()[1].startswith('  "rotaplan": 1')
    assert list(json.loads(text)) == [
        "rotaplan",
        "name",
        "people",
        "schedules",
        "escalation_policies",
        "time_off",
        "holidays",
    ]


def _demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(demo_text())
    return data


def test_unknown_keys_are_kept_at_every_level() -> None:
    data = _demo()
    data["x_top"] = {"nested": [1, 2]}
    data["people"][0]["x_person"] = "kept"
    data["schedules"][0]["x_schedule"] = True
    data["schedules"][0]["layers"][0]["x_layer"] = None
    data["schedules"][0]["layers"][0]["restrictions"][0]["x_restriction"] = 1.5
    data["schedules"][0]["overrides"][0]["x_override"] = []
    data["escalation_policies"][0]["x_policy"] = "p"
    data["escalation_policies"][0]["rules"][0]["x_rule"] = "r"
    data["escalation_policies"][0]["rules"][0]["targets"][0]["x_target"] = "t"
    data["time_off"][0]["x_time_off"] = "o"
    data["holidays"]["x_holidays"] = "h"
    again = json.loads(dumps(loads(json.dumps(data))))
    assert again == data


def test_z_suffix_is_accepted() -> None:
    data = _demo()
    data["time_off"][0]["start"] = "2026-12-02T00:00:00Z"
    project = loads(json.dumps(data))
    assert project.time_off[0].start == datetime(2026, 12, 2, tzinfo=UTC)


def _error(data: object) -> str:
    with pytest.raises(ProjectFileError) as caught:
        loads(json.dumps(data))
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("schedules", 0, "layers", 1, "turn_length_seconds"),
            0,
            "schedules[0].layers[1].turn_length_seconds: must be >= 3600",
        ),
        (
            ("schedules", 0, "layers", 1, "turn_length_seconds"),
            31_536_001,
            "schedules[0].layers[1].turn_length_seconds: must be <= 31536000",
        ),
        (
            ("schedules", 0, "layers", 1, "turn_length_seconds"),
            "604800",
            "schedules[0].layers[1].turn_length_seconds: must be a whole number",
        ),
        (
            ("schedules", 0, "layers", 0, "restrictions", 0, "duration_seconds"),
            0,
            "schedules[0].layers[0].restrictions[0].duration_seconds: must be >= 1",
        ),
        (
            ("schedules", 0, "layers", 0, "restrictions", 0, "duration_seconds"),
            86_400,
            "schedules[0].layers[0].restrictions[0].duration_seconds: must be <= 86399",
        ),
        (
            ("schedules", 0, "layers", 4, "restrictions", 0, "start_day_of_week"),
            8,
            "schedules[0].layers[4].restrictions[0].start_day_of_week: must be <= 7",
        ),
        (
            ("schedules", 0, "layers", 0, "restrictions", 0, "start_time"),
            "25:00",
            "schedules[0].layers[0].restrictions[0].start_time: '25:00' is not a time of day",
        ),
        (
            ("schedules", 0, "layers", 0, "members", 1),
            "nobody",
            "schedules[0].layers[0].members[1]: unknown person 'nobody'",
        ),
        (
            ("schedules", 0, "layers", 0, "members"),
            [],
            "schedules[0].layers[0].members: must list at least one person",
        ),
        (
            ("schedules", 0, "time_zone"),
            "Mars/Olympus",
            "schedules[0].time_zone: unknown time zone 'Mars/Olympus'",
        ),
        (
            ("people", 0, "time_zone"),
            "localtime",
            "people[0].time_zone: time zone 'localtime' exists only in this machine's zone files",
        ),
        (
            ("schedules", 0, "overrides", 0, "end"),
            "2026-12-03T15:00:00+00:00",
            "schedules[0].overrides[0].end: must be after start",
        ),
        (
            ("schedules", 0, "overrides", 0, "person"),
            "ghost",
            "schedules[0].overrides[0].person: unknown person 'ghost'",
        ),
        (
            ("schedules", 0, "layers", 0, "start"),
            "2026-10-05T09:00:00",
            "schedules[0].layers[0].start: '2026-10-05T09:00:00' needs a UTC offset",
        ),
        (
            ("schedules", 0, "layers", 0, "start"),
            "next tuesday",
            "schedules[0].layers[0].start: 'next tuesday' is not an ISO 8601 date and time",
        ),
        (
            ("schedules", 0, "layers", 0, "start"),
            1700000000,
            "schedules[0].layers[0].start: must be an ISO 8601 date and time",
        ),
        (("people", 1, "id"), "amelia", "people[1].id: duplicate person id 'amelia'"),
        (("people", 0, "color"), "blue", "people[0].color: must be a colour like #4e79a7"),
        (
            ("escalation_policies", 0, "num_loops"),
            10,
            "escalation_policies[0].num_loops: must be <= 9",
        ),
        (
            ("escalation_policies", 0, "rules", 0, "delay_minutes"),
            0,
            "escalation_policies[0].rules[0].delay_minutes: must be >= 1",
        ),
        (
            ("escalation_policies", 0, "rules", 0, "targets", 0),
            {"schedule": "nope"},
            "escalation_policies[0].rules[0].targets[0].schedule: unknown schedule 'nope'",
        ),
        (
            ("escalation_policies", 0, "rules", 0, "targets", 0),
            {"team": "x"},
            "escalation_policies[0].rules[0].targets[0]: must name exactly one of",
        ),
        (("time_off", 0, "person"), "ghost", "time_off[0].person: unknown person 'ghost'"),
        (("schedules",), {"a": 1}, "schedules: must be a list"),
        (("schedules", 0), [], "schedules[0]: must be an object"),
    ],
)
def test_errors_name_the_field(path: tuple[Any, ...], value: object, expected: str) -> None:
    data = _demo()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _error(data).startswith(expected)


def test_missing_required_field_is_named() -> None:
    data = _demo()
    del data["schedules"][1]["layers"][0]["rotation_virtual_start"]
    assert _error(data) == "schedules[1].layers[0].rotation_virtual_start: is missing"


def test_newer_format_is_refused() -> None:
    data = _demo()
    data["rotaplan"] = FORMAT_VERSION + 1
    message = _error(data)
    assert "newer" in message
    assert "update Rotaplan" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "line 1 column 1: not valid JSON"),
        ('{"rotaplan": 1,', "not valid JSON"),
        ("[1, 2]", "file: must be an object"),
        ("{}", "rotaplan: missing"),
        ("[" * 100_000 + "]" * 100_000, "not a usable JSON document"),
        ('{"rotaplan": 1, "people": [{"id": 1e999}]}', "people[0].id: 1e999 is not a number"),
    ],
)
def test_junk_is_refused_in_one_line(text: str, expected: str) -> None:
    with pytest.raises(ProjectFileError) as caught:
        loads(text)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_binary_junk_is_refused() -> None:
    with pytest.raises(ProjectFileError, match="not UTF-8"):
        loads(bytes(range(256)) * 10)


# --- round trip property -------------------------------------------------------------------

_ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=8)
_zones = st.sampled_from(
    ["Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "Etc/UTC"]
)
_offsets = st.sampled_from(
    [UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=-3, minutes=-30))]
)
_instants = st.builds(
    lambda minutes, tz: (datetime(2020, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)).astimezone(
        tz
    ),
    st.integers(0, 10 * 365 * 24 * 60),
    _offsets,
)
_text = st.text(max_size=12)


@st.composite
def _projects(draw: st.DrawFn) -> Project:
    person_ids = draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
    people = tuple(
        Person(
            pid,
            draw(_text.filter(str.strip)),
            draw(_text),
            draw(_zones),
            draw(st.sampled_from(["#4e79a7", "#ABCDEF"])),
            draw(st.none() | _ids),
            tuple(draw(st.lists(st.sampled_from(["GB", "JP"]), max_size=2))),
            extra=draw(st.dictionaries(st.sampled_from(["x_a", "x_b"]), st.integers())),
        )
        for pid in person_ids
    )
    members = st.lists(st.sampled_from(person_ids), min_size=1, max_size=5).map(tuple)
    restriction = st.one_of(
        st.builds(lambda t, d: Restriction("daily", t, d), st.times(), st.integers(1, 86_399)),
        st.builds(
            lambda t, d, w: Restriction("weekly", t, d, w),
            st.times(),
            st.integers(1, 604_799),
            st.integers(1, 7),
        ),
    )
    schedules = []
    for sid in draw(st.lists(_ids, max_size=3, unique=True)):
        layers = []
        for lid in draw(st.lists(_ids, max_size=3, unique=True)):
            start = draw(_instants)
            end = draw(
                st.none() | st.integers(1, 10**6).map(lambda m, s=start: s + timedelta(minutes=m))
            )
            layers.append(
                Layer(
                    lid,
                    draw(_text),
                    start,
                    draw(_instants),
                    draw(st.integers(3600, 31_536_000)),
                    draw(members),
                    tuple(draw(st.lists(restriction, max_size=3))),
                    end,
                    draw(st.none() | _ids),
                )
            )
        overrides = []
        for oid in draw(st.lists(_ids, max_size=3, unique=True)):
            start = draw(_instants)
            overrides.append(
                Override(
                    oid,
                    start,
                    start + timedelta(minutes=draw(st.integers(1, 10**5))),
                    draw(st.sampled_from(person_ids)),
                )
            )
        schedules.append(
            Schedule(
                sid,
                draw(_text.filter(str.strip)),
                draw(_zones),
                tuple(layers),
                tuple(overrides),
                draw(_text),
            )
        )
    targets = st.sampled_from(
        [EscalationTarget("person", p) for p in person_ids]
        + [EscalationTarget("schedule", s.id) for s in schedules]
    )
    policies = tuple(
        EscalationPolicy(
            pid,
            "Policy",
            tuple(
                EscalationRule(
                    draw(st.integers(1, 60)), tuple(draw(st.lists(targets, min_size=1, max_size=3)))
                )
                for _ in range(draw(st.integers(1, 3)))
            ),
            draw(st.integers(0, 9)),
        )
        for pid in draw(st.lists(_ids, max_size=2, unique=True))
    )
    time_off = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(_instants)
        time_off.append(
            TimeOff(
                draw(st.sampled_from(person_ids)),
                start,
                start + timedelta(days=1),
                draw(_text),
                draw(st.none() | _ids),
            )
        )
    return Project(
        draw(_text),
        people,
        tuple(schedules),
        policies,
        tuple(time_off),
        HolidaySettings(tuple(draw(st.lists(st.sampled_from(["GB", "US"]), max_size=2)))),
        extra=draw(st.dictionaries(st.sampled_from(["x_1", "x_2"]), st.text(max_size=3))),
    )


@settings(max_examples=150, deadline=None)
@given(_projects())
def test_load_of_save_is_identity(project: Project) -> None:
    text = dumps(project)
    again = loads(text)
    assert again == project
    assert dumps(again) == text
    # Offsets are kept as written, not just the instants.
    for before, after in zip(project.time_off, again.time_off, strict=True):
        assert before.start.utcoffset() == after.start.utcoffset()


def test_time_off_without_ids_gets_the_same_ids_on_every_load() -> None:
    data = json.loads(demo_text())
    for entry in data["time_off"]:
        del entry["id"]
    data["time_off"].append(dict(data["time_off"][0]))  # a second entry on the same day
    text = json.dumps(data)
    first, second = loads(text), loads(text)
    ids = [t.id for t in first.time_off]
    assert ids == [t.id for t in second.time_off]
    assert len(set(ids)) == len(ids)
    assert ids[-1] == f"{ids[0]}-2"
    assert [t.id for t in loads(dumps(first)).time_off] == ids


def test_duplicate_time_off_ids_name_the_field() -> None:
    data = json.loads(demo_text())
    data["time_off"][1]["id"] = data["time_off"][0]["id"]
    with pytest.raises(ProjectFileError, match=r"time_off\[1\]\.id: duplicate time-off id"):
        loads(json.dumps(data))
