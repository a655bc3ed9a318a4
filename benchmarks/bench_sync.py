"""Push the 100-schedule benchmark organisation to the fake PagerDuty and count the requests.

Run: PYTHONPATH=src python benchmarks/bench_sync.py [--latency 0.05]
Prints, for a first push, a second (no-op) push and a push after editing 10 schedules, the
requests by method and path, the writes, the busiest minute and the wall time.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tests.fakes.pagerduty import TEST_TOKEN, FakePagerDuty

from rotaplan.core import Project
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.sync import apply_plan, plan_push
from synthetic import synthetic_org


def _busiest_minute(times: list[float]) -> int:
    best, first = 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= 60.0:
            first += 1
        best = max(best, last - first + 1)
    return best


def _measure(fake: FakePagerDuty, client: PagerDutyClient, project: Project, label: str) -> Project:
    fake.reset_counts()
    began = time.perf_counter()
    plan = plan_push(client, project, datetime.now(UTC))
    if plan.errors:
        raise SystemExit(f"{label}: blocked: {plan.errors[0]}")
    result = apply_plan(plan, client, lambda p, s: None)
    elapsed = time.perf_counter() - began
    times = sorted(r.at for r in fake.requests)
    print(f"\n{label}: {len(plan.steps)} steps, {elapsed:.1f} s")
    for (method, path), n in sorted(fake.counts.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        print(f"  {method:6} {path:40} {n:5}")
    total = sum(fake.counts.values())
    print(f"  requests {total}, writes {fake.writes}, busiest minute {_busiest_minute(times)}")
    return result


def _edit(project: Project, count: int) -> Project:
    schedules = list(project.schedules)
    for i in range(count):
        s = schedules[i * (len(schedules) // count)]
        first = s.layers[0]
        schedules[schedules.index(s)] = replace(
            s, layers=(replace(first, members=first.members[::-1]), *s.layers[1:])
        )
    return replace(project, schedules=tuple(schedules))


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.05, help="added per request, s")
    args = parser.parse_args()
    org = synthetic_org()
    with FakePagerDuty(TEST_TOKEN, latency=args.latency) as fake, httpx.Client() as http:
        for person in org.people:
            fake.add_user(person.name, person.email, person.time_zone)
        client = PagerDutyClient(http, TEST_TOKEN, base_url=fake.url)
        future = sum(
            1 for s in org.schedules if any(o.end > datetime.now(UTC) for o in s.overrides)
        )
        print(
            f"{len(org.schedules)} schedules, {len(org.escalation_policies)} policies, "
            f"{len(org.people)} people; {future} schedules with future overrides; "
            f"latency {args.latency * 1000:.0f} ms"
        )

        def step(project: Project, label: str) -> Project:
            return _measure(fake, client, project, label)

        pushed = step(org, "first push")
        pushed = step(pushed, "second push (nothing changed)")
        step(_edit(pushed, 10), "push after editing 10 schedules")


if __name__ == "__main__":
    main()
