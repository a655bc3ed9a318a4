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
- schedule view: one synthetic schedule with its layers, overrides and final row over a week.
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


def main() -> None:
    """Print every measurement."""
    os.chdir(Path(__file__).resolve().parents[1])
    sys.path.insert(0, str(Path.cwd()))
    times = cold_start()
    print(f"cold start to a painted window (demo project): {_ms(times)} over {len(times)} runs")
    paints()


if __name__ == "__main__":
    main()
