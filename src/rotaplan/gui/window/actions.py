"""The window's actions, menus and toolbar, with the standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

__all__ = ["SPANS", "Actions"]

# View spans in days, with their menu labels set in Actions.
SPANS = (1, 7, 14, 28)


class Actions(QObject):
    """Every QAction of the main window, created once and put in menus and the toolbar.

    Texts go through ``self.tr`` so that their translation context is "Actions".
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()

        def make(
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: QIcon | None = None,
        ) -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                action.setIcon(icon)
            return action

        pixmap = QStyle.StandardPixmap
        self.new = make(
            self.tr("&New"), QKeySequence.StandardKey.New, style.standardIcon(pixmap.SP_FileIcon)
        )
        self.open = make(
            self.tr("&Open…"),
            QKeySequence.StandardKey.Open,
            style.standardIcon(pixmap.SP_DialogOpenButton),
        )
        self.save = make(
            self.tr("&Save"),
            QKeySequence.StandardKey.Save,
            style.standardIcon(pixmap.SP_DialogSaveButton),
        )
        self.save_as = make(self.tr("Save &As…"), "Ctrl+Shift+S")
        self.close = make(self.tr("&Close"), QKeySequence.StandardKey.Close)
        self.quit = make(self.tr("&Quit"), "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.preferences = make(self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about = make(self.tr("&About Rotaplan"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.today = make(self.tr("&Today"), "Ctrl+T")
        self.previous = make(
            self.tr("&Previous"), "Alt+Left", style.standardIcon(pixmap.SP_ArrowBack)
        )
        self.next = make(self.tr("&Next"), "Alt+Right", style.standardIcon(pixmap.SP_ArrowForward))
        self.spans = QActionGroup(window)
        labels = (self.tr("&Day"), self.tr("&Week"), self.tr("&2 Weeks"), self.tr("&Month"))
        self.span_actions: dict[int, QAction] = {}
        for number, (days, label) in enumerate(zip(SPANS, labels, strict=True), start=1):
            action = make(label, f"Ctrl+{number}")
            action.setCheckable(True)
            action.setData(days)
            self.spans.addAction(action)
            self.span_actions[days] = action
        self.span_actions[7].setChecked(True)
        self.zones = QActionGroup(window)
        self.zone_schedule = make(self.tr("Schedule's time zone"))
        self.zone_mine = make(self.tr("My time zone"))
        self.zone_other = make(self.tr("Other time zone…"))
        for action in (self.zone_schedule, self.zone_mine, self.zone_other):
            action.setCheckable(True)
            self.zones.addAction(action)
        self.zone_schedule.setChecked(True)
        self.modes = QActionGroup(window)
        self.mode_schedule = make(self.tr("&Schedule"), "Ctrl+Shift+1")
        self.mode_all = make(self.tr("&All Schedules"), "Ctrl+Shift+2")
        self.mode_person = make(self.tr("&Person"), "Ctrl+Shift+3")
        self.mode_policy = make(self.tr("Escalation Poli&cy"), "Ctrl+Shift+4")
        for action in (self.mode_schedule, self.mode_all, self.mode_person, self.mode_policy):
            action.setCheckable(True)
            self.modes.addAction(action)
        self.mode_all.setChecked(True)
        self.add_override = make(self.tr("Add &Override…"), "Ctrl+Shift+O")
        self.import_time_off = make(self.tr("&Import Time Off from iCal…"))
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.export_ical = make(self.tr("&Export iCal…"), "Ctrl+E")
        self.pagerduty_account = make(self.tr("&Account…"))
        self.pagerduty_pull = make(self.tr("&Pull from PagerDuty…"))
        self.pagerduty_push = make(self.tr("P&ush to PagerDuty…"), "Ctrl+Shift+P")
        self.pagerduty_test_event = make(self.tr("Send &Test Event…"))
        self.welcome = make(self.tr("&Welcome…"))
        self.hints = make(self.tr("Timeline &Hints"))

    def build_menus(self, window: QMainWindow, undo: QAction, redo: QAction) -> None:
        """Fill the menu bar."""
        bar = window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.new, self.open])
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addActions([self.save, self.save_as])
        file.addSeparator()
        file.addAction(self.export_ical)
        file.addSeparator()
        file.addActions([self.close, self.quit])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addAction(self.add_override)
        edit.addAction(self.import_time_off)
        edit.addSeparator()
        edit.addAction(self.preferences)
        view = bar.addMenu(self.tr("&View"))
        self.view_menu = view
        view.addActions(self.spans.actions())
        view.addSeparator()
        view.addActions([self.today, self.previous, self.next])
        view.addSeparator()
        zones = view.addMenu(self.tr("Time &Zone"))
        zones.addActions(self.zones.actions())
        view.addSeparator()
        view.addActions(self.modes.actions())
        pagerduty = bar.addMenu(self.tr("Pager&Duty"))
        pagerduty.addActions([self.pagerduty_pull, self.pagerduty_push])
        pagerduty.addSeparator()
        pagerduty.addActions([self.pagerduty_test_event, self.pagerduty_account])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.welcome, self.hints])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def build_toolbar(self, window: QMainWindow, undo: QAction, redo: QAction) -> QToolBar:
        """The toolbar with the frequent actions."""
        bar = window.addToolBar(self.tr("Main"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([undo, redo])
        bar.addSeparator()
        bar.addActions([self.previous, self.today, self.next])
        bar.addSeparator()
        bar.addActions(self.spans.actions())
        bar.addSeparator()
        bar.addActions(self.modes.actions())
        return bar
