"""Applying a plan: send the steps in order, handing back the project after every one.

The caller saves the new ``pagerduty_id`` values as they arrive, so a second push finds nothing
to do and a push that failed part-way completes without duplicates.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from rotaplan.core import (
    Layer,
    Project,
    Schedule,
)
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.errors import NotFoundError, PagerDutyError, SyncError
from rotaplan.pagerduty.linking import replace_schedule, set_override_ids
from rotaplan.pagerduty.mapping import (
    layer_to_pd,
    override_to_pd,
    pd_time,
    pd_zone,
    policy_body,
    user_ids,
)
from rotaplan.pagerduty.remote import (
    JsonObject,
    instant_text,
    layers_of,
    policy_fingerprint,
    schedule_record,
    snapshot_of,
    with_snapshot,
)
from rotaplan.pagerduty.steps import Step, StepKind, SyncPlan

__all__ = ["OnStep", "apply_plan"]

OnStep = Callable[[Project, Step | None], None]


def _ceil_minute(value: datetime) -> datetime:
    floor = value.replace(second=0, microsecond=0)
    return floor if floor == value else floor + timedelta(minutes=1)


class _Applier:
    def __init__(self, plan: SyncPlan, client: PagerDutyClient, on_step: OnStep) -> None:
        self.plan = plan
        self.client = client
        self.on_step = on_step
        self.project = plan.project
        self.snapshot = snapshot_of(plan.project)
        self.now = plan.now

    def save(self, step: Step | None) -> None:
        self.project = with_snapshot(self.project, self.snapshot)
        self.on_step(self.project, step)

    def users(self) -> dict[str, str]:
        return user_ids(self.project.people)

    def record_schedule(self, data: JsonObject) -> None:
        pd_id = str(data["id"])
        old = self.snapshot["schedules"].get(pd_id, {})
        self.snapshot["schedules"][pd_id] = schedule_record(data, old.get("overrides", ()))

    def schedule_body(self, schedule: Schedule, layers: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "schedule": {
                "type": "schedule",
                "name": schedule.name,
                "description": schedule.description,
                "time_zone": pd_zone(schedule.time_zone),
                "schedule_layers": layers,
            }
        }

    def link_layers(
        self, schedule: Schedule, sent: list[Layer], data: JsonObject, before: set[str]
    ) -> Schedule:
        fresh = [la for la in layers_of(data) if str(la.get("id")) not in before]
        ids: dict[str, str] = {}
        for layer in sent:
            match = next((la for la in fresh if la.get("name") == (layer.name or layer.id)), None)
            match = match or (fresh[0] if fresh else None)
            if match is None:
                raise SyncError(
                    f"schedule {schedule.id}: PagerDuty's answer lacks the new layer {layer.id}"
                )
            fresh.remove(match)
            ids[layer.id] = str(match["id"])
        return replace(
            schedule,
            pagerduty_id=str(data["id"]),
            layers=tuple(
                replace(la, pagerduty_id=ids[la.id]) if la.id in ids else la
                for la in schedule.layers
            ),
        )

    def create_schedule(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        active = [la for la in schedule.layers if la.end is None or la.end > self.now]
        users = self.users()
        body = self.schedule_body(
            schedule, [layer_to_pd(replace(la, pagerduty_id=None), users) for la in active]
        )
        data = self.client.request("POST", "/schedules", body=body).body["schedule"]
        schedule = self.link_layers(schedule, active, data, set())
        self.project = replace_schedule(self.project, schedule)
        self.record_schedule(data)

    def update_schedule(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        assert schedule.pagerduty_id is not None
        remote = self.plan.remote.schedules[schedule.pagerduty_id]
        remote_layers = {str(la["id"]): la for la in layers_of(remote)}
        users = self.users()
        layers: list[dict[str, Any]] = []
        end = pd_time(_ceil_minute(self.now))
        for pd_id in step.items:
            old = dict(remote_layers[pd_id])
            layers.append(
                {
                    "id": pd_id,
                    "name": old.get("name"),
                    "start": instant_text(old.get("start")),
                    "end": end,
                    "rotation_virtual_start": instant_text(old.get("rotation_virtual_start")),
                    "rotation_turn_length_seconds": old.get("rotation_turn_length_seconds"),
                    "users": [
                        {"user": {"id": u["user"]["id"], "type": "user_reference"}}
                        for u in old.get("users") or []
                    ],
                    "restrictions": [
                        {k: v for k, v in r.items() if v is not None}
                        for r in old.get("restrictions") or []
                    ],
                }
            )
        new: list[Layer] = []
        for layer in schedule.layers:
            if layer.end is not None and layer.end <= self.now:
                continue
            if layer.pagerduty_id not in remote_layers:
                layer = replace(layer, pagerduty_id=None)
                new.append(layer)
            layers.append(layer_to_pd(layer, users))
        response = self.client.request(
            "PUT",
            f"/schedules/{schedule.pagerduty_id}",
            body=self.schedule_body(schedule, layers),
            # Repeating a PUT that adds layers would add them twice.
            idempotent=not new,
        )
        data = response.body["schedule"]
        schedule = self.link_layers(schedule, new, data, set(remote_layers))
        self.project = replace_schedule(self.project, schedule)
        self.record_schedule(data)

    def create_overrides(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        assert schedule.pagerduty_id is not None
        users = self.users()
        wanted = [o for o in schedule.overrides if o.id in set(step.items)]
        body = {"overrides": [override_to_pd(o, users) for o in wanted]}
        answer = self.client.request(
            "POST", f"/schedules/{schedule.pagerduty_id}/overrides", body=body
        ).body
        if not isinstance(answer, list) or len(answer) != len(wanted):
            raise SyncError(
                f"schedule {schedule.id}: PagerDuty's answer to the override batch does not "
                "list every override; run plan to see what was created"
            )
        ids: dict[str, str | None] = {}
        failures = []
        for o, item in zip(wanted, answer, strict=True):
            status = item.get("status") if isinstance(item, dict) else None
            created = item.get("override") if isinstance(item, dict) else None
            if status in (200, 201) and isinstance(created, dict) and created.get("id"):
                ids[o.id] = str(created["id"])
            else:
                reasons = "; ".join(item.get("errors") or []) if isinstance(item, dict) else ""
                failures.append(f"override {o.id}: {reasons or f'status {status}'}")
        self.project = set_override_ids(self.project, schedule.id, ids)
        record = self.snapshot["schedules"].setdefault(
            schedule.pagerduty_id, {"fingerprint": "", "layers": [], "overrides": []}
        )
        record["overrides"] = sorted(
            set(record.get("overrides", ())) | {v for v in ids.values() if v}
        )
        if failures:
            self.save(step)
            raise SyncError(
                f"schedule {schedule.id}: PagerDuty refused {len(failures)} override(s): "
                + "; ".join(failures)
            )

    def delete_override(self, step: Step) -> None:
        schedule = self.project.schedule(step.subject)
        assert schedule.pagerduty_id is not None
        pd_id = step.items[0]
        # An override already gone reaches the step's goal.
        with contextlib.suppress(NotFoundError):
            self.client.request("DELETE", f"/schedules/{schedule.pagerduty_id}/overrides/{pd_id}")
        self.project = set_override_ids(
            self.project,
            schedule.id,
            {o.id: None for o in schedule.overrides if o.pagerduty_id == pd_id},
        )
        record = self.snapshot["schedules"].get(schedule.pagerduty_id)
        if record:
            record["overrides"] = [i for i in record.get("overrides", ()) if i != pd_id]

    def save_policy(self, step: Step) -> None:
        policy = self.project.policy(step.subject)
        body = policy_body(policy, self.project)
        if policy.pagerduty_id:
            old = self.plan.remote.policies[policy.pagerduty_id].get("escalation_rules") or []
            for rule, before in zip(body["escalation_rules"], old, strict=False):
                rule["id"] = before.get("id")
            answer = self.client.request(
                "PUT",
                f"/escalation_policies/{policy.pagerduty_id}",
                body={"escalation_policy": body},
            )
        else:
            answer = self.client.request(
                "POST", "/escalation_policies", body={"escalation_policy": body}
            )
        data = answer.body["escalation_policy"]
        pd_id = str(data["id"])
        self.project = replace(
            self.project,
            escalation_policies=tuple(
                replace(p, pagerduty_id=pd_id) if p.id == policy.id else p
                for p in self.project.escalation_policies
            ),
        )
        self.snapshot["policies"][pd_id] = {"fingerprint": policy_fingerprint(data)}

    def run(self) -> Project:
        if self.plan.blocked:
            raise SyncError(
                f"the push is blocked by {len(self.plan.errors)} error(s); the first: "
                f"{self.plan.errors[0]}"
            )
        if self.plan.links:
            self.save(None)
        actions: dict[StepKind, Callable[[Step], None]] = {
            StepKind.CREATE_SCHEDULE: self.create_schedule,
            StepKind.UPDATE_SCHEDULE: self.update_schedule,
            StepKind.CREATE_OVERRIDES: self.create_overrides,
            StepKind.DELETE_OVERRIDE: self.delete_override,
            StepKind.CREATE_POLICY: self.save_policy,
            StepKind.UPDATE_POLICY: self.save_policy,
        }
        for step in self.plan.steps:
            try:
                actions[step.kind](step)
            except (KeyError, TypeError, AttributeError) as error:
                raise SyncError(
                    f"{step.summary}: PagerDuty's answer was not understood ({error})"
                ) from None
            except PagerDutyError as error:
                raise SyncError(f"{step.summary}: {error}") from error
            self.save(step)
        return self.project


def apply_plan(plan: SyncPlan, client: PagerDutyClient, on_step: OnStep) -> Project:
    """Send the plan's steps in order; ``on_step`` gets the project after each one."""
    return _Applier(plan, client, on_step).run()
