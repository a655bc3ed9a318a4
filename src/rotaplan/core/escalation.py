"""Escalation: who is notified when for an incident, and how well a policy reaches a human.

An incident triggered at t0 and never acknowledged notifies rule 1's targets at t0, rule i+1
after rule i's delay, and after the last rule's delay starts again at rule 1, ``num_loops`` more
times (DESIGN §2). A schedule target reaches its final on-call person at that instant, or nobody
in a gap; a person target always reaches that person.

With an acknowledgement model (PagerDuty's Triggered → Acknowledged → Resolved cycle), the first
person reached acknowledges ``ack_after`` later, which stops the escalation; if the incident is not
resolved ``ack_timeout`` after that acknowledgement it returns to Triggered and escalation starts
again from rule 1. Simulations end at a horizon, so an incident that is never resolved stays
bounded.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from rotaplan.core.errors import AnalysisError
from rotaplan.core.intervals import clip_intervals, intersect_intervals, shift_intervals
from rotaplan.core.model import EscalationPolicy, EscalationRule, EscalationTarget, Project
from rotaplan.core.plan import Plan
from rotaplan.core.render import Interval, ScheduleRender, Window, merge_intervals, render_schedule
from rotaplan.core.timeutil import MINUTE, Instant

__all__ = [
    "DEFAULT_HORIZON_MINUTES",
    "MAX_HORIZON_MINUTES",
    "IncidentEvent",
    "Notification",
    "PolicyCoverage",
    "Simulation",
    "Step",
    "escalation_steps",
    "first_human_delay",
    "policy_coverage",
    "policy_zone",
    "simulate",
    "simulate_sweep",
]

DEFAULT_HORIZON_MINUTES = 24 * 60
MAX_HORIZON_MINUTES = 31 * 24 * 60
EventKind = Literal["triggered", "acknowledged", "retriggered", "exhausted", "horizon"]


class Step(NamedTuple):
    """Rule ``rule`` (0-based) of loop ``loop`` is notified ``offset`` after the trigger."""

    offset: Instant
    loop: int
    rule: int


@dataclass(frozen=True)
class Notification:
    """A target of rule ``rule`` (1-based) notified at ``at``; ``person`` None reaches nobody."""

    at: Instant
    rule: int
    loop: int
    cycle: int
    target: EscalationTarget
    person: str | None


@dataclass(frozen=True)
class IncidentEvent:
    """A change of the incident's state during a simulation."""

    at: Instant
    kind: EventKind


@dataclass(frozen=True)
class Simulation:
    """The timeline of one simulated incident."""

    policy_id: str
    triggered_at: Instant
    horizon: Instant
    notifications: tuple[Notification, ...]
    events: tuple[IncidentEvent, ...]

    @property
    def first_human(self) -> Notification | None:
        """The first notification that reached a person."""
        return next((n for n in self.notifications if n.person is not None), None)


@dataclass(frozen=True)
class PolicyCoverage:
    """How well a policy reaches a human over a window.

    ``rule_nobody[i]`` lists when rule i reaches nobody (over the window extended by one full
    escalation, so that late rules of early incidents are known); ``worst_delay`` is the longest
    time from trigger to the first human for an incident inside the window, None when some
    incident reaches nobody at all; ``worst_at`` is a trigger time where it happens.
    """

    policy_id: str
    window: Window
    steps: tuple[Step, ...]
    rule_nobody: tuple[tuple[Interval, ...], ...]
    first_rule_percent: float
    worst_delay: Instant | None
    worst_at: Instant | None


def escalation_steps(policy: EscalationPolicy) -> tuple[Step, ...]:
    """Every notification round of an unacknowledged incident, with its offset from the trigger."""
    steps: list[Step] = []
    offset = 0
    for loop in range(policy.num_loops + 1):
        for index, rule in enumerate(policy.rules):
            steps.append(Step(offset, loop, index))
            offset += rule.delay_minutes * MINUTE
    return tuple(steps)


def _cycle_length(policy: EscalationPolicy) -> Instant:
    return (policy.num_loops + 1) * sum(r.delay_minutes for r in policy.rules) * MINUTE


def _rule_nobody(rule: EscalationRule, gaps: Mapping[str, Sequence[Interval]]) -> list[Interval]:
    """When every target of the rule reaches nobody."""
    if any(t.kind == "person" for t in rule.targets):
        return []
    result: list[Interval] | None = None
    for target in rule.targets:
        target_gaps = list(gaps[target.id])
        result = target_gaps if result is None else intersect_intervals(result, target_gaps)
    return result or []


