"""Dialogs: they collect values and return them; the document acts on them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtGui import QPalette
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Project, Suggestions, localize, zone
from rotaplan.gui.document.prompts import Preferences, SaveChoice, TimeOffAnswer, TimeOffPreview
from rotaplan.gui.sync.account import AccountSettings
from rotaplan.gui.sync.dialogs import (
    AccountAnswer,
    AccountDialog,
    ConnectionTester,
    EventAnswer,
    EventDialog,
    PullAnswer,
    PullDialog,
)
from rotaplan.gui.sync.ical_export import IcalChoice, IcalExportDialog
from rotaplan.gui.text.i18n import language_names
from rotaplan.gui.text.messages import reason_texts
from rotaplan.gui.text.zones import all_zone_names
from rotaplan.gui.widgets.icons import swatch

__all__ = [
    "DialogPrompts",
    "PersonPicker",
    "PreferencesDialog",
    "TimeOffDialog",
    "TimeOffImportDialog",
]

_PERSON_ROLE = Qt.ItemDataRole.UserRole


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
            reasons = reason_texts(candidate.reasons, candidate.details, project)
            self._person(person.id, person.color, heading, reasons)
        if not suggestions.candidates:
            self._section(self.tr("Nobody is free for all of this time."))
        if suggestions.excluded:
            self._section(self.tr("Not free then"))
        for excluded in suggestions.excluded:
            person = project.person(excluded.person)
            reasons = reason_texts(excluded.reasons, excluded.details, project)
            item = self._person(person.id, person.color, person.name, reasons)
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
        separator = self.tr("; ", "between two reasons")
        item = QListWidgetItem(swatch(color), heading + "\n" + separator.join(reasons))
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


class TimeOffImportDialog(QDialog):
    """What an iCal import would add: the count and every date range, before anything changes."""

    def __init__(self, preview: TimeOffPreview, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import time off"))
        count = len(preview.ranges)
        headline = QLabel(
            self.tr("Add %n time-off entries for %1 from %2?", "", count)
            .replace("%1", preview.person_name)
            .replace("%2", preview.file_name),
            self,
        )
        headline.setWordWrap(True)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        notes = [self.tr("Read from %1.").replace("%1", preview.horizon)]
        if preview.duplicates:
            notes.append(
                self.tr("%n entries were imported before and are left out.", "", preview.duplicates)
            )
        if preview.left_out:
            notes.append(
                self.tr(
                    "%n cancelled, empty or filtered events are left out.", "", preview.left_out
                )
            )
        notes += preview.skipped
        detail = QLabel(" ".join(notes), self)
        detail.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.addItems(list(preview.ranges))
        self.warnings = QListWidget(self)
        self.warnings.addItems(list(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        self.warnings.setMaximumHeight(90)
        warnings_label = QLabel(
            self.tr(
                "%n deviations from the iCalendar standard were read leniently:",
                "",
                len(preview.warnings),
            ),
            self,
        )
        warnings_label.setVisible(bool(preview.warnings))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add time off"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(detail)
        layout.addWidget(self.list)
        layout.addWidget(warnings_label)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        self.resize(480, 360)


class PreferencesDialog(QDialog):
    """Autosave interval and language."""

    def __init__(self, current: Preferences, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._current = current
        self.autosave = QSpinBox(self)
        self.autosave.setRange(0, 120)
        self.autosave.setValue(current.autosave_minutes)
        self.autosave.setSpecialValueText(self.tr("Never"))
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setToolTip(
            self.tr("How often a recovery copy of unsaved changes is written (0 = never).")
        )
        self.language = QComboBox(self)
        for code, name in language_names().items():
            self.language.addItem(name, code)
        index = self.language.findData(current.language)
        self.language.setCurrentIndex(max(index, 0))
        self.restart_note = QLabel(self.tr("The new language applies when Rotaplan restarts."))
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.restart_note.setVisible(self.answer().language != current.language)
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Save recovery copy every"), self.autosave)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.restart_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answer(self) -> Preferences:
        """The preferences as entered."""
        return Preferences(self.autosave.value(), str(self.language.currentData()))


class DialogPrompts(QObject):
    """The real questions, as modal dialogs over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
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
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to “%1” before closing?").replace("%1", name))
        box.setInformativeText(self.tr("Your changes are lost if you don't save them."))
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

    def _filter(self) -> str:
        return self.tr("Rotaplan projects (*.rotaplan);;All files (*)")

    def open_path(self, folder: str) -> str | None:
        """A project file to open."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Open project"), folder, self._filter()
        )
        return path or None

    def save_path(self, suggested: str) -> str | None:
        """Where to save."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save project"), suggested, self._filter()
        )
        if path and not path.endswith(".rotaplan"):
            path += ".rotaplan"
        return path or None

    def csv_path(self, suggested: str) -> str | None:
        """Where to write a CSV file."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export CSV"),
            suggested,
            self.tr("CSV files (*.csv);;All files (*)"),
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
        """Whether to recover unsaved work (False: discard it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Recover unsaved changes?"), description
        )
        box.setParent(self._parent, box.windowFlags())
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(recover)
        box.exec()
        return box.clickedButton() is recover

    def time_zone(self, current: str) -> str | None:
        """An IANA time zone name."""
        names = list(all_zone_names())
        value, ok = QInputDialog.getItem(
            self._parent,
            self.tr("Time zone"),
            self.tr("Show times in:"),
            names,
            names.index(current) if current in names else 0,
            True,
        )
        return value if ok and value in names else None

    def inform(self, title: str, message: str) -> None:
        """Tell the user how something went."""
        QMessageBox.information(self._parent, title, message)

    def pagerduty_account(
        self,
        current: AccountSettings,
        has_token: bool,
        from_environment: bool,
        tester: ConnectionTester,
    ) -> AccountAnswer | None:
        """The PagerDuty region and token."""
        dialog = AccountDialog(current, has_token, from_environment, tester, self._parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def preferences(self, current: Preferences) -> Preferences | None:
        """The preferences, starting from ``current``."""
        dialog = PreferencesDialog(current, self._parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def pull_options(self, can_refresh: bool, refresh: bool, days: int) -> PullAnswer | None:
        """Pull into a new project or refresh the open one."""
        dialog = PullDialog(can_refresh, refresh, days, self._parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def test_event(self) -> EventAnswer | None:
        """Where to send a test incident."""
        dialog = EventDialog(self._parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def export_ical(self, project: Project, choice: IcalChoice) -> IcalChoice | None:
        """What to export as iCal."""
        dialog = IcalExportDialog(project, choice, self._parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def calendar_path(self, folder: str) -> str | None:
        """An iCalendar (.ics) file to import."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import time off from iCal"),
            folder,
            self.tr("Calendars (*.ics *.ical *.ifb);;All files (*)"),
        )
        return path or None

    def review_time_off(self, preview: TimeOffPreview) -> bool:
        """Whether to add the time off an import found."""
        dialog = TimeOffImportDialog(preview, self._parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
