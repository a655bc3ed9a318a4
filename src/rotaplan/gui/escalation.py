"""The window's escalation and time-off tools: the simulation dock, the iCal import, and the
timeline's time-off editing wired to the controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from rotaplan.gui.selection import Kind, Ref
from rotaplan.gui.simulation import SimulationPane
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.timeoff_import import TimeOffImporter
from rotaplan.gui.workers import Workers

if TYPE_CHECKING:
    from rotaplan.gui.mainwindow import MainWindow

__all__ = ["EscalationTools"]


class EscalationTools(QObject):
    """The simulation beside the policy timeline, and time off on the timeline and from iCal."""

    def __init__(self, window: MainWindow, workers: Workers) -> None:
        super().__init__(window)
        self._window = window
        self.simulation = SimulationPane(window.clock, window)
        self.dock = QDockWidget(self.tr("Escalation simulation"), window)
        self.dock.setObjectName("simulation_dock")
        self.dock.setWidget(self.simulation)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.importer = TimeOffImporter(
            window.document, window.prompts, workers, window.clock, self
        )
        controller, timeline = window.controller, window.timeline
        timeline.time_off_requested.connect(controller.create_time_off)
        timeline.time_off_changed.connect(controller.move_time_off)
        timeline.time_off_delete_requested.connect(controller.delete_time_off)
        timeline.time_off_activated.connect(
            lambda entry_id: window.sidebar.select(Ref(Kind.TIME_OFF, entry_id))
        )
        timeline.time_off_import_requested.connect(self.importer.start)
        timeline.time_picked.connect(self.simulation.set_time)
        window.window_actions.import_time_off.triggered.connect(self.import_for_current)
        window.document.project_changed.connect(lambda _p: self.refresh())

    def current_person(self) -> str | None:
        """The person the sidebar or the timeline is about, if any."""
        window = self._window
        project, ref = window.document.project, window.sidebar.current()
        if ref is not None and ref.kind is Kind.PERSON:
            return ref.id
        if ref is not None and ref.kind is Kind.TIME_OFF and ref.exists(project):
            return project.time_off_entry(ref.id).person
        if window.timeline.mode is Mode.PERSON:
            return window.timeline.subject
        return None

    def import_for_current(self) -> None:
        """Import time off for the selected person."""
        self.importer.start(self.current_person() or "")

    def refresh(self) -> None:
        """Show the simulation of the policy on the timeline (the dock only in policy mode)."""
        window = self._window
        project, subject = window.document.project, window.timeline.subject
        policy = window.timeline.mode is Mode.POLICY and subject in project.policies_by_id
        if policy:
            self.simulation.set_policy(project, subject, window.display_zone_name())
            if self.dock.isHidden():
                self.dock.show()
                self.dock.raise_()
                window.resizeDocks([self.dock], [250], Qt.Orientation.Vertical)
        else:
            self.dock.hide()
