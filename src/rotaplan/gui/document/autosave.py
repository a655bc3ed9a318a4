"""Autosave to a recovery file every minute, and find what a crashed session left behind.

Each running window owns ``<folder>/<key>.rotaplan`` (the project) and ``<key>.json`` (the file it
belongs to), guarded by ``<key>.lock``. A clean close removes all three; at start-up, recovery
files whose lock nobody holds any more are offered back.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from rotaplan.core import Project
from rotaplan.gui.document.document import Document
from rotaplan.store import StoreError, atomic_write_text, dumps, load

__all__ = ["Autosaver", "Recovery", "find_recoveries"]


@dataclass(frozen=True)
class Recovery:
    """Unsaved work left by a session that did not close cleanly."""

    project_file: Path
    original: Path | None
    saved_at: datetime

    def load(self) -> Project:
        """The recovered project (StoreError if the recovery file is damaged)."""
        return load(self.project_file)

    def discard(self) -> None:
        """Delete the recovery files."""
        for path in _files(self.project_file.with_suffix("")):
            with contextlib.suppress(OSError):
                path.unlink()

    def claim(self) -> QLockFile | None:
        """Hold the recovery's lock, so no other window offers it while its edits are open here.

        Returns the held lock (None when another running window holds it). When this window
        crashes too, the lock goes with it and the recovery is offered again.
        """
        lock = QLockFile(str(self.project_file.with_suffix(".lock")))
        return lock if lock.tryLock(0) else None


def _files(stem: Path) -> tuple[Path, Path, Path]:
    return stem.with_suffix(".rotaplan"), stem.with_suffix(".json"), stem.with_suffix(".lock")


def find_recoveries(folder: Path) -> list[Recovery]:
    """Recovery files of sessions that are no longer running, newest first."""
    found = []
    if not folder.is_dir():
        return []
    for project_file in folder.glob("*.rotaplan"):
        lock = QLockFile(str(project_file.with_suffix(".lock")))
        if not lock.tryLock(0):
            continue  # another running window owns it
        lock.unlock()
        try:
            info = json.loads(project_file.with_suffix(".json").read_text(encoding="utf-8"))
            original = Path(info["original"]) if info.get("original") else None
            saved_at = datetime.fromisoformat(info["saved_at"])
        except (OSError, ValueError, KeyError, TypeError):
            original, saved_at = None, datetime.fromtimestamp(project_file.stat().st_mtime, UTC)
        found.append(Recovery(project_file, original, saved_at))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes the document to this session's recovery file while it has unsaved changes."""

    def __init__(
        self,
        document: Document,
        folder: Path,
        interval_ms: int = 60_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._folder = folder
        self._stem = folder / f"session-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._lock: QLockFile | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave)
        document.modified_changed.connect(self._modified_changed)
        self.set_interval(interval_ms)

    @property
    def recovery_file(self) -> Path:
        """Where this session writes its recovery copy."""
        return _files(self._stem)[0]

    def set_interval(self, interval_ms: int) -> None:
        """Autosave every ``interval_ms`` (0 turns autosave off)."""
        self._timer.stop()
        if interval_ms > 0:
            self._timer.start(interval_ms)

    def autosave(self) -> bool:
        """Write the recovery copy now if there are unsaved changes; returns whether it wrote."""
        if not self._document.modified:
            return False
        project_file, info_file, lock_file = _files(self._stem)
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                self._lock = QLockFile(str(lock_file))
                self._lock.setStaleLockTime(0)
                self._lock.tryLock(0)
            info = {
                "original": str(self._document.path) if self._document.path else None,
                "saved_at": datetime.now(UTC).isoformat(),
            }
            atomic_write_text(project_file, dumps(self._document.project), keep_backup=False)
            atomic_write_text(info_file, json.dumps(info) + "\n", keep_backup=False)
        except (OSError, StoreError):
            return False  # autosave is a safety net; a full disk must not interrupt the user
        return True

    def discard(self) -> None:
        """Remove this session's recovery files (after a save or a clean close)."""
        for path in _files(self._stem)[:2]:
            with contextlib.suppress(OSError):
                path.unlink()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()
