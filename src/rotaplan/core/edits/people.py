"""Edits of the team: add, rename, replace and delete people."""

from __future__ import annotations

import dataclasses

from rotaplan.core.edits._base import checked, new_id
from rotaplan.core.edits.policies import without_target
from rotaplan.core.errors import EditError
from rotaplan.core.model import EscalationTarget, Layer, Person, Project
from rotaplan.core.templates import QT_TRANSLATE_NOOP

__all__ = ["PALETTE", "add_person", "delete_person", "rename_person", "replace_person"]

# Calm, distinguishable colours for new people (Tableau 10, which the demo uses too).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)


def _with_members(layer: Layer, members: tuple[str, ...]) -> Layer:
    return checked(lambda: dataclasses.replace(layer, members=members))


def add_person(project: Project, name: str, time_zone: str = "Etc/UTC") -> tuple[Project, str]:
    """Add a person called ``name``; returns the project and the new id."""
    person_id = new_id(name, project.people_by_id)
    color = PALETTE[len(project.people) % len(PALETTE)]
    person = checked(lambda: Person(id=person_id, name=name, time_zone=time_zone, color=color))
    new = checked(lambda: dataclasses.replace(project, people=(*project.people, person)))
    return new, person_id


def replace_person(project: Project, person: Person) -> Project:
    """Replace the person with the same id."""
    people = tuple(person if p.id == person.id else p for p in project.people)
    return checked(lambda: dataclasses.replace(project, people=people))


def rename_person(project: Project, person_id: str, name: str) -> Project:
    """Give a person a new display name."""
    person = checked(lambda: dataclasses.replace(project.person(person_id), name=name))
    return replace_person(project, person)


def delete_person(project: Project, person_id: str) -> Project:
    """Delete a person with their overrides and time off, and take them out of layers/policies."""
    person = project.person(person_id)
    schedules = []
    for schedule in project.schedules:
        layers = []
        for layer in schedule.layers:
            members = tuple(m for m in layer.members if m != person_id)
            if not members:
                raise EditError(
                    "only_member",
                    QT_TRANSLATE_NOOP(
                        "EditError",
                        "%1 is the only member of layer “%2” in “%3”: add someone else to it "
                        "or delete the layer first",
                    ),
                    person.name,
                    layer.name or layer.id,
                    schedule.name,
                )
            layers.append(layer if members == layer.members else _with_members(layer, members))
        overrides = tuple(o for o in schedule.overrides if o.person != person_id)
        schedules.append(dataclasses.replace(schedule, layers=tuple(layers), overrides=overrides))
    policies = without_target(project, EscalationTarget("person", person_id), person.name)
    return checked(
        lambda: dataclasses.replace(
            project,
            people=tuple(p for p in project.people if p.id != person_id),
            schedules=tuple(schedules),
            escalation_policies=policies,
            time_off=tuple(t for t in project.time_off if t.person != person_id),
        )
    )
