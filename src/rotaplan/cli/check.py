"""``rotaplan check``: the problems of a plan (exit status 1 when any is an error)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from rotaplan.cli.analysis_common import plan_for, project_zone
from rotaplan.cli.common import add_window_options, iso, load_project, print_json
from rotaplan.core import Problem, has_errors, zone

__all__ = ["problem_json", "register"]


def register(commands: Any) -> None:
    """Add ``check`` to the top-level parser's sub-parsers."""
    check = commands.add_parser(
        "check",
        help="problems: gaps, time off, double booking, rest, escalation, DST, PagerDuty",
        description=(
            "List what is wrong with the plan in the window. Exit status 1 when any problem is "
            "an error. Dates are read in the zone of the project's first schedule."
        ),
    )
    check.add_argument("file", help="project file (.rotaplan)")
    add_window_options(check)
    check.add_argument("--json", action="store_true", help="print a JSON list (docs/cli.md)")
    check.set_defaults(run=run_check)


def problem_json(problem: Problem, time_zone: str) -> dict[str, Any]:
    """The ``check --json`` object of one problem."""
    tz = zone(time_zone)
    return {
        "severity": problem.severity,
        "code": problem.code,
        "message": problem.message,
        "start": None if problem.start is None else iso(problem.start, tz),
        "end": None if problem.end is None else iso(problem.end, tz),
        "schedule": problem.schedule,
        "layer": problem.layer,
        "override": problem.override,
        "person": problem.person,
        "policy": problem.policy,
        "rule": problem.rule,
        "other_schedule": problem.other_schedule,
    }


def _summary(problems: tuple[Problem, ...]) -> str:
    counts = Counter(p.severity for p in problems)
    parts = [
        f"{counts[s]} {s if counts[s] == 1 else s + 's'}"
        for s in ("error", "warning", "info")
        if counts[s]
    ]
    return ", ".join(parts) if parts else "no problems"


def run_check(args: argparse.Namespace) -> int:
    """Print the problems."""
    project = load_project(args.file)
    result = plan_for(args, project)
    problems = result.problems
    time_zone = project_zone(project)
    if args.json:
        print_json([problem_json(p, time_zone) for p in problems])
    else:
        tz = zone(time_zone)
        lines = [
            f"{project.name}: {iso(result.window.start, tz)} to {iso(result.window.end, tz)}"
            f" — {_summary(problems)}"
        ]
        lines += [f"{p.severity.upper():<8} {p.code:<18} {p.message}" for p in problems]
        sys.stdout.write("\n".join(lines) + "\n")
    return 1 if has_errors(problems) else 0
