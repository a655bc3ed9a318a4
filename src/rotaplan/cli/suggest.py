"""``rotaplan suggest``: who should cover an interval of a schedule, and why."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rotaplan.cli.analysis_common import hours, parse_time, plan_for
from rotaplan.cli.common import fail, iso, load_project, print_json, window_for
from rotaplan.core import (
    AnalysisError,
    Project,
    Suggestions,
    Window,
    apply_suggestion,
    cover_window,
    suggest_cover,
    zone,
)
from rotaplan.store import StoreError, save

__all__ = ["register", "suggestions_json"]


def register(commands: Any) -> None:
    """Add ``suggest`` to the top-level parser's sub-parsers."""
    sug = commands.add_parser(
        "suggest",
        help="ranked people to cover an interval of a schedule",
        description=(
            "Rank who could cover [START, END) of a schedule: never someone on time off or on "
            "call elsewhere then; most rest around the interval, fewest hours in the window, "
            "daytime in their zone and rotation members first. Times without an offset are "
            "read in the schedule's zone. The window (for hours and rest) defaults to 14 days "
            "either side of the interval."
        ),
    )
    sug.add_argument("file", help="project file (.rotaplan)")
    sug.add_argument("--schedule", required=True, metavar="ID", help="schedule id")
    sug.add_argument("--start", required=True, metavar="T", help="start (ISO date/time)")
    sug.add_argument("--end", required=True, metavar="T", help="end (ISO date/time)")
    sug.add_argument("--since", help="window start: ISO date or datetime")
    sug.add_argument("--until", help="window end: ISO date or datetime")
    sug.add_argument(
        "--apply",
        metavar="PERSON",
        help="add an override giving the interval to PERSON and save FILE",
    )
    sug.add_argument("--json", action="store_true", help="print JSON (docs/cli.md)")
    sug.set_defaults(run=run_suggest)


def suggestions_json(suggestions: Suggestions) -> list[dict[str, Any]]:
    """The ``suggest --json`` list, best first."""
    return [
        {
            "person": c.person,
            "score": c.score,
            "reasons": list(c.reasons),
            "rest_hours": hours(c.rest),
            "hours": hours(c.hours),
        }
        for c in suggestions.candidates
    ]


def _text(project: Project, suggestions: Suggestions, time_zone: str) -> str:
    tz = zone(time_zone)
    schedule = project.schedule(suggestions.schedule_id)
    lines = [
        f"Cover for {schedule.name}, {iso(suggestions.start, tz)} to {iso(suggestions.end, tz)}",
        "",
    ]
    for rank, c in enumerate(suggestions.candidates, 1):
        name = project.person(c.person).name
        lines.append(f"{rank:>3}. {name:<22} {c.score:5.3f}  {'; '.join(c.reasons)}")
    if not suggestions.candidates:
        lines.append("  Nobody can cover this interval.")
    if suggestions.excluded:
        lines += ["", "Not eligible:"]
        for e in suggestions.excluded:
            lines.append(f"     {project.person(e.person).name:<22}        {'; '.join(e.reasons)}")
    return "\n".join(lines)


def _window(args: argparse.Namespace, start: int, end: int, time_zone: str) -> Window:
    """The options' window, widened to hold the interval; by default 14 days either side."""
    if args.since or args.until:
        window = window_for(args, zone(time_zone))
    else:
        window = cover_window(start, end)
    return Window(min(window.start, start), max(window.end, end))


def run_suggest(args: argparse.Namespace) -> int:
    """Print the ranked candidates (or apply one)."""
    project = load_project(args.file)
    if args.schedule not in project.schedules_by_id:
        known = ", ".join(project.schedules_by_id) or "none"
        fail(f"--schedule: no schedule {args.schedule!r} in the project (known: {known})")
    time_zone = project.schedule(args.schedule).time_zone
    tz = zone(time_zone)
    start = parse_time(args.start, tz, "--start")
    end = parse_time(args.end, tz, "--end")
    if end <= start:
        fail("--end: must be after --start")
    if args.apply is not None:
        if args.apply not in project.people_by_id:
            fail(f"--apply: no person {args.apply!r} in the project")
        try:
            updated = apply_suggestion(project, args.schedule, start, end, args.apply)
            save(updated, args.file)
        except (AnalysisError, StoreError) as error:
            fail(str(error))
        print(f"Added an override for {project.person(args.apply).name} to {args.file}")
        return 0
    window = _window(args, start, end, time_zone)
    try:
        suggestions = suggest_cover(plan_for(args, project, window), args.schedule, start, end)
    except AnalysisError as error:
        fail(str(error))
    if args.json:
        print_json(suggestions_json(suggestions))
    else:
        sys.stdout.write(_text(project, suggestions, time_zone) + "\n")
    return 0
