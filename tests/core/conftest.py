"""Small builders for analysis tests: projects written in a few lines, times as day offsets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

import pytest

from rotaplan.core import (
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    HolidaySettings,
    Instant,
    Layer,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
    TimeOff,
    Window,
    instant,
)
from rotaplan.store.demo import demo_project

MONDAY = datetime(2026, 1, 5, tzinfo=UTC)


class Build:
    """Builders for test projects; ``day``/``hour`` count from Monday 2026-01-05 00:00 UTC."""

    monday = MONDAY

    @staticmethod
    def at(day: float, hour: float = 0) -> datetime:
        return MONDAY + timedelta(days=day, hours=hour)

    @staticmethod
    def us(day: float, hour: float = 0) -> Instant:
        return instant(MONDAY + timedelta(days=day, hours=hour))

    def window(self, first_day: float, last_day: float) -> Window:
        return Window(self.us(first_day), self.us(last_day))

    @staticmethod
    def person(pid: str, tz: str = "Etc/UTC", countries: Sequence[str] = ()) -> Person:
        return Person(
            pid, pid.title(), f"{pid}@example.com", tz, holiday_countries=tuple(countries)
        )

    @staticmethod
    def daily(start_hour: int, hours: int) -> Restriction:
        return Restriction("daily", time(start_hour), hours * 3600)

    def layer(
        self,
        lid: str,
        members: Sequence[str],
        *,
        turn_hours: int = 24,
        restrictions: Sequence[Restriction] = (),
        start: datetime | None = None,
        end: datetime | None = None,
        virtual: datetime | None = None,
    ) -> Layer:
        begin = start or self.at(-30)
        return Layer(
            lid,
            lid.title(),
            begin,
            virtual or MONDAY,
            turn_hours * 3600,
            tuple(members),
            tuple(restrictions),
            end,
        )

    @staticmethod
    def schedule(
        sid: str,
        layers: Sequence[Layer],
        overrides: Sequence[Override] = (),
        tz: str = "Etc/UTC",
    ) -> Schedule:
        return Schedule(sid, sid.title(), tz, tuple(layers), tuple(overrides))

    def override(self, oid: str, person: str, start: datetime, end: datetime) -> Override:
        return Override(oid, start, end, person)

    @staticmethod
    def policy(
        pid: str, *rules: Sequence[str], delay: int = 15, loops: int = 0
    ) -> EscalationPolicy:
        """Each rule is a list of ``schedule:ID`` / ``person:ID`` targets."""
        built = tuple(
            EscalationRule(
                delay,
                tuple(EscalationTarget(t.split(":")[0], t.split(":")[1]) for t in targets),  # type: ignore[arg-type]
            )
            for targets in rules
        )
        return EscalationPolicy(pid, pid.title(), built, loops)

    def time_off(self, person: str, start: datetime, end: datetime) -> TimeOff:
        return TimeOff(person, start, end, "Leave")

    @staticmethod
    def project(
        people: Sequence[Person],
        schedules: Sequence[Schedule],
        policies: Sequence[EscalationPolicy] = (),
        time_off: Sequence[TimeOff] = (),
        countries: Sequence[str] = (),
    ) -> Project:
        return Project(
            "Test",
            tuple(people),
            tuple(schedules),
            tuple(policies),
            tuple(time_off),
            HolidaySettings(tuple(countries)),
        )


@pytest.fixture
def build() -> Build:
    """The builders."""
    return Build()


@pytest.fixture
def demo() -> Project:
    """The demo project as shipped (its story starts on Monday 30 November 2026)."""
    return demo_project(datetime(2026, 11, 30).date())
