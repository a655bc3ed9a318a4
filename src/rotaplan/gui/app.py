"""The composition root: builds the application, the document and the window, and runs them."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from rotaplan import __version__
from rotaplan.core import Project
from rotaplan.gui.document.autosave import Autosaver, find_recoveries
from rotaplan.gui.document.document import Document
from rotaplan.gui.settings import Settings, default_settings
from rotaplan.gui.sync.account import KeyringTokenStore, TokenStore
from rotaplan.gui.sync.prompts import SyncPrompts
from rotaplan.gui.text.holidays import HolidayCalendar
from rotaplan.gui.text.i18n import install_language
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.store import StoreError, load
from rotaplan.store.demo import current_demo

__all__ = [
    "HOME_VARIABLE",
    "create_window",
    "default_recovery_folder",
    "open_window",
    "run",
    "user_settings",
    "utc_now",
]

# When set, settings.ini and the recovery folder live in this folder instead of the user's
# (self-tests, screenshots and CI runs never touch the real preferences).
HOME_VARIABLE = "ROTAPLAN_HOME"


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


def default_recovery_folder() -> Path:
    """Where this user's recovery files live (``$ROTAPLAN_HOME/recovery`` when that is set)."""
    if os.environ.get(HOME_VARIABLE):
        return Path(os.environ[HOME_VARIABLE]) / "recovery"
    import platformdirs

    return Path(platformdirs.user_state_dir("Rotaplan", "Rotaplan")) / "recovery"


def user_settings() -> Settings:
    """This user's settings (``$ROTAPLAN_HOME/settings.ini`` when that is set)."""
    if os.environ.get(HOME_VARIABLE):
        ini = Path(os.environ[HOME_VARIABLE]) / "settings.ini"
        return Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    return Settings(default_settings())


def create_window(
    project: Project,
    path: Path | None,
    settings: Settings,
    recovery_folder: Path,
    clock: Callable[[], datetime] = utc_now,
    prompts: SyncPrompts | None = None,
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


def run(
    file: str | None = None,
    demo: bool = False,
    argv: Sequence[str] | None = None,
    self_test: bool = False,
) -> int:
    """Open the window on ``file``, the demo or an empty project; returns the exit status.

    With ``self_test`` the window is built, painted once and closed again, and one line says how
    long that took (packaging smoke tests run it offscreen).
    """
    started = time.perf_counter()
    if file and not Path(file).exists():
        # A mistyped name on the command line: one line, no window (an existing file that
        # cannot be read opens the window with the reason in a dialog instead).
        print(f"rotaplan: {file}: no such file", file=sys.stderr)
        return 2
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setOrganizationName("Rotaplan")
    app.setApplicationName("Rotaplan")
    app.setApplicationVersion(__version__)
    settings = user_settings()
    install_language(app, settings.language())
    folder = default_recovery_folder()
    window, opened = open_window(file, demo, settings, folder, tokens=KeyringTokenStore())
    if self_test:
        return _self_test(app, window, started)
    QTimer.singleShot(0, lambda: window.first_run.start(find_recoveries(folder), opened))
    return app.exec()


def open_window(
    file: str | None,
    demo: bool,
    settings: Settings,
    recovery_folder: Path,
    clock: Callable[[], datetime] = utc_now,
    prompts: SyncPrompts | None = None,
    tokens: TokenStore | None = None,
) -> tuple[MainWindow, bool]:
    """The shown window on ``file``, the demo or an empty project; and whether one was opened.

    A file that cannot be read (say, double-clicked in the file manager) is reported in a dialog
    over an empty project, with the field the reader refused, and left as it is: the window is
    not linked to it, so nothing saves over it.
    """
    path = Path(file) if file else None
    project, refused = Project(name="Untitled"), None
    if path is not None:
        try:
            project = load(path)
        except StoreError as error:
            print(f"rotaplan: {error}", file=sys.stderr)
            path, refused = None, error
    elif demo:
        # The demo's gap lies within the next eight days, so open on two weeks from this Monday.
        project = current_demo(clock().date())
    window = create_window(project, path, settings, recovery_folder, clock, prompts, tokens)
    if demo:
        window.set_span_days(14)
        window.go_today()
    window.show()
    if refused is not None:
        unreadable = refused
        QTimer.singleShot(0, lambda: window.files.report_unreadable(unreadable))
    return window, path is not None or demo


def _self_test(app: QApplication, window: MainWindow, started: float) -> int:
    app.processEvents()
    image = window.grab().toImage()
    elapsed = (time.perf_counter() - started) * 1000
    # A painted window shows several colours along its diagonal; a blank grab shows one.
    steps = 64
    colours = {
        image.pixel(image.width() * i // steps, image.height() * i // steps) for i in range(steps)
    }
    painted = not image.isNull() and len(colours) >= 3
    window.stop_background_work()
    window.hide()
    window.deleteLater()
    app.processEvents()
    if not painted:
        print("rotaplan: self-test failed: the window did not paint", file=sys.stderr)
        return 1
    print(f"rotaplan: self-test ok (window painted in {elapsed:.0f} ms)")
    return 0
