"""What the analysis commands (check, report, simulate, suggest) share: the zone, times, plans."""

from __future__ import annotations

import argparse
from datetime import tzinfo

from rotaplan.cli.common import fail, window_for
from rotaplan.core import (
    HOUR,
    Analysis,
    Instant,
    Project,
    Window,
    analyse,
    parse_window_bound,
    zone,
)

__all__ = ["hours", "parse_time", "plan_for", "project_zone"]


def project_zone(project: Project) -> str:
    """The zone in which project-wide dates are read: the first schedule's, else Etc/UTC."""
    return project.schedules[0].time_zone if project.schedules else "Etc/UTC"


def parse_time(text: str, tz: tzinfo, option: str) -> Instant:
    """An ISO date or datetime option (naive means local in ``tz``), or exit 2 naming it."""
    try:
        value = parse_window_bound(text, tz)
    except (ValueError, OverflowError):
        fail(
            f"{option}: {text!r} is not an ISO date (2026-12-01) "
            "or date and time (2026-12-01T09:00+00:00)"
        )
    if not -2_208_988_800 * 1_000_000 <= value <= 7_258_118_400 * 1_000_000:
        fail(f"{option}: must lie between the years 1900 and 2199")
    return value


def plan_for(args: argparse.Namespace, project: Project, window: Window | None = None) -> Analysis:
    """The analysis of the project over the window the options ask for (dates in its zone)."""
    return analyse(project, window or window_for(args, zone(project_zone(project))))


def hours(value: Instant) -> float:
    """µs as hours, rounded to 3 decimals for stable output."""
    return round(value / HOUR, 3)
