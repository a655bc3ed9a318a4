"""Fairness: who carries how much on-call time, and when, judged in each person's own zone.

A person's on-call time is the union of their final spans across schedules (being primary and
secondary at once counts once). It splits into four parts that add up to the whole: weekday
working hours, weekday off-hours (evenings and nights), weekends, and public holidays (from the
``holidays`` package for the project's countries plus the person's own). The balance of a group
is one minus the normalised Gini coefficient of its members' hours (docs/fairness.md); people with
no hours count, so an idle member lowers it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rotaplan.core.holidays import holiday_countries, holiday_dates
from rotaplan.core.intervals import total_length
from rotaplan.core.localdays import local_days
from rotaplan.core.model import Project
from rotaplan.core.plan import Plan
from rotaplan.core.render import Window, merge_intervals
from rotaplan.core.settings import AnalysisSettings
from rotaplan.core.timeutil import HOUR, Instant

__all__ = [
    "FAIRNESS_COLUMNS",
    "FairnessReport",
    "PersonLoad",
    "ScheduleBalance",
    "balance",
    "fairness_report",
    "fairness_rows",
]

_WORKING, _NIGHT, _WEEKEND, _HOLIDAY = range(4)

# The columns of a fairness row (``rotaplan report --csv`` and the window's CSV export).
FAIRNESS_COLUMNS = (
    "person",
    "name",
    "hours",
    "working_hours",
    "night_hours",
    "weekend_hours",
    "holiday_hours",
    "first_line_hours",
    "shifts",
    "longest_stretch_hours",
)


@dataclass(frozen=True)
class PersonLoad:
    """One person's on-call load over the window (durations in µs)."""

    person: str
    on_call: Instant
    working: Instant
    night: Instant
    weekend: Instant
    holiday: Instant
    first_line: Instant
    shifts: int
    longest_stretch: Instant

    @property
    def off_hours(self) -> Instant:
        """Time on call outside weekday working hours."""
        return self.night + self.weekend + self.holiday


@dataclass(frozen=True)
class ScheduleBalance:
    """How evenly a schedule's people share its on-call time."""

    schedule: str
    balance: float
    hours: tuple[tuple[str, Instant], ...]


@dataclass(frozen=True)
class FairnessReport:
    """Every person's load, and the balance of the team and of each schedule."""

    window: Window
    people: tuple[PersonLoad, ...]
    team_balance: float
    off_hours_balance: float
    schedules: tuple[ScheduleBalance, ...]

    def person(self, person_id: str) -> PersonLoad:
        """The load of one person (KeyError if unknown)."""
        for load in self.people:
            if load.person == person_id:
                return load
        raise KeyError(person_id)


def balance(values: Sequence[float]) -> float:
    """1 − normalised Gini: 1 when everyone has the same, 0 when one person has everything."""
    count = len(values)
    total = sum(values)
    if count < 2 or total <= 0:
        return 1.0
    ordered = sorted(values)
    gini = 2 * sum(i * x for i, x in enumerate(ordered, 1)) / (count * total) - (count + 1) / count
    return max(0.0, min(1.0, 1.0 - gini * count / (count - 1)))


@dataclass(frozen=True)
class _Timeline:
    """Category segments of local time with running totals, for O(log n) interval queries."""

    bounds: tuple[Instant, ...]
    kinds: tuple[int, ...]
    totals: tuple[tuple[Instant, Instant, Instant, Instant], ...]

    def _cumulative(self, at: Instant) -> list[Instant]:
        bounds = self.bounds
        index = min(max(bisect_right(bounds, at) - 1, 0), len(self.kinds) - 1)
        inside = min(max(at - bounds[index], 0), bounds[index + 1] - bounds[index])
        result = list(self.totals[index])
        result[self.kinds[index]] += inside
        return result

    def split(self, start: Instant, end: Instant) -> tuple[Instant, Instant, Instant, Instant]:
        """The time of ``[start, end)`` in each category."""
        low = self._cumulative(start)
        high = self._cumulative(end)
        return high[0] - low[0], high[1] - low[1], high[2] - low[2], high[3] - low[3]


