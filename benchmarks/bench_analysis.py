"""Time the analyses over the 100-schedule benchmark organisation for a year (core time).

Run: PYTHONPATH=src python benchmarks/bench_analysis.py

Rendering (``plan``) is timed separately; each analysis then runs on a fresh plan that shares the
renders, so a cached result of one analysis never helps another. ``simulate sweep`` simulates an
incident every 15 minutes of one week on each of the 50 policies (no acknowledgement).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rotaplan.core import (
    MINUTE,
    Analysis,
    Plan,
    Project,
    RenderCache,
    Window,
    analyse,
    instant,
    plan,
    simulate_sweep,
)
from rotaplan.store import loads
from rotaplan.store.demo import demo_text
from synthetic import synthetic_org

YEAR = Window(instant(datetime(2026, 1, 1, tzinfo=UTC)), instant(datetime(2027, 1, 1, tzinfo=UTC)))
DEMO_WINDOW = Window(
    instant(datetime(2026, 11, 30, tzinfo=UTC)), instant(datetime(2027, 1, 4, tzinfo=UTC))
)


def timed(label: str, action: Callable[[], object], repeat: int = 1) -> float:
    """Run ``action`` ``repeat`` times and print the best process time."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    print(f"{label:<44} {best * 1000:9.1f} ms")
    return best


def fresh(source: Plan) -> Analysis:
    """An analysis sharing the renders of ``source`` but none of its cached results."""
    cache = RenderCache.of(source.project, source.window, source.renders)
    return analyse(source.project, source.window, source.settings, renders=cache)


def sweep(project_plan: Plan) -> int:
    """Simulate an incident every 15 minutes of the first week on every policy."""
    times = [YEAR.start + i * 15 * MINUTE for i in range(7 * 24 * 4)]
    return sum(
        len(simulate_sweep(project_plan, policy.id, times, horizon_minutes=120))
        for policy in project_plan.project.escalation_policies
    )


def main() -> None:
    """Print the timings."""
    project = synthetic_org()
    # Warm the caches that every run pays once (holiday tables, zone data).
    _ = plan(project, YEAR).fairness
    base = plan(project, YEAR)
    print("100 schedules, 300 people, 50 policies, one year (process time, best of 3)")
    timed("plan: render every schedule", lambda: plan(project, YEAR), 3)
    timed("per-person spans (shared by check/report)", lambda: fresh(base).shifts, 3)
    timed("check: problems (incl. per-person spans)", lambda: fresh(base).problems, 3)
    timed("report: fairness (incl. per-person spans)", lambda: fresh(base).fairness, 3)
    timed("coverage of all 50 policies", lambda: fresh(base).coverage, 3)
    timed("simulate sweep: 50 policies x 672 incidents", lambda: sweep(base), 1)
    print(f"problems found: {len(base.problems)}")

    demo = loads(demo_text())
    _ = plan(demo, DEMO_WINDOW).problems
    print("\nDemo project, 5-week window (what the GUI does on every edit)")
    timed("plan + problems + fairness + coverage", lambda: _everything(demo, DEMO_WINDOW), 5)


def _everything(project: Project, window: Window) -> None:
    result = plan(project, window)
    _ = (result.problems, result.fairness, result.coverage)


if __name__ == "__main__":
    main()
