"""A pull into an existing project keeps what PagerDuty does not hold, and takes the rest."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from rotaplan.core import HolidaySettings, Person, Project, TimeOff
from rotaplan.pagerduty.merge import carry_local

DAY = datetime(2026, 3, 2, tzinfo=UTC)


def _off(person: str, days: int) -> TimeOff:
    return TimeOff(person, DAY + timedelta(days=days), DAY + timedelta(days=days + 2), "leave")


OLD = Project(
    name="Payments team",
    people=(
        Person("ann", "Ann", "ann@example.com", pagerduty_id="PU1", color="#aa0000"),
        Person("bo", "Bo", "Bo@Example.com", color="#00aa00", holiday_countries=("JP",)),
        Person("cy", "Cy", "cy@example.com", pagerduty_id="PU3"),
    ),
    time_off=(_off("ann", 0), _off("bo", 3), _off("cy", 6)),
    holidays=HolidaySettings(countries=("GB",)),
)
PULLED = Project(
    name="PagerDuty",
    people=(
        Person("ann-h", "Ann Hughes", "ann.hughes@example.com", pagerduty_id="PU1"),
        Person("bo", "Bo Berg", "bo@example.com", pagerduty_id="PU2"),
        Person("dee", "Dee", "dee@example.com", pagerduty_id="PU4"),
    ),
)


def test_time_off_holidays_and_colours_follow_their_people() -> None:
    merged = carry_local(OLD, PULLED)
    assert merged.name == "Payments team"
    assert merged.holidays == OLD.holidays
    # Ann by her user id (a new email), Bo by email (any case); Cy is gone from PagerDuty.
    assert [(t.person, t.start) for t in merged.time_off] == [
        ("ann-h", OLD.time_off[0].start),
        ("bo", OLD.time_off[1].start),
    ]
    people = {p.id: p for p in merged.people}
    assert (people["ann-h"].color, people["bo"].color) == ("#aa0000", "#00aa00")
    assert people["bo"].holiday_countries == ("JP",)
    assert people["dee"] == PULLED.person("dee")


def test_what_pagerduty_holds_comes_from_the_pull() -> None:
    merged = carry_local(OLD, PULLED)
    assert [(p.id, p.name, p.email, p.pagerduty_id) for p in merged.people] == [
        (p.id, p.name, p.email, p.pagerduty_id) for p in PULLED.people
    ]
    assert merged.schedules == PULLED.schedules
    assert merged.escalation_policies == PULLED.escalation_policies
    assert merged.extra == PULLED.extra


def test_a_nameless_project_takes_the_pulled_name() -> None:
    assert carry_local(replace(OLD, name=""), PULLED).name == "PagerDuty"
    assert carry_local(Project(name=""), PULLED) == replace(PULLED, holidays=HolidaySettings())
