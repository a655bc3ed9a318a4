"""Who is on call when: gaps, time off, double booking, rest, long shifts, night handoffs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping

from rotaplan.core.catalogue import PROBLEM_MESSAGES
from rotaplan.core.localdays import local_days
from rotaplan.core.plan import Plan
from rotaplan.core.problems.lookups import Sources
from rotaplan.core.problems.problem import MessageArg, Problem, message_args
from rotaplan.core.problems.text import Clock, duration, name, quoted
from rotaplan.core.render import Interval
from rotaplan.core.timeutil import HOUR, instant

__all__ = ["double_booked", "gaps", "night_handoffs", "rest_and_long_shifts", "time_off"]


def gaps(plan: Plan, clock: Clock) -> Iterator[Problem]:
    """GAP: nobody on call in a schedule (an error where rule 1 of a policy pages it)."""
    project = plan.project
    first_targets: dict[str, str] = {}
    for policy in project.escalation_policies:
        for target in policy.rules[0].targets:
            if target.kind == "schedule":
                first_targets.setdefault(target.id, policy.id)
    for schedule in project.schedules:
        pieces = plan.render(schedule.id).pieces
        policy_id = first_targets.get(schedule.id)
        kind = "gap" if policy_id is None else "gap_paged"
        sentence = PROBLEM_MESSAGES[kind]
        paged = () if policy_id is None else (quoted(project.policy(policy_id).name),)
        args = message_args(zone=schedule.time_zone)
        for index, piece in enumerate(pieces):
            if piece.person is not None:
                continue
            # Name the layer next to the gap, so the GUI can jump to the rotation to extend.
            neighbours = [pieces[i] for i in (index - 1, index + 1) if 0 <= i < len(pieces)]
            layer = next(
                (p.source[1] for p in neighbours if p.source and p.source[0] == "layer"), None
            )
            text = sentence.english(
                schedule.name,
                duration(piece.end - piece.start),
                clock.range(piece.start, piece.end, schedule.time_zone),
                *paged,
            )
            yield Problem(
                "error" if policy_id else "warning",
                "GAP",
                text,
                piece.start,
                piece.end,
                schedule=schedule.id,
                layer=layer,
                policy=policy_id,
                kind=kind,
                args=args,
            )


def time_off(plan: Plan, sources: Sources, clock: Clock) -> Iterator[Problem]:
    """TIME_OFF: someone on call during their time off."""
    project = plan.project
    for entry in project.time_off:
        off_start, off_end = instant(entry.start), instant(entry.end)
        tz_name = project.person(entry.person).time_zone
        who = name(project, entry.person)
        kind = "time_off_note" if entry.note else "time_off"
        sentence = PROBLEM_MESSAGES[kind]
        note = (entry.note,) if entry.note else ()
        args = message_args(zone=tz_name, note=entry.note) if note else message_args(zone=tz_name)
        for a in plan.assignments.get(entry.person, ()):
            if a.start >= off_end:
                break
            if a.end <= off_start:
                continue
            start, end = max(a.start, off_start), min(a.end, off_end)
            layer, override = sources.ids(a.schedule, start)
            yield Problem(
                "error",
                "TIME_OFF",
                sentence.english(
                    who,
                    project.schedule(a.schedule).name,
                    duration(end - start),
                    *note,
                    clock.range(start, end, tz_name),
                ),
                start,
                end,
                schedule=a.schedule,
                layer=layer,
                override=override,
                person=entry.person,
                kind=kind,
                args=args,
            )


def double_booked(plan: Plan, sources: Sources, clock: Clock) -> Iterator[Problem]:
    """DOUBLE_BOOKED: someone on call in two schedules at once."""
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
        args = message_args(zone=tz_name)
        for (first, second), runs in sorted(overlaps.items()):
            policy_id = shared_policy.get((first, second))
            kind = "double_booked_paged" if policy_id else "double_booked"
            sentence = PROBLEM_MESSAGES[kind]
            paged = (quoted(project.policy(policy_id).name),) if policy_id else ()
            for start, end in runs:
                layer, override = sources.ids(first, start)
                other_layer, other_override = sources.ids(second, start)
                text = sentence.english(
                    name(project, person_id),
                    project.schedule(first).name,
                    project.schedule(second).name,
                    duration(end - start),
                    clock.range(start, end, tz_name),
                    *paged,
                )
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
                    kind=kind,
                    args=args,
                )


def rest_and_long_shifts(plan: Plan, clock: Clock) -> Iterator[Problem]:
    """REST and LONG_SHIFT: too little time between shifts, too long without a break."""
    project = plan.project
    settings = plan.settings
    window = plan.window
    short_rest = PROBLEM_MESSAGES["rest"]
    for person_id, shifts in plan.shifts.items():
        tz_name = (
            project.person(person_id).time_zone if person_id in project.people_by_id else "UTC"
        )
        rest_args: Mapping[str, MessageArg] | None = None
        for before, after in itertools.pairwise(shifts):
            rest = after.start - before.end
            if rest < settings.rest:
                if rest_args is None:
                    rest_args = message_args(zone=tz_name, limit=settings.rest)
                yield Problem(
                    "warning",
                    "REST",
                    short_rest.english(
                        name(project, person_id),
                        duration(rest),
                        duration(settings.rest),
                        clock.range(before.end, after.start, tz_name),
                    ),
                    before.end,
                    after.start,
                    person=person_id,
                    kind="rest",
                    args=rest_args,
                )
        for start, end in shifts:
            if end - start > settings.max_shift:
                clipped = start == window.start or end == window.end
                kind = "long_shift_clipped" if clipped else "long_shift"
                yield Problem(
                    "warning",
                    "LONG_SHIFT",
                    PROBLEM_MESSAGES[kind].english(
                        name(project, person_id),
                        duration(end - start),
                        duration(settings.max_shift),
                        clock.range(start, end, tz_name),
                    ),
                    start,
                    end,
                    person=person_id,
                    kind=kind,
                    args=message_args(zone=tz_name, limit=settings.max_shift),
                )


def night_handoffs(plan: Plan, sources: Sources, clock: Clock) -> Iterator[Problem]:
    """NIGHT_HANDOFF: a handoff in the middle of the person's local night."""
    project = plan.project
    window = plan.window
    settings = plan.settings
    night_start, night_end = settings.night_start_hour * HOUR, settings.night_end_hour * HOUR
    zone_days = {p.id: local_days(p.time_zone, window.start, window.end) for p in project.people}
    zone_args = {p.id: message_args(zone=p.time_zone) for p in project.people}
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
                kind = "night_takes_over" if taking else "night_hands_over"
                yield Problem(
                    "warning",
                    "NIGHT_HANDOFF",
                    PROBLEM_MESSAGES[kind].english(
                        person.name,
                        schedule.name,
                        clock.moment(at, person.time_zone),
                        person.time_zone,
                    ),
                    at,
                    at,
                    schedule=schedule.id,
                    layer=layer,
                    override=override,
                    person=person.id,
                    kind=kind,
                    args=zone_args[person.id],
                )
