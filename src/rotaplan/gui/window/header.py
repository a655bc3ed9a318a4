"""The line above the timeline: the days shown, and what they show (a schedule, a person's
shifts, a policy's levels or all schedules), with the schedule's coverage for the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from rotaplan.core import Project, to_datetime
from rotaplan.gui.text.i18n import format_day_range
from rotaplan.gui.timeline.painter import format_percent
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.timeline.view_state import ViewState

__all__ = ["ViewHeader"]


class ViewHeader(QWidget):
    """The range of days in view (large) and the subject beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_label = QLabel(self)
        self.range_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.range_label.setFont(font)
        self.subject_label = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 2)
        row.setSpacing(0)  # as in the window's column: the gap is the explicit spacing
        row.addWidget(self.range_label)
        row.addSpacing(16)
        row.addWidget(self.subject_label, 1)

    def show_view(self, view: ViewState, project: Project) -> str:
        """Show what ``view`` shows; returns the coverage text for the status bar ("" if none)."""
        window, tz = view.visible, view.timeline.display_zone
        first = to_datetime(window.start, tz)
        last = to_datetime(window.end - 1, tz)
        self.range_label.setText(format_day_range(first.date(), last.date()))
        mode, subject = view.mode, view.subject or ""
        coverage = ""
        if mode is Mode.SCHEDULE and subject in project.schedules_by_id:
            self.subject_label.setText(project.schedule(subject).name)
            percent = view.timeline.coverage(subject)
            if percent is not None:
                coverage = self.tr("Coverage %1 %").replace("%1", format_percent(percent))
        elif mode is Mode.PERSON and subject in project.people_by_id:
            self.subject_label.setText(
                self.tr("%1's shifts").replace("%1", project.person(subject).name)
            )
        elif mode is Mode.POLICY and subject in project.policies_by_id:
            policy = project.policy(subject)
            if policy.num_loops == 1:
                text = self.tr("%1: whom each level notifies, then all levels once more")
            elif policy.num_loops:
                text = self.tr("%1: whom each level notifies, then all levels %2 more times")
                text = text.replace("%2", str(policy.num_loops))
            else:
                text = self.tr("%1: whom each level notifies")
            self.subject_label.setText(text.replace("%1", policy.name))
        else:
            self.subject_label.setText(self.tr("All schedules"))
        return coverage
