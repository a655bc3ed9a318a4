"""The person editor: name, email, time zone, colour."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from rotaplan.core import ModelError, Person
from rotaplan.gui.inspector.form import EditorForm
from rotaplan.gui.inspector.schedule_editor import zone_box

__all__ = ["PersonEditor"]


class PersonEditor(EditorForm):
    """Edit a person; emits ``submitted(Person)``."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Person"), parent)
        self._person: Person | None = None
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("name@example.com")
        self.zone = zone_box(self)
        colour_row = QWidget(self)
        row = QHBoxLayout(colour_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.color = QLineEdit(colour_row)
        self.color.setPlaceholderText("#4e79a7")
        self.color.setMaxLength(7)
        self.pick = QPushButton(self.tr("Choose…"), colour_row)
        self.pick.clicked.connect(self._choose_colour)
        row.addWidget(self.color)
        row.addWidget(self.pick)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("email", self.tr("Email"), self.email)
        self.add_field("time_zone", self.tr("Time zone"), self.zone)
        self.add_field("color", self.tr("Colour"), colour_row)
        for edit in (self.name, self.email, self.color):
            edit.textEdited.connect(lambda _text: self.changed())
            edit.returnPressed.connect(self.apply)
        self.color.textChanged.connect(self._show_colour)
        self.zone.currentTextChanged.connect(lambda _text: self.changed())

    def load(self, person: Person) -> None:
        """Show ``person``."""
        self._person = person
        self._loading = True
        try:
            self.name.setText(person.name)
            self.email.setText(person.email)
            self.zone.setCurrentText(person.time_zone)
            self.color.setText(person.color)
        finally:
            self._loading = False
        self.clear_errors()
        self.set_dirty(False)

    def _show_colour(self, text: str) -> None:
        color = QColor(text)
        self.pick.setStyleSheet(
            f"background: {color.name()}; color: {'#000' if color.lightness() > 140 else '#fff'}"
            if color.isValid() and len(text) == 7
            else ""
        )

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color.text()), self, self.tr("Colour"))
        if chosen.isValid():
            self.color.setText(chosen.name())
            self.changed()

    def value(self) -> Person:
        """The edited person (ModelError when a field is invalid)."""
        assert self._person is not None
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            raise ModelError("email", "must look like name@example.com")
        return dataclasses.replace(
            self._person,
            name=self.name.text().strip(),
            email=email,
            time_zone=self.zone.currentText().strip(),
            color=self.color.text().strip().lower(),
        )

    def apply(self) -> None:
        """Emit the edited person when it is valid."""
        if self._person is not None and self.validate():
            self.submitted.emit(self.value())
            self.set_dirty(False)

    def revert(self) -> None:
        """Show the stored person again."""
        if self._person is not None:
            self.load(self._person)
