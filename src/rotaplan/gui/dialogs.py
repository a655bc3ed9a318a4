"""Dialogs: they collect values and return them; the document acts on them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Project, Suggestions, localize, zone
from rotaplan.gui.prompts import SaveChoice, TimeOffAnswer
from rotaplan.gui.zones import all_zone_names

__all__ = ["DialogPrompts", "PersonPicker", "TimeOffDialog", "swatch"]

_FILTER = "Rotaplan projects (*.rotaplan);;All files (*)"
_PERSON_ROLE = Qt.ItemDataRole.UserRole


def swatch(color: str, size: int = 12) -> QIcon:
    """A small square of a person's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class PersonPicker(QDialog):
    """Choose who covers: the core's ranking with each person's reasons, then who is not free."""

    def __init__(
        self, title: str, project: Project, suggestions: Suggestions, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        locale = QLocale()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        if suggestions.candidates:
            self._section(self.tr("Suggested, best first"))
        for rank, candidate in enumerate(suggestions.candidates, 1):
            person = project.person(candidate.person)
            heading = (
                self.tr("%1. %2 — score %3")
                .replace("%1", str(rank))
                .replace("%2", person.name)
                .replace("%3", locale.toString(candidate.score, "f", 2))
            )
            self._person(person.id, person.color, heading, candidate.reasons)
        if not suggestions.candidates:
            self._section(self.tr("Nobody is free for all of this time."))
        if suggestions.excluded:
            self._section(self.tr("Not free then"))
        for excluded in suggestions.excluded:
            person = project.person(excluded.person)
            item = self._person(person.id, person.color, person.name, excluded.reasons)
            item.setForeground(muted)
        first = next(
            (i for i in range(self.list.count()) if self.list.item(i).data(_PERSON_ROLE)), 0
        )
        self.list.setCurrentRow(first)
        self.list.itemDoubleClicked.connect(
            lambda item: self.accept() if item.data(_PERSON_ROLE) else None
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who covers this time?"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 440)

    def _section(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _person(
        self, person_id: str, color: str, heading: str, reasons: Sequence[str]
    ) -> QListWidgetItem:
        item = QListWidgetItem(swatch(color), heading + "\n" + "; ".join(reasons))
        item.setData(_PERSON_ROLE, person_id)
        item.setToolTip("\n".join(reasons))
        self.list.addItem(item)
        return item

    def chosen(self) -> str | None:
        """The selected person's id."""
        item = self.list.currentItem()
        value = None if item is None else item.data(_PERSON_ROLE)
        return str(value) if value else None


class TimeOffDialog(QDialog):
    """Enter a time-off entry: person, first and last day, note."""

    def __init__(self, project: Project, person_id: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add time off"))
        self._project = project
        self.person = QComboBox(self)
        for person in project.people:
            self.person.addItem(swatch(person.color), person.name, person.id)
        if person_id is not None and person_id in project.people_by_id:
            self.person.setCurrentIndex([p.id for p in project.people].index(person_id))
        self.first = QDateEdit(QDate.currentDate(), self)
        self.last = QDateEdit(QDate.currentDate().addDays(4), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        self.note = QLineEdit(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c0392b")
        form = QFormLayout(self)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answer(self) -> TimeOffAnswer | None:
        """The entry (whole days in the person's zone), or None while the dates are wrong."""
        person_id = self.person.currentData()
        if person_id is None or self.last.date() < self.first.date():
            return None
        tz = zone(self._project.person(person_id).time_zone)
        a, b = self.first.date(), self.last.date()
        first = date(a.year(), a.month(), a.day())
        after = date(b.year(), b.month(), b.day()) + timedelta(days=1)
        start = localize(datetime.combine(first, time()), tz)
        end = localize(datetime.combine(after, time()), tz)
        return TimeOffAnswer(person_id, start, end, self.note.text().strip())

    def _accept(self) -> None:
        if self.answer() is None:
            self.problem.setText(self.tr("The last day must not be before the first day."))
            return
        self.accept()


class DialogPrompts:
    """The real questions, as modal dialogs over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def text(self, title: str, label: str, default: str = "") -> str | None:
        """A line of text."""
        value, ok = QInputDialog.getText(self._parent, title, label, text=default)
        return value.strip() if ok and value.strip() else None

    def choose_person(self, title: str, project: Project, suggestions: Suggestions) -> str | None:
        """A person id: the ranked candidates first (with their reasons), then the others."""
        dialog = PersonPicker(title, project, suggestions, self._parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def confirm(self, title: str, message: str) -> bool:
        """Yes or no."""
        answer = QMessageBox.question(self._parent, title, message)
        return answer == QMessageBox.StandardButton.Yes

    def unsaved_changes(self, name: str) -> SaveChoice:
        """Save, discard or cancel."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self._parent.tr("Unsaved changes"))
        box.setText(self._parent.tr("Save the changes to “%1” before closing?").replace("%1", name))
        box.setInformativeText(self._parent.tr("Your changes are lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def open_path(self, folder: str) -> str | None:
        """A project file to open."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self._parent.tr("Open project"), folder, _FILTER
        )
        return path or None

    def save_path(self, suggested: str) -> str | None:
        """Where to save."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self._parent.tr("Save project"), suggested, _FILTER
        )
        if path and not path.endswith(".rotaplan"):
            path += ".rotaplan"
        return path or None

    def csv_path(self, suggested: str) -> str | None:
        """Where to write a CSV file."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self._parent.tr("Export CSV"),
            suggested,
            self._parent.tr("CSV files (*.csv);;All files (*)"),
        )
        if path and "." not in Path(path).name:
            path += ".csv"
        return path or None

    def time_off(self, project: Project, person_id: str | None) -> TimeOffAnswer | None:
        """A new time-off entry."""
        dialog = TimeOffDialog(project, person_id, self._parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def error(self, title: str, message: str) -> None:
        """Tell the user something failed."""
        QMessageBox.warning(self._parent, title, message)

    def recover(self, description: str) -> bool:
        """Whether to recover unsaved work."""
        answer = QMessageBox.question(
            self._parent,
            self._parent.tr("Recover unsaved changes?"),
            description,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def time_zone(self, current: str) -> str | None:
        """An IANA time zone name."""
        names = list(all_zone_names())
        value, ok = QInputDialog.getItem(
            self._parent,
            self._parent.tr("Time zone"),
            self._parent.tr("Show times in:"),
            names,
            names.index(current) if current in names else 0,
            True,
        )
        return value if ok and value in names else None
