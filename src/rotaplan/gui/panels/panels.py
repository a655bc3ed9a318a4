"""The Problems and Fairness docks of the main window, fed by one live analysis of the view.

``Panels`` adds both docks to the window (tabbed at the bottom), their View-menu toggles and the
wiring: edits and scrolling re-analyse the visible horizon; double-clicking a problem shows it on
the timeline and selects what it is about; "Fix…" asks who covers (the core's ranking) and adds
the override; the fairness panel follows the selected schedule and exports CSV in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from rotaplan.core import Analysis, Problem, Project, Window, to_datetime
from rotaplan.gui.document.controller import ProjectController
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.prompts import Prompts
from rotaplan.gui.document.selection import Kind, Ref, Selector
from rotaplan.gui.panels.analysis import LiveAnalysis
from rotaplan.gui.panels.fairness import FairnessPanel
from rotaplan.gui.panels.problems import ProblemsPanel, is_fixable
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.timeline.view_state import ViewState
from rotaplan.gui.workers import Task, Workers
from rotaplan.store import atomic_write_text

__all__ = ["Panels", "horizon_text", "problem_ref"]


def problem_ref(problem: Problem, project: Project) -> Ref | None:
    """What to select for a problem: its policy, layer, schedule or person (if still there)."""
    candidates: list[Ref] = []
    if problem.code == "ESCALATION_NOBODY" and problem.policy:
        candidates.append(Ref(Kind.POLICY, problem.policy))
    if problem.schedule:
        if problem.layer and not problem.override:
            candidates.append(Ref(Kind.LAYER, problem.schedule, problem.layer))
        candidates.append(Ref(Kind.SCHEDULE, problem.schedule))
    if problem.person:
        candidates.append(Ref(Kind.PERSON, problem.person))
    if problem.policy:
        candidates.append(Ref(Kind.POLICY, problem.policy))
    return next((ref for ref in candidates if ref.exists(project)), None)


def horizon_text(window: Window, tz: tzinfo, locale: QLocale | None = None) -> str:
    """The first and last day of a window, in the locale's short date format."""
    locale = locale or QLocale()
    first = to_datetime(window.start, tz)
    last = to_datetime(window.end - 1, tz)
    a = locale.toString(QDate(first.year, first.month, first.day), QLocale.FormatType.ShortFormat)
    b = locale.toString(QDate(last.year, last.month, last.day), QLocale.FormatType.ShortFormat)
    if a == b:
        return a
    return QCoreApplication.translate("Panels", "%1 – %2").replace("%1", a).replace("%2", b)


