"""Fixtures for the window tests: isolated settings and recovery folder, a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rotaplan.core import Project
from rotaplan.gui.app import create_window
from rotaplan.gui.settings import Settings
from rotaplan.gui.text.i18n import install_language
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.store.demo import demo_project
from tests.gui.fakes import ScriptedPrompts

NOW = datetime(2026, 12, 2, 13, 30, tzinfo=UTC)


def fixed_clock() -> datetime:
    """Wednesday 2 December 2026, 13:30 UTC: inside the demo's first week."""
    return NOW


@pytest.fixture
def demo() -> Project:
    """The demo project as shipped (its story starts on Monday 30 November 2026)."""
    return demo_project(date(2026, 11, 30))


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[QLocale]:
    """The app speaking Japanese for one test."""
    yield install_language(qapp, "ja")
    install_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a temporary INI file, never the user's."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def prompts() -> ScriptedPrompts:
    """Scripted answers to the window's questions."""
    return ScriptedPrompts()


WindowFactory = Callable[[Project, str], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, settings: Settings, prompts: ScriptedPrompts, tmp_path: Path
) -> WindowFactory:
    """Builds windows sharing the test's settings and prompts; ``folder`` names the recovery."""

    def make(project: Project, folder: str) -> MainWindow:
        win = create_window(project, None, settings, tmp_path / folder, fixed_clock, prompts)
        qtbot.addWidget(win)
        return win

    return make


@pytest.fixture
def window(qtbot: QtBot, demo: Project, make_window: WindowFactory) -> MainWindow:
    """The main window on the demo project, shown offscreen."""
    win = make_window(demo, "recovery")
    win.resize(1400, 800)
    win.show()
    qtbot.waitExposed(win)
    return win
