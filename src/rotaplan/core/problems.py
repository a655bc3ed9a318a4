"""Problems of a plan: what a team lead should fix before the pager rings.

Every problem has a severity, a stable code, a message a person understands, the time range it
concerns (``start``/``end``, None for timeless ones) and the ids of the objects involved, so the
GUI can navigate to it. Codes (docs/cli.md lists them with their severities):

GAP, TIME_OFF, DOUBLE_BOOKED, REST, LONG_SHIFT, ESCALATION_NOBODY, DST, NIGHT_HANDOFF,
PAGERDUTY, UNUSED, HOLIDAY_COUNTRY.

The English ``message`` is for the CLI. A problem also says which sentence it is (``kind``) and
carries the values of that sentence that its own fields do not (``args``), so a window can write
the same sentence in another language. ``MESSAGE_ARGS`` names the keys of each kind; durations that
equal ``end - start`` and the ids in ``schedule``/``person``/``policy``/``rule``/``layer``/
``other_schedule`` are not repeated there. Values: ``zone`` is the time zone the message writes its
times in; ``limit``/``delay``/``turn``/``shift`` are durations in microseconds; ``wall`` is a naive
local date and time, ``day`` a local date; the rest are strings or ints as named.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from types import MappingProxyType
from typing import Literal

from rotaplan.core.escalation import PolicyCoverage, first_human_delay, policy_coverage
from rotaplan.core.holidays import known_country
from rotaplan.core.intervals import clip_intervals
from rotaplan.core.localdays import LocalDays, local_days
from rotaplan.core.model import Layer, Project, Restriction, Schedule
from rotaplan.core.plan import Plan
from rotaplan.core.render import Interval, Piece, ScheduleRender
from rotaplan.core.timeutil import (
    DAY,
    HOUR,
    MINUTE,
    SECOND,
    Instant,
    instant,
    to_datetime,
    wall,
    zone,
)

__all__ = [
    "CODES",
    "MESSAGE_ARGS",
    "SEVERITIES",
    "MessageArg",
    "Problem",
    "Severity",
    "find_problems",
    "has_errors",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
CODES = (
    "GAP",
    "TIME_OFF",
    "DOUBLE_BOOKED",
    "REST",
    "LONG_SHIFT",
    "ESCALATION_NOBODY",
    "DST",
    "NIGHT_HANDOFF",
    "PAGERDUTY",
    "UNUSED",
    "HOLIDAY_COUNTRY",
)
# The sentence kinds of each code's messages and the keys of their ``args``.
MESSAGE_ARGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "gap": ("zone",),
        "gap_paged": ("zone",),
        "time_off": ("zone",),
        "time_off_note": ("zone", "note"),
        "double_booked": ("zone",),
        "double_booked_paged": ("zone",),
        "rest": ("zone", "limit"),
        "long_shift": ("zone", "limit"),
        "long_shift_clipped": ("zone", "limit"),
        "nobody_first_rule": ("zone", "delay", "paged_rule"),
        "nobody_at_all": ("zone",),
        "nobody_later_rule": ("zone",),
        "dst_handoff_skipped": ("zone", "wall"),
        "dst_handoff_repeated": ("zone", "wall"),
        "dst_handoff_twice": ("zone", "wall", "day"),
        "dst_turns_move": ("zone", "turn", "shift", "day"),
        "dst_restriction_skipped": ("zone", "restriction", "edge", "wall"),
        "dst_restriction_repeated": ("zone", "restriction", "edge", "wall"),
        "night_takes_over": ("zone",),
        "night_hands_over": ("zone",),
        "pagerduty_utc": (),
        "pagerduty_no_layer": (),
        "pagerduty_schedule_name_long": ("limit",),
        "pagerduty_description_long": ("limit",),
        "pagerduty_layer_seconds": (),
        "pagerduty_layer_end_seconds": (),
        "pagerduty_mixed_restrictions": (),
        "pagerduty_no_email": (),
        "pagerduty_person_name_long": ("limit",),
        "pagerduty_policy_name_shared": ("first", "name"),
        "unused": (),
        "holiday_country_project": ("country",),
        "holiday_country_person": ("country",),
    }
)
_EPOCH_NAIVE = datetime(1970, 1, 1)
_PD_SCHEDULE_NAME = 255
_PD_DESCRIPTION = 1024
_PD_PERSON_NAME = 100


# A value of a message: a string, a count or a duration/instant in microseconds, a date.
MessageArg = str | int | date | None
_NO_ARGS: Mapping[str, MessageArg] = MappingProxyType({})


def _args(**values: MessageArg) -> Mapping[str, MessageArg]:
    return MappingProxyType(values)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the plan, with the ids of what it involves and its message's values."""

    severity: Severity
    code: str
    message: str
    start: Instant | None = None
    end: Instant | None = None
    schedule: str | None = None
    layer: str | None = None
    override: str | None = None
    person: str | None = None
    policy: str | None = None
    rule: int | None = None
    other_schedule: str | None = None
    kind: str = ""
    args: Mapping[str, MessageArg] = field(default_factory=lambda: _NO_ARGS, hash=False)

    def sort_key(self) -> tuple[int, int, str, str, str, str]:
        """Time first, then severity, code and the ids (timeless problems first)."""
        return (
            -(2**62) if self.start is None else self.start,
            SEVERITIES.index(self.severity),
            self.code,
            self.schedule or "",
            self.person or "",
            self.policy or "",
        )


