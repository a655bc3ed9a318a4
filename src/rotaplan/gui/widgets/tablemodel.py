"""A flat table model over a tuple of immutable rows: the base of the panels' models.

Sorting happens here, once per change with a Python key, rather than in a sort proxy that would
call ``data()`` for every comparison; the sort is kept when new rows arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

__all__ = ["RowsModel"]

_Row = TypeVar("_Row")
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[_Row]):
    """Rows of values and a fixed number of columns; ``set_rows`` is the one reset path."""

    COLUMNS = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[_Row, ...] = ()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[_Row]) -> None:
        """Show ``rows`` instead of the current ones (in the chosen sort order)."""
        self.beginResetModel()
        self.rows = self._sorted(tuple(rows))
        self.endResetModel()

    def sort_key(self, row: _Row, column: int) -> Any:
        """What ``column`` sorts ``row`` by (the rows' own order when not overridden)."""
        return 0

    def _sorted(self, rows: tuple[_Row, ...]) -> tuple[_Row, ...]:
        if self._sort is None or not 0 <= self._sort[0] < self.COLUMNS:
            return rows
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        return tuple(sorted(rows, key=lambda row: self.sort_key(row, column), reverse=descending))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: the order the rows came in), keeping persistent indexes."""
        self._sort = (column, order) if column >= 0 else None
        if self._sort is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.rows
        self.rows = self._sorted(before)
        where = {id(row): number for number, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        new = [self.index(where[id(before[index.row()])], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def row_value(self, index: _Index) -> _Row | None:
        """The value behind a valid index of this model."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """A flat list: rows under the root only."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The fixed number of columns."""
        return 0 if parent.isValid() else self.COLUMNS
