"""GUI timings: cold start to a painted window, and timeline paints of 20 schedules.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src:. python benchmarks/bench_gui.py

- cold start: a fresh interpreter imports the app, builds the window on the demo project and
  paints the timeline once (median of 5 runs, from process launch to the first painted frame);
- paint: the "all schedules" view of the synthetic organisation's first 20 schedules over a
  4-week window at 1600 x 900: the first paint (renders computed), a paint of the rows with the
  renders cached, and a repaint that only blits the cached layer and draws the overlays;
- scroll step: a 4-day step and a repaint, with the event loop running in between (as between
  key presses), so chunks beyond the margin are prefetched in idle time;
- schedule view: one synthetic schedule with its layers, overrides and final row over a week;
- panels: from an edit (one undo command that changes one schedule's overrides) to the Problems
  and Fairness panels showing the new analysis of the visible window, event loop running, on the
  demo project (one week) and on the 100-schedule organisation (one week and four weeks; there
  the analysis runs on a worker thread after a 30 ms debounce).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_CHILD = """
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from rotaplan.gui.app import create_window
from rotaplan.gui.settings import Settings
from rotaplan.store.demo import demo_project

app = QApplication(sys.argv[:1])
folder = Path(sys.argv[1])
settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
window = create_window(demo_project(), None, settings, folder / "recovery")

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
            watched.removeEventFilter(self)
        return False

spy = Painted()
window.timeline.viewport().installEventFilter(spy)
window.show()
app.exec()
"""


def cold_start(runs: int = 5) -> list[float]:
    """Seconds from launching a fresh interpreter to the first painted timeline."""
    times = []
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(["src", os.environ.get("PYTHONPATH", "")]))
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            began = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, folder],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            elapsed = time.perf_counter() - began
            if "painted" not in out.stdout:
                raise RuntimeError(out.stderr)
            times.append(elapsed)
    return times


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"


def paints() -> None:
    """Paint timings of the timeline widget."""
    from benchmarks.synthetic import synthetic_org
    from PySide6.QtWidgets import QApplication

    from rotaplan.core import DAY
    from rotaplan.gui.timeline import TimelineView
    from rotaplan.gui.timeline.rows import Mode

    app = QApplication.instance() or QApplication(sys.argv[:1])
    full = synthetic_org()
    project = full.__class__(full.name, full.people, full.schedules[:20], (), full.time_off)
    now = datetime(2026, 6, 3, 13, 30, tzinfo=UTC)
    view = TimelineView(project, lambda: now)
    view.resize(1600, 900)
    view.set_mode(Mode.ALL)
    view.set_view(view.local_midnight(date(2026, 6, 1)), 28 * DAY)
    view.show()
    app.processEvents()
    view.render_cache.clear()  # measure the first paint with nothing rendered yet
    view._rows_key = None
    began = time.perf_counter()
    view.viewport().repaint()
    first = time.perf_counter() - began
    full_paint = []
    for _ in range(50):
        view._static_key = None  # repaint the rows, not just the cached layer
        began = time.perf_counter()
        view.viewport().repaint()
        full_paint.append(time.perf_counter() - began)
    overlay = []
    for _ in range(50):
        began = time.perf_counter()
        view.viewport().repaint()
        overlay.append(time.perf_counter() - began)
    steps = []
    for _ in range(56):
        began = time.perf_counter()
        view.scroll_by(4 * DAY)
        view.viewport().repaint()
        steps.append(time.perf_counter() - began)
        app.processEvents()  # idle time between steps: the next chunks are prefetched
    print("all schedules view, 20 schedules, 4 weeks, 1600 x 900:")
    print(
        f"  first paint (core renders of the 12-week fetch window included): {first * 1000:.1f} ms"
    )
    print(f"  paint of the rows (renders cached): {_ms(full_paint)}")
    print(f"  repaint with nothing changed (hover, drag preview, now line): {_ms(overlay)}")
    print(
        f"  scroll step (4 days) + paint, renders included when the margin runs out: {_ms(steps)}"
    )
    view.set_mode(Mode.SCHEDULE, project.schedules[0].id)
    view.set_view(view.local_midnight(date(2026, 6, 1)), 7 * DAY)
    view.viewport().repaint()
    single = []
    for _ in range(50):
        view._static_key = None
        began = time.perf_counter()
        view.viewport().repaint()
        single.append(time.perf_counter() - began)
    print(f"schedule view (3 layers, overrides, final), 1 week: paint {_ms(single)}")
    view.close()


def _edit_latency(project: object, now: datetime, days: int, edits: int) -> list[float]:
    """Seconds from each edit to both panels holding its analysis (the window's own wiring)."""
    import dataclasses

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from rotaplan.gui.app import create_window
    from rotaplan.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    times = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window = create_window(project, None, settings, folder / "recovery", lambda: now)
        window.resize(1440, 860)
        window.show()
        window.set_span_days(days)
        window.go_today()
        panels = window.panels
        loop = QEventLoop()
        done = []

        def shown(result: object) -> None:
            if result is not None and getattr(result, "project", None) is window.document.project:
                panels.problems.repaint()
                done.append(time.perf_counter())
                loop.quit()

        panels.analysis.updated.connect(shown)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()  # the first analysis (holiday calendars, zone tables)
        for number in range(edits + 2):
            current = window.document.project
            editable = [s for s in current.schedules if s.overrides]
            schedule = editable[number % len(editable)]
            override = schedule.overrides[0]
            people = [p.id for p in current.people]
            other = people[(people.index(override.person) + 1) % len(people)]
            changed = dataclasses.replace(
                schedule,
                overrides=(dataclasses.replace(override, person=other), *schedule.overrides[1:]),
            )
            edited = dataclasses.replace(
                current,
                schedules=tuple(changed if s.id == changed.id else s for s in current.schedules),
            )
            done.clear()
            began = time.perf_counter()
            window.document.apply(edited, "Change override person")
            if not done:
                loop.exec()
            if number >= 2:  # the first edits settle the inline/background choice
                times.append(done[0] - began)
            app.processEvents()
        panels.wait()
        window.document.undo_stack.setClean()  # close without asking about the edits
        window.close()
    return times


def panels() -> None:
    """Edit-to-panels latency on the demo and on the 100-schedule organisation."""
    from benchmarks.synthetic import synthetic_org

    from rotaplan.store.demo import demo_project

    demo_now = datetime(2026, 12, 2, 13, 30, tzinfo=UTC)
    demo = _edit_latency(demo_project(date(2026, 11, 30)), demo_now, 7, 30)
    print(f"panels after an edit, demo project, one week: {_ms(demo)}")
    org_now = datetime(2026, 6, 3, 13, 30, tzinfo=UTC)
    for days in (7, 28):
        org = _edit_latency(synthetic_org(), org_now, days, 10)
        print(f"panels after an edit, 100 schedules, {days} days (worker thread): {_ms(org)}")


def main() -> None:
    """Print every measurement."""
    os.chdir(Path(__file__).resolve().parents[1])
    sys.path.insert(0, str(Path.cwd()))
    times = cold_start()
    print(f"cold start to a painted window (demo project): {_ms(times)} over {len(times)} runs")
    paints()
    panels()


if __name__ == "__main__":
    main()
