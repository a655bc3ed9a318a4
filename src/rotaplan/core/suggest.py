"""Cover suggestions: who should take an interval of a schedule (a gap, or a shift to hand on).

Nobody on time off and nobody already on call anywhere during the interval is suggested. The others
are ranked by a score from -0.5 to 1.2 (docs/cli.md, ``suggest``):

    score = 0.4 * rest + 0.3 * load + 0.3 * daytime + 0.2 * member − 0.5 * short_rest

``rest`` is min(time since their last shift, time until their next), capped at 72 h, over 72 h;
``load`` is 1 − their on-call hours in the window / the most hours among the candidates;
``daytime`` is the share of the interval outside their local night; ``member`` is 1 when they are
in one of the schedule's rotations; ``short_rest`` is 1 when their rest is below the configured
minimum. Every candidate carries the reasons behind its score.

``reasons`` are English sentences for the CLI (the templates of ``rotaplan.core.catalogue`` filled
in English); ``details`` are the same reasons as a ``Reason`` each, in the same order: which
sentence (``kind``) and its values (``args``), so a window can write them in another language.
``REASON_ARGS`` names the keys of each kind; ``rest``, ``span``, ``hours`` and ``limit`` are
durations in microseconds, ``percent`` an int, ``schedule`` an id.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from rotaplan.core.catalogue import REASON_MESSAGES
from rotaplan.core.edits.overrides import add_override
from rotaplan.core.errors import AnalysisError, EditError
from rotaplan.core.intervals import total_length
from rotaplan.core.localdays import local_days
from rotaplan.core.model import Project
from rotaplan.core.plan import Plan
from rotaplan.core.render import Window
from rotaplan.core.timeutil import DAY, HOUR, Instant, instant, to_datetime, zone

__all__ = [
    "COVER_MARGIN",
    "REASON_ARGS",
    "Candidate",
    "Excluded",
    "Reason",
    "Suggestions",
    "apply_suggestion",
    "cover_window",
    "suggest_cover",
]

REST_CAP = 72 * HOUR
_WEIGHTS = {"rest": 0.4, "load": 0.3, "daytime": 0.3, "member": 0.2, "short_rest": 0.5}
# The kinds of reasons and the keys of their ``args``.
REASON_ARGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "time_off": (),
        "time_off_note": ("note",),
        "busy_here": (),
        "busy_elsewhere": ("schedule",),
        "since_last_shift": ("rest",),
        "no_shift_before": ("span",),
        "until_next_shift": ("rest",),
        "no_shift_after": ("span",),
        "hours_in_window": ("hours",),
        "short_rest": ("limit",),
        "night_share": ("percent",),
        "daytime": (),
        "member": (),
        "not_member": (),
    }
)


@dataclass(frozen=True)
class Reason:
    """One reason as a kind of sentence and its values (keys in ``REASON_ARGS``)."""

    kind: str
    args: Mapping[str, str | int] = field(default_factory=lambda: MappingProxyType({}), hash=False)


def _add(
    texts: list[str], details: list[Reason], kind: str, *english: str, **args: str | int
) -> None:
    """Add a reason: its English sentence (for the CLI) and its kind with its values."""
    texts.append(REASON_MESSAGES[kind].english(*english))
    details.append(Reason(kind, MappingProxyType(args)))


@dataclass(frozen=True)
class Candidate:
    """A person who could cover the interval, with a score (higher is better) and why."""

    person: str
    score: float
    reasons: tuple[str, ...]
    rest: Instant
    hours: Instant
    member: bool
    details: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Excluded:
    """A person who must not cover the interval, and why."""

    person: str
    reasons: tuple[str, ...]
    details: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Suggestions:
    """Ranked candidates (best first) and the people left out."""

    schedule_id: str
    start: Instant
    end: Instant
    candidates: tuple[Candidate, ...]
    excluded: tuple[Excluded, ...]


def _hours(value: Instant) -> str:
    hours = value / HOUR
    return f"{hours:.0f} h" if abs(hours - round(hours)) < 0.05 else f"{hours:.1f} h"


def _night_share(plan: Plan, person_time_zone: str, start: Instant, end: Instant) -> float:
    """The share of ``[start, end)`` inside the person's local night."""
    settings = plan.settings
    low = min(start, plan.window.start)
    high = max(end, plan.window.end)
    days = local_days(person_time_zone, low, high)
    night = 0
    first = max(days.index(start), 0)
    last = min(days.index(end - 1), days.count - 1)
    for i in range(first, last + 1):
        a = days.at(i, settings.night_start_hour * HOUR)
        b = days.at(i, settings.night_end_hour * HOUR)
        night += max(0, min(b, end) - max(a, start))
    return night / (end - start)


