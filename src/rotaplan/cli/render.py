"""``rotaplan render`` and ``rotaplan demo``."""

from __future__ import annotations

import argparse
import sys
from datetime import tzinfo
from pathlib import Path
from typing import Any

from rotaplan.cli.common import (
    add_window_options,
    fail,
    format_span,
    iso,
    load_project,
    print_json,
    window_for,
)
from rotaplan.core import (
    Project,
    Schedule,
    ScheduleRender,
    Window,
    check_render_size,
    render_schedule,
    zone,
)
from rotaplan.store import StoreError, save
from rotaplan.store.demo import current_demo

__all__ = ["register", "render_json"]


def register(commands: Any) -> None:
    """Add the commands to the top-level parser's sub-parsers."""
    render = commands.add_parser(
        "render",
        help="final schedule, gaps and coverage of schedules",
        description="Print each schedule's final entries, gaps, coverage and layer entries.",
    )
    render.add_argument("file", help="project file (.rotaplan)")
    render.add_argument(
        "--schedule",
        action="append",
        metavar="ID",
        help="schedule id (repeatable); default every schedule",
    )
    add_window_options(render)
    render.add_argument("--json", action="store_true", help="print JSON (DESIGN §4)")
    render.set_defaults(run=run_render)

    demo = commands.add_parser(
        "demo", help="write the demo project", description="Write the built-in demo project."
    )
    demo.add_argument("--out", required=True, help="file to write (.rotaplan)")
    demo.add_argument(
        "--force", action="store_true", help="overwrite FILE if it exists (the old one as .bak)"
    )
    demo.set_defaults(run=run_demo)


def render_json(result: ScheduleRender, time_zone: str) -> dict[str, Any]:
    """The ``render --json`` object of one schedule (DESIGN §4)."""
    tz = zone(time_zone)
    return {
        "schedule": result.schedule_id,
        "time_zone": time_zone,
        "since": iso(result.window.start, tz),
        "until": iso(result.window.end, tz),
        "final": [
            {"start": iso(s.start, tz), "end": iso(s.end, tz), "person": s.person}
            for s in result.final
        ],
        "gaps": [{"start": iso(g.start, tz), "end": iso(g.end, tz)} for g in result.gaps],
        "coverage_percent": result.coverage_percent,
        "layers": [
            {
                "id": layer.layer_id,
                "entries": [
                    {"start": iso(s.start, tz), "end": iso(s.end, tz), "person": s.person}
                    for s in layer.entries
                ],
            }
            for layer in result.layers
        ],
        "overrides": [
            {
                "id": o.override_id,
                "start": iso(o.start, tz),
                "end": iso(o.end, tz),
                "person": o.person,
            }
            for o in sorted(result.overrides, key=lambda o: (o.start, o.end))
        ],
    }


def _hours(microseconds: int) -> str:
    hours = microseconds / 3_600_000_000
    return f"{hours:.0f} h" if hours == int(hours) else f"{hours:.1f} h"


def _render_text(project: Project, result: ScheduleRender, tz: tzinfo) -> str:
    schedule = project.schedule(result.schedule_id)
    names = project.people_by_id
    lines = [
        f"{schedule.name} ({schedule.id}) — {schedule.time_zone}",
        f"  {format_span(result.window.start, result.window.end, tz)}"
        f"   coverage {result.coverage_percent:.1f}%",
        "",
    ]
    rows = [(s.start, s.end, names[s.person].name) for s in result.final]
    rows += [(g.start, g.end, "— nobody on call (gap) —") for g in result.gaps]
    for start, end, who in sorted(rows):
        lines.append(f"  {format_span(start, end, tz):<44} {_hours(end - start):>7}  {who}")
    if not rows:
        lines.append("  (nothing in this window)")
    return "\n".join(lines)


def _selected(project: Project, ids: list[str] | None) -> list[str]:
    if not ids:
        return [s.id for s in project.schedules]
    for schedule_id in ids:
        if schedule_id not in project.schedules_by_id:
            known = ", ".join(project.schedules_by_id) or "none"
            fail(f"--schedule: no schedule {schedule_id!r} in the project (known: {known})")
    return ids


def run_render(args: argparse.Namespace) -> int:
    """Print the renders."""
    project = load_project(args.file)
    requests: list[tuple[Schedule, Window]] = []
    for schedule_id in _selected(project, args.schedule):
        schedule = project.schedule(schedule_id)
        requests.append((schedule, window_for(args, zone(schedule.time_zone))))
    check_render_size(requests)  # all of them together, before any is rendered
    outputs = [(render_schedule(s, window), s.time_zone) for s, window in requests]
    if args.json:
        objects = [render_json(result, tz_name) for result, tz_name in outputs]
        print_json(objects[0] if len(objects) == 1 and args.schedule else {"schedules": objects})
    else:
        texts = [_render_text(project, result, zone(tz_name)) for result, tz_name in outputs]
        sys.stdout.write("\n\n".join(texts) + "\n")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    """Write the demo project; an existing file is overwritten only with ``--force``."""
    out = Path(args.out)
    if out.exists() and not args.force:
        fail(f"{out}: exists; use --force to overwrite it (the old file is kept as .bak)")
    try:
        save(current_demo(), out)
    except StoreError as error:
        fail(str(error))
    print(f"Wrote the demo project to {args.out}")
    return 0
