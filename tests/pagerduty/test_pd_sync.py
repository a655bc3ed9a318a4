"""Pull, plan and push against the fake account: idempotent, resumable, faithful."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import httpx
import pytest

from rotaplan.core import (
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    Layer,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
)
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.errors import InvalidInputError, SyncError, UnreachableError
from rotaplan.pagerduty.mapping import READ_ONLY_KEY
from rotaplan.pagerduty.sync import SNAPSHOT_KEY, SyncPlan, apply_plan, plan_push, pull
from tests.fakes.pagerduty import FakePagerDuty


def now() -> datetime:
    return datetime.now(UTC)


def push(client: PagerDutyClient, project: Project) -> tuple[Project, SyncPlan]:
    plan = plan_push(client, project, now())
    assert not plan.errors, plan.errors
    saved: list[Project] = []
    result = apply_plan(plan, client, lambda p, step: saved.append(p))
    return result, plan


def pushed(client: PagerDutyClient, project: Project) -> Project:
    return push(client, project)[0]


def semantic(project: Project) -> object:
    """What a round trip must keep: every field except layer starts already in effect."""
    moment = now()

    def layer(la: Layer) -> object:
        start = None if la.start <= moment else la.start
        return (
            la.pagerduty_id,
            la.name,
            start,
            la.end,
            la.rotation_virtual_start,
            la.turn_length_seconds,
            la.members,
            la.restrictions,
        )

    return (
        sorted((p.id, p.email, p.pagerduty_id) for p in project.people),
        sorted(
            (
                s.id,
                s.name,
                s.description,
                s.time_zone,
                s.pagerduty_id,
                tuple(layer(la) for la in s.layers),
                tuple(
                    (o.start, o.end, o.person, o.pagerduty_id)
                    for o in s.overrides
                    if o.end > moment
                ),
            )
            for s in project.schedules
        ),
        sorted(
            (p.id, p.name, p.num_loops, p.pagerduty_id, p.rules)
            for p in project.escalation_policies
        ),
    )


def test_pull_then_plan_is_empty_and_push_sends_no_write(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    pushed(client, demo)
    pulled, notes = pull(client, now=now())
    assert notes == []
    assert SNAPSHOT_KEY in pulled.extra
    plan = plan_push(client, pulled, now())
    assert plan.steps == ()
    assert plan.links == ()
    assert plan.drift == ()
    assert plan.errors == ()
    account.reset_counts()
    apply_plan(plan, client, lambda p, s: None)
    assert account.writes == 0


def test_push_creates_everything_then_a_second_push_sends_no_write(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    first, plan = push(client, demo)
    kinds = [s.kind for s in plan.steps]
    assert kinds.count("create_schedule") == 3
    assert kinds.count("create_policy") == 1
    assert account.writes == plan.writes == len(plan.steps)
    assert all(p.pagerduty_id for p in first.people)
    assert all(la.pagerduty_id for s in first.schedules for la in s.layers)
    account.reset_counts()
    again, plan2 = push(client, first)
    assert plan2.steps == ()
    assert account.writes == 0
    assert again == first


def test_layers_are_sent_lowest_first_and_read_back_reversed(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    result = pushed(client, demo)
    post = next(r for r in account.requests if r.template == "/schedules" and r.method == "POST")
    sent = [la["name"] for la in post.body["schedule"]["schedule_layers"]]
    primary = demo.schedule("primary")
    assert sent == [la.name for la in primary.layers if la.end is None or la.end > now()]
    assert post.answer["schedule"]["schedule_layers"][0]["name"] == sent[-1]
    for la in post.body["schedule"]["schedule_layers"]:
        assert la["start"].endswith("Z")
        assert la["rotation_virtual_start"].endswith(":00Z")
    pulled, _ = pull(client, now=now())
    assert [la.name for la in pulled.schedule("payments-primary").layers] == sent
    assert (
        pulled.schedule("payments-primary").pagerduty_id == result.schedule("primary").pagerduty_id
    )


def test_edits_push_pull_round_trip(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    base, _ = pull(client, now=now())  # empty account: only people
    base = pushed(client, replace(demo, extra=base.extra))
    schedule = base.schedule("primary")
    first = schedule.layers[0]
    start = datetime.combine(now().date() + timedelta(days=3), time(9), UTC)
    edited_layer = replace(first, members=first.members[::-1], rotation_virtual_start=start)
    added = Layer(
        "extra",
        "Extra nights",
        start,
        start,
        86_400,
        ("kenji", "yuki"),
        (Restriction("daily", time(20), 12 * 3600),),
    )
    override = Override("o-new", start + timedelta(days=1), start + timedelta(days=2), "sofia")
    edited = replace(
        schedule,
        name="Payments primary (edited)",
        layers=(edited_layer, *schedule.layers[1:], added),
        overrides=(*schedule.overrides[1:], override),
    )
    project = replace(
        base, schedules=tuple(edited if s.id == "primary" else s for s in base.schedules)
    )
    account.reset_counts()
    result, plan = push(client, project)
    assert [s.kind for s in plan.steps] == [
        "update_schedule",
        "delete_override",
        "create_overrides",
    ]
    text = "\n".join(plan.steps[0].details)
    assert f"members {', '.join(first.members)} → {', '.join(first.members[::-1])}" in text
    assert "add layer Extra nights" in text
    put = next(r for r in account.requests if r.method == "PUT")
    sent_ids = [la.get("id") for la in put.body["schedule"]["schedule_layers"]]
    assert sent_ids[0] == first.pagerduty_id
    assert sent_ids[-1] is None
    assert account.writes == 3
    # Pulling again gives back the same project (layer starts in effect are PagerDuty's own).
    pulled, _ = pull(client, now=now())
    again = plan_push(client, result, now())
    assert again.steps == ()
    by_pd = {s.pagerduty_id: s for s in pulled.schedules}
    mine = result.schedule("primary")
    theirs = by_pd[mine.pagerduty_id]
    assert theirs.name == "Payments primary (edited)"
    assert [la.members for la in theirs.layers if la.end is None] == [
        la.members for la in mine.layers if la.end is None
    ]
    assert {(o.start, o.end, o.pagerduty_id) for o in theirs.overrides} == {
        (o.start, o.end, o.pagerduty_id) for o in mine.overrides if o.end > now()
    }
    assert semantic(plan_push(client, pulled, now()).project) == semantic(pulled)


def test_removing_a_layer_retires_it_with_an_end(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    pulled, _ = pull(client, now=now())
    base = pushed(client, replace(demo, extra=pulled.extra))
    schedule = base.schedule("secondary")
    gone = schedule.layers[-1]
    project = replace(
        base,
        schedules=tuple(
            replace(s, layers=s.layers[:-1]) if s.id == "secondary" else s for s in base.schedules
        ),
    )
    result, plan = push(client, project)
    assert [s.kind for s in plan.steps] == ["update_schedule"]
    assert any(d.startswith("retire layer") for d in plan.steps[0].details)
    put = next(r for r in account.requests if r.method == "PUT")
    retired = next(
        la for la in put.body["schedule"]["schedule_layers"] if la.get("id") == gone.pagerduty_id
    )
    assert retired["end"] is not None
    # The layer is ended on PagerDuty, never deleted; the next plan is empty.
    stored = account.state.schedules[schedule.pagerduty_id]["layers"]
    assert any(la["id"] == gone.pagerduty_id and la["end"] is not None for la in stored)
    assert plan_push(client, result, now()).steps == ()


def test_push_interrupted_by_a_dropped_connection_completes_without_duplicates(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    saved: list[Project] = []
    plan = plan_push(client, demo, now())
    # The second schedule is created on PagerDuty, but the answer never arrives.
    account.drop(method="POST", path="/schedules", after_processing=True)
    with pytest.raises(SyncError, match="connection dropped"):
        apply_plan(plan, client, lambda p, step: saved.append(p))
    partial = saved[-1]  # the links to users, saved before the first step
    assert all(p.pagerduty_id for p in partial.people)
    assert len(account.state.schedules) == 1
    result, plan2 = push(client, partial)
    assert any("by name" in link for link in plan2.links)
    assert len(account.state.schedules) == 3
    assert len(account.state.policies) == 1
    overrides = [o for s in account.state.schedules.values() for o in s["overrides"]]
    assert len(overrides) == len({(o["start"], o["end"], o["user"]) for o in overrides})
    account.reset_counts()
    assert push(client, result)[1].steps == ()
    assert account.writes == 0


def test_interrupted_override_batch_is_adopted_not_duplicated(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    account.drop(method="POST", path="/schedules/{id}/overrides", after_processing=True)
    saved: list[Project] = []
    with pytest.raises(SyncError):
        apply_plan(plan_push(client, demo, now()), client, lambda p, s: saved.append(p))
    result, plan = push(client, saved[-1])
    assert any("override" in link and "by content" in link for link in plan.links)
    assert "create_overrides" not in [s.kind for s in plan.steps]
    future = [o for o in demo.schedule("primary").overrides if o.end > now()]
    stored = [o for s in account.state.schedules.values() for o in s["overrides"]]
    assert len(stored) == len(future)
    assert all(o.pagerduty_id for o in result.schedule("primary").overrides if o.end > now())


def test_person_without_user_blocks_the_push(
    fake: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    for person in demo.people[1:]:
        fake.add_user(person.name, person.email)
    plan = plan_push(client, demo, now())
    missing = demo.people[0]
    assert plan.blocked
    assert any(e.startswith(f"person {missing.id} ") and missing.email in e for e in plan.errors)
    with pytest.raises(SyncError, match="blocked"):
        apply_plan(plan, client, lambda p, s: None)
    assert fake.writes == 0


def test_constructs_pagerduty_cannot_store_are_errors(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    schedule = demo.schedule("managers")
    layer = replace(
        schedule.layers[0],
        rotation_virtual_start=schedule.layers[0].rotation_virtual_start + timedelta(seconds=30),
    )
    project = replace(
        demo,
        schedules=tuple(
            replace(s, layers=(layer,)) if s.id == "managers" else s for s in demo.schedules
        ),
    )
    plan = plan_push(client, project, now())
    assert any("whole minute" in e for e in plan.errors)


def test_remote_changes_since_the_pull_are_reported(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    pushed(client, demo)
    pulled, _ = pull(client, now=now())
    target = pulled.schedules[0]
    account.state.schedules[target.pagerduty_id]["name"] = "Renamed remotely"
    user = next(iter(account.state.users))
    account.state.policies[pulled.escalation_policies[0].pagerduty_id]["num_loops"] = 3
    start = now() + timedelta(days=2)
    account.state.schedules[target.pagerduty_id]["overrides"].append(
        {"id": "QREMOTE", "start": start, "end": start + timedelta(hours=4), "user": user}
    )
    plan = plan_push(client, pulled, now())
    drift = "\n".join(plan.drift)
    assert f"schedule {target.name}: changed on PagerDuty" in drift
    assert "escalation policy Payments: changed on PagerDuty" in drift
    assert "was added on PagerDuty since the last pull" in drift
    # The project wins where it says something: the name and loops go back.
    assert {s.kind for s in plan.steps} == {"update_schedule", "update_policy"}


def test_deleting_a_pulled_override_deletes_it_remotely(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    pushed(client, demo)
    pulled, _ = pull(client, now=now())
    schedule = next(s for s in pulled.schedules if s.overrides)
    gone = schedule.overrides[0]
    project = replace(
        pulled,
        schedules=tuple(
            replace(s, overrides=s.overrides[1:]) if s.id == schedule.id else s
            for s in pulled.schedules
        ),
    )
    account.reset_counts()
    result, plan = push(client, project)
    assert [s.kind for s in plan.steps] == ["delete_override"]
    assert account.count("DELETE", "/schedules/{id}/overrides/{override_id}") == 1
    remaining = account.state.schedules[schedule.pagerduty_id]["overrides"]
    assert gone.pagerduty_id not in {o["id"] for o in remaining}
    assert plan_push(client, result, now()).steps == ()


def test_override_refused_per_item_is_reported_and_others_kept(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    pushed_project = pushed(client, demo)
    start = now() + timedelta(days=5)
    good = Override("good", start, start + timedelta(hours=3), "sofia")
    late = Override("late", now() + timedelta(seconds=1), now() + timedelta(seconds=2), "sofia")
    project = replace(
        pushed_project,
        schedules=tuple(
            replace(s, overrides=(*s.overrides, good, late)) if s.id == "primary" else s
            for s in pushed_project.schedules
        ),
    )
    plan = plan_push(client, project, now())
    saved: list[Project] = []
    account.clock = lambda: datetime.now(UTC) + timedelta(seconds=3)
    with pytest.raises(SyncError, match="Override must end in the future"):
        apply_plan(plan, client, lambda p, s: saved.append(p))
    kept = saved[-1].schedule("primary")
    assert next(o for o in kept.overrides if o.id == "good").pagerduty_id
    assert next(o for o in kept.overrides if o.id == "late").pagerduty_id is None


def test_fake_validation_errors_reach_the_user(
    account: FakePagerDuty, client: PagerDutyClient
) -> None:
    user = next(iter(account.state.users))
    start = "2026-01-05T09:00:00Z"
    layer = {
        "start": start,
        "rotation_virtual_start": start,
        "rotation_turn_length_seconds": 86_400,
        "users": [{"user": {"id": user, "type": "user_reference"}}],
    }
    cases = [
        ({"time_zone": "UTC"}, "Time zone"),
        ({"layer": {"rotation_turn_length_seconds": 60}}, "turn length"),
        (
            {
                "layer": {
                    "restrictions": [
                        {
                            "type": "daily_restriction",
                            "start_time_of_day": "09:00:00",
                            "duration_seconds": 86_400,
                        }
                    ]
                }
            },
            "less than 1 day",
        ),
        (
            {
                "layer": {
                    "restrictions": [
                        {
                            "type": "weekly_restriction",
                            "start_time_of_day": "09:00:00",
                            "duration_seconds": 3600,
                        }
                    ]
                }
            },
            "Start day of week",
        ),
        (
            {
                "layer": {
                    "restrictions": [
                        {
                            "type": "weekly_restriction",
                            "start_time_of_day": "09:00:00",
                            "duration_seconds": 604_800,
                            "start_day_of_week": 1,
                        }
                    ]
                }
            },
            "shorter duration",
        ),
        ({"layer": {"rotation_virtual_start": "2026-01-05T09:00:30Z"}}, "whole minute"),
    ]
    for change, message in cases:
        body = {
            "name": "S",
            "time_zone": change.get("time_zone", "Etc/UTC"),
            "schedule_layers": [{**layer, **change.get("layer", {})}],
        }
        with pytest.raises(InvalidInputError, match=message):
            client.request("POST", "/schedules", body={"schedule": body})


def test_v3_targets_are_kept_read_only(
    account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    v3 = account.add_v3_schedule("Shift-based support")
    user = next(iter(account.state.users))
    client.request(
        "POST",
        "/escalation_policies",
        body={
            "escalation_policy": {
                "type": "escalation_policy",
                "name": "Support",
                "escalation_rules": [
                    {
                        "escalation_delay_in_minutes": 10,
                        "targets": [
                            {"id": v3, "type": "schedule_v3_reference"},
                            {"id": user, "type": "user_reference"},
                        ],
                    }
                ],
            }
        },
    )
    pulled, notes = pull(client, now=now())
    placeholder = next(s for s in pulled.schedules if s.pagerduty_id == v3)
    assert READ_ONLY_KEY in placeholder.extra
    assert any("shift-based" in n for n in notes)
    assert plan_push(client, pulled, now()).steps == ()
    # Editing the policy keeps the v3 reference type.
    policy = pulled.escalation_policies[0]
    project = replace(pulled, escalation_policies=(replace(policy, num_loops=2),))
    account.reset_counts()
    pushed(client, project)
    put = next(r for r in account.requests if r.method == "PUT")
    assert (
        put.body["escalation_policy"]["escalation_rules"][0]["targets"][0]["type"]
        == "schedule_v3_reference"
    )
    # Adding a layer to it is refused before anything is sent.
    layer = Layer(
        "l", "L", now(), now().replace(second=0, microsecond=0), 86_400, (pulled.people[0].id,)
    )
    bad = replace(
        pulled,
        schedules=tuple(
            replace(s, layers=(layer,)) if s.pagerduty_id == v3 else s for s in pulled.schedules
        ),
    )
    assert any("read-only" in e for e in plan_push(client, bad, now()).errors)


def test_utc_schedule_is_sent_as_etc_utc(account: FakePagerDuty, client: PagerDutyClient) -> None:
    user = next(iter(account.state.users))
    email = account.state.users[user]["email"]
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    project = Project(
        "p",
        people=(Person("a", "A", email),),
        schedules=(Schedule("s", "S", "UTC", (Layer("l", "L", start, start, 604_800, ("a",)),)),),
        escalation_policies=(
            EscalationPolicy(
                "ep", "EP", (EscalationRule(5, (EscalationTarget("schedule", "s"),)),)
            ),
        ),
    )
    result = pushed(client, project)
    post = next(r for r in account.requests if r.template == "/schedules" and r.method == "POST")
    assert post.body["schedule"]["time_zone"] == "Etc/UTC"
    assert plan_push(client, result, now()).steps == ()


def test_unreachable_account_is_one_clear_error(demo: Project) -> None:
    with httpx.Client() as http:
        client = PagerDutyClient(http, "t", base_url="http://127.0.0.1:9", sleep=lambda s: None)
        with pytest.raises(UnreachableError, match="unreachable"):
            plan_push(client, demo, now())
