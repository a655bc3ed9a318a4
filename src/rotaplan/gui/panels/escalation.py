"""The window's escalation and time-off tools: the simulation dock, the iCal import, and the
timeline's time-off editing wired to the controller."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from rotaplan.gui.document.controller import ProjectController
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.prompts import Prompts
from rotaplan.gui.document.selection import Kind, Ref, Selector
from rotaplan.gui.panels.simulation import SimulationPane
from rotaplan.gui.sync.timeoff_import import TimeOffImporter
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.timeline.view_state import ViewState
from rotaplan.gui.workers import Workers

__all__ = ["EscalationTools"]


class EscalationTools(QObject):
    """The simulation beside the policy timeline, and time off on the timeline and from iCal."""

    def __init__(
        self,
        host: QMainWindow,
        view: ViewState,
        document: Document,
        controller: ProjectController,
        prompts: Prompts,
        workers: Workers,
        clock: Callable[[], datetime],
        sidebar: Selector,
        import_action: QAction,
    ) -> None:
        super().__init__(host)
        self._host = host
        self._view = view
        self._document = document
        self._sidebar = sidebar
        self.simulation = SimulationPane(clock, host)
        self.dock = QDockWidget(self.tr("Escalation simulation"), host)
        self.dock.setObjectName("simulation_dock")
        self.dock.setWidget(self.simulation)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.importer = TimeOffImporter(document, prompts, workers, clock, self)
        timeline = view.timeline
        timeline.time_off_requested.connect(controller.create_time_off)
        timeline.time_off_changed.connect(controller.move_time_off)
        timeline.time_off_delete_requested.connect(controller.delete_time_off)
        timeline.time_off_activated.connect(
            lambda entry_id: sidebar.select(Ref(Kind.TIME_OFF, entry_id))
        )
        timeline.time_off_import_requested.connect(self.importer.start)
        timeline.time_picked.connect(self.simulation.set_time)
        import_action.triggered.connect(self.import_for_current)
        document.project_changed.connect(lambda _p: self.refresh())
        view.changed.connect(self.refresh)

    def current_person(self) -> str | None:
        """The person the sidebar or the timeline is about, if any."""
        project, ref = self._document.project, self._sidebar.current()
        if ref is not None and ref.kind is Kind.PERSON:
            return ref.id
        if ref is not None and ref.kind is Kind.TIME_OFF and ref.exists(project):
            return project.time_off_entry(ref.id).person
        if self._view.mode is Mode.PERSON:
            return self._view.subject
        return None

    def import_for_current(self) -> None:
        """Import time off for the selected person."""
        self.importer.start(self.current_person() or "")

    def refresh(self) -> None:
        """Show the simulation of the policy on the timeline (the dock only in policy mode)."""
        view = self._view
        project, subject = self._document.project, view.subject
        policy = view.mode is Mode.POLICY and subject in project.policies_by_id
        if policy:
            self.simulation.set_policy(project, subject, view.display_zone_name())
            if self.dock.isHidden():
                self.dock.show()
                self.dock.raise_()
                self._host.resizeDocks([self.dock], [250], Qt.Orientation.Vertical)
        else:
            self.dock.hide()
