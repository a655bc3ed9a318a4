"""The first minutes: the welcome screen, the timeline hints and the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

import rotaplan
from rotaplan.core import Project
from rotaplan.gui.document.autosave import Recovery
from rotaplan.gui.settings import Settings
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.store import save
from tests.gui.conftest import WindowFactory
from tests.gui.fakes import ScriptedPrompts


@pytest.fixture
def empty(qtbot: QtBot, make_window: WindowFactory) -> MainWindow:
    """A window on an empty project, as after ``rotaplan`` without a file."""
    win = make_window(Project(name="Untitled"), "recovery")
    win.resize(1400, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _close_welcome(window: MainWindow) -> None:
    if window.first_run.dialog is not None:
        window.first_run.dialog.close()


def test_welcome_opens_at_start_without_a_file(empty: MainWindow, qtbot: QtBot) -> None:
    empty.first_run.start([], opened=False)
    dialog = empty.first_run.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    # This window has no PagerDuty pull action, so the welcome screen does not offer it.
    assert not dialog.pull_button.isVisibleTo(dialog)
    assert dialog.recent_buttons == []


def test_the_demo_choice_loads_the_demo_and_starts_the_hints(
    empty: MainWindow, settings: Settings, qtbot: QtBot
) -> None:
    dialog = empty.first_run.show_welcome()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    project = empty.document.project
    assert project.schedules
    assert project.people
    assert not empty.document.modified
    tour = empty.first_run.tour
    assert tour.current is not None
    assert tour.current.key == "final"
    assert empty.timeline.mode is Mode.SCHEDULE
    seen = []
    while tour.current is not None:
        seen.append(tour.current.key)
        bubble = tour.bubble
        assert bubble.isVisible()
        assert empty.rect().contains(bubble.geometry()), tour.current.key
        qtbot.mouseClick(bubble.next, Qt.MouseButton.LeftButton)
    assert seen == ["final", "gap", "overrides", "layer", "inspector"]
    assert settings.hints_seen()


def test_hints_point_at_their_rows(window: MainWindow) -> None:
    window.step(1)  # the demo's second week, which has gaps
    assert window.first_run.show_hints()
    tour = window.first_run.tour
    timeline = window.timeline
    for _ in range(3):  # final row, the gap in it, the overrides row
        hint = tour.current
        assert hint is not None
        tip = timeline.viewport().mapFrom(window, tour.bubble.tip)
        box = next(b for b in timeline.boxes if b.top <= tip.y() < b.bottom)
        expected = {"final": "final", "gap": "final", "overrides": "overrides"}[hint.key]
        assert box.row.kind.value == expected
        if hint.key == "gap":
            at = timeline.axis.at(tip.x())
            assert any(g.start <= at < g.end for g in box.row.gaps)
        tour.next()


def test_hints_are_shown_once_and_reopen_from_help(
    window: MainWindow, settings: Settings, qtbot: QtBot
) -> None:
    window.first_run.hints_once()
    bubble = window.first_run.tour.bubble
    assert bubble.isVisible()
    qtbot.keyClick(bubble, Qt.Key.Key_Escape)
    assert not bubble.isVisible()
    assert settings.hints_seen()
    window.first_run.hints_once()
    assert not bubble.isVisible()
    window.window_actions.hints.trigger()
    assert bubble.isVisible()
    qtbot.mouseClick(bubble.skip, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible()


def test_hints_wait_for_a_schedule(empty: MainWindow, demo: Project) -> None:
    empty.first_run.hints_once()
    assert not empty.first_run.tour.bubble.isVisible()
    empty.document.reset(demo, None)
    assert empty.first_run.tour.bubble.isVisible()


def test_recovery_comes_before_the_welcome(
    empty: MainWindow, prompts: ScriptedPrompts, tmp_path: Path, demo: Project
) -> None:
    save(demo, tmp_path / "left.rotaplan")
    recovery = Recovery(tmp_path / "left.rotaplan", None, datetime(2026, 12, 1, tzinfo=UTC))
    prompts.recovers.append(False)
    empty.first_run.start([recovery], opened=False)
    assert [kind for kind, _ in prompts.asked] == ["recover"]
    assert empty.first_run.dialog is None


def test_no_welcome_when_a_file_was_opened_or_turned_off(
    window: MainWindow, empty: MainWindow, settings: Settings
) -> None:
    window.first_run.start([], opened=True)
    assert window.first_run.dialog is None
    settings.set_welcome_at_start(False)
    empty.first_run.start([], opened=False)
    assert empty.first_run.dialog is None


def test_show_at_start_checkbox_is_remembered(empty: MainWindow, settings: Settings) -> None:
    dialog = empty.first_run.show_welcome()
    dialog.show_at_start.setChecked(False)
    assert not settings.welcome_at_start()
    _close_welcome(empty)


def test_recent_projects_open_from_the_welcome(
    empty: MainWindow, settings: Settings, demo: Project, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo, path)
    settings.add_recent_file(path)
    settings.add_recent_file(tmp_path / "gone.rotaplan")  # deleted since: not offered
    dialog = empty.first_run.show_welcome()
    assert [b.text() for b in dialog.recent_buttons] == ["team.rotaplan"]
    qtbot.mouseClick(dialog.recent_buttons[0], Qt.MouseButton.LeftButton)
    assert empty.document.path is not None
    assert empty.document.path.resolve() == path.resolve()
    assert empty.document.project.name == demo.name


def test_open_and_empty_choices(empty: MainWindow, prompts: ScriptedPrompts, qtbot: QtBot) -> None:
    dialog = empty.first_run.show_welcome()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert ("open_path", str(Path.home())) in prompts.asked
    dialog = empty.first_run.show_welcome()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert empty.document.project.schedules == ()


def test_pull_is_offered_when_the_window_has_a_pull_action(empty: MainWindow, qtbot: QtBot) -> None:
    pull = QAction("Pull", empty)
    pulled: list[bool] = []
    pull.triggered.connect(lambda: pulled.append(True))
    empty.window_actions.pull = pull  # type: ignore[attr-defined]  # as the sync feature adds it
    dialog = empty.first_run.show_welcome()
    assert dialog.pull_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.pull_button, Qt.MouseButton.LeftButton)
    assert pulled == [True]
    assert not dialog.isVisible()


def test_help_menu_has_the_welcome(window: MainWindow) -> None:
    window.window_actions.welcome.trigger()
    assert window.first_run.dialog is not None
    assert window.first_run.dialog.isVisible()
    _close_welcome(window)
    assert window.first_run.dialog is None or not window.first_run.dialog.isVisible()


def test_self_test_paints_the_window_and_exits(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ROTAPLAN_HOME": str(tmp_path),
        "PYTHONPATH": str(Path(rotaplan.__file__).resolve().parents[1]),
    }
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "rotaplan", "gui", "--demo", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("rotaplan: self-test ok (window painted in ")
    assert elapsed < 10
