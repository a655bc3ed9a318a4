"""Hostile project files opened in the window: each opens or is refused in a dialog, unchanged."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rotaplan.core import Layer, Person, Project, Schedule
from rotaplan.gui.app import open_window
from rotaplan.gui.settings import Settings
from rotaplan.gui.timeline.rows import Mode
from rotaplan.store import save
from tests.gui.conftest import fixed_clock
from tests.gui.fakes import ScriptedPrompts
from tests.store.hostile_files import hostile_file


@pytest.mark.parametrize("seed", range(24))
def test_a_hostile_file_opens_or_is_refused_in_a_dialog(
    seed: int, qtbot: QtBot, settings: Settings, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    data = hostile_file(random.Random(seed))
    path = tmp_path / "hostile.rotaplan"
    path.write_bytes(data)
    window, opened = open_window(
        str(path), False, settings, tmp_path / "recovery", fixed_clock, prompts
    )
    qtbot.addWidget(window)
    window.timeline.viewport().repaint()  # rows are built and painted, or the refusal is shown
    if opened:
        assert window.document.path == path
        assert prompts.errors == []
    else:
        qtbot.waitUntil(lambda: len(prompts.errors) == 1)
        assert "\n" not in prompts.errors[0].strip()
        assert window.document.path is None
    assert path.read_bytes() == data


def test_a_view_too_large_to_render_says_so_instead_of_drawing(
    qtbot: QtBot, settings: Settings, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    start = datetime(2026, 11, 30, tzinfo=UTC)
    layers = tuple(Layer(f"l{i}", f"L{i}", start, start, 3600, ("a", "b")) for i in range(2000))
    schedule = Schedule("s", "Busy", "Europe/London", layers=layers)
    project = Project("Huge", (Person("a", "A"), Person("b", "B")), (schedule,))
    path = tmp_path / "huge.rotaplan"
    save(project, path)
    data = path.read_bytes()
    window, opened = open_window(
        str(path), False, settings, tmp_path / "recovery", fixed_clock, prompts
    )
    qtbot.addWidget(window)
    assert opened
    window.set_mode(Mode.SCHEDULE, "s")
    window.timeline.viewport().repaint()
    text = window.timeline.paint_context().empty_text
    assert text.startswith("This view cannot be drawn: schedule 's'")
    assert path.read_bytes() == data
