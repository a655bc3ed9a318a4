"""The window's files: new, open, save, save as, the recent-files menu and crash recovery.

Every question goes through the prompts, every refusal of the store is shown in one line, and a
file that cannot be read is never replaced: the open project stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from rotaplan.core import Project
from rotaplan.gui.document.autosave import Recovery
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.prompts import Prompts, SaveChoice
from rotaplan.gui.settings import Settings
from rotaplan.gui.text.i18n import format_datetime
from rotaplan.store import StoreError

__all__ = ["ProjectFiles"]


class ProjectFiles(QObject):
    """Opens and saves the document's file, asking through ``prompts``."""

    def __init__(
        self,
        document: Document,
        settings: Settings,
        prompts: Prompts,
        show_message: Callable[[str, int], None],
        opened: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._prompts = prompts
        self._show_message = show_message
        self._opened = opened

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on."""
        document = self._document
        if not document.modified:
            return True
        name = document.path.name if document.path else document.project.name
        choice = self._prompts.unsaved_changes(name or self.tr("Untitled"))
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def new_project(self) -> None:
        """Start an empty project."""
        if self.maybe_save():
            self._document.reset(Project(name=self.tr("Untitled")), None)

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        path = self._document.path
        folder = str(path.parent) if path else str(Path.home())
        chosen = self._prompts.open_path(folder)
        if chosen:
            self.open_path(Path(chosen), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; tells the user when it cannot be read."""
        if ask and not self.maybe_save():
            return False
        try:
            self._document.open(path)
        except StoreError as error:
            self._prompts.error(self.tr("Cannot open"), str(error))
            return False
        self._settings.add_recent_file(path)
        self._opened()
        return True

    def save(self) -> bool:
        """Save to the current file (or ask where)."""
        if self._document.path is None:
            return self.save_as()
        return self._save_to(self._document.path)

    def save_as(self) -> bool:
        """Ask where, then save."""
        document = self._document
        suggested = document.path or Path.home() / f"{document.project.name or 'project'}.rotaplan"
        path = self._prompts.save_path(str(suggested))
        return path is not None and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self._document.save(path)
        except StoreError as error:
            self._prompts.error(self.tr("Cannot save"), str(error))
            return False
        self._settings.add_recent_file(path)
        self._show_message(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def fill_recent(self, menu: QMenu) -> None:
        """List the recent files in ``menu`` (with a way to clear the list)."""
        menu.clear()
        files = self._settings.recent_files()
        for path in files:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear list")).triggered.connect(
                self._settings.clear_recent_files
            )

    def offer_recovery(self, recoveries: list[Recovery]) -> bool:
        """Offer the newest unsaved work of a crashed session; True when it was recovered."""
        if not recoveries:
            return False
        newest = recoveries[0]
        where = str(newest.original) if newest.original else self.tr("an unsaved project")
        question = (
            self.tr("Rotaplan did not close properly. Recover the unsaved changes to %1 from %2?")
            .replace("%1", where)
            .replace("%2", format_datetime(newest.saved_at.astimezone(), "day_month_year_time"))
        )
        recovered = False
        if self._prompts.recover(question):
            recovered = self._recover(newest)
        for recovery in recoveries:
            recovery.discard()
        return recovered

    def _recover(self, newest: Recovery) -> bool:
        document = self._document
        try:
            project = newest.load()
        except StoreError as error:
            self._prompts.error(self.tr("Cannot recover"), str(error))
            return False
        if newest.original is not None and newest.original.is_file():
            try:
                document.open(newest.original)
            except StoreError:
                document.reset(project, None)
                document.mark_recovered()
            else:
                document.apply(project, self.tr("Recover unsaved changes"))
        else:
            document.reset(project, newest.original)
            document.mark_recovered()
        return True
