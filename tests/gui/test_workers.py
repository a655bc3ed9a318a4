"""Background tasks report results, failures and progress in the GUI thread, and can stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from rotaplan.gui.workers import Task, Workers


def test_result_and_progress_arrive_in_the_gui_thread(qtbot: QtBot) -> None:
    workers = Workers()
    seen: list[tuple[object, bool]] = []
    gui = QThread.currentThread()

    def job(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> str:
        assert threading.current_thread() is not threading.main_thread()
        for step in range(3):
            progress(step)
        return "done"

    task = workers.start(job)
    task.progressed.connect(lambda value: seen.append((value, QThread.currentThread() is gui)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    assert seen == [(0, True), (1, True), (2, True)]  # progress arrives before the result
    assert workers.running() == 0
    assert workers.wait()


def test_failure_is_reported_not_raised(qtbot: QtBot) -> None:
    workers = Workers()

    def job(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> None:
        raise ValueError("offline")

    task = workers.start(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    assert str(blocker.args[0]) == "offline"
    assert workers.wait()


def test_cancel_stops_a_long_job(qtbot: QtBot) -> None:
    workers = Workers()
    started = threading.Event()

    def job(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> str:
        started.set()
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return "cancelled" if cancelled() else "timed out"

    task = workers.start(job)
    qtbot.waitUntil(started.is_set, timeout=5000)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["cancelled"]
    assert workers.wait()


def test_ended_comes_after_every_slot_of_the_outcome(qtbot: QtBot) -> None:
    workers = Workers()

    def job(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> int:
        progress("half way")
        return 7

    def broken(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> int:
        raise ValueError("offline")

    # Many short jobs: a result that reached one slot but not yet the next would show up here.
    for index in range(40):
        task = workers.start(broken if index % 2 else job)
        heard: list[tuple[str, bool, int]] = []

        def hear(name: str, task: Task = task, heard: list[tuple[str, bool, int]] = heard) -> None:
            heard.append((name, task.done, workers.running()))

        task.progressed.connect(lambda _value, hear=hear: hear("progress"))
        for name in ("first", "second"):
            task.finished.connect(lambda _value, hear=hear, name=name: hear(name))
            task.failed.connect(lambda _error, hear=hear, name=name: hear(name))
        task.ended.connect(lambda hear=hear: hear("ended"))
        with qtbot.waitSignal(task.ended, timeout=5000):
            pass
        # Until its slots returned the task is running and not done; then it is both at once.
        outcome = [("first", False, 1), ("second", False, 1), ("ended", True, 0)]
        assert heard == (outcome if index % 2 else [("progress", False, 1), *outcome])
    assert workers.wait()
