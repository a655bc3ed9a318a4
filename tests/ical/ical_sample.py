"""A small project whose schedules cross DST in New York and Sydney, with an override."""

from __future__ import annotations

from datetime import UTC, datetime

from rotaplan.core import (
    Layer,
    Override,
    Person,
    Project,
    Schedule,
    Window,
    instant,
    localize,
    zone,
)

NY = zone("America/New_York")
SYD = zone("Australia/Sydney")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def make_project() -> Project:
    """Alice and Bob in New York (daily 09:00 handoffs), Carol and Dan in Sydney (weekly)."""
    people = (
        Person("alice", "Alice Example", time_zone="America/New_York"),
        Person("bob", "Bob Example", time_zone="America/New_York"),
        Person("carol", "Carol; Example, Jr.", time_zone="Australia/Sydney"),
        Person("dan", "Dan Ó Súilleabháin", time_zone="Etc/UTC"),
    )
    ny_start = localize(datetime(2026, 3, 2, 9), NY)
    syd_start = localize(datetime(2026, 3, 2, 9), SYD)
    payments = Schedule(
        "payments",
        "Payments primary",
        "America/New_York",
        layers=(Layer("daily", "Daily", ny_start, ny_start, 86_400, ("alice", "bob")),),
        overrides=(
            Override(
                "o-1",
                localize(datetime(2026, 3, 7, 21), NY),
                localize(datetime(2026, 3, 8, 21), NY),
                "alice",
            ),
        ),
    )
    sydney = Schedule(
        "apac",
        "APAC",
        "Australia/Sydney",
        layers=(Layer("weekly", "Weekly", syd_start, syd_start, 604_800, ("carol", "dan")),),
    )
    return Project("Test org", people, (payments, sydney))


def march_window() -> Window:
    """2026-03-03 to 2026-04-14 UTC: across New York's spring-forward and Sydney's fall-back."""
    return Window(
        instant(datetime(2026, 3, 3, tzinfo=UTC)), instant(datetime(2026, 4, 14, tzinfo=UTC))
    )
