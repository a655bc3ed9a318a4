"""Time the iCal export of a year of the 100-schedule benchmark organisation.

Run: ``PYTHONPATH=src python benchmarks/bench_ical.py`` (one file per schedule and per person).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

# synthetic.py sits beside this script: the benchmarks folder is not a package.
sys.path.insert(0, str(Path(__file__).parent))

from rotaplan.core import Window, instant
from rotaplan.ical import export_calendars
from rotaplan.store import atomic_write_text
from synthetic import synthetic_org


def main() -> None:
    """Print the time to export and to write every calendar."""
    project = synthetic_org()
    window = Window(
        instant(datetime(2026, 1, 1, tzinfo=UTC)), instant(datetime(2027, 1, 1, tzinfo=UTC))
    )
    now = datetime(2026, 1, 1, tzinfo=UTC)
    best_export = best_total = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        files = export_calendars(project, window, now)
        exported = time.perf_counter()
        with tempfile.TemporaryDirectory() as folder:
            for name, text in files.items():
                atomic_write_text(Path(folder) / name, text, keep_backup=False)
        written = time.perf_counter()
        best_export = min(best_export, exported - started)
        best_total = min(best_total, written - started)
    events = sum(text.count("BEGIN:VEVENT") for text in files.values())
    size = sum(len(text.encode("utf-8")) for text in files.values())
    print(
        f"iCal export, 1 year, {len(project.schedules)} schedules + {len(project.people)} people:"
        f" {len(files)} files, {events} events, {size / 1e6:.1f} MB"
    )
    print(f"  export (render + text): {best_export:.2f} s   with writing files: {best_total:.2f} s")


if __name__ == "__main__":
    main()
