"""``rotaplan export-ical`` and ``rotaplan import-time-off``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rotaplan.cli.common import (
    add_window_options,
    fail,
    format_span,
    load_project,
    window_for,
)
from rotaplan.core import Window, check_render_size, instant, to_datetime, zone
from rotaplan.ical import (
    HORIZON_DAYS,
    MAX_CALENDAR_BYTES,
    ExportOptions,
    IcalError,
    TimeOffFilter,
    check_calendar_size,
    export_calendars,
    import_time_off,
)
from rotaplan.store import StoreError, atomic_write_text, save

__all__ = ["register", "run_export", "run_import"]


def register(commands: Any) -> None:
    """Add the commands to the top-level parser's sub-parsers."""
    export = commands.add_parser(
        "export-ical",
        help="write iCal calendars of the final schedules",
        description=(
            "Write one calendar per schedule and one per person (their shifts across schedules). "
            "With --out FOLDER every calendar (or those named) is written there; with --out "
            "FILE.ics (or - for standard output) name exactly one --schedule or --person."
        ),
    )
    export.add_argument("file", help="project file (.rotaplan)")
    export.add_argument("--out", required=True, help="folder, .ics file, or - for stdout")
    export.add_argument(
        "--schedule", action="append", metavar="ID", help="a schedule's calendar (repeatable)"
    )
    export.add_argument(
        "--person", action="append", metavar="ID", help="a person's calendar (repeatable)"
    )
    export.add_argument(
        "--remind",
        action="append",
        type=int,
        metavar="MINUTES",
        help="add a reminder this many minutes before each shift (repeatable)",
    )
    add_window_options(export, HORIZON_DAYS)
    export.set_defaults(run=run_export)

    time_off = commands.add_parser(
        "import-time-off",
        help="add time off from an iCal file",
        description=(
            "Add one person's time off from an .ics file (Google, Outlook, Apple): every event, "
            "recurrences expanded, that overlaps the horizon --since/--until (default: today to "
            f"{HORIZON_DAYS} days ahead, in the person's zone). Events imported before (same UID "
            "and start) are not added again; events outside the horizon are counted; deviations "
            "the import tolerates are warned about on stderr. The project is saved atomically."
        ),
    )
    time_off.add_argument("file", help="project file (.rotaplan)")
    time_off.add_argument("ics", help="calendar file (.ics)")
    time_off.add_argument("--person", required=True, metavar="ID", help="whose time off it is")
    time_off.add_argument(
        "--summary",
        action="append",
        metavar="TEXT",
        help="only events whose summary contains TEXT, any case (repeatable: any of them)",
    )
    time_off.add_argument(
        "--busy-only",
        action="store_true",
        help="only events shown as busy (skip TRANSP:TRANSPARENT and Outlook's free status)",
    )
    time_off.add_argument(
        "--dry-run", action="store_true", help="show what would be added; do not save"
    )
    add_window_options(time_off, HORIZON_DAYS)
    time_off.set_defaults(run=run_import)


def _window_spec(args: argparse.Namespace) -> Callable[[str], Window]:
    cache: dict[str, Window] = {}

    def window_in(time_zone: str) -> Window:
        if time_zone not in cache:
            cache[time_zone] = window_for(args, zone(time_zone))
        return cache[time_zone]

    return window_in


def _check_ids(kind: str, ids: list[str], known: Any) -> None:
    for object_id in ids:
        if object_id not in known:
            names = ", ".join(known) or "none"
            fail(f"--{kind}: no {kind} {object_id!r} in the project (known: {names})")


def run_export(args: argparse.Namespace) -> int:
    """Write the calendars."""
    project = load_project(args.file)
    schedules: list[str] = args.schedule or []
    people: list[str] = args.person or []
    _check_ids("schedule", schedules, project.schedules_by_id)
    _check_ids("person", people, project.people_by_id)
    out: str = args.out
    folder = out != "-" and (Path(out).is_dir() or out.endswith(("/", os.sep)))
    if not folder and len(schedules) + len(people) != 1:
        fail(
            f"--out {out}: a single file holds one calendar: name one --schedule or --person, "
            "or give a folder for several"
        )
    window_in = _window_spec(args)
    for time_zone in {s.time_zone for s in project.schedules} | {
        p.time_zone for p in project.people
    }:
        window_in(time_zone)  # report a bad --since/--until before any work
    check_render_size((s, window_in(s.time_zone)) for s in project.schedules)
    named = bool(schedules or people)
    try:
        files = export_calendars(
            project,
            window_in,
            datetime.now(UTC),
            schedules=schedules if named else None,
            people=people if named else None,
            options=ExportOptions(remind_minutes=tuple(args.remind or ())),
        )
    except IcalError as error:
        fail(str(error))
    if out == "-":
        sys.stdout.write(next(iter(files.values())).replace("\r\n", "\n"))
        return 0
    try:
        if folder:
            target = Path(out)
            try:
                target.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                fail(f"--out {out}: cannot create the folder ({error.strerror})")
            for name, text in files.items():
                atomic_write_text(target / name, text, keep_backup=False)
            print(f"Wrote {len(files)} calendars to {target}")
        else:
            atomic_write_text(Path(out), next(iter(files.values())), keep_backup=False)
            print(f"Wrote {out}")
    except StoreError as error:
        fail(str(error))
    return 0


def _read_calendar(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            check_calendar_size(os.fstat(handle.fileno()).st_size, path)
            # Never more than the limit, even if the file grows while it is read.
            return handle.read(MAX_CALENDAR_BYTES + 1)
    except IcalError as error:
        fail(str(error))
    except FileNotFoundError:
        fail(f"{path}: no such file")
    except IsADirectoryError:
        fail(f"{path}: is a folder, not a calendar file")
    except OSError as error:
        fail(f"{path}: cannot read ({error.strerror})")


def run_import(args: argparse.Namespace) -> int:
    """Add the time off and save the project."""
    project = load_project(args.file)
    person = project.people_by_id.get(args.person)
    if person is None:
        known = ", ".join(project.people_by_id) or "none"
        fail(f"--person: no person {args.person!r} in the project (known: {known})")
    tz = zone(person.time_zone)
    window = window_for(args, tz)
    data = _read_calendar(args.ics)
    try:
        result = import_time_off(
            project,
            person.id,
            data,
            window,
            source=args.ics,
            time_filter=TimeOffFilter(tuple(args.summary or ()), args.busy_only),
        )
    except IcalError as error:
        fail(str(error))
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.added and not args.dry_run:
        try:
            save(result.project, args.file)
        except StoreError as error:
            fail(str(error))
    verb = "Would add" if args.dry_run else "Added"
    counts = [f"{result.duplicates} already imported"]
    if result.filtered:
        counts.append(f"{result.filtered} left out by the filter")
    if result.skipped:
        counts.append(f"{result.skipped} cancelled or empty")
    print(
        f"{verb} {len(result.added)} time-off entries for {person.name} from {args.ics} "
        f"({', '.join(counts)}); horizon {format_span(window.start, window.end, tz)}"
    )
    for entry in result.added:
        span = format_span(instant(entry.start), instant(entry.end), tz)
        print(f"  {span:<44} {entry.note}")
    for count, where, bound, option in (
        (result.before, "before", window.start, "--since"),
        (result.after, "after", window.end, "--until"),
    ):
        if count:
            day = to_datetime(bound, tz).date().isoformat()
            events = "1 event" if count == 1 else f"{count} events"
            verb = "was" if count == 1 else "were"
            print(f"{events} {where} {day} {verb} skipped; use {option}")
    return 0
