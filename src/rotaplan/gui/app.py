"""The composition root: builds the application, the document and the window, and runs them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from rotaplan import __version__
from rotaplan.core import Project
from rotaplan.gui.autosave import Autosaver, find_recoveries
from rotaplan.gui.document import Document
from rotaplan.gui.holidays import HolidayCalendar
from rotaplan.gui.mainwindow import MainWindow
from rotaplan.gui.prompts import Prompts
from rotaplan.gui.settings import Settings, default_settings
from rotaplan.gui.sync.account import KeyringTokenStore, TokenStore
from rotaplan.store import StoreError, load
from rotaplan.store.demo import demo_project

__all__ = ["create_window", "default_recovery_folder", "run", "utc_now"]


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


def default_recovery_folder() -> Path:
    """Where this user's recovery files live."""
    import platformdirs

    return Path(platformdirs.user_state_dir("Rotaplan", "Rotaplan")) / "recovery"


def create_window(
    project: Project,
    path: Path | None,
    settings: Settings,
    recovery_folder: Path,
    clock: Callable[[], datetime] = utc_now,
    prompts: Prompts | None = None,
    tokens: TokenStore | None = None,
) -> MainWindow:
    """A window on a new document holding ``project`` (tests and tools build it this way too)."""
    document = Document(project, path)
    autosaver = Autosaver(document, recovery_folder, settings.autosave_minutes() * 60_000)
    window = MainWindow(document, settings, autosaver, clock, HolidayCalendar(), prompts, tokens)
    document.setParent(window)
    autosaver.setParent(window)
    if path is not None:
        settings.add_recent_file(path)
    return window


def run(file: str | None = None, demo: bool = False, argv: Sequence[str] | None = None) -> int:
    """Open the window on ``file``, the demo or an empty project; returns the exit status."""
    path = Path(file) if file else None
    if path is not None:
        try:
            project = load(path)
        except StoreError as error:
            print(f"rotaplan: {error}", file=sys.stderr)
            return 2
    elif demo:
        project = demo_project(utc_now().date())
    else:
        project = Project(name="Untitled")
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setOrganizationName("Rotaplan")
    app.setApplicationName("Rotaplan")
    app.setApplicationVersion(__version__)
    folder = default_recovery_folder()
    window = create_window(
        project, path, Settings(default_settings()), folder, tokens=KeyringTokenStore()
    )
    window.show()
    QTimer.singleShot(0, lambda: window.offer_recovery(find_recoveries(folder)))
    return app.exec()
