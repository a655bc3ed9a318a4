"""Waiting for a background task's outcome, never for a quiet moment."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from rotaplan.gui.workers import Task


def finish(qtbot: QtBot, task: Task | None, timeout: int = 15_000) -> None:
    """Wait until ``task`` has ended: its result or failure has been handled and shown."""
    assert task is not None, "no background task was started"
    if not task.done:
        with qtbot.waitSignal(task.ended, timeout=timeout):
            pass
    assert task.done
