"""The document: one immutable Project, the file it came from and the undo stack of its edits.

Every edit is one ``ReplaceProject`` command on the stack, swapping the old value for the new one.
``project_changed`` fires once per swap and ``modified_changed`` once each time the document
turns modified or back to saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from rotaplan.core import Project
from rotaplan.store import load, save

__all__ = ["Document", "ReplaceProject"]


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


class Document(QObject):
    """Holds the project; every edit goes through ``apply`` and becomes one undo command."""

    project_changed = Signal(object)
    path_changed = Signal(object)
    modified_changed = Signal(bool)

    def __init__(
        self, project: Project, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._path = path
        self._modified = False
        self.undo_stack = QUndoStack(self)
        # A bound slot (not a lambda) is disconnected by Qt when the document is destroyed, so
        # the stack's last cleanChanged during teardown reaches nobody.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self._tell_modified()

    def _tell_modified(self) -> None:
        # Clearing and re-marking the stack may report the same state twice, or not at all.
        modified = self.modified
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    @property
    def project(self) -> Project:
        """The current value."""
        return self._project

    @property
    def path(self) -> Path | None:
        """The file the project is saved in, if any."""
        return self._path

    @property
    def modified(self) -> bool:
        """Whether there are changes since the last save or open."""
        return not self.undo_stack.isClean()

    def apply(self, project: Project, text: str) -> None:
        """Make ``project`` the current value as one undoable action called ``text``."""
        if project == self._project:
            return
        self.undo_stack.push(ReplaceProject(self, self._project, project, text))

    def set_project_value(self, project: Project) -> None:
        """Swap the value without touching the undo stack (used by ``ReplaceProject``)."""
        self._project = project
        self.project_changed.emit(project)

    def reset(self, project: Project, path: Path | None) -> None:
        """Start over with ``project`` (New, Open): empty undo history, not modified."""
        self.undo_stack.clear()
        self._path = path
        self.set_project_value(project)
        self.undo_stack.setClean()
        self.path_changed.emit(path)
        self._tell_modified()

    def open(self, path: Path) -> None:
        """Load ``path`` (StoreError when it cannot be read)."""
        self.reset(load(path), path)

    def save(self, path: Path | None = None) -> None:
        """Save to ``path`` (or the current file); StoreError when that fails."""
        target = path or self._path
        if target is None:
            raise ValueError("no file to save to")
        save(self._project, target)
        if target != self._path:
            self._path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()

    def mark_recovered(self) -> None:
        """Mark the current value as unsaved (after a crash recovery)."""
        self.undo_stack.resetClean()
        self._tell_modified()