class Panels(QObject):
    """Owns the analysis, the two panels and their docks for one main window."""

    def __init__(
        self,
        host: QMainWindow,
        view: ViewState,
        document: Document,
        controller: ProjectController,
        prompts: Prompts,
        workers: Workers,
        sidebar: Selector,
        beside: QDockWidget,
        view_menu: QMenu,
        show_message: Callable[[str, int], None],
    ) -> None:
        super().__init__(host)
        self._host = host
        self._view = view
        self._document = document
        self._controller = controller
        self._prompts = prompts
        self._sidebar = sidebar
        self._show_message = show_message
        self.workers = workers
        timeline = view.timeline
        # The first analysis waits for the window's first paint (see MainWindow.showEvent): its
        # one-time costs (holiday calendars) would otherwise hold the paint up.
        self.analysis = LiveAnalysis(
            document.project, timeline.visible, self.workers, self, start=False
        )
        self.problems = ProblemsPanel(host)
        self.fairness = FairnessPanel(host)
        self.export_task: Task | None = None
        self.problems_dock = self._dock(self.tr("Problems"), "problems_dock", self.problems)
        self.fairness_dock = self._dock(self.tr("Fairness"), "fairness_dock", self.fairness)
        host.tabifyDockWidget(self.problems_dock, self.fairness_dock)
        # The escalation simulation joins the tabs: side by side, the bottom row is too narrow.
        host.tabifyDockWidget(self.fairness_dock, beside)
        host.resizeDocks([self.problems_dock], [270], Qt.Orientation.Vertical)
        self.problems_dock.raise_()
        view_menu.addSeparator()
        view_menu.addActions(
            [self.problems_dock.toggleViewAction(), self.fairness_dock.toggleViewAction()]
        )

        document.project_changed.connect(self.analysis.set_project)
        timeline.window_changed.connect(self.analysis.set_window)
        self.analysis.updated.connect(self._show)
        self.analysis.failed.connect(self._failed)
        self.problems.activated.connect(self.show_problem)
        self.problems.fix_requested.connect(self.fix)
        self.fairness.export_requested.connect(self.export_fairness)
        sidebar.selection_changed.connect(lambda _ref: self.follow_selection())
        view.changed.connect(self.follow_selection)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self._host)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self._host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until background analyses and exports have ended (closing, tests)."""
        return self.workers.wait(milliseconds)

    # Results

    def _show(self, result: Analysis) -> None:
        tz = self._view.timeline.display_zone
        self.problems.set_problems(
            result.project, result.problems, tz, horizon_text(result.window, tz)
        )
        self.fairness.set_plan(result)

    def _failed(self, message: str) -> None:
        self._show_message(self.tr("The analysis failed: %1").replace("%1", message), 10_000)

    # Navigation and fixes

    def show_problem(self, problem: Problem) -> None:
        """Show the problem's schedule (or person) at its time and select what it is about."""
        timeline = self._view.timeline
        ref = problem_ref(problem, self._document.project)
        if ref is not None:
            self._sidebar.select(ref)
            if ref.kind in (Kind.SCHEDULE, Kind.LAYER):
                self._view.set_mode(Mode.SCHEDULE, ref.id)
            elif ref.kind is Kind.PERSON:
                self._view.set_mode(Mode.PERSON, ref.id)
        if problem.start is not None:
            end = problem.end if problem.end is not None else problem.start
            span = timeline.visible.length
            if end - problem.start >= span * 8 // 10:
                start = problem.start - span // 10
            else:
                start = (problem.start + end) // 2 - span // 2
            timeline.set_view(start, span)
        if problem.schedule and problem.override:
            timeline.selected_override = (problem.schedule, problem.override)
            timeline.viewport().update()

    def fix(self, problem: Problem) -> None:
        """Ask who covers the problem's time (the core's ranking) and add that override."""
        if not is_fixable(problem) or problem.schedule is None:
            return
        assert problem.start is not None
        assert problem.end is not None
        title = self.tr("Cover the gap") if problem.code == "GAP" else self.tr("Cover the time off")
        self._controller.create_override(problem.schedule, problem.start, problem.end, title)

    def follow_selection(self) -> None:
        """Show the fairness of the schedule the timeline shows, or the team's for all of them."""
        view = self._view
        if view.mode is Mode.SCHEDULE:
            self.fairness.show_schedule(view.subject)
        elif view.mode is Mode.ALL:
            self.fairness.show_schedule(None)

    # Export

    def export_fairness(self) -> None:
        """Ask where, then write the fairness CSV in the background."""
        if self.fairness.view_value is None:
            return
        text = self.fairness.csv_text()
        document = self._document
        project = document.project
        scope = (
            project.schedule(self.fairness.schedule_id).name
            if self.fairness.schedule_id
            else project.name or self.tr("team")
        )
        folder = document.path.parent if document.path else Path.home()
        day = to_datetime(self.analysis.window.start, self._view.timeline.display_zone).date()
        name = self.tr("%1 fairness %2.csv").replace("%1", scope).replace("%2", day.isoformat())
        chosen = self._prompts.csv_path(str(folder / name.replace("/", "-")))
        if not chosen:
            return
        target = Path(chosen)
        task = self.workers.start(
            lambda _progress, _cancelled: atomic_write_text(target, text, keep_backup=False)
        )
        self.export_task = task
        task.finished.connect(
            lambda _result: self._show_message(
                self.tr("Exported %1").replace("%1", str(target)), 4000
            )
        )
        task.failed.connect(
            lambda error: self._prompts.error(
                self.tr("Cannot export"),
                self.tr("The fairness figures were not written: %1").replace("%1", str(error)),
            )
        )
