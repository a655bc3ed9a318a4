"""``rotaplan simulate``: who is notified when for an incident, and how well a policy reaches."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rotaplan.cli.analysis_common import parse_time, project_zone
from rotaplan.cli.common import add_window_options, fail, iso, load_project, print_json, window_for
from rotaplan.core import (
    DEFAULT_HORIZON_MINUTES,
    MAX_HORIZON_MINUTES,
    MINUTE,
    AnalysisError,
    EscalationPolicy,
    PolicyCoverage,
    Project,
    Simulation,
    analyse_policy,
    policy_zone,
    simulate,
    zone,
)

__all__ = ["coverage_json", "register", "simulation_json"]


def register(commands: Any) -> None:
    """Add ``simulate`` to the top-level parser's sub-parsers."""
    sim = commands.add_parser(
        "simulate",
        help="who is notified when for an incident at a given time",
        description=(
            "Simulate an incident on an escalation policy: every notification, through the "
            "loops, acknowledgements and re-triggers, up to a horizon. With --coverage, the "
            "share of the window in which rule 1 reaches a human and the worst time to the "
            "first human. Times without an offset are read in the zone of the policy's first "
            "schedule (or, if it pages only people, its first person)."
        ),
    )
    sim.add_argument("file", help="project file (.rotaplan)")
    sim.add_argument("--policy", required=True, metavar="ID", help="escalation policy id")
    sim.add_argument("--at", metavar="TIME", help="when the incident triggers (ISO date/time)")
    sim.add_argument(
        "--ack-after", type=float, metavar="M", help="the first person reached acks M min later"
    )
    sim.add_argument(
        "--ack-timeout",
        type=float,
        metavar="M",
        help="an ack not resolved within M min re-triggers the incident",
    )
    sim.add_argument(
        "--horizon",
        type=float,
        default=DEFAULT_HORIZON_MINUTES,
        metavar="M",
        help=f"stop the simulation M min after the trigger (default {DEFAULT_HORIZON_MINUTES})",
    )
    sim.add_argument(
        "--coverage", action="store_true", help="report the policy's coverage over the window"
    )
    add_window_options(sim)
    sim.add_argument("--json", action="store_true", help="print JSON (docs/cli.md)")
    sim.set_defaults(run=run_simulate)


def _policy(project: Project, policy_id: str) -> EscalationPolicy:
    if policy_id not in project.policies_by_id:
        known = ", ".join(project.policies_by_id) or "none"
        fail(f"--policy: no escalation policy {policy_id!r} in the project (known: {known})")
    return project.policy(policy_id)


def simulation_json(simulation: Simulation, time_zone: str) -> list[dict[str, Any]]:
    """The ``simulate --json`` list of notifications."""
    tz = zone(time_zone)
    return [
        {
            "at": iso(n.at, tz),
            "rule": n.rule,
            "loop": n.loop,
            "cycle": n.cycle,
            "target": {n.target.kind: n.target.id},
            "person": n.person,
        }
        for n in simulation.notifications
    ]


def coverage_json(coverage: PolicyCoverage, time_zone: str) -> dict[str, Any]:
    """The ``simulate --coverage --json`` object."""
    tz = zone(time_zone)
    worst = coverage.worst_delay
    return {
        "policy": coverage.policy_id,
        "since": iso(coverage.window.start, tz),
        "until": iso(coverage.window.end, tz),
        "first_rule_percent": coverage.first_rule_percent,
        "worst_minutes_to_first_human": None if worst is None else worst / MINUTE,
        "worst_at": None if coverage.worst_at is None else iso(coverage.worst_at, tz),
    }


def _who(project: Project, person: str | None) -> str:
    return "nobody (gap)" if person is None else project.person(person).name


