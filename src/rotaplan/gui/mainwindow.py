"""The main window: menus, toolbar, sidebar, timeline, inspector and status bar, wired up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rotaplan import __version__
from rotaplan.core import DAY, Project, Window, policy_zone, to_datetime, zone
from rotaplan.gui.actions import Actions
from rotaplan.gui.autosave import Autosaver, Recovery
from rotaplan.gui.controller import ProjectController
from rotaplan.gui.dialogs import DialogPrompts
from rotaplan.gui.document import Document
from rotaplan.gui.escalation import EscalationTools
from rotaplan.gui.holidays import HolidayCalendar
from rotaplan.gui.i18n import format_datetime, format_day_range
from rotaplan.gui.inspector import (
    Inspector,
    LayerEditor,
    PersonEditor,
    PolicyEditor,
    ScheduleEditor,
    TimeOffEditor,
)
from rotaplan.gui.legend import Legend
from rotaplan.gui.panels import install_panels
from rotaplan.gui.prompts import Preferences, Prompts, SaveChoice
from rotaplan.gui.selection import Kind, Ref
from rotaplan.gui.settings import Settings
from rotaplan.gui.sidebar import Sidebar
from rotaplan.gui.sync.account import KeyringTokenStore, TokenStore
from rotaplan.gui.timeline import TimelineView
from rotaplan.gui.timeline.painter import format_percent
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.welcome import FirstRun
from rotaplan.gui.workers import Workers
from rotaplan.gui.zones import system_zone_name
from rotaplan.store import StoreError

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
        prompts: Prompts | None = None,
        tokens: TokenStore | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.settings = settings
        self.autosaver = autosaver
        self._clock = clock
        self._holidays = holidays
        self._holidays_loaded = False
        self.prompts: Prompts = prompts or DialogPrompts(self)
        self.controller = ProjectController(document, self.prompts, clock, self)
        self._zone_choice = "schedule"
        self._other_zone = system_zone_name()
        self.setObjectName("main_window")
        self.setDocumentMode(True)

        self.timeline = TimelineView(document.project, clock, self)
        self.legend = Legend(self)
        self.range_label = QLabel(self)
        self.range_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.range_label.setFont(font)
        self.subject_label = QLabel(self)
        header = QHBoxLayout()
        header.setContentsMargins(10, 6, 10, 2)
        header.addWidget(self.range_label)
        header.addSpacing(16)
        header.addWidget(self.subject_label, 1)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(header)
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
        self.escalation = EscalationTools(self, self.workers)
        self._tokens: TokenStore = tokens or KeyringTokenStore()
        self._sync: SyncWorkflows | None = None
        actions = self.window_actions
        actions.export_ical.triggered.connect(lambda: self.sync.export_ical())
        actions.pagerduty_account.triggered.connect(lambda: self.sync.account())
        actions.pagerduty_pull.triggered.connect(lambda: self.sync.pull())
        actions.pagerduty_push.triggered.connect(lambda: self.sync.push())
        actions.pagerduty_test_event.triggered.connect(lambda: self.sync.send_test_event())
        self._connect()
        self.panels = install_panels(self)
        self._restore_window()
        self._show_project(document.project)
        self.go_today()
        self._update_title()
        self.first_run = FirstRun(self, lambda: self._clock().date())

    # Wiring

    def _connect(self) -> None:
        a, document = self.window_actions, self.document
        a.new.triggered.connect(self.new_project)
        a.open.triggered.connect(self.open_dialog)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.close.triggered.connect(self.close_project)
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
        a.mode_schedule.triggered.connect(self._mode_schedule)
        a.mode_all.triggered.connect(lambda: self.set_mode(Mode.ALL, None))
        a.mode_person.triggered.connect(self._mode_person)
        a.mode_policy.triggered.connect(self._mode_policy)
        a.add_override.triggered.connect(self._add_override_now)
        a.recent_menu.aboutToShow.connect(self._fill_recent)
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
        if (
            (
                self.timeline.mode is Mode.SCHEDULE
                and self.timeline.subject not in project.schedules_by_id
            )
            or (
                self.timeline.mode is Mode.PERSON
                and self.timeline.subject not in project.people_by_id
            )
            or (
                self.timeline.mode is Mode.POLICY
                and self.timeline.subject not in project.policies_by_id
            )
        ):
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
        self.timeline.set_mode(mode, subject)
        {
            Mode.SCHEDULE: self.window_actions.mode_schedule,
            Mode.ALL: self.window_actions.mode_all,
            Mode.PERSON: self.window_actions.mode_person,
            Mode.POLICY: self.window_actions.mode_policy,
        }[mode].setChecked(True)
        self._apply_zone()
        self._update_status()
        self.escalation.refresh()

    def _mode_schedule(self) -> None:
        project = self.document.project
        subject = self.timeline.subject if self.timeline.mode is Mode.SCHEDULE else None
        if subject is None and project.schedules:
            subject = project.schedules[0].id
        self.set_mode(Mode.SCHEDULE, subject)

    def _mode_person(self) -> None:
        project = self.document.project
        subject = self.timeline.subject if self.timeline.mode is Mode.PERSON else None
        if subject is None and project.people:
            subject = project.people[0].id
        self.set_mode(Mode.PERSON, subject)

    def _mode_policy(self) -> None:
        project = self.document.project
        subject = self.timeline.subject if self.timeline.mode is Mode.POLICY else None
        if subject is None and project.escalation_policies:
            subject = project.escalation_policies[0].id
        self.set_mode(Mode.POLICY, subject)

    @property
    def clock(self) -> Callable[[], datetime]:
        """The clock the window reads "now" from."""
        return self._clock

    # Time zone and window

    def display_zone_name(self) -> str:
        """The IANA name of the zone the timeline is drawn in."""
        if self._zone_choice == "mine":
            return system_zone_name()
        if self._zone_choice == "other":
            return self._other_zone
        project, subject = self.document.project, self.timeline.subject or ""
        if self.timeline.mode is Mode.SCHEDULE and subject in project.schedules_by_id:
            return project.schedule(subject).time_zone
        if self.timeline.mode is Mode.PERSON and subject in project.people_by_id:
            return project.person(subject).time_zone
        if self.timeline.mode is Mode.POLICY and subject in project.policies_by_id:
            return policy_zone(project, project.policy(subject), system_zone_name())
        return project.schedules[0].time_zone if project.schedules else system_zone_name()

    def set_zone_choice(self, choice: str, name: str | None = None) -> None:
        """Draw times in the schedule's zone, mine, or ``name``."""
        self._zone_choice = choice
        if name is not None:
            self._other_zone = name
        self._apply_zone()

    def _choose_zone(self) -> None:
        name = self.prompts.time_zone(self._other_zone)
        if name is None:
            self.window_actions.zone_schedule.setChecked(self._zone_choice == "schedule")
            self.window_actions.zone_mine.setChecked(self._zone_choice == "mine")
            return
        self.set_zone_choice("other", name)

    def _apply_zone(self) -> None:
        name = self.display_zone_name()
        if getattr(self.timeline.display_zone, "key", None) != name:
            self.timeline.set_display_zone(zone(name))
        self.zone_label.setText(self.tr("Times in %1").replace("%1", name))

    def span_days(self) -> int:
        """The checked view length in days."""
        checked = self.window_actions.spans.checkedAction()
        return int(checked.data()) if checked else 7

    def _aligned_start(self, day: date, days: int) -> date:
        if days == 28:
            return day.replace(day=1)
        if days >= 7:
            return day - timedelta(days=day.weekday())
        return day

    def _month_length(self, first: date) -> int:
        following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        return (following - first).days

    def _show_from(self, day: date, days: int) -> None:
        start = self._aligned_start(day, days)
        length = self._month_length(start) if days == 28 else days
        first = self.timeline.local_midnight(start)
        last = self.timeline.local_midnight(start + timedelta(days=length))
        self.timeline.set_view(first, last - first)

    def set_span_days(self, days: int) -> None:
        """Show a day, a week, two weeks or a month around the current view."""
        self.window_actions.span_actions[days].setChecked(True)
        middle = self.timeline.visible.start + self.timeline.visible.length // 2
        day = to_datetime(middle, self.timeline.display_zone).date()
        self._show_from(day, days)

    def go_today(self) -> None:
        """Show the day, week or month of today."""
        self._show_from(self.timeline.today(), self.span_days())

    def step(self, direction: int) -> None:
        """Show the previous (-1) or next (+1) day, week or month."""
        days = self.span_days()
        start = to_datetime(
            self.timeline.visible.start + DAY // 2, self.timeline.display_zone
        ).date()
        if days == 28:
            start = start.replace(day=1)
            target = (
                (start + timedelta(days=32)).replace(day=1)
                if direction > 0
                else (start - timedelta(days=1)).replace(day=1)
            )
        else:
            target = start + timedelta(days=days * direction)
        self._show_from(target, days)

    def _update_status(self) -> None:
        window: Window = self.timeline.visible
        tz = self.timeline.display_zone
        first = to_datetime(window.start, tz)
        last = to_datetime(window.end - 1, tz)
        self.range_label.setText(format_day_range(first.date(), last.date()))
        project, mode = self.document.project, self.timeline.mode
        subject = self.timeline.subject or ""
        coverage = ""
        if mode is Mode.SCHEDULE and subject in project.schedules_by_id:
            schedule = project.schedule(subject)
            self.subject_label.setText(schedule.name)
            percent = self.timeline.coverage(subject)
            if percent is not None:
                coverage = self.tr("Coverage %1 %").replace("%1", format_percent(percent))
        elif mode is Mode.PERSON and subject in project.people_by_id:
            self.subject_label.setText(
                self.tr("%1's shifts").replace("%1", project.person(subject).name)
            )
        elif mode is Mode.POLICY and subject in project.policies_by_id:
            policy = project.policy(subject)
            text = (
                self.tr("%1: whom each level notifies, then all levels once more")
                if policy.num_loops == 1
                else self.tr("%1: whom each level notifies, then all levels %2 more times").replace(
                    "%2", str(policy.num_loops)
                )
                if policy.num_loops
                else self.tr("%1: whom each level notifies")
            )
            self.subject_label.setText(text.replace("%1", policy.name))
        else:
            self.subject_label.setText(self.tr("All schedules"))
        self.coverage_label.setText(coverage)

    # Editing helpers

    def _add_override_now(self) -> None:
        if self.timeline.mode is not Mode.SCHEDULE or self.timeline.subject is None:
            self.prompts.error(self.tr("Add override"), self.tr("Select a schedule first."))
            return
        now = self.timeline.now()
        hour = 3600 * 1_000_000
        start = now // hour * hour
        self.controller.create_override(self.timeline.subject, start, start + 8 * hour)

    # Files

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on."""
        if not self.document.modified:
            return True
        name = self.document.path.name if self.document.path else self.document.project.name
        choice = self.prompts.unsaved_changes(name or self.tr("Untitled"))
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def new_project(self) -> None:
        """Start an empty project."""
        if self.maybe_save():
            self.document.reset(Project(name=self.tr("Untitled")), None)

    def close_project(self) -> None:
        """Close the file (an empty project takes its place)."""
        self.new_project()

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        folder = str(self.document.path.parent) if self.document.path else str(Path.home())
        path = self.prompts.open_path(folder)
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; tells the user when it cannot be read."""
        if ask and not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except StoreError as error:
            self.prompts.error(self.tr("Cannot open"), str(error))
            return False
        self.settings.add_recent_file(path)
        self.go_today()
        return True

    def save(self) -> bool:
        """Save to the current file (or ask where)."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Ask where, then save."""
        suggested = (
            self.document.path
            or Path.home() / f"{self.document.project.name or 'project'}.rotaplan"
        )
        path = self.prompts.save_path(str(suggested))
        return path is not None and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except StoreError as error:
            self.prompts.error(self.tr("Cannot save"), str(error))
            return False
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def _fill_recent(self) -> None:
        menu = self.window_actions.recent_menu
        menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear list")).triggered.connect(
                self.settings.clear_recent_files
            )

    def offer_recovery(self, recoveries: list[Recovery]) -> bool:
        """Offer the newest unsaved work of a crashed session; True when it was recovered."""
        if not recoveries:
            return False
        newest = recoveries[0]
        where = str(newest.original) if newest.original else self.tr("an unsaved project")
        question = (
            self.tr("Rotaplan did not close properly. Recover the unsaved changes to %1 from %2?")
            .replace("%1", where)
            .replace("%2", format_datetime(newest.saved_at.astimezone(), "day_month_year_time"))
        )
        recovered = False
        if self.prompts.recover(question):
            try:
                project = newest.load()
            except StoreError as error:
                self.prompts.error(self.tr("Cannot recover"), str(error))
            else:
                if newest.original is not None and newest.original.is_file():
                    try:
                        self.document.open(newest.original)
                    except StoreError:
                        self.document.reset(project, None)
                        self.document.mark_recovered()
                    else:
                        self.document.apply(project, self.tr("Recover unsaved changes"))
                else:
                    self.document.reset(project, newest.original)
                    self.document.mark_recovered()
                recovered = True
        for recovery in recoveries:
            recovery.discard()
        return recovered

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
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.autosaver.discard()
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
                self.maybe_save,
                self.save_as,
                lambda text: self.statusBar().showMessage(text, 6000),
                self.workers,
            )
        return self._sync
