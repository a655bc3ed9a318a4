"""The window's files: new, open, save, save as, the recent-files menu and crash recovery.

Every question goes through the prompts, every refusal of the store is shown in one line, and a
file that cannot be read is never replaced: the open project stays as it was. A recovered
session's files stay on disk (held by this window) until its edits are saved or discarded, and
the recoveries not taken up now are offered again at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
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
        self._claimed: list[tuple[Recovery, QLockFile]] = []
        document.modified_changed.connect(self._modified_changed)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on."""
        document = self._document
        if not document.modified:
            return True
        name = document.path.name if document.path else document.project.name
        choice = self._prompts.unsaved_changes(name or self.tr("Untitled"))
        if choice is SaveChoice.SAVE:
            return self.save()
        if choice is SaveChoice.DISCARD:
            self.release_recoveries()  # the recovered edits are explicitly discarded
            return True
        return False

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
            self.report_unreadable(error)
            return False
        self._settings.add_recent_file(path)
        self._opened()
        return True

    def report_unreadable(self, error: StoreError) -> None:
        """Tell the user a file could not be opened: which file, which field, why."""
        self._prompts.error(self.tr("Cannot open"), str(error))

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
        """Offer the unsaved work of crashed sessions, newest first; True when one was recovered.

        "Discard" deletes that recovery and offers the next; the first one recovered opens in this
        window, and the others stay on disk for the next start.
        """
        recovered = False
        kept = 0
        for recovery in recoveries:
            if recovered:
                kept += 1
                continue
            if self._prompts.recover(self._question(recovery)):
                recovered = self._recover(recovery)
            else:
                recovery.discard()
        if kept:
            text = self.tr("%n more unsaved projects will be offered at the next start.", "", kept)
            self._show_message(text, 8000)
        return recovered

    def release_recoveries(self) -> None:
        """Delete the recovered sessions' files: their edits were saved or discarded."""
        for recovery, lock in self._claimed:
            lock.unlock()
            recovery.discard()
        self._claimed.clear()

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.release_recoveries()

    def _question(self, recovery: Recovery) -> str:
        where = str(recovery.original) if recovery.original else self.tr("an unsaved project")
        return (
            self.tr("Rotaplan did not close properly. Recover the unsaved changes to %1 from %2?")
            .replace("%1", where)
            .replace("%2", format_datetime(recovery.saved_at.astimezone(), "day_month_year_time"))
        )

    def _recover(self, recovery: Recovery) -> bool:
        document = self._document
        try:
            project = recovery.load()
        except StoreError as error:
            # A damaged recovery file stays where it is: nothing is deleted unseen.
            self._prompts.error(self.tr("Cannot recover"), str(error))
            return False
        lock = recovery.claim()
        if recovery.original is not None and recovery.original.is_file():
            try:
                document.open(recovery.original)
            except StoreError:
                document.reset(project, None)
                document.mark_recovered()
            else:
                document.apply(project, self.tr("Recover unsaved changes"))
        else:
            document.reset(project, recovery.original)
            document.mark_recovered()
        if lock is not None:
            self._claimed.append((recovery, lock))
        return True
