"""The Export iCal dialog, its remembered choices, and the export job (calendars to a folder)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Project, Window, zone
from rotaplan.gui.settings import Settings
from rotaplan.gui.sync.progress import Progress
from rotaplan.gui.workers import Job
from rotaplan.ical import HORIZON_DAYS, ExportOptions, default_horizon, export_calendars
from rotaplan.ical.export import MAX_REMIND_MINUTES
from rotaplan.store import atomic_write_text

__all__ = [
    "ExportResult",
    "IcalChoice",
    "IcalExportDialog",
    "export_job",
    "load_choice",
    "parse_reminders",
    "save_choice",
]


@dataclass(frozen=True)
class IcalChoice:
    """What to export: schedules and people by id, days ahead from today, reminders, folder."""

    schedules: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    days: int = HORIZON_DAYS
    remind_minutes: tuple[int, ...] = ()
    folder: str = ""


@dataclass(frozen=True)
class ExportResult:
    """The calendars written and where."""

    folder: Path
    files: tuple[str, ...]


def _strings(value: object) -> tuple[str, ...]:
    # INI files give back a lone string for a one-item list, and an empty list as "".
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(str(v) for v in items if str(v))


def load_choice(settings: Settings, project: Project) -> IcalChoice:
    """The choices of the last export, limited to what exists in ``project``."""
    if settings.value("ical_export/days") is None:
        # First export: every schedule, nobody's personal calendar.
        return IcalChoice(schedules=tuple(s.id for s in project.schedules))
    try:
        days = min(730, max(1, int(str(settings.value("ical_export/days", HORIZON_DAYS)))))
    except ValueError:
        days = HORIZON_DAYS
    reminders = []
    for text in _strings(settings.value("ical_export/remind_minutes", [])):
        if text.isdigit() and int(text) <= MAX_REMIND_MINUTES:
            reminders.append(int(text))
    return IcalChoice(
        tuple(
            s
            for s in _strings(settings.value("ical_export/schedules"))
            if s in project.schedules_by_id
        ),
        tuple(
            p for p in _strings(settings.value("ical_export/people")) if p in project.people_by_id
        ),
        days,
        tuple(reminders),
        str(settings.value("ical_export/folder", "") or ""),
    )


def save_choice(settings: Settings, choice: IcalChoice) -> None:
    """Remember the choices for the next export."""
    settings.set_value("ical_export/schedules", list(choice.schedules))
    settings.set_value("ical_export/people", list(choice.people))
    settings.set_value("ical_export/days", choice.days)
    settings.set_value("ical_export/remind_minutes", [str(m) for m in choice.remind_minutes])
    settings.set_value("ical_export/folder", choice.folder)


def parse_reminders(text: str) -> tuple[int, ...]:
    """Minutes before each shift from "15, 60"; ValueError naming the bad entry."""
    out: list[int] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) > MAX_REMIND_MINUTES:
            raise ValueError(part)
        if int(part) not in out:
            out.append(int(part))
    return tuple(sorted(out))


def export_job(project: Project, choice: IcalChoice, now: datetime) -> Job:
    """Write the chosen calendars into the folder; returns an ExportResult."""

    def window_in(time_zone: str) -> Window:
        tz = zone(time_zone)
        return default_horizon(now.astimezone(tz).date(), tz, choice.days)

    def job(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> ExportResult:
        folder = Path(choice.folder)
        total = len(choice.schedules) + len(choice.people)
        progress(Progress(0, total))
        files = export_calendars(
            project,
            window_in,
            now,
            schedules=choice.schedules,
            people=choice.people,
            options=ExportOptions(remind_minutes=choice.remind_minutes),
        )
        folder.mkdir(parents=True, exist_ok=True)
        written: list[str] = []
        for name, text in files.items():
            if cancelled():
                break
            atomic_write_text(folder / name, text, keep_backup=False)
            written.append(name)
            progress(Progress(len(written), total, name))
        return ExportResult(folder, tuple(written))

    return job


class IcalExportDialog(QDialog):
    """Choose schedules and people, the horizon, reminders and the folder."""

    def __init__(self, project: Project, choice: IcalChoice, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export iCal"))
        self.schedules = self._list(
            [(s.id, s.name) for s in project.schedules], set(choice.schedules)
        )
        self.people = self._list([(p.id, p.name) for p in project.people], set(choice.people))
        grid = QGridLayout()
        for column, (title, widget) in enumerate(
            (
                (self.tr("Schedule calendars (everyone's shifts)"), self.schedules),
                (self.tr("Personal calendars (one person's shifts)"), self.people),
            )
        ):
            grid.addWidget(QLabel(title, self), 0, column)
            grid.addWidget(widget, 1, column)
            row = QHBoxLayout()
            for text, state in (
                (self.tr("All"), Qt.CheckState.Checked),
                (self.tr("None"), Qt.CheckState.Unchecked),
            ):
                button = QPushButton(text, self)
                button.clicked.connect(lambda _=False, w=widget, s=state: self._check_all(w, s))
                row.addWidget(button)
            row.addStretch(1)
            grid.addLayout(row, 2, column)
        self.days = QSpinBox(self)
        self.days.setRange(1, 730)
        self.days.setValue(choice.days)
        self.days.setSuffix(self.tr(" days from today"))
        self.reminders = QLineEdit(", ".join(str(m) for m in choice.remind_minutes), self)
        self.reminders.setPlaceholderText(self.tr("e.g. 15, 60 (empty: no reminders)"))
        self.folder = QLineEdit(choice.folder, self)
        self.folder.setPlaceholderText(self.tr("Folder for the .ics files"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Horizon"), self.days)
        form.addRow(self.tr("Reminders (minutes before)"), self.reminders)
        form.addRow(self.tr("Target folder"), folder_row)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c0392b")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 440)

    def _list(self, items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
        widget = QListWidget(self)
        for object_id, name in items:
            item = QListWidgetItem(name, widget)
            item.setData(Qt.ItemDataRole.UserRole, object_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if object_id in checked else Qt.CheckState.Unchecked
            )
        return widget

    @staticmethod
    def _check_all(widget: QListWidget, state: Qt.CheckState) -> None:
        for row in range(widget.count()):
            widget.item(row).setCheckState(state)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            str(widget.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export calendars to"), self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(folder)

    def answer(self) -> IcalChoice | None:
        """The choices, or None (with the reason shown) while they are incomplete."""
        schedules, people = self._checked(self.schedules), self._checked(self.people)
        if not schedules and not people:
            self.problem.setText(self.tr("Tick at least one schedule or person."))
            return None
        try:
            reminders = parse_reminders(self.reminders.text())
        except ValueError as error:
            self.problem.setText(
                self.tr("Reminders: “%1” is not a number of minutes from 0 to %2.")
                .replace("%1", str(error))
                .replace("%2", str(MAX_REMIND_MINUTES))
            )
            return None
        folder = self.folder.text().strip()
        if not folder:
            self.problem.setText(self.tr("Choose the folder to write the calendars to."))
            return None
        if Path(folder).exists() and not Path(folder).is_dir():
            self.problem.setText(self.tr("“%1” is a file, not a folder.").replace("%1", folder))
            return None
        return IcalChoice(schedules, people, self.days.value(), reminders, folder)

    def _accept(self) -> None:
        if self.answer() is not None:
            self.accept()
