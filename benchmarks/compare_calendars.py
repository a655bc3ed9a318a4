"""Import every .ics file of some folders and compare with the reference libraries' expansion.

Run: ``PYTHONPATH=src python benchmarks/compare_calendars.py FOLDER...`` (for instance the
test-calendar folders of icalendar, recurring-ical-events and x-wr-timezone). For each calendar,
the reference is icalendar + x_wr_timezone + recurring_ical_events, expanded over three years from
the calendar's first start; Rotaplan's import must then give the same occurrences (cancelled and
zero-length ones aside, which it skips by design), refuse the file with a one-line message, or
import it with warnings. Anything else (a traceback, a mismatch, a hang) is listed. Each file runs
in a child process with a time limit. Exit status 1 when a traceback or a mismatch was found.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

TIMEOUT_SECONDS = 30.0
YEARS = 3

Span = tuple[int, int, str | None]


def _instant(value: Any) -> int:
    from rotaplan.core import instant

    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return instant(value if value.tzinfo else value.replace(tzinfo=UTC))


def _first_year(data: bytes) -> int:
    """The year of the calendar's earliest DTSTART (2026 when none can be read)."""
    import icalendar

    years = []
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        try:
            start = event.start
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if isinstance(start, date):
            years.append(start.year)
    return max(1900, min(years)) if years else 2026


def _reference(data: bytes, since: datetime, until: datetime) -> list[Span]:
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    calendar = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(data))
    spans = []
    for occurrence in recurring_ical_events.of(calendar).between(since, until):
        if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start, end = _instant(occurrence.start), _instant(occurrence.end)
        if end > start:
            uid = str(occurrence.get("UID", "")).strip() or None
            spans.append((start, end, uid))
    return sorted(spans, key=lambda s: (s[0], s[1], s[2] or ""))


def _rotaplan(data: bytes, since: datetime, until: datetime) -> tuple[list[Span], tuple[str, ...]]:
    from rotaplan.core import Person, Window, instant
    from rotaplan.ical import ImportLimits
    from rotaplan.ical.timeoff import read_time_off

    reading = read_time_off(
        data,
        Person("p", "P", time_zone="UTC"),
        Window(instant(since), instant(until)),
        source="calendar",
        limits=ImportLimits(max_occurrences=20_000, time_limit=10.0),
    )
    spans = []
    for entry in reading.entries:
        uid = None if (entry.uid or "").startswith("rotaplan-") else entry.uid
        spans.append((instant(entry.start), instant(entry.end), uid))
    return sorted(spans, key=lambda s: (s[0], s[1], s[2] or "")), reading.warnings


def check(path: Path) -> tuple[str, str]:
    """(outcome, detail) for one calendar file."""
    from rotaplan.ical import CalendarFileError

    data = path.read_bytes()
    try:
        year = _first_year(data)
        since = datetime(year, 1, 1, tzinfo=UTC)
        until = datetime(year + YEARS, 1, 1, tzinfo=UTC)
        expected: list[Span] | None = _reference(data, since, until)
        why = ""
    except Exception as error:  # any failure of the reference marks the file invalid
        expected, why = None, f"{type(error).__name__}: {' '.join(str(error).split())[:100]}"
        since, until = datetime(2026, 1, 1, tzinfo=UTC), datetime(2029, 1, 1, tzinfo=UTC)
    try:
        got, warnings = _rotaplan(data, since, until)
    except CalendarFileError as error:
        message = str(error)
        if "\n" in message:
            return "bug", f"a message of several lines: {message!r}"
        return ("refused-invalid" if expected is None else "refused-valid"), message
    except Exception:  # a traceback is what this script looks for
        return "bug", traceback.format_exc(limit=4).strip().splitlines()[-1]
    note = f" ({len(warnings)} warnings)" if warnings else ""
    if expected is None:
        return "imported-invalid", f"{len(got)} occurrences{note}; reference: {why}"
    if got != expected:
        missing = len(set(expected) - set(got))
        extra = len(set(got) - set(expected))
        return "mismatch", f"{len(got)} vs {len(expected)} (missing {missing}, extra {extra})"
    return "same", f"{len(got)} occurrences{note}"


def _child(path: Path, queue: Any) -> None:
    queue.put(check(path))


def run(path: Path) -> tuple[str, str]:
    """``check(path)`` in a child process that is stopped after ``TIMEOUT_SECONDS``."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child, args=(path, queue))
    child.start()
    child.join(TIMEOUT_SECONDS)
    if child.is_alive():
        child.terminate()
        child.join()
        return "timeout", f"more than {TIMEOUT_SECONDS:.0f} s"
    return queue.get() if not queue.empty() else ("bug", f"the child exited {child.exitcode}")


def main(folders: list[str]) -> int:
    """Check every .ics file under the folders; print counts, then every file that is not fine."""
    files = sorted(p for folder in folders for p in Path(folder).rglob("*.ics"))
    outcomes: Counter[str] = Counter()
    listed = ("bug", "mismatch", "timeout", "refused-valid", "imported-invalid", "refused-invalid")
    details: dict[str, list[str]] = {kind: [] for kind in listed}
    for path in files:
        outcome, detail = run(path)
        outcomes[outcome] += 1
        if outcome in details:
            details[outcome].append(f"  {path}: {detail}")
    print(f"{len(files)} calendars: " + ", ".join(f"{n} {k}" for k, n in outcomes.most_common()))
    for kind in listed:
        if details[kind]:
            print(f"{kind}:")
            print("\n".join(details[kind]))
    return 1 if outcomes["bug"] or outcomes["mismatch"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
