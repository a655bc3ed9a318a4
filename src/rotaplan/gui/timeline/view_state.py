"""What the window shows: the mode and its subject, the display zone and the visible window.

The timeline draws the visible window and holds the mode; this object is the one place that
decides them for the rest of the window: which subject a mode falls back to, which zone times are
shown in (the subject's, mine, or one chosen), and how the view steps by day, week or month.
Panels and tools read it and listen to ``changed`` instead of reaching into the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal

from rotaplan.core import DAY, Project, Window, policy_zone, to_datetime, zone
from rotaplan.gui.text.zones import system_zone_name
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.timeline.widget import TimelineView

__all__ = ["ViewState"]


class ViewState(QObject):
    """The mode, subject, display zone and visible window of one main window."""

    changed = Signal()  # the mode, the subject, the display zone or the span changed

    def __init__(
        self, timeline: TimelineView, project: Callable[[], Project], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self._project = project
        self.zone_choice = "schedule"
        self.other_zone = system_zone_name()
        self.span_days = 7

    # What is shown

    @property
    def mode(self) -> Mode:
        """What the timeline shows."""
        return self.timeline.mode

    @property
    def subject(self) -> str | None:
        """The schedule, person or policy shown (None for all schedules)."""
        return self.timeline.subject

    @property
    def visible(self) -> Window:
        """The visible window."""
        return self.timeline.visible

    def set_mode(self, mode: Mode, subject: str | None) -> None:
        """Show one schedule, every schedule, one person or one escalation policy."""
        self.timeline.set_mode(mode, subject)
        self._apply_zone()
        self.changed.emit()

    def show_mode(self, mode: Mode) -> None:
        """Show ``mode`` with its current subject, else the project's first one."""
        project = self._project()
        subject = self.subject if self.mode is mode else None
        if subject is None:
            first = {
                Mode.SCHEDULE: [s.id for s in project.schedules],
                Mode.PERSON: [p.id for p in project.people],
                Mode.POLICY: [p.id for p in project.escalation_policies],
            }.get(mode, [])
            subject = first[0] if first else None
        self.set_mode(mode, subject)

    def subject_exists(self, project: Project) -> bool:
        """Whether the subject of the mode is still in ``project``."""
        subject = self.subject or ""
        if self.mode is Mode.SCHEDULE:
            return subject in project.schedules_by_id
        if self.mode is Mode.PERSON:
            return subject in project.people_by_id
        if self.mode is Mode.POLICY:
            return subject in project.policies_by_id
        return True

    # Time zone

    def display_zone_name(self) -> str:
        """The IANA name of the zone the timeline is drawn in."""
        if self.zone_choice == "mine":
            return system_zone_name()
        if self.zone_choice == "other":
            return self.other_zone
        project, subject = self._project(), self.subject or ""
        if self.mode is Mode.SCHEDULE and subject in project.schedules_by_id:
            return project.schedule(subject).time_zone
        if self.mode is Mode.PERSON and subject in project.people_by_id:
            return project.person(subject).time_zone
        if self.mode is Mode.POLICY and subject in project.policies_by_id:
            return policy_zone(project, project.policy(subject), system_zone_name())
        return project.schedules[0].time_zone if project.schedules else system_zone_name()

    def set_zone_choice(self, choice: str, name: str | None = None) -> None:
        """Draw times in the schedule's zone ("schedule"), mine ("mine"), or ``name`` ("other")."""
        self.zone_choice = choice
        if name is not None:
            self.other_zone = name
        self._apply_zone()
        self.changed.emit()

    def _apply_zone(self) -> None:
        name = self.display_zone_name()
        if getattr(self.timeline.display_zone, "key", None) != name:
            self.timeline.set_display_zone(zone(name))

    # Stepping through time

    def set_span_days(self, days: int) -> None:
        """Show a day, a week, two weeks or a month around the current view."""
        self.span_days = days
        middle = self.visible.start + self.visible.length // 2
        self.show_from(to_datetime(middle, self.timeline.display_zone).date(), days)
        self.changed.emit()

    def go_today(self) -> None:
        """Show the day, week or month of today."""
        self.show_from(self.timeline.today(), self.span_days)

    def step(self, direction: int) -> None:
        """Show the previous (-1) or next (+1) day, week or month."""
        days = self.span_days
        start = to_datetime(self.visible.start + DAY // 2, self.timeline.display_zone).date()
        if days == 28:
            start = start.replace(day=1)
            target = (
                (start + timedelta(days=32)).replace(day=1)
                if direction > 0
                else (start - timedelta(days=1)).replace(day=1)
            )
        else:
            target = start + timedelta(days=days * direction)
        self.show_from(target, days)

    def show_from(self, day: date, days: int) -> None:
        """Show ``days`` days (28: the month) from the start of the week or month of ``day``."""
        if days == 28:
            start = day.replace(day=1)
            following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
            length = (following - start).days
        else:
            start = day - timedelta(days=day.weekday()) if days >= 7 else day
            length = days
        first = self.timeline.local_midnight(start)
        last = self.timeline.local_midnight(start + timedelta(days=length))
        self.timeline.set_view(first, last - first)
