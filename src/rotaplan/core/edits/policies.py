"""Edits of escalation policies, and taking a target out of every policy."""

from __future__ import annotations

import dataclasses

from rotaplan.core.edits._base import checked, new_id
from rotaplan.core.errors import EditError
from rotaplan.core.model import EscalationPolicy, EscalationRule, EscalationTarget, Project
from rotaplan.core.templates import QT_TRANSLATE_NOOP

__all__ = ["add_policy", "delete_policy", "rename_policy", "replace_policy", "without_target"]


def add_policy(project: Project, name: str) -> tuple[Project, str]:
    """Add a policy notifying the first schedule (or person) after 30 minutes."""
    if project.schedules:
        target = EscalationTarget("schedule", project.schedules[0].id)
    elif project.people:
        target = EscalationTarget("person", project.people[0].id)
    else:
        raise EditError(
            "policy_needs_target",
            QT_TRANSLATE_NOOP(
                "EditError", "add a person or a schedule first: a policy needs someone to notify"
            ),
        )
    policy_id = new_id(name, project.policies_by_id)
    policy = checked(
        lambda: EscalationPolicy(id=policy_id, name=name, rules=(EscalationRule(30, (target,)),))
    )
    policies = (*project.escalation_policies, policy)
    return checked(lambda: dataclasses.replace(project, escalation_policies=policies)), policy_id


def replace_policy(project: Project, policy: EscalationPolicy) -> Project:
    """Replace the escalation policy with the same id."""
    policies = tuple(policy if p.id == policy.id else p for p in project.escalation_policies)
    return checked(lambda: dataclasses.replace(project, escalation_policies=policies))


def rename_policy(project: Project, policy_id: str, name: str) -> Project:
    """Give an escalation policy a new name."""
    renamed = checked(lambda: dataclasses.replace(project.policy(policy_id), name=name))
    return replace_policy(project, renamed)


def delete_policy(project: Project, policy_id: str) -> Project:
    """Delete an escalation policy."""
    policies = tuple(p for p in project.escalation_policies if p.id != policy_id)
    return checked(lambda: dataclasses.replace(project, escalation_policies=policies))


def without_target(
    project: Project, target: EscalationTarget, label: str
) -> tuple[EscalationPolicy, ...]:
    """Every policy with ``target`` taken out of its rules (a rule left empty goes).

    Refused when a policy would be left with no rule at all; ``label`` names the target then.
    """
    policies = []
    for policy in project.escalation_policies:
        rules = []
        for rule in policy.rules:
            targets = tuple(t for t in rule.targets if (t.kind, t.id) != (target.kind, target.id))
            if targets:
                rules.append(rule if targets == rule.targets else _with_targets(rule, targets))
        if not rules:
            raise EditError(
                "policy_only_target",
                QT_TRANSLATE_NOOP(
                    "EditError",
                    "escalation policy “%1” notifies only %2: change or delete that policy first",
                ),
                policy.name,
                label,
            )
        policies.append(dataclasses.replace(policy, rules=tuple(rules)))
    return tuple(policies)


def _with_targets(rule: EscalationRule, targets: tuple[EscalationTarget, ...]) -> EscalationRule:
    return dataclasses.replace(rule, targets=targets)
