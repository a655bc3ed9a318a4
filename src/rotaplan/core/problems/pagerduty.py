"""PAGERDUTY: what a push to PagerDuty would reject or change."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime

from rotaplan.core.catalogue import PROBLEM_MESSAGES
from rotaplan.core.model import Project
from rotaplan.core.problems.lookups import targets
from rotaplan.core.problems.problem import NO_ARGS, MessageArg, Problem, Severity, message_args
from rotaplan.core.problems.text import quoted

__all__ = ["pagerduty_problems"]

_PD_SCHEDULE_NAME = 255
_PD_DESCRIPTION = 1024
_PD_PERSON_NAME = 100


def _whole_minute(value: datetime) -> bool:
    return value.second == 0 and value.microsecond == 0


def pagerduty_problems(project: Project) -> tuple[Problem, ...]:
    """What a push to PagerDuty would reject or change, sorted as ``find_problems`` sorts."""
    return tuple(sorted(_pagerduty(project), key=Problem.sort_key))


def _pagerduty(project: Project) -> Iterator[Problem]:
    def problem(
        severity: Severity,
        kind: str,
        values: tuple[str, ...],
        *,
        args: Mapping[str, MessageArg] = NO_ARGS,
        schedule: str | None = None,
        layer: str | None = None,
        person: str | None = None,
        policy: str | None = None,
    ) -> Problem:
        kind = f"pagerduty_{kind}"
        return Problem(
            severity,
            "PAGERDUTY",
            PROBLEM_MESSAGES[kind].english(*values),
            schedule=schedule,
            layer=layer,
            person=person,
            policy=policy,
            kind=kind,
            args=args,
        )

    for schedule in project.schedules:
        sid = schedule.id
        if schedule.time_zone == "UTC":
            yield problem("warning", "utc", (schedule.name,), schedule=sid)
        if not schedule.layers:
            yield problem("error", "no_layer", (schedule.name,), schedule=sid)
        if len(schedule.name) > _PD_SCHEDULE_NAME:
            yield problem(
                "error",
                "schedule_name_long",
                (quoted(sid), str(_PD_SCHEDULE_NAME)),
                args=message_args(limit=_PD_SCHEDULE_NAME),
                schedule=sid,
            )
        if len(schedule.description) > _PD_DESCRIPTION:
            yield problem(
                "error",
                "description_long",
                (schedule.name, str(_PD_DESCRIPTION)),
                args=message_args(limit=_PD_DESCRIPTION),
                schedule=sid,
            )
        for layer in schedule.layers:
            which = (quoted(layer.name or layer.id), schedule.name)
            if not _whole_minute(layer.rotation_virtual_start):
                yield problem("warning", "layer_seconds", which, schedule=sid, layer=layer.id)
            if layer.end is not None and not _whole_minute(layer.end):
                yield problem("warning", "layer_end_seconds", which, schedule=sid, layer=layer.id)
            if len({r.type for r in layer.restrictions}) > 1:
                yield problem("warning", "mixed_restrictions", which, schedule=sid, layer=layer.id)
    used = {m for s in project.schedules for layer in s.layers for m in layer.members}
    used |= {o.person for s in project.schedules for o in s.overrides}
    used |= targets(project, "person")
    for person in project.people:
        if person.id in used and not 6 <= len(person.email.strip()) <= 100:
            yield problem("error", "no_email", (person.name,), person=person.id)
        if len(person.name) > _PD_PERSON_NAME:
            yield problem(
                "warning",
                "person_name_long",
                (quoted(person.id), str(_PD_PERSON_NAME)),
                args=message_args(limit=_PD_PERSON_NAME),
                person=person.id,
            )
    seen: dict[str, str] = {}
    for policy in project.escalation_policies:
        key = policy.name.strip().casefold()
        if key in seen:
            yield problem(
                "error",
                "policy_name_shared",
                (quoted(seen[key]), quoted(policy.id), quoted(policy.name)),
                args=message_args(first=seen[key], name=policy.name),
                policy=policy.id,
            )
        seen.setdefault(key, policy.id)
