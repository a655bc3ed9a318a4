"""The entry points: the command line reaches the window's composition root."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from rotaplan.cli import main
from rotaplan.gui.window.mainwindow import MainWindow


def test_opening_a_missing_file_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.rotaplan"
    assert main([str(missing)]) == 2
    assert capsys.readouterr().err.strip() == f"rotaplan: {missing}: no such file"


def test_standard_shortcuts(window: MainWindow) -> None:
    actions = window.window_actions
    expected = {
        actions.new: "Ctrl+N",
        actions.open: "Ctrl+O",
        actions.save: "Ctrl+S",
        actions.save_as: "Ctrl+Shift+S",
        actions.quit: "Ctrl+Q",
        window.undo_action: "Ctrl+Z",
        window.redo_action: "Ctrl+Shift+Z",
    }
    for action, keys in expected.items():
        assert QKeySequence(keys) in action.shortcuts(), action.text()
