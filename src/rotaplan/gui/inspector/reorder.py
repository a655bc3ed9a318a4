"""A list model whose rows a list view reorders by drag and drop, for the inspector's lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QListView

__all__ = ["Index", "ReorderableListModel", "reorderable_view"]

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class ReorderableListModel(QAbstractListModel, Generic[T]):
    """Items in order; drags move one row, ``changed_items`` runs after every change.

    Subclasses give ``data`` and their own MIME type, so rows never land in another list.
    """

    mime_type = "application/x-rotaplan-rows"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def changed_items(self) -> None:
        """Called after a move, an insertion, a removal or an edit (not after a reset)."""

    def reset_items(self, items: Sequence[T]) -> None:
        """Show these items (the one reset path)."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    @property
    def items(self) -> tuple[T, ...]:
        """The items in order."""
        return tuple(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """How many items there are."""
        return 0 if parent.isValid() else len(self._items)

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
        return [self.mime_type]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged rows."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(self.mime_type, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged row to the drop position.

        Returns False even after moving: the move is complete here, and True would make the view
        remove the source row a second time.
        """
        del column
        if action != Qt.DropAction.MoveAction or not data.hasFormat(self.mime_type):
            return False
        text = bytes(data.data(self.mime_type).data()).decode()
        rows = [int(r) for r in text.split(",") if r.strip().isdigit()]
        if len(rows) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
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
        """Move the item at ``source`` to stand before position ``before``."""
        if not 0 <= source < len(self._items) or not 0 <= before <= len(self._items):
            return False
        if before in (source, source + 1):
            return False
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), before)
        item = self._items.pop(source)
        self._items.insert(before - 1 if before > source else before, item)
        self.endMoveRows()
        self.changed_items()
        return True

    def append(self, item: T) -> None:
        """Add an item at the end."""
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items))
        self._items.append(item)
        self.endInsertRows()
        self.changed_items()

    def remove(self, row: int) -> None:
        """Remove the item at ``row``."""
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
            self.changed_items()

    def replace(self, row: int, item: T) -> None:
        """Change the item at ``row`` in place."""
        if 0 <= row < len(self._items):
            self._items[row] = item
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
            self.changed_items()


def reorderable_view(view: QListView) -> QListView:
    """Set a list view up to reorder its model's rows by drag and drop."""
    # DragDrop rather than InternalMove: the model only accepts its own row numbers, and
    # InternalMove would also refuse drops whose source is not this very view.
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDragDropOverwriteMode(False)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setDropIndicatorShown(True)
    return view