def suggest_cover(plan: Plan, schedule_id: str, start: Instant, end: Instant) -> Suggestions:
    """Rank the people who could cover ``[start, end)`` of a schedule (inside the plan's window)."""
    project = plan.project
    if schedule_id not in project.schedules_by_id:
        known = ", ".join(project.schedules_by_id) or "none"
        raise AnalysisError(f"no schedule {schedule_id!r} (known: {known})")
    if end <= start:
        raise AnalysisError("the interval must end after it starts")
    if start < plan.window.start or end > plan.window.end:
        raise AnalysisError("the interval must lie inside the plan's window")
    schedule = project.schedule(schedule_id)
    members = {m for layer in schedule.layers for m in layer.members}
    settings = plan.settings

    excluded: list[Excluded] = []
    eligible: list[tuple[str, Instant, bool, Instant, float, list[str], list[Reason]]] = []
    for person in project.people:
        blocked: list[str] = []
        why: list[Reason] = []
        for entry in project.time_off:
            if (
                entry.person == person.id
                and instant(entry.start) < end
                and instant(entry.end) > start
            ):
                if entry.note:
                    _add(blocked, why, "time_off_note", entry.note, note=entry.note)
                else:
                    _add(blocked, why, "time_off")
        busy = sorted(
            {
                a.schedule
                for a in plan.assignments.get(person.id, ())
                if a.start < end and a.end > start
            }
        )
        for other in busy:
            if other == schedule_id:
                _add(blocked, why, "busy_here")
            else:
                _add(blocked, why, "busy_elsewhere", project.schedule(other).name, schedule=other)
        if blocked:
            excluded.append(Excluded(person.id, tuple(blocked), tuple(why)))
            continue
        shifts = plan.shifts.get(person.id, ())
        ends = [s.end for s in shifts]
        starts = [s.start for s in shifts]
        before = bisect_right(ends, start) - 1
        after = bisect_left(starts, end)
        reasons: list[str] = []
        if before >= 0:
            since = start - shifts[before].end
            _add(reasons, why, "since_last_shift", _hours(since), rest=since)
        else:
            since = start - plan.window.start
            _add(reasons, why, "no_shift_before", _hours(since), span=since)
        if after < len(shifts):
            until = shifts[after].start - end
            _add(reasons, why, "until_next_shift", _hours(until), rest=until)
        else:
            until = plan.window.end - end
            _add(reasons, why, "no_shift_after", _hours(until), span=until)
        rest = min(since, until)
        night = _night_share(plan, person.time_zone, start, end)
        eligible.append(
            (person.id, rest, person.id in members, total_length(shifts), night, reasons, why)
        )

    most = max((hours for _, _, _, hours, _, _, _ in eligible), default=0)
    candidates: list[Candidate] = []
    for person_id, rest, member, hours, night, reasons, why in eligible:
        load = 1.0 if most == 0 else 1.0 - hours / most
        short = rest < settings.rest
        score = (
            _WEIGHTS["rest"] * min(rest, REST_CAP) / REST_CAP
            + _WEIGHTS["load"] * load
            + _WEIGHTS["daytime"] * (1.0 - night)
            + _WEIGHTS["member"] * member
            - _WEIGHTS["short_rest"] * short
        )
        reasons, why = list(reasons), list(why)
        _add(reasons, why, "hours_in_window", _hours(hours), hours=hours)
        if short:
            _add(reasons, why, "short_rest", _hours(settings.rest), limit=settings.rest)
        if night > 0:
            percent = f"{night * 100:.0f}"
            _add(reasons, why, "night_share", percent, percent=int(percent))
        else:
            _add(reasons, why, "daytime")
        if member:
            _add(reasons, why, "member")
        else:
            _add(reasons, why, "not_member")
        candidates.append(
            Candidate(person_id, round(score, 3), tuple(reasons), rest, hours, member, tuple(why))
        )
    candidates.sort(key=lambda c: (-c.score, c.hours, c.person))
    return Suggestions(schedule_id, start, end, tuple(candidates), tuple(excluded))


# Rest and load around an interval are judged over this much time either side, by default.
COVER_MARGIN: Instant = 14 * DAY


def cover_window(start: Instant, end: Instant) -> Window:
    """The default window for ranking who covers ``[start, end)``: 14 days either side."""
    return Window(start - COVER_MARGIN, end + COVER_MARGIN)


def apply_suggestion(
    project: Project,
    schedule_id: str,
    start: Instant,
    end: Instant,
    person_id: str,
    override_id: str | None = None,
) -> Project:
    """The project with an override giving ``[start, end)`` of the schedule to the person.

    The override is appended, so it wins over every earlier one; its id is ``override_id`` or a
    fresh ``cover-<person>-<start>`` that no override of the schedule uses yet.
    """
    if schedule_id not in project.schedules_by_id:
        raise AnalysisError(f"no schedule {schedule_id!r}")
    if person_id not in project.people_by_id:
        raise AnalysisError(f"no person {person_id!r}")
    if end <= start:
        raise AnalysisError("the interval must end after it starts")
    schedule = project.schedule(schedule_id)
    if override_id is not None and any(o.id == override_id for o in schedule.overrides):
        raise AnalysisError(f"the schedule already has an override {override_id!r}")
    tz = zone(schedule.time_zone)
    try:
        updated, _ = add_override(
            project,
            schedule_id,
            to_datetime(start, tz),
            to_datetime(end, tz),
            person_id,
            override_id,
        )
    except EditError as error:
        raise AnalysisError(str(error)) from None
    return updated
