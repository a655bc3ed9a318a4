"""Fixtures for the PagerDuty workflows: the fake account and a window pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rotaplan.core import Project
from rotaplan.gui.app import create_window
from rotaplan.gui.settings import Settings
from rotaplan.gui.sync.account import AccountSettings, save_account
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.store import save
from rotaplan.store.demo import demo_project
from tests.fakes.pagerduty import TEST_TOKEN, FakePagerDuty
from tests.gui.fakes import MemoryTokenStore, ScriptedPrompts


def real_clock() -> datetime:
    """The fake account's clock is the real one, so the window's is too."""
    return datetime.now(UTC)


@pytest.fixture
def project() -> Project:
    """The demo project in the coming weeks."""
    return demo_project()


@pytest.fixture
def fake(project: Project) -> Iterator[FakePagerDuty]:
    """A fake account with a user for every person of the demo project."""
    with FakePagerDuty(TEST_TOKEN) as server:
        for person in project.people:
            server.add_user(person.name, person.email, person.time_zone)
        yield server


@pytest.fixture
def tokens() -> MemoryTokenStore:
    """The token store, holding the fake account's token."""
    return MemoryTokenStore(TEST_TOKEN)


SyncWindow = Callable[[Project, Path | None], MainWindow]


@pytest.fixture
def sync_window(
    qtbot: QtBot,
    settings: Settings,
    prompts: ScriptedPrompts,
    tokens: MemoryTokenStore,
    fake: FakePagerDuty,
    tmp_path: Path,
) -> Iterator[SyncWindow]:
    """Builds a window whose PagerDuty account is the fake; waits for its jobs at the end."""
    save_account(settings, AccountSettings("custom", fake.url))
    made: list[MainWindow] = []

    def make(project: Project, path: Path | None) -> MainWindow:
        if path is not None:
            save(project, path)
        win = create_window(
            project, path, settings, tmp_path / "recovery", real_clock, prompts, tokens
        )
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:
        assert win.sync.stop(10_000)
