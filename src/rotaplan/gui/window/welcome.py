"""The first minutes: a welcome screen to open, explore the demo, start empty or pull from
PagerDuty, and a tour of the timeline shown once (both can be opened again from Help)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Project, Window, render_schedule
from rotaplan.gui.document.autosave import Recovery
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.settings import Settings
from rotaplan.gui.timeline.rows import Mode, RowKind
from rotaplan.gui.timeline.view_state import ViewState
from rotaplan.gui.widgets.hints import Hint, HintTour, Side
from rotaplan.gui.window.actions import Actions
from rotaplan.gui.window.files import ProjectFiles
from rotaplan.gui.window.sidebar import Sidebar
from rotaplan.store.demo import current_demo, resource_path

__all__ = ["MAX_RECENT_SHOWN", "FirstRun", "WelcomeDialog"]

MAX_RECENT_SHOWN = 5


class WelcomeDialog(QDialog):
    """What to start with; each choice is a signal, the window acts on it."""

    open_requested = Signal()
    recent_requested = Signal(object)  # Path
    demo_requested = Signal()
    empty_requested = Signal()
    pull_requested = Signal()

    def __init__(
        self,
        recent: Sequence[Path],
        can_pull: bool,
        show_at_start: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Rotaplan"))
        icon = QIcon(str(resource_path("icons/rotaplan.svg")))
        logo = QLabel(self)
        if not icon.isNull():
            logo.setPixmap(icon.pixmap(56, 56))
        title = QLabel(self.tr("Welcome to Rotaplan"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Plan who carries the pager: layered rotations, overrides, gaps and coverage, "
                "all on your computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.open_button = QCommandLinkButton(
            self.tr("Open a project…"), self.tr("A .rotaplan file on this computer."), self
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Explore the demo"),
            self.tr("A small team with follow-the-sun rotations, gaps and time off to try things."),
            self,
        )
        self.empty_button = QCommandLinkButton(
            self.tr("Start an empty project"),
            self.tr("Add people and schedules from the sidebar."),
            self,
        )
        self.pull_button = QCommandLinkButton(
            self.tr("Pull from PagerDuty…"),
            self.tr("Copy your schedules and people from PagerDuty to plan offline."),
            self,
        )
        self.pull_button.setVisible(can_pull)
        start = QVBoxLayout()
        start.addWidget(self._heading(self.tr("Start")))
        for button in (self.open_button, self.demo_button, self.empty_button, self.pull_button):
            start.addWidget(button)
        start.addStretch(1)

        self.recent_buttons: list[QCommandLinkButton] = []
        recent_column = QVBoxLayout()
        recent_column.addWidget(self._heading(self.tr("Recent projects")))
        for path in list(recent)[:MAX_RECENT_SHOWN]:
            button = QCommandLinkButton(path.name, str(path.parent), self)
            button.setToolTip(str(path))
            button.clicked.connect(lambda _=False, p=path: self._choose(self.recent_requested, p))
            recent_column.addWidget(button)
            self.recent_buttons.append(button)
        if not self.recent_buttons:
            none = QLabel(self.tr("Projects you open appear here."), self)
            none.setEnabled(False)
            recent_column.addWidget(none)
        recent_column.addStretch(1)

        self.open_button.clicked.connect(lambda: self._choose(self.open_requested))
        self.demo_button.clicked.connect(lambda: self._choose(self.demo_requested))
        self.empty_button.clicked.connect(lambda: self._choose(self.empty_requested))
        self.pull_button.clicked.connect(lambda: self._choose(self.pull_requested))

        columns = QGridLayout()
        columns.setHorizontalSpacing(24)
        columns.addLayout(start, 0, 0)
        columns.addLayout(recent_column, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)

        self.show_at_start = QCheckBox(self.tr("Show this window when Rotaplan starts"), self)
        self.show_at_start.setChecked(show_at_start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_at_start, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(760, 440)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _choose(self, signal: SignalInstance, *args: object) -> None:
        # Close first so that a file dialog opened in answer sits on the window, not on this.
        self.accept()
        signal.emit(*args)


class FirstRun(QObject):
    """The window's welcome screen and timeline hints, with their Help menu entries."""

    def __init__(
        self,
        host: QMainWindow,
        view: ViewState,
        files: ProjectFiles,
        document: Document,
        settings: Settings,
        sidebar: Sidebar,
        actions: Actions,
        show_message: Callable[[str, int], None],
        today: Callable[[], date],
    ) -> None:
        super().__init__(host)
        self._host = host
        self._view = view
        self._files = files
        self._document = document
        self._settings = settings
        self._sidebar = sidebar
        self._actions = actions
        self._show_message = show_message
        self._today = today
        self.dialog: WelcomeDialog | None = None
        self.tour = HintTour(host, self._hints())
        self.tour.finished.connect(lambda: settings.set_hints_seen(True))
        self._waiting_for_schedules = False
        actions.welcome.triggered.connect(self.show_welcome)
        actions.hints.triggered.connect(self.show_hints)

    # Start-up

    def start(self, recoveries: list[Recovery], opened: bool) -> None:
        """At start: offer recovered work, else welcome (without a file), else the hints once."""
        if recoveries:
            self._files.offer_recovery(recoveries)
        elif not opened and self._settings.welcome_at_start():
            self.show_welcome()
            return
        self.hints_once()

    def pull_action(self) -> QAction | None:
        """The window's PagerDuty pull action, when this build has one."""
        action = getattr(self._actions, "pull", None)
        return action if isinstance(action, QAction) else None

    def show_welcome(self) -> WelcomeDialog:
        """Open the welcome screen over the window (it does not block)."""
        settings = self._settings
        if self.dialog is not None:
            self.dialog.close()
        recent = [path for path in settings.recent_files() if path.is_file()]
        pull = self.pull_action()
        dialog = WelcomeDialog(
            recent, pull is not None and pull.isEnabled(), settings.welcome_at_start(), self._host
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self._open)
        dialog.recent_requested.connect(self._open_recent)
        dialog.demo_requested.connect(self._demo)
        dialog.empty_requested.connect(self._empty)
        if pull is not None:
            dialog.pull_requested.connect(pull.trigger)
            dialog.pull_requested.connect(self.hints_once)
        dialog.show_at_start.toggled.connect(settings.set_welcome_at_start)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: WelcomeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _open(self) -> None:
        self._files.open_dialog()
        self.hints_once()

    def _open_recent(self, path: Path) -> None:
        self._files.open_path(path)
        self.hints_once()

    def _demo(self) -> None:
        if self._files.maybe_save():
            # The demo's gap lies within the next eight days: show two weeks from this Monday.
            self._document.reset(current_demo(self._today()), None)
            self._view.set_span_days(14)
            self._view.go_today()
        self.hints_once()

    def _empty(self) -> None:
        self._files.new_project()
        self.hints_once()

    # Hints

    def hints_once(self) -> None:
        """Show the timeline hints if they were never shown (when there is a schedule to show)."""
        if self._settings.hints_seen():
            return
        if _schedule_with_layers(self._document.project) is None:
            if not self._waiting_for_schedules:
                self._waiting_for_schedules = True
                self._document.project_changed.connect(self._project_changed)
            return
        self.show_hints()

    def _project_changed(self, project: Project) -> None:
        if _schedule_with_layers(project) is not None:
            self._document.project_changed.disconnect(self._project_changed)
            self._waiting_for_schedules = False
            self.hints_once()

    def show_hints(self) -> bool:
        """Show the timeline hints on a schedule (the one with a gap in view, if any)."""
        view = self._view
        schedule_id = _schedule_with_layers(self._document.project, view.visible)
        if schedule_id is None:
            self._show_message(
                self.tr("Add a schedule with a layer to see the timeline hints."), 6000
            )
            return False
        if view.mode is not Mode.SCHEDULE or view.subject != schedule_id:
            self._sidebar.select(Ref(Kind.SCHEDULE, schedule_id))
        return self.tour.start()

    def _hints(self) -> list[Hint]:
        return [
            Hint(
                "final",
                self.tr(
                    "The final schedule: who is really on call once layers, restrictions and "
                    "overrides are combined."
                ),
                lambda: self._row_point(RowKind.FINAL, 0.25),
            ),
            Hint(
                "gap",
                self.tr(
                    "Hatched red means no one is on call. Drag across the final row over a gap "
                    "to cover it with an override, or right-click the gap."
                ),
                self._gap_point,
            ),
            Hint(
                "overrides",
                self.tr(
                    "Overrides replace the rotation for a while. Drag one to move it, drag an "
                    "edge to resize it, press Del to delete it."
                ),
                lambda: self._row_point(RowKind.OVERRIDES, 0.6),
            ),
            Hint(
                "layer",
                self.tr(
                    "Each layer is one rotation; upper layers win where they overlap. Click a "
                    "layer to edit it."
                ),
                self._layer_point,
            ),
            Hint(
                "inspector",
                self.tr(
                    "The inspector edits what you select. Apply keeps the change and Ctrl+Z "
                    "undoes it."
                ),
                self._inspector_point,
                Side.LEFT,
            ),
        ]

    def _row_box_point(self, kind: RowKind, x: float) -> QPoint | None:
        timeline = self._view.timeline
        if timeline.mode is not Mode.SCHEDULE or not timeline.isVisible():
            return None
        viewport = timeline.viewport()
        for box in timeline.boxes:
            if box.row.kind is kind:
                y = box.top + box.height * 3 // 4
                if not 0 <= y < viewport.height():
                    return None
                return viewport.mapTo(self._host, QPoint(round(x), y))
        return None

    def _row_point(self, kind: RowKind, fraction: float) -> QPoint | None:
        axis = self._view.timeline.axis
        return self._row_box_point(kind, axis.left + axis.width * fraction)

    def _gap_point(self) -> QPoint | None:
        timeline = self._view.timeline
        visible = timeline.visible
        for box in timeline.boxes if timeline.mode is Mode.SCHEDULE else ():
            if box.row.kind is not RowKind.FINAL:
                continue
            for gap in box.row.gaps:
                start, end = max(gap.start, visible.start), min(gap.end, visible.end)
                if start < end:
                    return self._row_box_point(RowKind.FINAL, timeline.x_of((start + end) // 2))
        return None

    def _layer_point(self) -> QPoint | None:
        width = self._view.timeline.axis.left
        return self._row_box_point(RowKind.LAYER, width * 0.5)

    def _inspector_point(self) -> QPoint | None:
        dock = self._host.findChild(QDockWidget, "inspector_dock")
        if dock is None or not dock.isVisible():
            return None
        return dock.mapTo(self._host, QPoint(6, 60))


def _schedule_with_layers(project: Project, visible: Window | None = None) -> str | None:
    """A schedule worth touring: one with a gap in ``visible`` first, else the first with layers."""
    with_layers = [s for s in project.schedules if s.layers]
    if visible is not None:
        for schedule in with_layers:
            if render_schedule(schedule, visible).gaps:
                return schedule.id
    return with_layers[0].id if with_layers else None
