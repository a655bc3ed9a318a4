"""The one entry point that the window, the CLI, the exporters and the sync share.

``analyse(project, window)`` renders every schedule once (reusing a ``RenderCache`` when given)
and returns an ``Analysis``: the ``Plan`` with its problems, fairness and escalation coverage,
each computed on first use and kept, so a command pays only for what it reads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from rotaplan.core.escalation import PolicyCoverage, policy_coverage
from rotaplan.core.fairness import FairnessReport, fairness_report
from rotaplan.core.limits import check_render_size
from rotaplan.core.model import Project
from rotaplan.core.plan import Plan
from rotaplan.core.problems import Problem, find_problems
from rotaplan.core.render import Window, render_schedule
from rotaplan.core.render_cache import RenderCache
from rotaplan.core.settings import AnalysisSettings

__all__ = ["Analysis", "analyse", "analyse_policy", "plan"]


@dataclass(frozen=True)
class Analysis(Plan):
    """A plan and what the analyses say of it (each computed on first use)."""

    @cached_property
    def _coverage(self) -> dict[str, PolicyCoverage]:
        return {}

    def policy_coverage(self, policy_id: str) -> PolicyCoverage:
        """One escalation policy's reach over the window (AnalysisError for an unknown id)."""
        found = self._coverage.get(policy_id)
        if found is None:
            found = self._coverage[policy_id] = policy_coverage(self, policy_id)
        return found

    @cached_property
    def coverage(self) -> Mapping[str, PolicyCoverage]:
        """Each escalation policy's reach over the window, by policy id."""
        return {p.id: self.policy_coverage(p.id) for p in self.project.escalation_policies}

    @cached_property
    def problems(self) -> tuple[Problem, ...]:
        """What is wrong with the plan, sorted by time (see ``rotaplan.core.problems``)."""
        return find_problems(self, self.policy_coverage)

    @cached_property
    def fairness(self) -> FairnessReport:
        """Who carries how much (see ``rotaplan.core.fairness``)."""
        return fairness_report(self)

    def schedule_fairness(self, schedule_id: str) -> FairnessReport:
        """The loads of one schedule alone: the fairness of the project cut down to it.

        Hours, nights and weekends count only this schedule's shifts; first-line time is all of
        a person's time in it when a policy's first rule pages the schedule, else none.
        """
        project = self.project
        schedule = project.schedule(schedule_id)
        alone = dataclasses.replace(project, schedules=(schedule,), escalation_policies=())
        report = fairness_report(
            Plan(alone, self.window, {schedule_id: self.render(schedule_id)}, self.settings)
        )
        paged = any(
            target.kind == "schedule" and target.id == schedule_id
            for policy in project.escalation_policies
            for target in policy.rules[0].targets
        )
        people = tuple(
            dataclasses.replace(load, first_line=load.on_call if paged else 0)
            for load in report.people
        )
        return dataclasses.replace(report, people=people)


def analyse(
    project: Project,
    window: Window,
    settings: AnalysisSettings | None = None,
    renders: RenderCache | None = None,
) -> Analysis:
    """Evaluate ``project`` over ``window``, reusing the renders ``renders`` holds.

    AnalysisError when all the renders together would exceed ``MAX_RENDER_SEGMENTS``.
    """
    check_render_size((s, window) for s in project.schedules)
    if renders is None:
        rendered = {s.id: render_schedule(s, window) for s in project.schedules}
    else:
        rendered = dict(renders.renders(project, window))
    return Analysis(project, window, rendered, settings or AnalysisSettings())


def analyse_policy(
    project: Project, policy_id: str, window: Window, renders: RenderCache | None = None
) -> PolicyCoverage:
    """One policy's coverage over ``window``, rendering only the schedules it pages."""
    policy = project.policies_by_id.get(policy_id)
    targeted = (
        {t.id for r in policy.rules for t in r.targets if t.kind == "schedule"} if policy else set()
    )
    cache = renders or RenderCache(chunk=None)
    rendered = {s.id: cache.get(s, window) for s in project.schedules if s.id in targeted}
    return policy_coverage(Plan(project, window, rendered), policy_id)


# The established name of the entry point, used throughout the tests and scripts.
plan = analyse
