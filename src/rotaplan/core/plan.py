"""The one entry point that the GUI, the CLI, the exporters and the sync share.

``plan(project, window)`` renders every schedule once; everything else (who is on call where,
problems, fairness, escalation coverage) is derived from those renders on first use and kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple

from rotaplan.core.escalation import PolicyCoverage, policy_coverage
from rotaplan.core.fairness import FairnessReport, fairness_report
from rotaplan.core.model import Project
from rotaplan.core.problems import Problem, find_problems
from rotaplan.core.render import Interval, ScheduleRender, Window, merge_intervals, render_schedule
from rotaplan.core.settings import AnalysisSettings

__all__ = ["Assignment", "Plan", "plan"]

_BY_TIME = itemgetter(0, 1)


class Assignment(NamedTuple):
    """``person`` is on call in ``schedule`` for ``[start, end)`` (a final span)."""

    start: int
    end: int
    person: str
    schedule: str


@dataclass(frozen=True)
class Plan:
    """A project evaluated over a window: every schedule rendered, analyses computed on demand."""

    project: Project
    window: Window
    renders: Mapping[str, ScheduleRender]
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)

    def render(self, schedule_id: str) -> ScheduleRender:
        """The render of one schedule (KeyError if there is none)."""
        return self.renders[schedule_id]

    @cached_property
    def assignments(self) -> Mapping[str, tuple[Assignment, ...]]:
        """Each person's final spans in every schedule, sorted by start (everyone has a key)."""
        found: dict[str, list[Assignment]] = {p.id: [] for p in self.project.people}
        for schedule_id, result in self.renders.items():
            for span in result.final:
                found.setdefault(span.person, []).append(
                    Assignment(span.start, span.end, span.person, schedule_id)
                )
        return {person: tuple(sorted(spans, key=_BY_TIME)) for person, spans in found.items()}

    @cached_property
    def shifts(self) -> Mapping[str, tuple[Interval, ...]]:
        """Each person's on-call time across schedules as disjoint, non-touching intervals."""
        return {
            person: tuple(merge_intervals((a.start, a.end) for a in spans))
            for person, spans in self.assignments.items()
        }

    @cached_property
    def problems(self) -> tuple[Problem, ...]:
        """What is wrong with the plan, sorted by time (see ``rotaplan.core.problems``)."""
        return find_problems(self)

    @cached_property
    def fairness(self) -> FairnessReport:
        """Who carries how much (see ``rotaplan.core.fairness``)."""
        return fairness_report(self)

    @cached_property
    def coverage(self) -> Mapping[str, PolicyCoverage]:
        """Each escalation policy's reach over the window, by policy id."""
        return {p.id: policy_coverage(self, p.id) for p in self.project.escalation_policies}


def plan(project: Project, window: Window, settings: AnalysisSettings | None = None) -> Plan:
    """Evaluate ``project`` over ``window``."""
    renders = {s.id: render_schedule(s, window) for s in project.schedules}
    return Plan(project, window, renders, settings or AnalysisSettings())