@lru_cache(maxsize=256)
def _timeline(
    time_zone: str,
    countries: tuple[str, ...],
    start: Instant,
    end: Instant,
    working_hours: tuple[int, int],
) -> _Timeline:
    days = local_days(time_zone, start, end)
    years = range(days.day(0).year, days.day(days.count - 1).year + 1)
    off = holiday_dates(countries, years)
    bounds: list[Instant] = []
    kinds: list[int] = []
    for i in range(days.count):
        day = days.day(i)
        midnight = days.midnights[i]
        if day in off:
            bounds.append(midnight)
            kinds.append(_HOLIDAY)
        elif day.weekday() >= 5:
            bounds.append(midnight)
            kinds.append(_WEEKEND)
        else:
            bounds += [
                midnight,
                days.at(i, working_hours[0] * HOUR),
                days.at(i, working_hours[1] * HOUR),
            ]
            kinds += [_NIGHT, _WORKING, _NIGHT]
    bounds.append(days.midnights[-1])
    totals = [(0, 0, 0, 0)]
    for index, kind in enumerate(kinds):
        running = list(totals[-1])
        running[kind] += bounds[index + 1] - bounds[index]
        totals.append((running[0], running[1], running[2], running[3]))
    return _Timeline(tuple(bounds), tuple(kinds), tuple(totals))


def _first_line(plan: Plan) -> dict[str, Instant]:
    """Time during which each person is reached by the first rule of some escalation policy."""
    found: dict[str, list[tuple[Instant, Instant]]] = {}
    window = plan.window
    for policy in plan.project.escalation_policies:
        for target in policy.rules[0].targets:
            if target.kind == "person":
                found.setdefault(target.id, []).append((window.start, window.end))
            else:
                for span in plan.render(target.id).final:
                    found.setdefault(span.person, []).append((span.start, span.end))
    return {person: total_length(merge_intervals(spans)) for person, spans in found.items()}


def _person_load(
    plan: Plan, person_id: str, first_line: Mapping[str, Instant], settings: AnalysisSettings
) -> PersonLoad:
    project = plan.project
    shifts = plan.shifts.get(person_id, ())
    timeline = _timeline(
        project.person(person_id).time_zone,
        holiday_countries(project, person_id),
        plan.window.start,
        plan.window.end,
        (settings.working_start_hour, settings.working_end_hour),
    )
    parts = [0, 0, 0, 0]
    for start, end in shifts:
        for k, amount in enumerate(timeline.split(start, end)):
            parts[k] += amount
    return PersonLoad(
        person=person_id,
        on_call=total_length(shifts),
        working=parts[_WORKING],
        night=parts[_NIGHT],
        weekend=parts[_WEEKEND],
        holiday=parts[_HOLIDAY],
        first_line=first_line.get(person_id, 0),
        shifts=len(shifts),
        longest_stretch=max((end - start for start, end in shifts), default=0),
    )


def _schedule_balance(plan: Plan, schedule_id: str) -> ScheduleBalance:
    schedule = plan.project.schedule(schedule_id)
    result = plan.render(schedule_id)
    hours: dict[str, Instant] = {}
    for layer in schedule.layers:
        for member in layer.members:
            hours.setdefault(member, 0)
    for override in result.overrides:
        hours.setdefault(override.person, 0)
    for span in result.final:
        hours[span.person] = hours.get(span.person, 0) + span.end - span.start
    ordered = tuple(sorted(hours.items()))
    return ScheduleBalance(schedule_id, balance([h for _, h in ordered]), ordered)


def fairness_report(plan: Plan) -> FairnessReport:
    """The fairness report of a plan: every person of the project, with zero hours included."""
    first_line = _first_line(plan)
    people = tuple(
        _person_load(plan, person.id, first_line, plan.settings) for person in plan.project.people
    )
    return FairnessReport(
        window=plan.window,
        people=people,
        team_balance=balance([p.on_call for p in people]),
        off_hours_balance=balance([p.off_hours for p in people]),
        schedules=tuple(_schedule_balance(plan, s.id) for s in plan.project.schedules),
    )


def _hours(value: Instant) -> float:
    return round(value / HOUR, 3)


def fairness_rows(project: Project, report: FairnessReport) -> list[dict[str, Any]]:
    """One row per person with the ``FAIRNESS_COLUMNS`` (hours rounded to 3 decimals)."""
    return [
        {
            "person": load.person,
            "name": project.person(load.person).name,
            "hours": _hours(load.on_call),
            "working_hours": _hours(load.working),
            "night_hours": _hours(load.night),
            "weekend_hours": _hours(load.weekend),
            "holiday_hours": _hours(load.holiday),
            "first_line_hours": _hours(load.first_line),
            "shifts": load.shifts,
            "longest_stretch_hours": _hours(load.longest_stretch),
        }
        for load in report.people
    ]
