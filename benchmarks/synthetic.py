"""A fixed synthetic organisation for the benchmarks: 100 schedules x 3 layers x 8 members.

300 people in 6 zones; each schedule has a weekly base layer, a business-hours layer (weekdays
09:00-17:00 in the schedule's zone) and a weekend layer, plus 5 overrides; 50 escalation policies
target two schedules each; every person has one week of time off. Deterministic (seeded).
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

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
    localize,
    zone,
)

ZONES = (
    "Europe/London",
    "America/New_York",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/Los_Angeles",
)
YEAR_START = datetime(2026, 1, 1)


def synthetic_org(schedules: int = 100, people: int = 300, seed: int = 7) -> Project:
    """The benchmark organisation."""
    rng = random.Random(seed)
    persons = tuple(
        Person(
            id=f"p{i:03d}",
            name=f"Person {i:03d}",
            email=f"p{i:03d}@example.com",
            time_zone=ZONES[i % len(ZONES)],
            color=f"#{rng.randrange(0x222222, 0xDDDDDD):06x}",
        )
        for i in range(people)
    )
    all_schedules = []
    for s in range(schedules):
        tz_name = ZONES[s % len(ZONES)]
        tz = zone(tz_name)
        members = tuple(p.id for p in rng.sample(persons, 8))
        # Virtual starts spread from ten years back to last month: the cost must not depend on it.
        virtual = localize(YEAR_START - timedelta(days=7 * rng.randrange(4, 520)), tz).replace(
            hour=9
        )
        virtual = localize(virtual.replace(tzinfo=None), tz)
        start = localize(YEAR_START - timedelta(days=30), tz)
        weekdays = tuple(
            Restriction("weekly", time(9), 8 * 3600, start_day_of_week=d) for d in range(1, 6)
        )
        layers = (
            Layer("base", "Weekly", start, virtual, 604_800, members),
            Layer("business", "Business hours", start, virtual, 86_400, members[::-1], weekdays),
            Layer(
                "weekend",
                "Weekend",
                start,
                virtual,
                604_800,
                members[2:] + members[:2],
                (Restriction("weekly", time(0), 172_800, start_day_of_week=6),),
            ),
        )
        overrides = []
        for o in range(5):
            begin = localize(
                YEAR_START + timedelta(days=rng.randrange(0, 360), hours=rng.randrange(24)), tz
            )
            overrides.append(
                Override(
                    f"o{o}",
                    begin,
                    begin + timedelta(hours=rng.choice((4, 8, 12, 24))),
                    rng.choice(members),
                )
            )
        all_schedules.append(
            Schedule(f"s{s:03d}", f"Schedule {s:03d}", tz_name, layers, tuple(overrides))
        )
    policies = tuple(
        EscalationPolicy(
            f"ep{i:02d}",
            f"Policy {i:02d}",
            (
                EscalationRule(15, (EscalationTarget("schedule", f"s{2 * i:03d}"),)),
                EscalationRule(30, (EscalationTarget("schedule", f"s{2 * i + 1:03d}"),)),
            ),
            num_loops=1,
        )
        for i in range(schedules // 2)
    )
    time_off = tuple(
        TimeOff(p.id, begin, begin + timedelta(days=7), "Leave")
        for p in persons
        for begin in [
            localize(YEAR_START + timedelta(days=rng.randrange(0, 350)), zone(p.time_zone))
        ]
    )
    return Project(
        "Synthetic org",
        persons,
        tuple(all_schedules),
        policies,
        time_off,
        HolidaySettings(("GB", "US", "JP")),
    )
