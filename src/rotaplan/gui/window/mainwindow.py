"""The main window: menus, toolbar, sidebar, timeline, inspector and status bar, wired up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rotaplan import __version__
from rotaplan.core import Project
from rotaplan.gui.document.autosave import Autosaver
from rotaplan.gui.document.controller import ProjectController
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.prompts import Preferences
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.inspector import (
    Inspector,
    LayerEditor,
    PersonEditor,
    PolicyEditor,
    ScheduleEditor,
    TimeOffEditor,
)
from rotaplan.gui.panels.escalation import EscalationTools
from rotaplan.gui.panels.panels import Panels
from rotaplan.gui.settings import Settings
from rotaplan.gui.sync.account import KeyringTokenStore, TokenStore
from rotaplan.gui.sync.prompts import SyncPrompts
from rotaplan.gui.text.holidays import HolidayCalendar
from rotaplan.gui.timeline import TimelineView
from rotaplan.gui.timeline.legend import Legend
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.timeline.view_state import ViewState
from rotaplan.gui.window.actions import Actions
from rotaplan.gui.window.dialogs import DialogPrompts
from rotaplan.gui.window.files import ProjectFiles
from rotaplan.gui.window.header import ViewHeader
from rotaplan.gui.window.sidebar import Sidebar
from rotaplan.gui.window.welcome import FirstRun
from rotaplan.gui.workers import Workers

if TYPE_CHECKING:
    from rotaplan.gui.sync.workflows import SyncWorkflows

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """The planner window for one document."""

    def __init__(
        self,
        document: Document,
        settings: Settings,
        autosaver: Autosaver,
        clock: Callable[[], datetime],
        holidays: HolidayCalendar,
        prompts: SyncPrompts | None = None,
        tokens: TokenStore | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.settings = settings
        self.autosaver = autosaver
        self._clock = clock
        self._holidays = holidays
        self._holidays_loaded = False
        self.prompts: SyncPrompts = prompts or DialogPrompts(self)
        self.controller = ProjectController(document, self.prompts, clock, self)
        self.setObjectName("main_window")
        self.setDocumentMode(True)

        self.timeline = TimelineView(document.project, clock, self)
        self.view = ViewState(self.timeline, lambda: self.document.project, self)
        self.files = ProjectFiles(
            document,
            settings,
            self.prompts,
            lambda text, ms: self.statusBar().showMessage(text, ms),
            self.go_today,
            self,
        )
        self.legend = Legend(self)
        self.header = ViewHeader(self)
        self.range_label = self.header.range_label
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.legend)
        self.setCentralWidget(central)

        self.sidebar = Sidebar(document.project, self)
        self.inspector = Inspector(clock, self)
        self.inspector.on_created = self._connect_editor
        for title, name, widget, area in (
            (
                self.tr("Project"),
                "sidebar_dock",
                self.sidebar,
                Qt.DockWidgetArea.LeftDockWidgetArea,
            ),
            (
                self.tr("Inspector"),
                "inspector_dock",
                self.inspector,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(widget)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            )
            self.addDockWidget(area, dock)

        self.undo_action = document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.window_actions = Actions(self)
        self.window_actions.build_menus(self, self.undo_action, self.redo_action)
        self.window_actions.build_toolbar(self, self.undo_action, self.redo_action)
        self.coverage_label = QLabel(self)
        self.zone_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.coverage_label)
        self.statusBar().addPermanentWidget(self.zone_label)

        self.workers = Workers(parent=self)
        self.escalation = EscalationTools(
            self,
            self.view,
            document,
            self.controller,
            self.prompts,
            self.workers,
            clock,
            self.sidebar,
            self.window_actions.import_time_off,
        )
        self._tokens: TokenStore = tokens or KeyringTokenStore()
        self._sync: SyncWorkflows | None = None
        actions = self.window_actions
        actions.export_ical.triggered.connect(lambda: self.sync.export_ical())
        actions.pagerduty_account.triggered.connect(lambda: self.sync.account())
        actions.pagerduty_pull.triggered.connect(lambda: self.sync.pull())
        actions.pagerduty_push.triggered.connect(lambda: self.sync.push())
        actions.pagerduty_test_event.triggered.connect(lambda: self.sync.send_test_event())
        self._connect()
        self.panels = Panels(
            self,
            self.view,
            document,
            self.controller,
            self.prompts,
            self.workers,
            self.sidebar,
            self.escalation.dock,
            self.window_actions.view_menu,
            lambda text, ms: self.statusBar().showMessage(text, ms),
        )
        self._restore_window()
        self._show_project(document.project)
        self.go_today()
        self._update_title()
        self.first_run = FirstRun(
            self,
            self.view,
            self.files,
            document,
            settings,
            self.sidebar,
            self.window_actions,
            lambda text, ms: self.statusBar().showMessage(text, ms),
            lambda: self._clock().date(),
        )

    # Wiring

    def _connect(self) -> None:
        a, document = self.window_actions, self.document
        files = self.files
        a.new.triggered.connect(files.new_project)
        a.open.triggered.connect(files.open_dialog)
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(files.save_as)
        a.close.triggered.connect(files.new_project)
        a.quit.triggered.connect(self.close)
        a.preferences.triggered.connect(self.preferences)
        a.about.triggered.connect(self.about)
        a.today.triggered.connect(self.go_today)
        a.previous.triggered.connect(lambda: self.step(-1))
        a.next.triggered.connect(lambda: self.step(1))
        a.spans.triggered.connect(lambda action: self.set_span_days(int(action.data())))
        a.zone_schedule.triggered.connect(lambda: self.set_zone_choice("schedule"))
        a.zone_mine.triggered.connect(lambda: self.set_zone_choice("mine"))
        a.zone_other.triggered.connect(self._choose_zone)
        a.mode_schedule.triggered.connect(lambda: self.view.show_mode(Mode.SCHEDULE))
        a.mode_all.triggered.connect(lambda: self.set_mode(Mode.ALL, None))
        a.mode_person.triggered.connect(lambda: self.view.show_mode(Mode.PERSON))
        a.mode_policy.triggered.connect(lambda: self.view.show_mode(Mode.POLICY))
        a.add_override.triggered.connect(self._add_override_now)
        a.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(a.recent_menu))
        self.view.changed.connect(self._view_changed)
        document.project_changed.connect(self._show_project)
        document.modified_changed.connect(lambda _m: self._update_title())
        document.path_changed.connect(lambda _p: self._update_title())
        self.sidebar.selection_changed.connect(self._selected)
        self.sidebar.add_requested.connect(self.controller.add)
        self.sidebar.rename_requested.connect(self.controller.rename)
        self.sidebar.delete_requested.connect(self.controller.delete)
        self.controller.selected.connect(self.sidebar.select)
        t = self.timeline
        t.override_requested.connect(self.controller.create_override)
        t.override_changed.connect(self.controller.move_override)
        t.override_delete_requested.connect(self.controller.delete_override)
        t.override_person_requested.connect(self.controller.change_override_person)
        t.layer_activated.connect(lambda s, layer: self.sidebar.select(Ref(Kind.LAYER, s, layer)))
        t.window_changed.connect(lambda _w: self._update_status())

    def _connect_editor(self, editor: QWidget) -> None:
        if isinstance(editor, ScheduleEditor):
            editor.submitted.connect(self.controller.apply_schedule)
        elif isinstance(editor, LayerEditor):
            editor.submitted.connect(self.controller.apply_layer)
        elif isinstance(editor, PersonEditor):
            editor.submitted.connect(self.controller.apply_person)
        elif isinstance(editor, PolicyEditor):
            editor.submitted.connect(self.controller.apply_policy)
        elif isinstance(editor, TimeOffEditor):
            editor.submitted.connect(self.controller.apply_time_off)

    def showEvent(self, event: QShowEvent) -> None:
        """Load the public holidays once the window is up (the library is slow to import)."""
        super().showEvent(event)
        if not self._holidays_loaded:
            self._holidays_loaded = True
            # Slow one-time work waits until the timeline has painted once.
            self.timeline.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Start the deferred work after the timeline's first paint."""
        if watched is self.timeline.viewport() and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self._load_holidays()
        self.panels.analysis.start()

    def _load_holidays(self) -> None:
        project = self.document.project
        countries = set(project.holidays.countries)
        year = self._clock().year
        self.timeline.set_holidays(
            self._holidays.dates(sorted(countries), range(year - 1, year + 2))
        )

    # Project display

    def _show_project(self, project: Project) -> None:
        self.timeline.set_project(project)
        self.sidebar.set_project(project)
        self.inspector.refresh(project)
        if not self.view.subject_exists(project):
            self.set_mode(Mode.ALL, None)
        self._update_status()
        self._update_title()

    def _update_title(self) -> None:
        project, path = self.document.project, self.document.path
        name = project.name or self.tr("Untitled")
        file = path.name if path else self.tr("not saved")
        self.setWindowTitle(
            self.tr("%1 (%2)[*] — Rotaplan").replace("%1", name).replace("%2", file)
        )
        self.setWindowModified(self.document.modified)

    def _selected(self, ref: Ref | None) -> None:
        project = self.document.project
        self.inspector.show_ref(project, ref)
        self.timeline.set_selected_layer(ref.child if ref and ref.kind is Kind.LAYER else None)
        time_off = ref is not None and ref.kind is Kind.TIME_OFF and ref.exists(project)
        self.timeline.set_selected_time_off(ref.id if ref and time_off else None)
        if ref is None:
            return
        if ref.kind in (Kind.SCHEDULE, Kind.LAYER):
            self.set_mode(Mode.SCHEDULE, ref.id)
        elif ref.kind is Kind.PERSON:
            self.set_mode(Mode.PERSON, ref.id)
        elif ref.kind is Kind.TIME_OFF and ref.exists(project):
            self.set_mode(Mode.PERSON, project.time_off_entry(ref.id).person)
        elif ref.kind is Kind.POLICY:
            self.set_mode(Mode.POLICY, ref.id)
        elif ref.kind in (Kind.SCHEDULES, Kind.POLICIES):
            self.set_mode(Mode.ALL, None)

    def set_mode(self, mode: Mode, subject: str | None) -> None:
        """Show one schedule, every schedule, one person or one escalation policy."""
        self.view.set_mode(mode, subject)

    def _view_changed(self) -> None:
        view, actions = self.view, self.window_actions
        {
            Mode.SCHEDULE: actions.mode_schedule,
            Mode.ALL: actions.mode_all,
            Mode.PERSON: actions.mode_person,
            Mode.POLICY: actions.mode_policy,
        }[view.mode].setChecked(True)
        actions.span_actions[view.span_days].setChecked(True)
        self.zone_label.setText(self.tr("Times in %1").replace("%1", view.display_zone_name()))
        self._update_status()

    @property
    def clock(self) -> Callable[[], datetime]:
        """The clock the window reads "now" from."""
        return self._clock

    # Time zone and window (the view state decides; these are the window's menu commands)

    def display_zone_name(self) -> str:
        """The IANA name of the zone the timeline is drawn in."""
        return self.view.display_zone_name()

    def set_zone_choice(self, choice: str, name: str | None = None) -> None:
        """Draw times in the schedule's zone, mine, or ``name``."""
        self.view.set_zone_choice(choice, name)

    def _choose_zone(self) -> None:
        name = self.prompts.time_zone(self.view.other_zone)
        if name is None:
            self.window_actions.zone_schedule.setChecked(self.view.zone_choice == "schedule")
            self.window_actions.zone_mine.setChecked(self.view.zone_choice == "mine")
            return
        self.set_zone_choice("other", name)

    def set_span_days(self, days: int) -> None:
        """Show a day, a week, two weeks or a month around the current view."""
        self.view.set_span_days(days)

    def go_today(self) -> None:
        """Show the day, week or month of today."""
        self.view.go_today()

    def step(self, direction: int) -> None:
        """Show the previous (-1) or next (+1) day, week or month."""
        self.view.step(direction)

    def _update_status(self) -> None:
        self.coverage_label.setText(self.header.show_view(self.view, self.document.project))

    # Editing helpers

    def _add_override_now(self) -> None:
        if self.timeline.mode is not Mode.SCHEDULE or self.timeline.subject is None:
            self.prompts.error(self.tr("Add override"), self.tr("Select a schedule first."))
            return
        now = self.timeline.now()
        hour = 3600 * 1_000_000
        start = now // hour * hour
        self.controller.create_override(self.timeline.subject, start, start + 8 * hour)

    # Files (the menu commands; ProjectFiles does the work)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on."""
        return self.files.maybe_save()

    def save(self) -> bool:
        """Save to the current file (or ask where)."""
        return self.files.save()

    def save_as(self) -> bool:
        """Ask where, then save."""
        return self.files.save_as()

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; tells the user when it cannot be read."""
        return self.files.open_path(path, ask)

    # Window

    def preferences(self) -> None:
        """Ask for the autosave interval and the language (which applies at the next start)."""
        current = Preferences(self.settings.autosave_minutes(), self.settings.language())
        answer = self.prompts.preferences(current)
        if answer is None:
            return
        self.settings.set_autosave_minutes(answer.autosave_minutes)
        self.autosaver.set_interval(answer.autosave_minutes * 60_000)
        self.settings.set_language(answer.language)

    def about(self) -> None:
        """The About box."""
        QMessageBox.about(
            self,
            self.tr("About Rotaplan"),
            self.tr(
                "<h3>Rotaplan %1</h3><p>Plan who carries the pager: layered rotations, "
                "overrides, gaps and coverage, offline.</p>"
            ).replace("%1", __version__),
        )

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1440, 860)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, then remember the window and drop the recovery copy."""
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.autosaver.discard()
        self.files.release_recoveries()
        self.stop_background_work()
        event.accept()

    def stop_background_work(self, milliseconds: int = 30_000) -> bool:
        """Cancel the network jobs and wait for every background job to end."""
        stopped = self._sync is None or self._sync.stop(milliseconds)
        return stopped and self.workers.wait(milliseconds)

    @property
    def sync(self) -> SyncWorkflows:
        """The PagerDuty and iCal workflows, built on first use (they load the HTTP library)."""
        if self._sync is None:
            from rotaplan.gui.sync.workflows import SyncWorkflows

            self._sync = SyncWorkflows(
                self,
                self.document,
                self.settings,
                self.prompts,
                self._clock,
                self._tokens,
                self.files.maybe_save,
                self.files.save_as,
                lambda text: self.statusBar().showMessage(text, 6000),
                self.workers,
            )
        return self._sync