def policy_zone(project: Project, policy: EscalationPolicy, fallback: str) -> str:
    """The zone a policy's times are read and shown in: its first schedule target's, else its
    first person target's, else ``fallback``."""
    for rule in policy.rules:
        for target in rule.targets:
            if target.kind == "schedule" and target.id in project.schedules_by_id:
                return project.schedule(target.id).time_zone
    for rule in policy.rules:
        for target in rule.targets:
            if target.id in project.people_by_id:
                return project.person(target.id).time_zone
    return fallback


def _extended_gaps(plan: Plan, schedule_id: str, until: Instant) -> list[Interval]:
    """The schedule's gaps from the window start to ``until`` (past the window end if need be)."""
    result = plan.render(schedule_id)
    gaps = list(result.gaps)
    if until > plan.window.end:
        tail = render_schedule(plan.project.schedule(schedule_id), Window(plan.window.end, until))
        gaps = merge_intervals([*gaps, *tail.gaps])
    return gaps


def _require_policy(project: Project, policy_id: str) -> EscalationPolicy:
    try:
        return project.policy(policy_id)
    except KeyError:
        known = ", ".join(project.policies_by_id) or "none"
        raise AnalysisError(f"no escalation policy {policy_id!r} (known: {known})") from None


def _start(interval: Interval) -> Instant:
    return interval.start


def first_human_delay(coverage: PolicyCoverage, at: Instant) -> tuple[Instant, int] | None:
    """For an incident at ``at``: the delay to the first human and the 0-based rule, or None."""
    for step in coverage.steps:
        nobody = coverage.rule_nobody[step.rule]
        moment = at + step.offset
        index = bisect_right(nobody, moment, key=_start) - 1
        if index < 0 or not nobody[index].start <= moment < nobody[index].end:
            return step.offset, step.rule
    return None


def policy_coverage(plan: Plan, policy_id: str) -> PolicyCoverage:
    """The share of the window in which rule 1 reaches a human, and the worst time to one."""
    policy = _require_policy(plan.project, policy_id)
    window = plan.window
    steps = escalation_steps(policy)
    until = window.end + _cycle_length(policy)
    schedule_ids = {t.id for r in policy.rules for t in r.targets if t.kind == "schedule"}
    gaps = {s: _extended_gaps(plan, s, until) for s in sorted(schedule_ids)}
    rule_nobody = tuple(tuple(_rule_nobody(rule, gaps)) for rule in policy.rules)
    first_nobody = clip_intervals(rule_nobody[0], window.start, window.end)
    length = window.length
    percent = 100.0 if length <= 0 else 100.0 - sum(b - a for a, b in first_nobody) / length * 100

    # Trigger times at which every step so far reached nobody: intersect step by step. The
    # worst delay is the offset of the first step after which no such trigger time is left.
    remaining: list[Interval] = [Interval(window.start, window.end)] if length > 0 else []
    worst: Instant | None = 0
    worst_at: Instant | None = None
    for step in steps:
        if not remaining:
            break
        witness = remaining[0].start
        remaining = intersect_intervals(
            remaining, shift_intervals(rule_nobody[step.rule], -step.offset)
        )
        if not remaining:
            worst, worst_at = step.offset, witness
    if remaining:
        worst, worst_at = None, remaining[0].start
    return PolicyCoverage(policy.id, window, steps, rule_nobody, percent, worst, worst_at)


class _Resolver:
    """Finds a schedule's on-call person at an instant by bisecting its final spans."""

    def __init__(self, renders: Mapping[str, ScheduleRender]) -> None:
        self._finals = {sid: r.final for sid, r in renders.items()}
        self._starts = {sid: [s.start for s in r.final] for sid, r in renders.items()}

    def person(self, target: EscalationTarget, at: Instant) -> str | None:
        if target.kind == "person":
            return target.id
        index = bisect_right(self._starts[target.id], at) - 1
        if index < 0:
            return None
        span = self._finals[target.id][index]
        return span.person if at < span.end else None


