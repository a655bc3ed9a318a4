"""The members list of a layer: a list model that reorders by drag and drop."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Person
from rotaplan.gui.dialogs import swatch

__all__ = ["MEMBER_MIME", "MembersEditor", "MembersModel"]

Index = QModelIndex | QPersistentModelIndex
MEMBER_MIME = "application/x-rotaplan-member-rows"
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MembersModel(QAbstractListModel):
    """Person ids in turn order (a person may appear more than once)."""

    members_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[str] = []
        self._people: Mapping[str, Person] = {}

    def set_members(self, members: Sequence[str], people: Mapping[str, Person]) -> None:
        """Show these members (the one reset path)."""
        self.beginResetModel()
        self._members = list(members)
        self._people = people
        self.endResetModel()

    @property
    def members(self) -> tuple[str, ...]:
        """The ids in order."""
        return tuple(self._members)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """How many turns a cycle has."""
        return 0 if parent.isValid() else len(self._members)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, turn number, the person's colour and the id (PERSON_ID_ROLE)."""
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        person_id = self._members[index.row()]
        person = self._people.get(person_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name if person else person_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Turn %1 of %2")
                .replace("%1", str(index.row() + 1))
                .replace("%2", str(len(self._members)))
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(person.color) if person else None
        if role == PERSON_ID_ROLE:
            return person_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be dragged; drops land between rows."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        """Only moves."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Our row numbers."""
        return [MEMBER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged rows."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MEMBER_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged row to the drop position.

        Returns False even after moving: the move is complete here, and True would make the view
        remove the source row a second time.
        """
        del column
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MEMBER_MIME):
            return False
        text = bytes(data.data(MEMBER_MIME).data()).decode()
        rows = [int(r) for r in text.split(",") if r.strip().isdigit()]
        if len(rows) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._members))
        self.move(rows[0], target)
        return False

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, dest_parent: Index, dest: int
    ) -> bool:
        """Move one row to before ``dest``."""
        if source_parent.isValid() or dest_parent.isValid() or count != 1:
            return False
        return self.move(source_row, dest)

    def move(self, source: int, before: int) -> bool:
        """Move the member at ``source`` to stand before position ``before``."""
        if not 0 <= source < len(self._members) or not 0 <= before <= len(self._members):
            return False
        if before in (source, source + 1):
            return False
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), before)
        member = self._members.pop(source)
        self._members.insert(before - 1 if before > source else before, member)
        self.endMoveRows()
        self.members_changed.emit()
        return True

    def append(self, person_id: str) -> None:
        """Add a member at the end."""
        self.beginInsertRows(QModelIndex(), len(self._members), len(self._members))
        self._members.append(person_id)
        self.endInsertRows()
        self.members_changed.emit()

    def remove(self, row: int) -> None:
        """Remove the member at ``row``."""
        if 0 <= row < len(self._members):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._members[row]
            self.endRemoveRows()
            self.members_changed.emit()


class MembersEditor(QWidget):
    """The members list with add (from everyone), remove and drag to reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MembersModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        # DragDrop rather than InternalMove: the model only accepts its own row numbers, and
        # InternalMove would also refuse drops whose source is not this very view.
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDropIndicatorShown(True)
        self.view.setMinimumHeight(110)
        self.view.setToolTip(self.tr("Turn order: drag a person to move them."))
        self.person = QComboBox(self)
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
