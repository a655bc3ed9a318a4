"""Time the iCal export of a year of the 100-schedule benchmark organisation, and an import.

Run: ``PYTHONPATH=src python benchmarks/bench_ical.py`` (one file per schedule and per person;
then the time-off import of an Outlook daily meeting over four years, 1,460 occurrences in a
Windows zone with VTIMEZONE rules from 1601).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

# synthetic.py sits beside this script: the benchmarks folder is not a package.
sys.path.insert(0, str(Path(__file__).parent))

from rotaplan.core import Person, Project, Window, instant
from rotaplan.ical import export_calendars, import_time_off
from rotaplan.store import atomic_write_text
from synthetic import synthetic_org

OUTLOOK_DAILY = Path(__file__).parents[1] / "tests/ical/fixtures/outlook_daily_4_years.ics"


def bench_outlook_import() -> None:
    """Print the best of five imports of the four-year Outlook daily meeting."""
    project = Project("Team", (Person("bob", "Bob", time_zone="Europe/Berlin"),))
    window = Window(
        instant(datetime(2026, 1, 1, tzinfo=UTC)), instant(datetime(2030, 1, 1, tzinfo=UTC))
    )
    data = OUTLOOK_DAILY.read_bytes()
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        result = import_time_off(project, "bob", data, window, source=OUTLOOK_DAILY.name)
        best = min(best, time.perf_counter() - started)
    print(
        f"iCal time-off import, Outlook daily meeting over 4 years (Windows zone): "
        f"{len(result.added)} occurrences in {best:.2f} s"
    )


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
    bench_outlook_import()


if __name__ == "__main__":
    main()
