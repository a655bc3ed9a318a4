"""The time-off editor: whose, from when to when (in their own time zone), and a note."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from rotaplan.core import Project, TimeOff, zone
from rotaplan.gui.inspector.form import (
    EditorForm,
    compact_combo,
    datetime_edit,
    read_datetime,
    write_datetime,
)
from rotaplan.gui.widgets.icons import swatch

__all__ = ["TimeOffEditor"]


class TimeOffEditor(EditorForm):
    """Edit one time-off entry; emits ``submitted(TimeOff)`` (the entry keeps its id)."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time off"), parent)
        self._project = Project(name="")
        self._entry_id: str | None = None
        self.person = compact_combo(self)
        self.zone_note = QLabel(self)
        self.zone_note.setStyleSheet("color: palette(placeholder-text)")
        self.start = datetime_edit(self)
        self.end = datetime_edit(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Holiday, conference, parental leave…"))
        self.add_field("person", self.tr("Person"), self.person)
        self.form.addRow("", self.zone_note)
        self.add_field("start", self.tr("From"), self.start)
        self.add_field("end", self.tr("Until"), self.end)
        self.add_field("note", self.tr("Note"), self.note)
        self.person.currentIndexChanged.connect(self._person_changed)
        for edit in (self.start, self.end):
            edit.dateTimeChanged.connect(lambda _v: self.changed())
        self.note.textEdited.connect(lambda _t: self.changed())
        self.note.returnPressed.connect(self.apply)

    @property
    def entry_id(self) -> str | None:
        """The id of the entry shown."""
        return self._entry_id

    def _zone_name(self) -> str:
        person = self._project.people_by_id.get(str(self.person.currentData()))
        return person.time_zone if person else "Etc/UTC"

    def load(self, project: Project, entry_id: str) -> None:
        """Show the time-off entry ``entry_id`` of the project."""
        self._project, self._entry_id = project, entry_id
        entry = project.time_off_entry(entry_id)
        self._loading = True
        try:
            self.person.clear()
            for person in project.people:
                self.person.addItem(swatch(person.color), person.name, person.id)
            self.person.setCurrentIndex(self.person.findData(entry.person))
            tz = zone(self._zone_name())
            write_datetime(self.start, entry.start, tz)
            write_datetime(self.end, entry.end, tz)
            self.note.setText(entry.note)
            self._show_zone()
        finally:
            self._loading = False
        self.clear_errors()
        self.set_dirty(False)

    def _show_zone(self) -> None:
        self.zone_note.setText(self.tr("Times in %1").replace("%1", self._zone_name()))

    def _person_changed(self) -> None:
        # The fields keep their wall-clock reading: a day off is a day in the person's own zone.
        self._show_zone()
        self.changed()

    def value(self) -> TimeOff:
        """The edited entry (ModelError naming the field when something is invalid)."""
        assert self._entry_id is not None
        tz = zone(self._zone_name())
        return dataclasses.replace(
            self._project.time_off_entry(self._entry_id),
            person=str(self.person.currentData()),
            start=read_datetime(self.start, tz),
            end=read_datetime(self.end, tz),
            note=self.note.text().strip(),
        )

    def apply(self) -> None:
        """Emit the edited entry when it is valid."""
        if self._entry_id is not None and self.validate():
            self.submitted.emit(self.value())
            self.set_dirty(False)

    def revert(self) -> None:
        """Show the stored entry again."""
        if self._entry_id is not None and self._entry_id in self._project.time_off_by_id:
            self.load(self._project, self._entry_id)
