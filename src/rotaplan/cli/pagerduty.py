"""``rotaplan pull``, ``plan``, ``push`` and ``send-test-event``: PagerDuty sync (DESIGN §4, §5).

The token comes from ``PAGERDUTY_TOKEN`` or the OS keyring (service ``rotaplan``, user
``pagerduty``), never from an argument or a file, and is kept out of every message.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from rotaplan.cli.common import fail, load_project, print_json
from rotaplan.core import Project
from rotaplan.pagerduty.client import DEFAULT_API_URL, PagerDutyClient, check_api_url
from rotaplan.pagerduty.errors import PagerDutyError
from rotaplan.pagerduty.events import DEFAULT_EVENTS_URL, EventsClient
from rotaplan.pagerduty.merge import carry_local
from rotaplan.pagerduty.sync import (
    DEFAULT_PULL_DAYS,
    Step,
    SyncPlan,
    apply_plan,
    plan_push,
    pull,
)
from rotaplan.pagerduty.token import TOKEN_VARIABLE, find_token
from rotaplan.store import StoreError, load, save

__all__ = ["read_token", "register"]


def read_token() -> str:
    """The API token from the environment or the OS keyring; stops the command when absent."""
    token = find_token()
    if not token:
        fail(
            f"no PagerDuty token: set {TOKEN_VARIABLE}, or store one with "
            "`keyring set rotaplan pagerduty`"
        )
    return token


def _api_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-url",
        default=DEFAULT_API_URL,
        help=f"PagerDuty REST API (default {DEFAULT_API_URL}; http only for localhost)",
    )


def _events_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--events-url",
        default=DEFAULT_EVENTS_URL,
        help=f"PagerDuty Events API (default {DEFAULT_EVENTS_URL})",
    )


def register(commands: Any) -> None:
    """Add the commands to the top-level parser's sub-parsers."""
    p = commands.add_parser(
        "pull",
        help="read users, schedules, escalation policies and overrides from PagerDuty",
        description="Write the PagerDuty account as a project file (token: PAGERDUTY_TOKEN).",
    )
    p.add_argument("--out", required=True, help="project file to write (.rotaplan)")
    p.add_argument(
        "--days",
        type=int,
        default=DEFAULT_PULL_DAYS,
        help=f"overrides from now to this many days ahead (default {DEFAULT_PULL_DAYS})",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="refresh FILE if it exists, keeping its time off and holidays",
    )
    _api_options(p)
    p.set_defaults(run=run_pull)

    p = commands.add_parser(
        "plan",
        help="the changes a push would make, without making them",
        description="Compare the project with PagerDuty and list the steps of a push.",
    )
    p.add_argument("file", help="project file (.rotaplan)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _api_options(p)
    p.set_defaults(run=run_plan)

    p = commands.add_parser(
        "push",
        help="apply the plan to PagerDuty and save PagerDuty ids into FILE",
        description="Apply the plan step by step, saving FILE after each step.",
    )
    p.add_argument("file", help="project file (.rotaplan)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument(
        "--change-event-routing-key",
        metavar="KEY",
        help="after the push, send a change event to this Events API v2 integration",
    )
    _api_options(p)
    _events_option(p)
    p.set_defaults(run=run_push)

    p = commands.add_parser(
        "send-test-event",
        help="trigger and resolve a test incident with the Events API v2",
        description="Prove that a service's escalation policy pages: trigger, then resolve.",
    )
    p.add_argument("--routing-key", required=True, help="the integration key of the service")
    p.add_argument("--summary", default="Rotaplan test event", help="the incident's summary")
    p.add_argument(
        "--keep-open", action="store_true", help="trigger only; resolve it yourself later"
    )
    _events_option(p)
    p.set_defaults(run=run_send_test_event)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@contextmanager
def _session(args: argparse.Namespace) -> Iterator[PagerDutyClient]:
    try:
        url = check_api_url(args.api_url)
    except ValueError as error:
        fail(str(error))
    token = read_token()
    try:
        with httpx.Client(follow_redirects=False) as http:
            yield PagerDutyClient(http, token, base_url=url)
    except PagerDutyError as error:
        # The messages never carry the token; scrub anyway, in case a server echoes it.
        fail(str(error).replace(token, "***"))


def _previous(out: Path) -> Project | None:
    """The project a pull refreshes, read before any request; None for a new file."""
    if not out.exists():
        return None
    try:
        return load(out)
    except StoreError as error:
        fail(f"{error}; it was left as it is (move it away to pull into a new file)")


def run_pull(args: argparse.Namespace) -> int:
    """Write the account as a project file, keeping an existing file's local data."""
    out = Path(args.out)
    if out.exists() and not args.force:
        fail(
            f"{out}: exists; use --force to refresh it (its time off and holidays are kept, "
            "the old file as .bak)"
        )
    if not 1 <= args.days <= 366:
        fail("--days: must be between 1 and 366")
    previous = _previous(out)
    with _session(args) as client:
        project, notes = pull(client, now=_now(), days=args.days)
        requests = client.request_count
    if previous is not None:
        project = carry_local(previous, project)
    try:
        save(project, out)
    except StoreError as error:
        fail(str(error))
    for note in notes:
        print(f"note: {note}")
    print(
        f"Pulled {len(project.people)} people, {len(project.schedules)} schedules and "
        f"{len(project.escalation_policies)} escalation policies into {out} "
        f"({requests} requests)"
    )
    if previous is not None:
        print(
            f"Kept {len(project.time_off)} time-off entries and the holiday settings of the "
            f"previous {out} (PagerDuty does not hold them)"
        )
    return 0


def _plan_text(plan: SyncPlan, file: str) -> str:
    lines = [f"{file}: {len(plan.steps)} step(s), {plan.writes} write request(s) to PagerDuty"]
    sections: list[tuple[str, list[str]]] = [
        ("Links to existing PagerDuty objects (saved by push)", list(plan.links)),
        ("Remote changes since the last pull", list(plan.drift)),
        ("Errors (the push is blocked)", list(plan.errors)),
        ("Notes", list(plan.notes)),
    ]
    if plan.steps:
        lines.append("Steps:")
        for i, step in enumerate(plan.steps, 1):
            lines.append(f"  {i}. {step.summary}")
            lines.extend(f"       {d}" for d in step.details)
    elif not plan.errors:
        lines.append("PagerDuty already matches the project: nothing to push.")
    for title, items in sections:
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  - {item}" for item in items)
    return "\n".join(lines)


def run_plan(args: argparse.Namespace) -> int:
    """Print the steps of a push."""
    project = load_project(args.file)
    with _session(args) as client:
        plan = plan_push(client, project, _now())
    if args.json:
        print_json(plan.to_json())
    else:
        print(_plan_text(plan, args.file))
    return 1 if plan.blocked else 0


def _confirm(plan: SyncPlan) -> bool:
    if not sys.stdin.isatty():
        fail("push: not a terminal to ask for confirmation; add --yes")
    answer = input(f"Apply {len(plan.steps)} step(s) to PagerDuty? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def run_push(args: argparse.Namespace) -> int:
    """Apply the plan, saving FILE after each step."""
    project = load_project(args.file)
    events_url = None
    if args.change_event_routing_key:
        try:
            events_url = check_api_url(args.events_url, "--events-url")
        except ValueError as error:
            fail(str(error))
    with _session(args) as client:
        plan = plan_push(client, project, _now())
        print(_plan_text(plan, args.file))
        if plan.blocked:
            fail(f"push blocked by {len(plan.errors)} error(s) listed above; nothing was sent")
        if not plan.steps and not plan.links:
            return 0
        if plan.steps and not args.yes and not _confirm(plan):
            print("Nothing was sent.")
            return 0
        total = len(plan.steps)
        done: list[Step] = []

        def saved(current: Project, step: Step | None) -> None:
            try:
                save(current, args.file)
            except StoreError as error:
                fail(f"{error} — PagerDuty was changed; fix the file's folder and push again")
            if step is not None:
                done.append(step)
                print(f"[{len(done)}/{total}] done: {step.summary}", flush=True)

        apply_plan(plan, client, saved)
        print(f"Pushed {total} step(s) with {client.request_count} requests; {args.file} saved.")
    if events_url and done:
        changed = sorted({s.summary.split(":")[0] for s in done})
        with httpx.Client() as http:
            try:
                EventsClient(http, base_url=events_url).change(
                    args.change_event_routing_key,
                    f"Rotaplan updated {', '.join(changed)}",
                    when=_now(),
                    details={"steps": [s.summary for s in done]},
                )
            except PagerDutyError as error:
                fail(f"the push succeeded, but the change event failed: {error}")
        print("Sent a change event.")
    return 0


def run_send_test_event(args: argparse.Namespace) -> int:
    """Trigger a test incident, then resolve it."""
    try:
        url = check_api_url(args.events_url, "--events-url")
    except ValueError as error:
        fail(str(error))
    key = args.routing_key.strip()
    if not key:
        fail("--routing-key: must not be empty")
    with httpx.Client() as http:
        events = EventsClient(http, base_url=url)
        try:
            dedup = events.trigger(key, args.summary, details={"sent_by": "rotaplan"})
            print(f"Triggered a test incident (dedup key {dedup}).")
            if args.keep_open:
                print("Left it open: resolve it in PagerDuty.")
                return 0
            events.resolve(key, dedup)
        except PagerDutyError as error:
            fail(str(error).replace(key, "***"))
    print("Resolved it. Check that the escalation policy paged the people you expect.")
    return 0
