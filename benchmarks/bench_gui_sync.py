"""GUI-thread stalls while the window pulls from and pushes to a slow PagerDuty.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src:. python benchmarks/bench_gui_sync.py [--latency 0.2]

The fake PagerDuty (tests/fakes/pagerduty.py) answers every request after ``--latency`` seconds.
A QTimer ticks every 10 ms on the GUI thread and records the largest gap between ticks while the
window (1) pulls the account into a new project, (2) plans a push of the demo project, shows the
review and (3) applies the push with its progress bar. A gap over 100 ms is a visible stall.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from tests.fakes.pagerduty import TEST_TOKEN, FakePagerDuty
from tests.gui.fakes import MemoryTokenStore, ScriptedPrompts

from rotaplan.gui.app import create_window
from rotaplan.gui.settings import Settings
from rotaplan.gui.sync.account import AccountSettings, save_account
from rotaplan.gui.sync.dialogs import PullAnswer
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.gui.workers import Task
from rotaplan.pagerduty.sync import utc_now
from rotaplan.store.demo import demo_project


class GapMeter:
    """A 10 ms timer on the GUI thread that remembers the largest gap between its ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.gaps: list[int] = []

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps = []
        self.clock.start()
        self.last = 0
        self.timer.start(10)

    def stop(self) -> tuple[int, int, float]:
        """Largest gap (ms), ticks, seconds measured."""
        self.timer.stop()
        return max(self.gaps, default=0), len(self.gaps), self.clock.elapsed() / 1000


def run_until(app: QApplication, done: Callable[[], bool], timeout: float = 600) -> None:
    """Spin the event loop until ``done()``."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the workflow did not finish")
        app.processEvents()
        time.sleep(0.001)


def measure(
    app: QApplication,
    meter: GapMeter,
    name: str,
    action: Callable[[], None],
    done: Callable[[], bool],
) -> None:
    meter.start()
    action()
    run_until(app, done)
    gap, ticks, seconds = meter.stop()
    print(f"{name:<52} {seconds:6.1f} s  {ticks:5d} ticks  largest gap {gap:4d} ms")


def main() -> int:
    """Pull, review and push against the fake; print the largest GUI-thread gaps."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.2)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    project = demo_project()
    meter = GapMeter()
    with tempfile.TemporaryDirectory() as temp, FakePagerDuty(TEST_TOKEN) as fake:
        folder = Path(temp)
        for person in project.people:
            fake.add_user(person.name, person.email, person.time_zone)
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        save_account(settings, AccountSettings("custom", fake.url))
        prompts = ScriptedPrompts()
        win: MainWindow = create_window(
            project,
            None,
            settings,
            folder / "recovery",
            utc_now,
            prompts,
            MemoryTokenStore(TEST_TOKEN),
        )
        win.resize(1440, 860)
        win.show()
        app.processEvents()
        win.document.save(folder / "team.rotaplan")
        fake.latency = args.latency
        print(f"fake PagerDuty latency {args.latency * 1000:.0f} ms per request; demo project")
        measure(
            app,
            meter,
            "plan the push (read the account) + show the review",
            win.sync.push,
            lambda: win.sync.push_dialog is not None,
        )
        dialog = win.sync.push_dialog
        assert dialog is not None
        steps = len(dialog.plan.steps)
        fake.reset_counts()
        measure(
            app,
            meter,
            f"push {steps} steps with progress, save, apply to the document",
            dialog.push_button.click,
            lambda: dialog.finished_push,
        )
        print(f"  ({len(fake.requests)} requests; {dialog.headline.text()})")
        dialog.close()
        prompts.pulls.append(PullAnswer(new_project=True, days=90))
        fake.reset_counts()
        pulls: list[Task | None] = []
        measure(
            app,
            meter,
            "pull the account into a new project",
            lambda: pulls.append(win.sync.pull()),
            lambda: all(task is not None and task.done for task in pulls),
        )
        print(
            f"  ({len(fake.requests)} requests; {len(win.document.project.schedules)} "
            "schedules pulled)"
        )
        assert not prompts.errors, prompts.errors
        win.sync.stop()
        win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
