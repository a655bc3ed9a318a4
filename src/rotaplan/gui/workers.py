"""Slow work (network, files) off the GUI thread: a task on a QThreadPool with Qt signals.

A job is a plain function ``job(progress, cancelled) -> result``: it may call ``progress(value)``
as it goes and should stop early when ``cancelled()`` turns true. The task's signals arrive in the
GUI thread (queued), so slots may touch widgets; tests wait with ``qtbot.waitSignal``. A job
starts when the event loop next runs, so connect to the task's signals right after ``start``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

__all__ = ["Job", "Task", "Workers"]

Job = Callable[[Callable[[object], None], Callable[[], bool]], Any]


class Task(QObject):
    """One job running in the background."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, job: Job) -> None:
        super().__init__()
        self._task = task
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self._task
        try:
            result = self._job(task.progressed.emit, task.is_cancelled)
        except Exception as error:  # every failure is reported to the GUI
            signal, value = task.failed, error
        else:
            signal, value = task.finished, result
        # The task is gone when its window closed during the job: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Workers(QObject):
    """Starts jobs on a thread pool and keeps their tasks alive until they end."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._running: set[Task] = set()
        self._pending: list[_Runnable] = []

    def start(self, job: Job) -> Task:
        """Run ``job`` in the background; connect to the returned task's signals."""
        task = Task(self)
        self._running.add(task)

        def forget(_: object) -> None:
            task.done = True
            self._running.discard(task)

        task.finished.connect(forget)
        task.failed.connect(forget)
        # Start on the next turn of the event loop: signals emitted by another thread reach only
        # the slots connected at that moment, and the caller connects right after this returns.
        self._pending.append(_Runnable(task, job))
        QTimer.singleShot(0, self, self._launch)
        return task

    def _launch(self) -> None:
        pending, self._pending = self._pending, []
        for runnable in pending:
            self._pool.start(runnable)

    def running(self) -> int:
        """How many tasks have not ended yet."""
        return len(self._running)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every job ended (for shutting down and tests)."""
        self._launch()
        return self._pool.waitForDone(milliseconds)
