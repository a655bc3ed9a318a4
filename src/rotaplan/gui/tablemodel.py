"""A flat table model over a tuple of immutable rows: the base of the panels' models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

__all__ = ["RowsModel"]

_Row = TypeVar("_Row")
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[_Row]):
    """Rows of values and a fixed number of columns; ``set_rows`` is the one reset path."""

    COLUMNS = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[_Row, ...] = ()

    def set_rows(self, rows: Sequence[_Row]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

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
