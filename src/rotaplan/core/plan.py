"""The one entry point that the GUI, the CLI, the exporters and the sync share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rotaplan.core.model import Project
from rotaplan.core.render import ScheduleRender, Window, render_schedule

__all__ = ["Plan", "plan"]


@dataclass(frozen=True)
class Plan:
    """A project evaluated over a window: every schedule rendered."""

    project: Project
    window: Window
    renders: Mapping[str, ScheduleRender]

    def render(self, schedule_id: str) -> ScheduleRender:
        """The render of one schedule (KeyError if there is none)."""
        return self.renders[schedule_id]


def plan(project: Project, window: Window) -> Plan:
    """Evaluate ``project`` over ``window``."""
    renders = {s.id: render_schedule(s, window) for s in project.schedules}
    return Plan(project, window, renders)