def has_errors(problems: Sequence[Problem]) -> bool:
    """Whether any problem is an error."""
    return any(p.severity == "error" for p in problems)


# Formatting for messages -------------------------------------------------------------------


def _duration(value: Instant) -> str:
    if value < HOUR:
        return f"{value / MINUTE:.0f} min"
    hours = value / HOUR
    return f"{hours:.0f} h" if abs(hours - round(hours)) < 0.05 else f"{hours:.1f} h"


_CLOCK_TEXTS = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60))


class _Clock:
    """Formats instants as local wall-clock text fast: one date label per local day, cached."""

    def __init__(self, start: Instant, end: Instant) -> None:
        self._start = start
        self._end = end
        # Per zone: its local days, their midnights and the date labels made so far.
        self._zones: dict[str, tuple[LocalDays, tuple[Instant, ...], list[str | None]]] = {}

    def _parts(self, value: Instant, time_zone: str) -> tuple[str, str]:
        entry = self._zones.get(time_zone)
        if entry is None:
            days = local_days(time_zone, self._start, self._end)
            entry = self._zones[time_zone] = (days, days.midnights, [None] * len(days.midnights))
        days, midnights, labels = entry
        index = bisect_right(midnights, value) - 1
        # A regular day: the wall clock is the time since midnight. DST days take the long way.
        if 0 <= index < len(midnights) - 1 and midnights[index + 1] - midnights[index] == DAY:
            label = labels[index]
            if label is None:
                label = labels[index] = days.day(index).strftime("%a %Y-%m-%d")
            return label, _CLOCK_TEXTS[(value - midnights[index]) // MINUTE]
        local = to_datetime(value, zone(time_zone))
        return local.strftime("%a %Y-%m-%d"), local.strftime("%H:%M")

    def moment(self, value: Instant, time_zone: str) -> str:
        """``Tue 2026-12-08 03:00``."""
        day, clock = self._parts(value, time_zone)
        return f"{day} {clock}"

    def range(self, start: Instant, end: Instant, time_zone: str) -> str:
        """``Tue 2026-12-08 00:00 – 08:00 (Europe/London)``; the end's date when it differs."""
        first_day, first_clock = self._parts(start, time_zone)
        last_day, last_clock = self._parts(end, time_zone)
        second = last_clock if last_day == first_day else f"{last_day} {last_clock}"
        return f"{first_day} {first_clock} – {second} ({time_zone})"


# Shared lookups ----------------------------------------------------------------------------


class _Sources:
    """What produced the final schedule of each schedule at an instant (layer or override)."""

    def __init__(self, renders: dict[str, ScheduleRender]) -> None:
        self._pieces = {sid: r.pieces for sid, r in renders.items()}
        self._starts = {sid: [p.start for p in r.pieces] for sid, r in renders.items()}

    def piece(self, schedule_id: str, at: Instant) -> Piece | None:
        index = bisect_right(self._starts[schedule_id], at) - 1
        pieces = self._pieces[schedule_id]
        if index < 0 or at >= pieces[index].end:
            return None
        return pieces[index]

    def ids(self, schedule_id: str, at: Instant) -> tuple[str | None, str | None]:
        """``(layer id, override id)`` at ``at``."""
        piece = self.piece(schedule_id, at)
        if piece is None or piece.source is None:
            return None, None
        kind, source_id = piece.source
        return (source_id, None) if kind == "layer" else (None, source_id)


def _name(project: Project, person_id: str) -> str:
    person = project.people_by_id.get(person_id)
    return person.name if person else person_id


# GAP, TIME_OFF, DOUBLE_BOOKED, REST, LONG_SHIFT ------------------------------------------


def _gaps(plan: Plan, clock: _Clock) -> Iterator[Problem]:
    project = plan.project
    first_targets: dict[str, str] = {}
    for policy in project.escalation_policies:
        for target in policy.rules[0].targets:
            if target.kind == "schedule":
                first_targets.setdefault(target.id, policy.id)
    for schedule in project.schedules:
        pieces = plan.render(schedule.id).pieces
        policy_id = first_targets.get(schedule.id)
        args = _args(zone=schedule.time_zone)
        for index, piece in enumerate(pieces):
            if piece.person is not None:
                continue
            # Name the layer next to the gap, so the GUI can jump to the rotation to extend.
            neighbours = [pieces[i] for i in (index - 1, index + 1) if 0 <= i < len(pieces)]
            layer = next(
                (p.source[1] for p in neighbours if p.source and p.source[0] == "layer"), None
            )
            text = (
                f"Nobody is on call in {schedule.name} for {_duration(piece.end - piece.start)}, "
                f"{clock.range(piece.start, piece.end, schedule.time_zone)}"
            )
            if policy_id is not None:
                text += f"; rule 1 of policy {project.policy(policy_id).name!r} pages this schedule"
            yield Problem(
                "error" if policy_id else "warning",
                "GAP",
                text,
                piece.start,
                piece.end,
                schedule=schedule.id,
                layer=layer,
                policy=policy_id,
                kind="gap" if policy_id is None else "gap_paged",
                args=args,
            )


def _time_off(plan: Plan, sources: _Sources, clock: _Clock) -> Iterator[Problem]:
    project = plan.project
    for entry in project.time_off:
        off_start, off_end = instant(entry.start), instant(entry.end)
        tz_name = project.person(entry.person).time_zone
        args = _args(zone=tz_name, note=entry.note) if entry.note else _args(zone=tz_name)
        for a in plan.assignments.get(entry.person, ()):
            if a.start >= off_end:
                break
            if a.end <= off_start:
                continue
            start, end = max(a.start, off_start), min(a.end, off_end)
            layer, override = sources.ids(a.schedule, start)
            note = f" ({entry.note})" if entry.note else ""
            yield Problem(
                "error",
                "TIME_OFF",
                f"{_name(project, entry.person)} is on call in "
                f"{project.schedule(a.schedule).name} for {_duration(end - start)} during "
                f"their time off{note}, {clock.range(start, end, tz_name)}",
                start,
                end,
                schedule=a.schedule,
                layer=layer,
                override=override,
                person=entry.person,
                kind="time_off_note" if entry.note else "time_off",
                args=args,
            )


def _double_booked(plan: Plan, sources: _Sources, clock: _Clock) -> Iterator[Problem]:
    project = plan.project
    shared_policy: dict[tuple[str, str], str] = {}
    for policy in project.escalation_policies:
        ids = sorted({t.id for r in policy.rules for t in r.targets if t.kind == "schedule"})
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                shared_policy.setdefault((first, second), policy.id)
    for person_id, spans in plan.assignments.items():
        overlaps: dict[tuple[str, str], list[Interval]] = {}
        active: list[tuple[int, int, str]] = []
        for span in spans:
            active = [x for x in active if x[1] > span.start]
            for _, end, other in active:
                if other != span.schedule:
                    pair = (min(other, span.schedule), max(other, span.schedule))
                    runs = overlaps.setdefault(pair, [])
                    stop = min(end, span.end)
                    if runs and runs[-1].end >= span.start:
                        runs[-1] = Interval(runs[-1].start, max(runs[-1].end, stop))
                    else:
                        runs.append(Interval(span.start, stop))
            active.append((span.start, span.end, span.schedule))
        tz_name = (
            project.person(person_id).time_zone if person_id in project.people_by_id else "UTC"
        )
        args = _args(zone=tz_name)
        for (first, second), runs in sorted(overlaps.items()):
            policy_id = shared_policy.get((first, second))
            for start, end in runs:
                layer, override = sources.ids(first, start)
                other_layer, other_override = sources.ids(second, start)
                text = (
                    f"{_name(project, person_id)} is on call in both "
                    f"{project.schedule(first).name} and {project.schedule(second).name} for "
                    f"{_duration(end - start)}, {clock.range(start, end, tz_name)}"
                )
                if policy_id:
                    text += f"; policy {project.policy(policy_id).name!r} would page them twice"
                yield Problem(
                    "warning",
                    "DOUBLE_BOOKED",
                    text,
                    start,
                    end,
                    schedule=first,
                    layer=layer or other_layer,
                    override=override or other_override,
                    person=person_id,
                    policy=policy_id,
                    other_schedule=second,
                    kind="double_booked_paged" if policy_id else "double_booked",
                    args=args,
                )


def _rest(plan: Plan, clock: _Clock) -> Iterator[Problem]:
    project = plan.project
    settings = plan.settings
    window = plan.window
    for person_id, shifts in plan.shifts.items():
        tz_name = (
            project.person(person_id).time_zone if person_id in project.people_by_id else "UTC"
        )
        rest_args: Mapping[str, MessageArg] | None = None
        for before, after in itertools.pairwise(shifts):
            rest = after.start - before.end
            if rest < settings.rest:
                if rest_args is None:
                    rest_args = _args(zone=tz_name, limit=settings.rest)
                yield Problem(
                    "warning",
                    "REST",
                    f"{_name(project, person_id)} has only {_duration(rest)} of rest between "
                    f"two shifts (less than {_duration(settings.rest)}), "
                    f"{clock.range(before.end, after.start, tz_name)}",
                    before.end,
                    after.start,
                    person=person_id,
                    kind="rest",
                    args=rest_args,
                )
        for start, end in shifts:
            if end - start > settings.max_shift:
                clipped = start == window.start or end == window.end
                yield Problem(
                    "warning",
                    "LONG_SHIFT",
                    f"{_name(project, person_id)} is on call for "
                    f"{'at least ' if clipped else ''}{_duration(end - start)} without a break "
                    f"(more than {_duration(settings.max_shift)}), "
                    f"{clock.range(start, end, tz_name)}",
                    start,
                    end,
                    person=person_id,
                    kind="long_shift_clipped" if clipped else "long_shift",
                    args=_args(zone=tz_name, limit=settings.max_shift),
                )


# ESCALATION_NOBODY, UNUSED -----------------------------------------------------------------


def _escalation(
    plan: Plan, clock: _Clock, coverage_of: Callable[[str], PolicyCoverage]
) -> Iterator[Problem]:
    project = plan.project
    window = plan.window
    for policy in project.escalation_policies:
        coverage = coverage_of(policy.id)
        tz_name = next(
            (
                project.schedule(t.id).time_zone
                for r in policy.rules
                for t in r.targets
                if t.kind == "schedule"
            ),
            "UTC",
        )
        for index, nobody in enumerate(coverage.rule_nobody):
            for start, end in clip_intervals(nobody, window.start, window.end):
                where = f"rule {index + 1} of policy {policy.name!r} reaches nobody"
                span = clock.range(start, end, tz_name)
                if index == 0:
                    found = first_human_delay(coverage, start)
                    if found is None:
                        after = "nobody at all is reached in any loop"
                        kind, args = "nobody_at_all", _args(zone=tz_name)
                    else:
                        after = (
                            f"the first human is paged after {_duration(found[0])} "
                            f"(rule {found[1] + 1})"
                        )
                        kind = "nobody_first_rule"
                        args = _args(zone=tz_name, delay=found[0], paged_rule=found[1] + 1)
                    text = f"{where} for {_duration(end - start)}, {span}: {after}"
                else:
                    text = f"{where} for {_duration(end - start)}, {span}"
                    kind, args = "nobody_later_rule", _args(zone=tz_name)
                targets = [t.id for t in policy.rules[index].targets if t.kind == "schedule"]
                yield Problem(
                    "error" if index == 0 else "warning",
                    "ESCALATION_NOBODY",
                    text,
                    start,
                    end,
                    schedule=targets[0] if targets else None,
                    policy=policy.id,
                    rule=index + 1,
                    kind=kind,
                    args=args,
                )


def _targets(project: Project, kind: str) -> set[str]:
    """The ids of every escalation target of this kind."""
    return {
        t.id
        for p in project.escalation_policies
        for r in p.rules
        for t in r.targets
        if t.kind == kind
    }


def _unused(project: Project) -> Iterator[Problem]:
    targeted = _targets(project, "schedule")
    for schedule in project.schedules:
        if schedule.id not in targeted:
            yield Problem(
                "info",
                "UNUSED",
                f"No escalation policy targets {schedule.name}: nobody is paged from it",
                schedule=schedule.id,
                kind="unused",
            )


# DST, NIGHT_HANDOFF ------------------------------------------------------------------------


def _naive_us(value: datetime) -> Instant:
    return (value - _EPOCH_NAIVE) // timedelta(microseconds=1)


@lru_cache(maxsize=128)
def _transitions(
    time_zone: str, start: Instant, end: Instant
) -> tuple[tuple[Instant, int, int], ...]:
    """``(instant, offset before, offset after)`` of each offset change in ``[start, end)``."""
    days = local_days(time_zone, start, end)
    tz = zone(time_zone)

    def offset(at: Instant) -> int:
        value = to_datetime(at, tz).utcoffset()
        return 0 if value is None else value // timedelta(microseconds=1)

    found = []
    for i in range(days.count):
        if days.regular(i):
            continue
        low, high = days.midnights[i], days.midnights[i + 1]
        before, after = offset(low), offset(high)
        if before == after:
            continue
        while high - low > 1:
            middle = (low + high) // 2
            if offset(middle) == before:
                low = middle
            else:
                high = middle
        if start <= high < end:
            found.append((high, before, after))
    return tuple(found)


def _in_range(naive: datetime, low: Instant, high: Instant) -> bool:
    return low <= _naive_us(naive) < high


def _restriction_edges(restriction: Restriction, day: date) -> Iterator[tuple[str, datetime]]:
    """Naive starts and ends of the restriction's windows that may touch local date ``day``."""
    if restriction.type == "daily":
        candidates = [day - timedelta(days=1), day]
    else:
        assert restriction.start_day_of_week is not None
        back = (day.isoweekday() - restriction.start_day_of_week) % 7
        candidates = [day - timedelta(days=back), day - timedelta(days=back + 7)]
    for first in candidates:
        naive = datetime.combine(first, restriction.start_time)
        yield "starts", naive
        yield "ends", naive + timedelta(seconds=restriction.duration_seconds)


def _layer_dst(
    schedule: Schedule, layer: Layer, transition: tuple[Instant, int, int]
) -> Iterator[tuple[str, str, dict[str, MessageArg]]]:
    """Messages about one layer's handoffs around one offset change, with kind and values."""
    at, before, after = transition
    tz = zone(schedule.time_zone)
    low, high = at + min(before, after), at + max(before, after)
    what = "skipped" if after > before else "repeated"
    day = (_EPOCH_NAIVE + timedelta(microseconds=low)).date()
    turn = layer.turn_length_seconds
    origin = instant(layer.rotation_virtual_start)
    if turn % 86_400 == 0:
        local_origin = wall(origin, tz)
        for candidate in (day, (_EPOCH_NAIVE + timedelta(microseconds=high - 1)).date()):
            naive = datetime.combine(candidate, local_origin.time())
            if (candidate - local_origin.date()).days % (turn // 86_400) == 0 and _in_range(
                naive, low, high
            ):
                yield (
                    f"the turn handoff at {naive:%H:%M} falls in the {what} hour of the DST "
                    f"change on {candidate:%a %Y-%m-%d}",
                    f"dst_handoff_{what}",
                    {"wall": naive},
                )
                break
    else:
        step = turn * SECOND
        change = after - before
        if after < before:
            # Instants whose local reading lies in the repeated hour.
            first = at - (before - after)
            k = -((origin - first) // step)
            if origin + k * step < at + (before - after):
                handoff = wall(origin + k * step, tz)
                yield (
                    f"the turn handoff at {handoff:%H:%M} falls in the repeated hour "
                    f"of the DST change on {day:%a %Y-%m-%d} (the clock shows it twice)",
                    "dst_handoff_twice",
                    {"wall": handoff, "day": day},
                )
        if 86_400 % turn == 0 and change % step:
            yield (
                f"its {_duration(step)} turns follow absolute time, so their handoffs move by "
                f"{_duration(abs(change))} on the wall clock after the DST change on "
                f"{day:%a %Y-%m-%d}",
                "dst_turns_move",
                {"turn": step, "shift": abs(change), "day": day},
            )
    for restriction in layer.restrictions:
        for edge, naive in _restriction_edges(restriction, day):
            if _in_range(naive, low, high):
                yield (
                    f"a {restriction.type} restriction {edge} at {naive:%H:%M} on "
                    f"{naive:%a %Y-%m-%d}, in the {what} hour of the DST change",
                    f"dst_restriction_{what}",
                    {"restriction": restriction.type, "edge": edge, "wall": naive},
                )
                break


def _dst(plan: Plan) -> Iterator[Problem]:
    window = plan.window
    for schedule in plan.project.schedules:
        transitions = _transitions(schedule.time_zone, window.start, window.end)
        if not transitions:
            continue
        for layer in schedule.layers:
            layer_start = instant(layer.start)
            layer_end = None if layer.end is None else instant(layer.end)
            for transition in transitions:
                at = transition[0]
                if at < layer_start or (layer_end is not None and at >= layer_end):
                    continue
                for text, kind, values in _layer_dst(schedule, layer, transition):
                    yield Problem(
                        "warning",
                        "DST",
                        f"Layer {layer.name or layer.id!r} of {schedule.name}: {text} "
                        f"({schedule.time_zone})",
                        at,
                        at,
                        schedule=schedule.id,
                        layer=layer.id,
                        kind=kind,
                        args=_args(zone=schedule.time_zone, **values),
                    )


def _night_handoffs(plan: Plan, sources: _Sources, clock: _Clock) -> Iterator[Problem]:
    project = plan.project
    window = plan.window
    settings = plan.settings
    night_start, night_end = settings.night_start_hour * HOUR, settings.night_end_hour * HOUR
    zone_days = {p.id: local_days(p.time_zone, window.start, window.end) for p in project.people}
    zone_args = {p.id: _args(zone=p.time_zone) for p in project.people}
    for schedule in project.schedules:
        for span in plan.render(schedule.id).final:
            person = project.people_by_id.get(span.person)
            if person is None:
                continue
            time_of_day = zone_days[person.id].time_of_day
            for at, taking in ((span.start, True), (span.end, False)):
                if at == window.start or at == window.end:
                    continue
                if not night_start < time_of_day(at) < night_end:
                    continue
                layer, override = sources.ids(schedule.id, at if taking else at - 1)
                verb = "takes over" if taking else "hands over"
                yield Problem(
                    "warning",
                    "NIGHT_HANDOFF",
                    f"{person.name} {verb} {schedule.name} in the middle of their night, "
                    f"{clock.moment(at, person.time_zone)} ({person.time_zone})",
                    at,
                    at,
                    schedule=schedule.id,
                    layer=layer,
                    override=override,
                    person=person.id,
                    kind="night_takes_over" if taking else "night_hands_over",
                    args=zone_args[person.id],
                )


# PAGERDUTY, HOLIDAY_COUNTRY ----------------------------------------------------------------


def _whole_minute(value: datetime) -> bool:
    return value.second == 0 and value.microsecond == 0


def _pagerduty(project: Project) -> Iterator[Problem]:
    def problem(
        severity: Severity,
        text: str,
        kind: str,
        *,
        args: Mapping[str, MessageArg] = _NO_ARGS,
        schedule: str | None = None,
        layer: str | None = None,
        person: str | None = None,
        policy: str | None = None,
    ) -> Problem:
        return Problem(
            severity,
            "PAGERDUTY",
            f"PagerDuty: {text}",
            schedule=schedule,
            layer=layer,
            person=person,
            policy=policy,
            kind=f"pagerduty_{kind}",
            args=args,
        )

    for schedule in project.schedules:
        sid = schedule.id
        if schedule.time_zone == "UTC":
            yield problem(
                "warning",
                f"{schedule.name} uses the zone 'UTC', which PagerDuty rejects; a push sends "
                "'Etc/UTC'",
                "utc",
                schedule=sid,
            )
        if not schedule.layers:
            yield problem(
                "error",
                f"{schedule.name} has no layer; PagerDuty needs at least one",
                "no_layer",
                schedule=sid,
            )
        if len(schedule.name) > _PD_SCHEDULE_NAME:
            yield problem(
                "error",
                f"the name of {sid!r} is longer than {_PD_SCHEDULE_NAME}",
                "schedule_name_long",
                args=_args(limit=_PD_SCHEDULE_NAME),
                schedule=sid,
            )
        if len(schedule.description) > _PD_DESCRIPTION:
            yield problem(
                "error",
                f"the description of {schedule.name} is longer than {_PD_DESCRIPTION}",
                "description_long",
                args=_args(limit=_PD_DESCRIPTION),
                schedule=sid,
            )
        for layer in schedule.layers:
            if not _whole_minute(layer.rotation_virtual_start):
                yield problem(
                    "warning",
                    f"layer {layer.name or layer.id!r} of {schedule.name} hands over at seconds "
                    "past the minute; PagerDuty stores whole minutes, so handoffs would move",
                    "layer_seconds",
                    schedule=sid,
                    layer=layer.id,
                )
            if layer.end is not None and not _whole_minute(layer.end):
                yield problem(
                    "warning",
                    f"layer {layer.name or layer.id!r} of {schedule.name} ends at seconds past "
                    "the minute; PagerDuty stores whole minutes",
                    "layer_end_seconds",
                    schedule=sid,
                    layer=layer.id,
                )
            kinds = {r.type for r in layer.restrictions}
            if len(kinds) > 1:
                yield problem(
                    "warning",
                    f"layer {layer.name or layer.id!r} of {schedule.name} mixes daily and weekly "
                    "restrictions; PagerDuty's editor shows only one kind",
                    "mixed_restrictions",
                    schedule=sid,
                    layer=layer.id,
                )
    used = {m for s in project.schedules for layer in s.layers for m in layer.members}
    used |= {o.person for s in project.schedules for o in s.overrides}
    used |= _targets(project, "person")
    for person in project.people:
        if person.id in used and not 6 <= len(person.email.strip()) <= 100:
            yield problem(
                "error",
                f"{person.name} has no usable email (6 to 100 characters), so a push cannot "
                "match them to a PagerDuty user",
                "no_email",
                person=person.id,
            )
        if len(person.name) > _PD_PERSON_NAME:
            yield problem(
                "warning",
                f"the name of {person.id!r} is longer than {_PD_PERSON_NAME}",
                "person_name_long",
                args=_args(limit=_PD_PERSON_NAME),
                person=person.id,
            )
    seen: dict[str, str] = {}
    for policy in project.escalation_policies:
        key = policy.name.strip().casefold()
        if key in seen:
            yield problem(
                "error",
                f"policies {seen[key]!r} and {policy.id!r} share the name {policy.name!r}; "
                "PagerDuty needs unique escalation policy names",
                "policy_name_shared",
                args=_args(first=seen[key], name=policy.name),
                policy=policy.id,
            )
        seen.setdefault(key, policy.id)


def _holiday_countries(project: Project) -> Iterator[Problem]:
    for country in project.holidays.countries:
        if not known_country(country):
            yield Problem(
                "warning",
                "HOLIDAY_COUNTRY",
                f"Unknown holiday country {country!r} in the project; use an ISO code like GB",
                kind="holiday_country_project",
                args=_args(country=country),
            )
    for person in project.people:
        for country in person.holiday_countries:
            if not known_country(country):
                yield Problem(
                    "warning",
                    "HOLIDAY_COUNTRY",
                    f"Unknown holiday country {country!r} for {person.name}; use an ISO code "
                    "like GB",
                    person=person.id,
                    kind="holiday_country_person",
                    args=_args(country=country),
                )


def find_problems(
    plan: Plan, coverage_of: Callable[[str], PolicyCoverage] | None = None
) -> tuple[Problem, ...]:
    """Every problem of the plan in its window, sorted by time, severity and code.

    ``coverage_of`` gives a policy's coverage (by default computed here), so a caller that also
    shows coverage computes it once.
    """
    if coverage_of is None:
        coverage_of = partial(policy_coverage, plan)
    sources = _Sources(dict(plan.renders))
    clock = _Clock(plan.window.start, plan.window.end)
    project = plan.project
    found = [
        *_gaps(plan, clock),
        *_time_off(plan, sources, clock),
        *_double_booked(plan, sources, clock),
        *_rest(plan, clock),
        *_escalation(plan, clock, coverage_of),
        *_dst(plan),
        *_night_handoffs(plan, sources, clock),
        *_pagerduty(project),
        *_unused(project),
        *_holiday_countries(project),
    ]
    return tuple(sorted(found, key=Problem.sort_key))


def pagerduty_problems(project: Project) -> tuple[Problem, ...]:
    """The PagerDuty-compatibility problems of a project (code ``PAGERDUTY``)."""
    return tuple(_pagerduty(project))
