"""Undo commands: each user action swaps one immutable Project value for another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from rotaplan.core import Project

if TYPE_CHECKING:
    from rotaplan.gui.document import Document

__all__ = ["ReplaceProject"]


class ReplaceProject(QUndoCommand):
    """Replace the document's project by ``new``; undo puts ``old`` back."""

    def __init__(self, document: Document, old: Project, new: Project, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.old = old
        self.new = new

    def redo(self) -> None:
        """Show the new value."""
        self._document.set_project_value(self.new)

    def undo(self) -> None:
        """Show the old value."""
        self._document.set_project_value(self.old)