def _check_minutes(
    ack_after_minutes: float | None, ack_timeout_minutes: float | None, horizon_minutes: float
) -> None:
    if ack_after_minutes is not None and not 0 <= ack_after_minutes <= MAX_HORIZON_MINUTES:
        raise AnalysisError(f"ack after: must be between 0 and {MAX_HORIZON_MINUTES} minutes")
    if ack_timeout_minutes is not None and not 1 <= ack_timeout_minutes <= MAX_HORIZON_MINUTES:
        raise AnalysisError(f"ack timeout: must be between 1 and {MAX_HORIZON_MINUTES} minutes")
    if not 1 <= horizon_minutes <= MAX_HORIZON_MINUTES:
        raise AnalysisError(f"horizon: must be between 1 and {MAX_HORIZON_MINUTES} minutes")


def _targeted(policy: EscalationPolicy) -> list[str]:
    return sorted({t.id for r in policy.rules for t in r.targets if t.kind == "schedule"})


def simulate(
    project: Project,
    policy_id: str,
    at: Instant,
    *,
    ack_after_minutes: float | None = None,
    ack_timeout_minutes: float | None = None,
    horizon_minutes: float = DEFAULT_HORIZON_MINUTES,
) -> Simulation:
    """Simulate an incident triggered at ``at`` on the policy, until the horizon.

    Without ``ack_after_minutes`` nobody acknowledges and the escalation runs its loops once.
    """
    policy = _require_policy(project, policy_id)
    _check_minutes(ack_after_minutes, ack_timeout_minutes, horizon_minutes)
    horizon = at + round(horizon_minutes * MINUTE)
    window = Window(at, horizon)
    resolver = _Resolver(
        {s: render_schedule(project.schedule(s), window) for s in _targeted(policy)}
    )
    return _run(policy, at, horizon, resolver, ack_after_minutes, ack_timeout_minutes)


def simulate_sweep(
    plan: Plan,
    policy_id: str,
    times: Iterable[Instant],
    *,
    ack_after_minutes: float | None = None,
    ack_timeout_minutes: float | None = None,
    horizon_minutes: float = DEFAULT_HORIZON_MINUTES,
) -> tuple[Simulation, ...]:
    """Simulate an incident at each of ``times``, reusing the plan's renders.

    Every simulation must end inside the plan's window (AnalysisError otherwise).
    """
    policy = _require_policy(plan.project, policy_id)
    _check_minutes(ack_after_minutes, ack_timeout_minutes, horizon_minutes)
    length = round(horizon_minutes * MINUTE)
    resolver = _Resolver({s: plan.render(s) for s in _targeted(policy)})
    results = []
    for at in times:
        if at < plan.window.start or at + length > plan.window.end:
            raise AnalysisError("every simulated incident and its horizon must lie in the window")
        results.append(
            _run(policy, at, at + length, resolver, ack_after_minutes, ack_timeout_minutes)
        )
    return tuple(results)


def _run(
    policy: EscalationPolicy,
    at: Instant,
    horizon: Instant,
    resolver: _Resolver,
    ack_after_minutes: float | None,
    ack_timeout_minutes: float | None,
) -> Simulation:
    """The state machine of one incident (see the module docstring)."""
    steps = escalation_steps(policy)
    ack_after = None if ack_after_minutes is None else round(ack_after_minutes * MINUTE)
    ack_timeout = None if ack_timeout_minutes is None else round(ack_timeout_minutes * MINUTE)

    notifications: list[Notification] = []
    events = [IncidentEvent(at, "triggered")]
    cycle_start = at
    cycle = 0
    while True:
        ack_at: Instant | None = None
        last = cycle_start
        for step in steps:
            moment = cycle_start + step.offset
            if moment >= horizon or (ack_at is not None and moment >= ack_at):
                break
            last = moment
            for target in policy.rules[step.rule].targets:
                person = resolver.person(target, moment)
                notifications.append(
                    Notification(moment, step.rule + 1, step.loop, cycle, target, person)
                )
                if person is not None and ack_at is None and ack_after is not None:
                    ack_at = moment + ack_after
        else:
            if ack_at is None:
                end = last + policy.rules[-1].delay_minutes * MINUTE
                events.append(IncidentEvent(min(end, horizon), "exhausted"))
                break
        if ack_at is None or ack_at >= horizon:
            events.append(IncidentEvent(horizon, "horizon"))
            break
        events.append(IncidentEvent(ack_at, "acknowledged"))
        if ack_timeout is None:
            break
        cycle_start = ack_at + ack_timeout
        if cycle_start >= horizon:
            events.append(IncidentEvent(horizon, "horizon"))
            break
        cycle += 1
        events.append(IncidentEvent(cycle_start, "retriggered"))
    return Simulation(policy.id, at, horizon, tuple(notifications), tuple(events))
