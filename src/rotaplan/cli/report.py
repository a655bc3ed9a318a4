"""``rotaplan report``: who carries how much on-call time, and how evenly."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from rotaplan.cli.analysis_common import hours, plan_for, project_zone
from rotaplan.cli.common import add_window_options, iso, load_project, print_json
from rotaplan.core import FairnessReport, Project, zone
from rotaplan.core.fairness import FAIRNESS_COLUMNS, fairness_rows

__all__ = ["CSV_COLUMNS", "register", "report_json"]

CSV_COLUMNS = FAIRNESS_COLUMNS


def register(commands: Any) -> None:
    """Add ``report`` to the top-level parser's sub-parsers."""
    report = commands.add_parser(
        "report",
        help="fairness per person: hours, nights, weekends, holidays, shifts, balance",
        description=(
            "On-call load per person (everyone, also people with no hours), split by their "
            "own local time, and the balance of the team and of each schedule "
            "(docs/fairness.md). Dates are read in the zone of the project's first schedule."
        ),
    )
    report.add_argument("file", help="project file (.rotaplan)")
    add_window_options(report)
    output = report.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON (docs/cli.md)")
    output.add_argument("--csv", action="store_true", help="print CSV, one row per person")
    report.set_defaults(run=run_report)


def report_json(project: Project, report: FairnessReport, time_zone: str) -> dict[str, Any]:
    """The ``report --json`` object."""
    tz = zone(time_zone)
    return {
        "since": iso(report.window.start, tz),
        "until": iso(report.window.end, tz),
        "people": fairness_rows(project, report),
        "balance": {
            "team": round(report.team_balance, 4),
            "off_hours": round(report.off_hours_balance, 4),
            "schedules": [
                {
                    "schedule": s.schedule,
                    "balance": round(s.balance, 4),
                    "people": [{"person": p, "hours": hours(h)} for p, h in s.hours],
                }
                for s in report.schedules
            ],
        },
    }


def _table(project: Project, report: FairnessReport, time_zone: str) -> str:
    tz = zone(time_zone)
    head = (
        f"{'person':<22}{'hours':>8}{'working':>9}{'nights':>8}{'weekend':>9}{'holiday':>9}"
        f"{'1st line':>9}{'shifts':>8}{'longest':>9}"
    )
    lines = [
        f"{project.name}: {iso(report.window.start, tz)} to {iso(report.window.end, tz)}",
        "",
        head,
    ]
    for row in sorted(fairness_rows(project, report), key=lambda r: (-r["hours"], r["person"])):
        lines.append(
            f"{row['name'][:21]:<22}{row['hours']:>8.1f}{row['working_hours']:>9.1f}"
            f"{row['night_hours']:>8.1f}{row['weekend_hours']:>9.1f}{row['holiday_hours']:>9.1f}"
            f"{row['first_line_hours']:>9.1f}{row['shifts']:>8}"
            f"{row['longest_stretch_hours']:>9.1f}"
        )
    lines += [
        "",
        "Hours are in each person's own zone: nights = weekday hours outside working hours.",
        f"Balance (1 = even, 0 = one person carries everything): team {report.team_balance:.2f},"
        f" off-hours {report.off_hours_balance:.2f}",
    ]
    for s in report.schedules:
        name = project.schedule(s.schedule).name
        lines.append(f"  {name:<30} {s.balance:.2f}  ({len(s.hours)} people)")
    return "\n".join(lines)


def run_report(args: argparse.Namespace) -> int:
    """Print the fairness report."""
    project = load_project(args.file)
    report = plan_for(args, project).fairness
    time_zone = project_zone(project)
    if args.json:
        print_json(report_json(project, report, time_zone))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(fairness_rows(project, report))
    else:
        sys.stdout.write(_table(project, report, time_zone) + "\n")
    return 0
