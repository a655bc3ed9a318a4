"""Opening a file from outside (the command line, a double-click in the file manager)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from rotaplan.gui.app import open_window
from rotaplan.gui.settings import Settings
from rotaplan.store import save
from rotaplan.store.demo import demo_project
from tests.gui.conftest import fixed_clock
from tests.gui.fakes import ScriptedPrompts


def test_a_broken_project_is_reported_with_its_field_and_left_untouched(
    qtbot: QtBot, settings: Settings, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    broken = tmp_path / "team.rotaplan"
    text = (
        '{"rotaplan": 1, "name": "Team", "schedules": [{"id": "s", "name": "S", '
        '"time_zone": "Europe/London", "layers": [{"id": "l", "start": "2026-01-05T09:00:00Z", '
        '"rotation_virtual_start": "2026-01-05T09:00:00Z", "turn_length_seconds": 60, '
        '"members": []}]}]}\n'
    )
    broken.write_text(text, encoding="utf-8")
    window, opened = open_window(
        str(broken), False, settings, tmp_path / "recovery", fixed_clock, prompts
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(prompts.errors))
    assert not opened
    (message,) = prompts.errors
    assert "schedules[0].layers[0]" in message
    assert str(broken) in message
    assert window.isVisible()
    assert window.document.path is None  # a save asks where: nothing writes over the file
    assert broken.read_text(encoding="utf-8") == text


def test_a_good_project_opens(
    qtbot: QtBot, settings: Settings, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo_project(fixed_clock().date()), path)
    window, opened = open_window(
        str(path), False, settings, tmp_path / "recovery", fixed_clock, prompts
    )
    qtbot.addWidget(window)
    assert opened
    assert window.document.path == path
    assert prompts.errors == []
