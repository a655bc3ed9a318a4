"""ESCALATION_NOBODY: a rule of an escalation policy that reaches nobody."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rotaplan.core.escalation import first_human_delay
from rotaplan.core.intervals import clip_intervals
from rotaplan.core.problems.problem import Problem, message_args
from rotaplan.core.problems.text import Clock, duration

if TYPE_CHECKING:
    from rotaplan.core.plan import Plan

__all__ = ["escalation_nobody"]


def escalation_nobody(plan: Plan, clock: Clock) -> Iterator[Problem]:
    """Each stretch where a rule reaches nobody (an error on rule 1, a warning on later rules)."""
    project = plan.project
    window = plan.window
    for policy in project.escalation_policies:
        coverage = plan.coverage[policy.id]
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
                        kind, args = "nobody_at_all", message_args(zone=tz_name)
                    else:
                        after = (
                            f"the first human is paged after {duration(found[0])} "
                            f"(rule {found[1] + 1})"
                        )
                        kind = "nobody_first_rule"
                        args = message_args(zone=tz_name, delay=found[0], paged_rule=found[1] + 1)
                    text = f"{where} for {duration(end - start)}, {span}: {after}"
                else:
                    text = f"{where} for {duration(end - start)}, {span}"
                    kind, args = "nobody_later_rule", message_args(zone=tz_name)
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
