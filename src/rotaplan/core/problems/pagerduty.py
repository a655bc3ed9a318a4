"""PAGERDUTY: what a push to PagerDuty would reject or change."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime

from rotaplan.core.model import Project
from rotaplan.core.problems.lookups import targets
from rotaplan.core.problems.problem import NO_ARGS, MessageArg, Problem, Severity, message_args

__all__ = ["pagerduty_problems"]

_PD_SCHEDULE_NAME = 255
_PD_DESCRIPTION = 1024
_PD_PERSON_NAME = 100


def _whole_minute(value: datetime) -> bool:
    return value.second == 0 and value.microsecond == 0


def pagerduty_problems(project: Project) -> tuple[Problem, ...]:
    """What a push of the project to PagerDuty would reject or change, sorted as by
    ``find_problems`` (errors first)."""
    return tuple(sorted(_pagerduty(project), key=Problem.sort_key))


def _pagerduty(project: Project) -> Iterator[Problem]:
    def problem(
        severity: Severity,
        text: str,
        kind: str,
        *,
        args: Mapping[str, MessageArg] = NO_ARGS,
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
                args=message_args(limit=_PD_SCHEDULE_NAME),
                schedule=sid,
            )
        if len(schedule.description) > _PD_DESCRIPTION:
            yield problem(
                "error",
                f"the description of {schedule.name} is longer than {_PD_DESCRIPTION}",
                "description_long",
                args=message_args(limit=_PD_DESCRIPTION),
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
    used |= targets(project, "person")
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
                args=message_args(limit=_PD_PERSON_NAME),
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
                args=message_args(first=seen[key], name=policy.name),
                policy=policy.id,
            )
        seen.setdefault(key, policy.id)
