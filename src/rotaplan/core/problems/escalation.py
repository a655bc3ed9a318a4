"""ESCALATION_NOBODY: a rule of an escalation policy that reaches nobody."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rotaplan.core.catalogue import PROBLEM_MESSAGES
from rotaplan.core.escalation import PolicyCoverage, first_human_delay
from rotaplan.core.intervals import clip_intervals
from rotaplan.core.plan import Plan
from rotaplan.core.problems.problem import Problem, message_args
from rotaplan.core.problems.text import Clock, duration, quoted

__all__ = ["escalation_nobody"]


def escalation_nobody(
    plan: Plan, clock: Clock, coverage_of: Callable[[str], PolicyCoverage]
) -> Iterator[Problem]:
    """Each stretch where a rule reaches nobody (an error on rule 1, a warning on later rules)."""
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
        policy_name = quoted(policy.name)
        for index, nobody in enumerate(coverage.rule_nobody):
            for start, end in clip_intervals(nobody, window.start, window.end):
                where = (
                    str(index + 1),
                    policy_name,
                    duration(end - start),
                    clock.range(start, end, tz_name),
                )
                found = first_human_delay(coverage, start) if index == 0 else None
                after: tuple[str, ...] = ()
                if index > 0:
                    kind, args = "nobody_later_rule", message_args(zone=tz_name)
                elif found is None:
                    kind, args = "nobody_at_all", message_args(zone=tz_name)
                else:
                    kind = "nobody_first_rule"
                    args = message_args(zone=tz_name, delay=found[0], paged_rule=found[1] + 1)
                    after = (duration(found[0]), str(found[1] + 1))
                targets = [t.id for t in policy.rules[index].targets if t.kind == "schedule"]
                yield Problem(
                    "error" if index == 0 else "warning",
                    "ESCALATION_NOBODY",
                    PROBLEM_MESSAGES[kind].english(*where, *after),
                    start,
                    end,
                    schedule=targets[0] if targets else None,
                    policy=policy.id,
                    rule=index + 1,
                    kind=kind,
                    args=args,
                )
