"""The members list of a layer: a list model that reorders by drag and drop."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Person
from rotaplan.gui.inspector.form import compact_combo
from rotaplan.gui.inspector.reorder import ReorderableListModel, reorderable_view
from rotaplan.gui.widgets.icons import swatch

__all__ = ["MEMBER_MIME", "MembersEditor", "MembersModel"]

Index = QModelIndex | QPersistentModelIndex
MEMBER_MIME = "application/x-rotaplan-member-rows"
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MembersModel(ReorderableListModel[str]):
    """Person ids in turn order (a person may appear more than once)."""

    mime_type = MEMBER_MIME
    members_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: Mapping[str, Person] = {}

    def changed_items(self) -> None:
        """Tell the editor the turn order changed."""
        self.members_changed.emit()

    def set_members(self, members: Sequence[str], people: Mapping[str, Person]) -> None:
        """Show these members (the one reset path)."""
        self._people = people
        self.reset_items(members)

    @property
    def members(self) -> tuple[str, ...]:
        """The ids in order."""
        return self.items

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, turn number, the person's colour and the id (PERSON_ID_ROLE)."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        person_id = self._items[index.row()]
        person = self._people.get(person_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name if person else person_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Turn %1 of %2")
                .replace("%1", str(index.row() + 1))
                .replace("%2", str(len(self._items)))
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(person.color) if person else None
        if role == PERSON_ID_ROLE:
            return person_id
        return None


class MembersEditor(QWidget):
    """The members list with add (from everyone), remove and drag to reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MembersModel(self)
        self.view = reorderable_view(QListView(self))
        self.view.setModel(self.model)
        self.view.setMinimumHeight(110)
        self.view.setToolTip(self.tr("Turn order: drag a person to move them."))
        self.person = compact_combo(self)
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Add this person at the end of the turn order"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove the selected member"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.person, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def load(self, members: Sequence[str], people: Mapping[str, Person]) -> None:
        """Show ``members``, offering everyone in ``people`` to add."""
        self.model.set_members(members, people)
        self.person.clear()
        for person in people.values():
            self.person.addItem(swatch(person.color), person.name, person.id)

    def _add(self) -> None:
        person_id = self.person.currentData()
        if person_id is not None:
            self.model.append(str(person_id))

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
