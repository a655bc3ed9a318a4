"""The window's PagerDuty workflows against the fake account on 127.0.0.1."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from rotaplan.core import Project
from rotaplan.gui.settings import Settings
from rotaplan.gui.sync.account import AccountSettings
from rotaplan.gui.sync.dialogs import AccountAnswer, AccountDialog, EventAnswer, PullAnswer
from rotaplan.gui.sync.jobs import explain
from rotaplan.gui.sync.review import PushDialog
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.gui.workers import Task
from rotaplan.pagerduty.errors import UnreachableError
from rotaplan.store import load
from tests.fakes.pagerduty import TEST_TOKEN, FakePagerDuty
from tests.gui.fakes import MemoryTokenStore, ScriptedPrompts
from tests.gui.sync.conftest import SyncWindow
from tests.gui.waits import finish


def review(qtbot: QtBot, win: MainWindow) -> PushDialog:
    finish(qtbot, win.sync.push())
    dialog = win.sync.push_dialog
    assert dialog is not None
    return dialog


def push(qtbot: QtBot, win: MainWindow, dialog: PushDialog, timeout: int = 15_000) -> None:
    dialog.push_button.click()
    finish(qtbot, win.sync.push_task, timeout)
    assert dialog.finished_push


def push_all(qtbot: QtBot, win: MainWindow) -> PushDialog:
    dialog = review(qtbot, win)
    push(qtbot, win, dialog)
    return dialog


def texts(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def top_level(dialog: PushDialog) -> list[str]:
    return [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]


def test_connection_with_the_stored_and_a_wrong_token(
    qtbot: QtBot, sync_window: SyncWindow, project: Project, fake: FakePagerDuty
) -> None:
    win = sync_window(project, None)
    answers: list[tuple[bool, str]] = []
    account = AccountSettings("custom", fake.url)
    task = win.sync.test_connection(account, None, lambda ok, text: answers.append((ok, text)))
    finish(qtbot, task, 10_000)
    assert len(answers) == 1
    assert answers[0][0] is True
    assert f"has {len(project.people)} user(s)" in answers[0][1]
    task = win.sync.test_connection(account, "not_the_token", lambda ok, t: answers.append((ok, t)))
    finish(qtbot, task, 10_000)
    assert len(answers) == 2
    ok, message = answers[1]
    assert not ok
    assert "did not accept the API token" in message
    assert "not_the_token" not in message


def test_account_dialog_masks_the_token_and_tests_the_typed_one(
    qtbot: QtBot, sync_window: SyncWindow, project: Project, fake: FakePagerDuty
) -> None:
    win = sync_window(project, None)
    tests: list[Task | None] = []

    def tester(
        account: AccountSettings, token: str | None, done: Callable[[bool, str], None]
    ) -> None:
        tests.append(win.sync.test_connection(account, token, done))

    dialog = AccountDialog(AccountSettings("custom", fake.url), True, False, tester, win)
    qtbot.addWidget(dialog)
    assert dialog.token.text() == ""  # the stored token is never shown back
    qtbot.keyClicks(dialog.token, "typed_wrong")
    assert dialog.token.displayText() != "typed_wrong"
    dialog.test.click()
    assert not dialog.test.isEnabled()
    finish(qtbot, tests[-1], 10_000)
    assert dialog.test.isEnabled()
    assert "did not accept the API token" in dialog.message.text()
    dialog.token.clear()
    dialog.test.click()
    finish(qtbot, tests[-1], 10_000)
    assert "Connected" in dialog.message.text()
    dialog.region.setCurrentIndex(dialog.region.findData("custom"))
    dialog.custom_url.setText("http://example.com")
    dialog.test.click()
    assert "plain http is allowed only for localhost" in dialog.message.text()
    dialog.reject()


def test_account_answer_goes_to_the_store_not_the_settings(
    sync_window: SyncWindow,
    project: Project,
    tokens: MemoryTokenStore,
    settings: Settings,
    tmp_path: Path,
    prompts: ScriptedPrompts,
) -> None:
    win = sync_window(project, None)
    prompts.accounts.append(AccountAnswer(AccountSettings("eu"), "new_Secret_99"))
    win.sync.account()
    assert tokens.token == "new_Secret_99"
    settings.sync()
    text = (tmp_path / "settings.ini").read_text()
    assert "region=eu" in text
    assert "new_Secret_99" not in text
    prompts.accounts.append(AccountAnswer(AccountSettings("eu"), None, forget_token=True))
    win.sync.account()
    assert tokens.token is None


def test_pull_into_a_new_unsaved_document(
    qtbot: QtBot,
    sync_window: SyncWindow,
    project: Project,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    win = sync_window(project, tmp_path / "team.rotaplan")
    push_all(qtbot, win).close()  # the account now holds the demo's schedules
    prompts.pulls.append(PullAnswer(new_project=True, days=30))
    finish(qtbot, win.sync.pull())
    pulled = win.document.project
    assert win.document.path is None
    assert win.document.modified
    assert {s.name for s in pulled.schedules} == {s.name for s in project.schedules}
    assert {p.email for p in pulled.people} == {p.email for p in project.people}
    assert win.document.undo_stack.count() == 0
    assert prompts.errors == []


def test_refresh_replaces_the_open_project_as_one_undoable_edit(
    qtbot: QtBot,
    sync_window: SyncWindow,
    project: Project,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    win = sync_window(project, tmp_path / "team.rotaplan")
    push_all(qtbot, win).close()
    before = win.document.project
    prompts.pulls.append(PullAnswer(new_project=False, days=30))
    finish(qtbot, win.sync.pull())
    refreshed = win.document.project
    assert refreshed is not before
    assert refreshed.name == project.name
    assert len(refreshed.time_off) == len(project.time_off)  # local knowledge is kept
    assert win.document.undo_stack.undoText() == "Refresh from PagerDuty"
    win.document.undo_stack.undo()
    assert win.document.project is before


def test_review_groups_steps_and_blocks_on_a_person_without_a_user(
    qtbot: QtBot, sync_window: SyncWindow, project: Project, fake: FakePagerDuty, tmp_path: Path
) -> None:
    missing = project.people[0]
    fake.state.users = {k: u for k, u in fake.state.users.items() if u["email"] != missing.email}
    win = sync_window(project, tmp_path / "team.rotaplan")
    dialog = review(qtbot, win)
    groups = top_level(dialog)
    assert groups[0].startswith("Blocking errors")
    assert dialog.error_group is not None
    assert any(
        missing.id in line and "no PagerDuty user" in line for line in texts(dialog.error_group)
    )
    assert dialog.error_group.foreground(0).color().name() == "#c0392b"
    for schedule in project.schedules:
        assert f"Schedule “{schedule.name}”" in groups
    for policy in project.escalation_policies:
        assert f"Escalation policy “{policy.name}”" in groups
    assert not dialog.push_button.isEnabled()
    assert "blocked" in dialog.headline.text()
    dialog.close()
    assert fake.writes == 0


def test_push_with_progress_saves_the_ids_as_one_undoable_edit(
    qtbot: QtBot, sync_window: SyncWindow, project: Project, fake: FakePagerDuty, tmp_path: Path
) -> None:
    file = tmp_path / "team.rotaplan"
    win = sync_window(project, file)
    dialog = review(qtbot, win)
    seen: list[int] = []
    original = dialog.show_progress

    def spy(value: object) -> None:
        seen.append(dialog.progress.value())
        original(value)

    dialog.show_progress = spy  # type: ignore[method-assign]
    steps = len(dialog.plan.steps)
    assert steps > 0
    assert dialog.push_button.isEnabled()
    push(qtbot, win, dialog)
    assert dialog.progress.value() == steps
    assert seen  # progress arrived while pushing
    assert dialog.headline.text() == f"Done: {steps} of {steps} change(s) were sent."
    assert all(
        item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "done"
        for item in dialog.step_items
    )
    saved = load(file)
    assert all(s.pagerduty_id for s in saved.schedules)
    assert all(p.pagerduty_id for p in saved.escalation_policies)
    assert saved == win.document.project
    assert not win.document.modified
    assert win.document.undo_stack.undoText() == "Push to PagerDuty"
    assert len(fake.state.schedules) == len(project.schedules)


def test_cancel_mid_push_then_push_again_without_duplicates(
    qtbot: QtBot, sync_window: SyncWindow, project: Project, fake: FakePagerDuty, tmp_path: Path
) -> None:
    file = tmp_path / "team.rotaplan"
    win = sync_window(project, file)
    dialog = review(qtbot, win)
    total = len(dialog.plan.steps)
    fake.latency = 0.05
    dialog.push_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=15_000)
    dialog.close_button.click()  # "Stop"
    finish(qtbot, win.sync.push_task)
    assert dialog.finished_push
    assert dialog.headline.text().startswith("Stopped:")
    done = dialog.progress.value()
    assert 1 <= done < total
    assert "Push again" in dialog.status.text()
    left = [
        i
        for i in dialog.step_items
        if i.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "left"
    ]
    assert len(left) == total - done
    dialog.close()
    fake.latency = 0.0
    second = push_all(qtbot, win)
    assert len(second.plan.steps) == total - done
    assert second.headline.text().startswith("Done:")
    names = Counter(s["name"] for s in fake.state.schedules.values())
    assert names == Counter(s.name for s in project.schedules)
    policies = Counter(p["name"] for p in fake.state.policies.values())
    assert policies == Counter(p.name for p in project.escalation_policies)
    for schedule in win.document.project.schedules:
        remote = fake.state.schedules[schedule.pagerduty_id or ""]
        linked = [o.pagerduty_id for o in schedule.overrides if o.pagerduty_id]
        assert len(linked) == len(set(linked))
        assert len(remote["overrides"]) == len(linked)


def test_a_second_push_sends_no_write(
    qtbot: QtBot, sync_window: SyncWindow, project: Project, fake: FakePagerDuty, tmp_path: Path
) -> None:
    win = sync_window(project, tmp_path / "team.rotaplan")
    push_all(qtbot, win).close()
    fake.reset_counts()
    dialog = review(qtbot, win)
    assert dialog.plan.steps == ()
    assert dialog.headline.text() == "PagerDuty already matches the project."
    assert not dialog.push_button.isEnabled()
    dialog.close()
    assert fake.writes == 0
    assert fake.count("GET") > 0


def test_failures_are_explained(
    qtbot: QtBot,
    sync_window: SyncWindow,
    project: Project,
    fake: FakePagerDuty,
    tokens: MemoryTokenStore,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    win = sync_window(project, tmp_path / "team.rotaplan")
    fake.fail(429, times=1, path="/users", reset=1)
    prompts.pulls.append(PullAnswer(True, 30))
    task = win.sync.pull()
    qtbot.waitUntil(
        lambda: win.sync.busy is not None and "rate limiting" in win.sync.busy.labelText(),
        timeout=10_000,
    )
    assert re.search(r"retrying in \d+ s", win.sync.busy.labelText())  # type: ignore[union-attr]
    finish(qtbot, task)
    assert prompts.errors == []
    tokens.token = "revoked_Token"
    prompts.pulls.append(PullAnswer(True, 30))
    finish(qtbot, win.sync.pull())
    assert "did not accept the API token" in prompts.errors[-1]
    tokens.token = None
    assert win.sync.push() is None
    assert "no PagerDuty API token yet" in prompts.errors[-1]
    tokens.token = TEST_TOKEN
    fake.fail(403, times=1, path="/users")
    prompts.pulls.append(PullAnswer(True, 30))
    finish(qtbot, win.sync.pull())
    assert "not allowed to do this" in prompts.errors[-1]
    fake.stop()
    prompts.pulls.append(PullAnswer(True, 30))
    started = time.monotonic()
    task = win.sync.pull()
    assert win.sync.busy is not None
    qtbot.waitUntil(lambda: "Cannot reach PagerDuty" in win.sync.busy.labelText(), timeout=5_000)  # type: ignore[union-attr]
    errors = len(prompts.errors)
    cancel = win.sync.busy.findChild(QPushButton)  # type: ignore[union-attr]
    cancel.click()  # no need to sit through the retries
    finish(qtbot, task)
    assert time.monotonic() - started < 5
    assert len(prompts.errors) == errors
    assert win.statusBar().currentMessage() == "Stopped."
    offline = explain(
        UnreachableError("GET /users: unreachable"), AccountSettings("eu"), (TEST_TOKEN,)
    )
    assert offline.startswith("Cannot reach PagerDuty at api.eu.pagerduty.com.")


def test_send_test_event_reaches_the_events_endpoint(
    qtbot: QtBot,
    sync_window: SyncWindow,
    project: Project,
    fake: FakePagerDuty,
    prompts: ScriptedPrompts,
) -> None:
    win = sync_window(project, None)
    prompts.test_events.append(EventAnswer("R" * 32, "Is anyone there?"))
    finish(qtbot, win.sync.send_test_event())
    actions = [e["event_action"] for e in fake.state.events]
    assert actions == ["trigger", "resolve"]
    assert fake.state.events[0]["payload"]["summary"] == "Is anyone there?"
    assert not fake.state.open_alerts
    assert "accepted the test incident" in prompts.informed[-1]
    prompts.test_events.append(EventAnswer("short", "x"))
    finish(qtbot, win.sync.send_test_event())
    assert "32-character" in prompts.errors[-1]


def test_the_window_keeps_ticking_during_a_slow_push(
    qtbot: QtBot, sync_window: SyncWindow, project: Project, fake: FakePagerDuty, tmp_path: Path
) -> None:
    win = sync_window(project, tmp_path / "team.rotaplan")
    dialog = review(qtbot, win)
    fake.latency = 0.1
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    push(qtbot, win, dialog, 20_000)
    timer.stop()
    assert dialog.headline.text().startswith("Done:")
    assert len(gaps) > 20  # the push took at least half a second of ticking
    assert max(gaps) < 250  # generous for a shared machine; the benchmark measures it


def test_the_token_appears_in_no_file_or_message(
    qtbot: QtBot,
    sync_window: SyncWindow,
    project: Project,
    fake: FakePagerDuty,
    prompts: ScriptedPrompts,
    settings: Settings,
    tmp_path: Path,
) -> None:
    file = tmp_path / "team.rotaplan"
    win = sync_window(project, file)
    dialog = push_all(qtbot, win)
    shown = [dialog.headline.text(), dialog.subline.text(), dialog.status.text()]
    dialog.close()
    prompts.pulls.append(PullAnswer(False, 30))
    finish(qtbot, win.sync.pull())
    win.save()
    # A server that echoes the token in its error must not get it shown.
    fake.fail(400, path="/users", body={"error": {"message": f"bad key {TEST_TOKEN}"}})
    task = win.sync.test_connection(
        AccountSettings("custom", fake.url), TEST_TOKEN, lambda ok, t: shown.append(t)
    )
    finish(qtbot, task, 20_000)
    assert len(shown) == 4
    settings.sync()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert file in files
    assert tmp_path / "settings.ini" in files
    for path in files:
        assert TEST_TOKEN not in path.read_text(errors="replace"), path
    messages = [*shown, *(text for _, text in prompts.asked), win.statusBar().currentMessage()]
    assert "bad key •••" in shown[3]
    assert all(TEST_TOKEN not in text for text in messages)
