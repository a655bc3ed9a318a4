"""The planner's parts: typed step kinds, one linking pass, and the core's compatibility rules."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from rotaplan.core import Project
from rotaplan.core.problems import pagerduty_problems
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.sync import Remote, StepKind, apply_plan, make_plan, plan_push
from tests.fakes.pagerduty import FakePagerDuty

NOW = datetime.now(UTC).replace(second=0, microsecond=0)


def _remote(project: Project) -> Remote:
    users = tuple(
        {"id": f"PU{i:05d}", "name": p.name, "email": p.email} for i, p in enumerate(project.people)
    )
    return Remote(users, {}, {}, {}, NOW, NOW)


def _off_the_minute(project: Project, *, ended: bool) -> Project:
    """The first layer of the primary schedule hands over 30 s past the minute."""
    schedule = project.schedule("primary")
    first = schedule.layers[0]
    layer = replace(first, rotation_virtual_start=first.rotation_virtual_start.replace(second=30))
    if ended:
        layer = replace(layer, start=NOW - timedelta(days=30), end=NOW - timedelta(days=29))
    schedule = replace(schedule, layers=(layer, *schedule.layers[1:]))
    return replace(
        project,
        schedules=tuple(schedule if s.id == "primary" else s for s in project.schedules),
    )


def test_step_kinds_keep_their_json_values(demo: Project) -> None:
    plan = make_plan(demo, _remote(demo), NOW)
    kinds = [step.kind for step in plan.steps]
    assert set(kinds) == {
        StepKind.CREATE_SCHEDULE,
        StepKind.CREATE_OVERRIDES,
        StepKind.CREATE_POLICY,
    }
    assert kinds == sorted(kinds, key=lambda kind: kind.stage)
    text = json.loads(json.dumps(plan.to_json()))
    assert [s["kind"] for s in text["steps"]] == [kind.value for kind in kinds]
    assert all(type(s["kind"]) is str for s in plan.to_json()["steps"])
    assert StepKind("update_policy") is StepKind.UPDATE_POLICY
    assert not StepKind.UPDATE_POLICY.on_schedule
    assert StepKind.DELETE_OVERRIDE.on_schedule


def test_a_virtual_start_the_core_warns_of_blocks_the_push(demo: Project) -> None:
    project = _off_the_minute(demo, ended=False)
    layer = project.schedule("primary").layers[0]
    kinds = {(p.kind, p.schedule, p.layer) for p in pagerduty_problems(project)}
    assert ("pagerduty_layer_seconds", "primary", layer.id) in kinds
    plan = make_plan(project, _remote(project), NOW)
    assert plan.errors == (
        f"schedule primary layer {layer.id}: rotation_virtual_start "
        f"{layer.rotation_virtual_start.isoformat()} is not on a whole minute; "
        "PagerDuty cannot store it",
    )


def test_an_ended_layer_off_the_minute_is_only_a_warning(demo: Project) -> None:
    project = _off_the_minute(demo, ended=True)
    layer = project.schedule("primary").layers[0]
    problems = [
        p for p in pagerduty_problems(project) if (p.schedule, p.layer) == ("primary", layer.id)
    ]
    assert [(p.kind, p.severity) for p in problems] == [("pagerduty_layer_seconds", "warning")]
    assert make_plan(project, _remote(project), NOW).errors == ()


def test_a_plan_reads_the_lists_once_and_the_overrides_of_linked_schedules(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    project = apply_plan(plan_push(client, demo, NOW), client, lambda p, s: None)
    account.reset_counts()
    plan = plan_push(client, project, NOW)
    assert plan.steps == ()
    assert account.count("GET", "/users") == 1
    assert account.count("GET", "/schedules") == 1
    assert account.count("GET", "/escalation_policies") == 1
    assert account.count("GET", "/schedules/{id}/overrides") == len(project.schedules)
    assert account.count() == 3 + len(project.schedules)
