"""The Problems and Fairness docks of the main window, fed by one live analysis of the view.

``install_panels(window)`` adds both docks (tabbed at the bottom), their View-menu toggles and the
wiring: edits and scrolling re-analyse the visible horizon; double-clicking a problem shows it on
the timeline and selects what it is about; "Fix…" asks who covers (the core's ranking) and adds
the override; the fairness panel follows the selected schedule and exports CSV in the background.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from rotaplan.core import Analysis, Problem, Project, Window, to_datetime
from rotaplan.gui.analysis import LiveAnalysis
from rotaplan.gui.fairness import FairnessPanel
from rotaplan.gui.problems import ProblemsPanel, is_fixable
from rotaplan.gui.selection import Kind, Ref
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.workers import Task
from rotaplan.store import atomic_write_text

if TYPE_CHECKING:
    from rotaplan.gui.mainwindow import MainWindow

__all__ = ["Panels", "horizon_text", "install_panels", "problem_ref"]


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

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        timeline = window.timeline
        self.workers = window.workers
        # The first analysis waits for the window's first paint (see MainWindow.showEvent): its
        # one-time costs (holiday calendars) would otherwise hold the paint up.
        self.analysis = LiveAnalysis(
            window.document.project, timeline.visible, self.workers, self, start=False
        )
        self.problems = ProblemsPanel(window)
        self.fairness = FairnessPanel(window)
        self.export_task: Task | None = None
        self.problems_dock = self._dock(self.tr("Problems"), "problems_dock", self.problems)
        self.fairness_dock = self._dock(self.tr("Fairness"), "fairness_dock", self.fairness)
        window.tabifyDockWidget(self.problems_dock, self.fairness_dock)
        # The escalation simulation joins the tabs: side by side, the bottom row is too narrow.
        window.tabifyDockWidget(self.fairness_dock, window.escalation.dock)
        window.resizeDocks([self.problems_dock], [270], Qt.Orientation.Vertical)
        self.problems_dock.raise_()
        view_menu = window.window_actions.view_menu
        view_menu.addSeparator()
        view_menu.addActions(
            [self.problems_dock.toggleViewAction(), self.fairness_dock.toggleViewAction()]
        )

        window.document.project_changed.connect(self.analysis.set_project)
        timeline.window_changed.connect(self.analysis.set_window)
        self.analysis.updated.connect(self._show)
        self.analysis.failed.connect(self._failed)
        self.problems.activated.connect(self.show_problem)
        self.problems.fix_requested.connect(self.fix)
        self.fairness.export_requested.connect(self.export_fairness)
        window.sidebar.selection_changed.connect(lambda _ref: self.follow_selection())
        for action in window.window_actions.modes.actions():
            action.triggered.connect(lambda _checked=False: self.follow_selection())

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self._window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self._window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until background analyses and exports have ended (closing, tests)."""
        return self.workers.wait(milliseconds)

    # Results

    def _show(self, result: Analysis) -> None:
        tz = self._window.timeline.display_zone
        self.problems.set_problems(
            result.project, result.problems, tz, horizon_text(result.window, tz)
        )
        self.fairness.set_plan(result)

    def _failed(self, message: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("The analysis failed: %1").replace("%1", message), 10_000
        )

    # Navigation and fixes

    def show_problem(self, problem: Problem) -> None:
        """Show the problem's schedule (or person) at its time and select what it is about."""
        window, timeline = self._window, self._window.timeline
        project = window.document.project
        ref = problem_ref(problem, project)
        if ref is not None:
            window.sidebar.select(ref)
            if ref.kind in (Kind.SCHEDULE, Kind.LAYER):
                window.set_mode(Mode.SCHEDULE, ref.id)
            elif ref.kind is Kind.PERSON:
                window.set_mode(Mode.PERSON, ref.id)
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
        self._window.controller.create_override(problem.schedule, problem.start, problem.end, title)

    def follow_selection(self) -> None:
        """Show the fairness of the schedule the timeline shows, or the team's for all of them."""
        timeline = self._window.timeline
        if timeline.mode is Mode.SCHEDULE:
            self.fairness.show_schedule(timeline.subject)
        elif timeline.mode is Mode.ALL:
            self.fairness.show_schedule(None)

    # Export

    def export_fairness(self) -> None:
        """Ask where, then write the fairness CSV in the background."""
        window = self._window
        if self.fairness.view_value is None:
            return
        text = self.fairness.csv_text()
        project = window.document.project
        scope = (
            project.schedule(self.fairness.schedule_id).name
            if self.fairness.schedule_id
            else project.name or self.tr("team")
        )
        folder = window.document.path.parent if window.document.path else Path.home()
        day = to_datetime(self.analysis.window.start, window.timeline.display_zone).date()
        name = self.tr("%1 fairness %2.csv").replace("%1", scope).replace("%2", day.isoformat())
        chosen = window.prompts.csv_path(str(folder / name.replace("/", "-")))
        if not chosen:
            return
        target = Path(chosen)
        task = self.workers.start(
            lambda _progress, _cancelled: atomic_write_text(target, text, keep_backup=False)
        )
        self.export_task = task
        task.finished.connect(
            lambda _result: window.statusBar().showMessage(
                self.tr("Exported %1").replace("%1", str(target)), 4000
            )
        )
        task.failed.connect(
            lambda error: window.prompts.error(
                self.tr("Cannot export"),
                self.tr("The fairness figures were not written: %1").replace("%1", str(error)),
            )
        )


def install_panels(window: MainWindow) -> Panels:
    """Add the Problems and Fairness docks to ``window``."""
    return Panels(window)
