"""The schedule editor: name, time zone, description."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from rotaplan.core import Schedule
from rotaplan.gui.inspector.form import EditorForm, compact_combo
from rotaplan.gui.text.zones import all_zone_names

__all__ = ["ScheduleEditor", "zone_box"]


def zone_box(parent: QWidget) -> QComboBox:
    """An editable list of IANA zones with type-ahead completion."""
    box = compact_combo(parent, 16)
    box.setEditable(True)
    box.addItems(list(all_zone_names()))
    completer = QCompleter(list(all_zone_names()), box)
    completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
    completer.setFilterMode(completer.filterMode().MatchContains)
    box.setCompleter(completer)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


class ScheduleEditor(EditorForm):
    """Edit a schedule's name, zone and description; emits ``submitted(Schedule)``."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Schedule"), parent)
        self._schedule: Schedule | None = None
        self.name = QLineEdit(self)
        self.zone = zone_box(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("time_zone", self.tr("Time zone"), self.zone)
        self.add_field("description", self.tr("Description"), self.description)
        self.name.textEdited.connect(lambda _text: self.changed())
        self.name.returnPressed.connect(self.apply)
        self.zone.currentTextChanged.connect(lambda _text: self.changed())
        self.description.textChanged.connect(self.changed)

    def load(self, schedule: Schedule) -> None:
        """Show ``schedule``."""
        self._schedule = schedule
        self._loading = True
        try:
            self.name.setText(schedule.name)
            self.zone.setCurrentText(schedule.time_zone)
            self.description.setPlainText(schedule.description)
        finally:
            self._loading = False
        self.clear_errors()
        self.set_dirty(False)

    def value(self) -> Schedule:
        """The edited schedule (ModelError when a field is invalid)."""
        assert self._schedule is not None
        return dataclasses.replace(
            self._schedule,
            name=self.name.text().strip(),
            time_zone=self.zone.currentText().strip(),
            description=self.description.toPlainText(),
        )

    def apply(self) -> None:
        """Emit the edited schedule when it is valid."""
        if self._schedule is not None and self.validate():
            self.submitted.emit(self.value())
            self.set_dirty(False)

    def revert(self) -> None:
        """Show the stored schedule again."""
        if self._schedule is not None:
            self.load(self._schedule)
