"""The analyses of the visible horizon (problems, fairness), kept up to date as the plan changes.

One ``Analysis`` of the project over the timeline's visible window feeds every panel. A small
project is analysed on the next turn of the event loop, so several changes of one user action (an
edit that also switches the view) cost one analysis. Once an analysis takes longer than the frame
budget, the next ones run on a worker thread after a short debounce; changes that arrive while a
run is busy are coalesced into one more run, and only the result of the latest request is shown.
Renders of schedules that did not change are reused while the window stays the same.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from rotaplan.core import Analysis, Project, RenderCache, Window, analyse
from rotaplan.gui.workers import Task, Workers

__all__ = ["LiveAnalysis"]


def _timed(project: Project, window: Window, cache: RenderCache) -> tuple[Analysis, float]:
    """The analysis with its problems and fairness computed, and how long that took."""
    began = time.perf_counter()
    result = analyse(project, window, renders=cache)
    _ = (result.problems, result.fairness)
    return result, time.perf_counter() - began


class LiveAnalysis(QObject):
    """Analyses the project over a window whenever either changes; emits ``updated(plan)``."""

    updated = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        project: Project,
        window: Window,
        workers: Workers | None = None,
        parent: QObject | None = None,
        budget_ms: float = 40.0,
        debounce_ms: int = 30,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._window = window
        self._workers = workers or Workers(parent=self)
        self._budget = budget_ms / 1000
        self._debounce = debounce_ms
        self._generation = 0
        self._task: Task | None = None
        self._again = False
        self._last: Analysis | None = None
        # The first run pays one-time costs (holiday calendars, zone tables): it runs in the
        # background so the window paints first, and its time does not choose the mode.
        self.background = True
        self._warm = False
        self.plan: Analysis | None = None
        self.last_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        if start:
            self._timer.start(0)

    def start(self) -> None:
        """Run the first analysis (when built with ``start=False``)."""
        if self.plan is None and not self.busy():
            self._request()

    @property
    def project(self) -> Project:
        """The project last asked for."""
        return self._project

    @property
    def window(self) -> Window:
        """The window last asked for."""
        return self._window

    def busy(self) -> bool:
        """Whether a newer result is on its way."""
        return self._timer.isActive() or self._task is not None

    def set_project(self, project: Project) -> None:
        """Analyse ``project`` (soon)."""
        if project is not self._project:
            self._project = project
            self._request()

    def set_window(self, window: Window) -> None:
        """Analyse over ``window`` (soon)."""
        if window != self._window:
            self._window = window
            self._request()

    def refresh_now(self) -> None:
        """Analyse right away on this thread (tools, screenshots and benchmarks)."""
        self._timer.stop()
        self._generation += 1
        result, seconds = _timed(self._project, self._window, self._cached())
        self._accept(result, seconds, self._generation)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until a background run has ended (shutting down, tests)."""
        return self._workers.wait(milliseconds)

    def _request(self) -> None:
        self._generation += 1
        self._timer.start(self._debounce if self.background else 0)

    def _cached(self) -> RenderCache:
        # A cache of its own for each run, so a run on a worker shares nothing mutable.
        last = self._last
        if last is None or last.window != self._window:
            return RenderCache(chunk=None)
        return RenderCache.of(last.project, last.window, last.renders)

    def _run(self) -> None:
        if self._task is not None:
            self._again = True
            return
        project, window, generation = self._project, self._window, self._generation
        cached = self._cached()
        if not self.background:
            try:
                result, seconds = _timed(project, window, cached)
            except Exception as error:  # a bug in an analysis must not take the window down
                self.failed.emit(str(error))
                return
            self._accept(result, seconds, generation)
            return
        task = self._workers.start(lambda _progress, _cancelled: _timed(project, window, cached))
        self._task = task
        task.finished.connect(lambda answer: self._finished(task, answer, generation))
        task.failed.connect(lambda error: self._failed(task, error))

    def _finished(self, task: Task, answer: tuple[Analysis, float], generation: int) -> None:
        if task is not self._task:
            return
        self._task = None
        self._accept(answer[0], answer[1], generation)
        if self._again:
            self._again = False
            if generation != self._generation and not self._timer.isActive():
                self._run()

    def _failed(self, task: Task, error: object) -> None:
        if task is self._task:
            self._task = None
            self.failed.emit(str(error))

    def _accept(self, result: Analysis, seconds: float, generation: int) -> None:
        self.last_seconds = seconds
        self.background = seconds > self._budget if self._warm else False
        self._warm = True
        self._last = result
        if generation == self._generation:
            self.plan = result
            self.updated.emit(result)
