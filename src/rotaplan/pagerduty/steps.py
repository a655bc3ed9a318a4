"""What a push plan is made of: the kinds of step, a step, and the plan with its findings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from rotaplan.core import Project
from rotaplan.pagerduty.remote import Remote

__all__ = ["Step", "StepKind", "SyncPlan"]


class StepKind(StrEnum):
    """What a step does; the value is the step's ``kind`` in ``plan --json``."""

    CREATE_SCHEDULE = "create_schedule"
    UPDATE_SCHEDULE = "update_schedule"
    DELETE_OVERRIDE = "delete_override"
    CREATE_OVERRIDES = "create_overrides"
    CREATE_POLICY = "create_policy"
    UPDATE_POLICY = "update_policy"

    @property
    def stage(self) -> int:
        """When a push sends it: schedules, override deletions, override creations, policies."""
        return _STAGES[self]

    @property
    def on_schedule(self) -> bool:
        """Whether the step's subject is a schedule (otherwise an escalation policy)."""
        return self not in (StepKind.CREATE_POLICY, StepKind.UPDATE_POLICY)


# Policies go last because their rules name schedules that the earlier steps create.
_STAGES = {
    StepKind.CREATE_SCHEDULE: 0,
    StepKind.UPDATE_SCHEDULE: 0,
    StepKind.DELETE_OVERRIDE: 1,
    StepKind.CREATE_OVERRIDES: 2,
    StepKind.CREATE_POLICY: 3,
    StepKind.UPDATE_POLICY: 3,
}


@dataclass(frozen=True)
class Step:
    """One change a push makes; ``writes`` is how many requests it sends."""

    kind: StepKind
    subject: str
    summary: str
    details: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    writes: int = 1

    def to_json(self) -> dict[str, Any]:
        """The step for ``plan --json``."""
        return {
            "kind": self.kind.value,
            "subject": self.subject,
            "summary": self.summary,
            "details": list(self.details),
            "writes": self.writes,
        }


@dataclass(frozen=True)
class SyncPlan:
    """The steps of a push, with links made, remote drift, blocking errors and notes."""

    project: Project
    remote: Remote
    now: datetime
    steps: tuple[Step, ...]
    links: tuple[str, ...] = ()
    drift: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        """Whether errors stop the push."""
        return bool(self.errors)

    @property
    def writes(self) -> int:
        """The requests that change the account."""
        return sum(step.writes for step in self.steps)

    def to_json(self) -> dict[str, Any]:
        """The plan for ``plan --json``."""
        return {
            "steps": [step.to_json() for step in self.steps],
            "writes": self.writes,
            "links": list(self.links),
            "remote_changes": list(self.drift),
            "errors": list(self.errors),
            "notes": list(self.notes),
        }
