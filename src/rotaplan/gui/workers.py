"""Slow work (network, files) off the GUI thread: a task on a QThreadPool with Qt signals.

A job is a plain function ``job(progress, cancelled) -> result``: it may call ``progress(value)``
as it goes and should stop early when ``cancelled()`` turns true. The task's signals arrive in the
GUI thread, so slots may touch widgets. A job starts when the event loop next runs, so connect to
the task's signals right after ``start``.

The outcome crosses threads once: the GUI thread then emits ``finished`` or ``failed`` and, when
every slot of it has returned, ``ended``. So ``ended`` means the result has been handled and
shown; tests wait for it with ``qtbot.waitSignal(task.ended)``.
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
    """One job running in the background; ``done`` turns true as it emits ``ended``."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()
    # Worker thread -> GUI thread. A signal sent from another thread queues one event per slot,
    # and the GUI thread may run the first slot before the next event is queued; one hop to
    # ``_deliver`` keeps the slots of ``finished``/``failed`` together, in order, before ``ended``.
    _reported = Signal(bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False
        self._reported.connect(self._deliver)

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    def _deliver(self, ok: bool, value: object) -> None:
        try:
            (self.finished if ok else self.failed).emit(value)
        finally:
            self.done = True
            self.ended.emit()


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
            ok, value = False, error
        else:
            ok, value = True, result
        # The task is gone when its window closed during the job: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            task._reported.emit(ok, value)


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

        task.ended.connect(lambda: self._running.discard(task))
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
        """How many tasks have not emitted ``ended`` yet."""
        return len(self._running)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every job ended (for shutting down and tests)."""
        self._launch()
        return self._pool.waitForDone(milliseconds)
