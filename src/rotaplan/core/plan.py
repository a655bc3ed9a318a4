"""A project evaluated over a window: every schedule's render, and who is on call where.

``Plan`` is plain data that the analyses (problems, fairness, escalation, suggestions) read; it
knows none of them. ``rotaplan.core.analysis`` builds plans and computes the analyses on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple

from rotaplan.core.model import Project
from rotaplan.core.render import Interval, ScheduleRender, Window, merge_intervals
from rotaplan.core.settings import AnalysisSettings

__all__ = ["Assignment", "Plan"]

_BY_TIME = itemgetter(0, 1)


class Assignment(NamedTuple):
    """``person`` is on call in ``schedule`` for ``[start, end)`` (a final span)."""

    start: int
    end: int
    person: str
    schedule: str


@dataclass(frozen=True)
class Plan:
    """Every schedule of ``project`` rendered over ``window``, with the thresholds to judge it."""

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