def _timeline_text(project: Project, simulation: Simulation, time_zone: str) -> list[str]:
    tz = zone(time_zone)
    policy = project.policy(simulation.policy_id)
    rows: list[tuple[int, int, str]] = []
    for event in simulation.events:
        rows.append((event.at, 0, event.kind))
    for n in simulation.notifications:
        target = (
            f"schedule {project.schedule(n.target.id).name}"
            if n.target.kind == "schedule"
            else "person"
        )
        rows.append(
            (n.at, 1, f"rule {n.rule} (loop {n.loop})  {target:<34} → {_who(project, n.person)}")
        )
    lines = [
        f"Incident on {policy.name} at {iso(simulation.triggered_at, tz)} ({time_zone})",
    ]
    for at, _, text in sorted(rows, key=lambda r: (r[0], r[1])):
        minutes = (at - simulation.triggered_at) / MINUTE
        lines.append(f"  {iso(at, tz)[:16].replace('T', ' ')}  +{minutes:>6.0f} min  {text}")
    first = simulation.first_human
    if first is None:
        lines.append("Nobody is reached before the horizon.")
    else:
        delay = (first.at - simulation.triggered_at) / MINUTE
        lines.append(f"First human: {_who(project, first.person)} after {delay:.0f} min.")
    return lines


def _coverage_text(project: Project, coverage: PolicyCoverage, time_zone: str) -> list[str]:
    tz = zone(time_zone)
    policy = project.policy(coverage.policy_id)
    worst = coverage.worst_delay
    if worst is None:
        assert coverage.worst_at is not None
        worst_text = f"an incident at {iso(coverage.worst_at, tz)} reaches nobody at all"
    elif coverage.worst_at is None:
        worst_text = "0 min (rule 1 always reaches a human)"
    else:
        worst_text = f"{worst / MINUTE:.0f} min (for an incident at {iso(coverage.worst_at, tz)})"
    return [
        f"Coverage of {policy.name} from {iso(coverage.window.start, tz)} to "
        f"{iso(coverage.window.end, tz)}:",
        f"  rule 1 reaches a human {coverage.first_rule_percent:.2f}% of the time",
        f"  worst time to the first human: {worst_text}",
    ]


def _check_minutes(args: argparse.Namespace) -> None:
    if args.ack_after is not None and not 0 <= args.ack_after <= MAX_HORIZON_MINUTES:
        fail(f"--ack-after: must be between 0 and {MAX_HORIZON_MINUTES} minutes")
    if args.ack_timeout is not None and not 1 <= args.ack_timeout <= MAX_HORIZON_MINUTES:
        fail(f"--ack-timeout: must be between 1 and {MAX_HORIZON_MINUTES} minutes")
    if not 1 <= args.horizon <= MAX_HORIZON_MINUTES:
        fail(f"--horizon: must be between 1 and {MAX_HORIZON_MINUTES} minutes")


def run_simulate(args: argparse.Namespace) -> int:
    """Print the simulated timeline and/or the policy's coverage."""
    project = load_project(args.file)
    policy = _policy(project, args.policy)
    time_zone = policy_zone(project, policy, project_zone(project))
    tz = zone(time_zone)
    if args.at is None and not args.coverage:
        fail("--at: give the incident time (or --coverage for the policy's coverage)")
    if args.json and args.at is not None and args.coverage:
        fail("--json: choose --at (a timeline) or --coverage (a summary), not both")
    _check_minutes(args)
    lines: list[str] = []
    try:
        if args.at is not None:
            simulation = simulate(
                project,
                policy.id,
                parse_time(args.at, tz, "--at"),
                ack_after_minutes=args.ack_after,
                ack_timeout_minutes=args.ack_timeout,
                horizon_minutes=args.horizon,
            )
            if args.json:
                print_json(simulation_json(simulation, time_zone))
                return 0
            lines += _timeline_text(project, simulation, time_zone)
        if args.coverage:
            window = window_for(args, zone(project_zone(project)))
            coverage = analyse_policy(project, policy.id, window)
            if args.json:
                print_json(coverage_json(coverage, time_zone))
                return 0
            lines += (
                ["", *_coverage_text(project, coverage, time_zone)]
                if lines
                else (_coverage_text(project, coverage, time_zone))
            )
    except AnalysisError as error:
        fail(str(error))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
