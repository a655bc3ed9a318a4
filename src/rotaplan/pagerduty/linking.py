"""Linking: which PagerDuty object each project object is, before a plan compares them.

People link by their user id, else by email. Schedules and escalation policies link by their
``pagerduty_id``; one without an id adopts a remote object of the same name that the last pull
did not see, which a failed push created. Layers and overrides without a twin adopt, the same way,
a remote one of the same content. Linking changes only ``pagerduty_id`` values; each function
returns the linked value with what it did (``links``) and the links it found broken.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Generic, TypeVar

from rotaplan.core import Layer, Override, Project, Schedule
from rotaplan.core.edits import replace_schedule
from rotaplan.pagerduty.describing import override_text
from rotaplan.pagerduty.mapping import is_read_only, layer_to_pd, pd_time
from rotaplan.pagerduty.remote import JsonObject, Remote, instant_text, layer_key, snapshot_of

__all__ = [
    "Linked",
    "OverrideKey",
    "is_current",
    "link_layers",
    "link_objects",
    "link_overrides",
    "linked_schedules",
    "override_key",
    "remote_override_key",
    "replace_schedule",
    "set_override_ids",
]

T = TypeVar("T")
# An override as PagerDuty compares it: UTC start, UTC end, user id.
OverrideKey = tuple[str | None, str | None, Any]


@dataclass(frozen=True)
class Linked(Generic[T]):
    """A value with its objects linked, what was linked, and the links found broken."""

    value: T
    links: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    drift: tuple[str, ...] = ()


def is_current(layer: Layer, now: datetime) -> bool:
    """Whether a layer still takes part: PagerDuty keeps ended layers only as history."""
    return layer.end is None or layer.end > now


def override_key(o: Override, users: Mapping[str, str]) -> OverrideKey:
    """A project override as PagerDuty would hold it."""
    return (pd_time(o.start), pd_time(o.end), users.get(o.person))


def remote_override_key(r: JsonObject) -> OverrideKey:
    """A PagerDuty override, comparable with ``override_key``."""
    return (instant_text(r.get("start")), instant_text(r.get("end")), r.get("user", {}).get("id"))


def _with_override_ids(schedule: Schedule, ids: Mapping[str, str | None]) -> Schedule:
    overrides = tuple(
        replace(o, pagerduty_id=ids[o.id]) if o.id in ids else o for o in schedule.overrides
    )
    return replace(schedule, overrides=overrides)


def set_override_ids(project: Project, schedule_id: str, ids: Mapping[str, str | None]) -> Project:
    """``project`` with the overrides of a schedule given new ``pagerduty_id`` values by id."""
    return replace_schedule(project, _with_override_ids(project.schedule(schedule_id), ids))


# -- people, schedules and escalation policies ------------------------------------------------
def _link_people(project: Project, users: Sequence[JsonObject]) -> tuple[Project, list[str]]:
    by_id = {str(u["id"]): u for u in users}
    by_email = {str(u.get("email") or "").lower(): u for u in users}
    links = []
    people = []
    for person in project.people:
        if person.pagerduty_id in by_id:
            people.append(person)
            continue
        user = by_email.get(person.email.lower()) if person.email else None
        if user is not None:
            links.append(
                f"person {person.id}: PagerDuty user {user.get('name')} ({user['id']}), by email"
            )
            people.append(replace(person, pagerduty_id=str(user["id"])))
        else:
            people.append(replace(person, pagerduty_id=None))
    return replace(project, people=tuple(people)), links


def _adopt(
    kind: str, local: Iterable[Any], remote: Mapping[str, JsonObject], known: Iterable[str]
) -> Linked[dict[str, str]]:
    """Project id -> PagerDuty id of the objects that adopt a remote one by name."""
    taken = {obj.pagerduty_id for obj in local if obj.pagerduty_id in remote}
    known = set(known)
    adopted: dict[str, str] = {}
    links = []
    errors = []
    for obj in local:
        if obj.pagerduty_id in remote:
            continue
        if obj.pagerduty_id:
            errors.append(
                f"{kind[:-1]} {obj.id}: its PagerDuty twin {obj.pagerduty_id} no longer "
                "exists; clear its pagerduty_id to create it again"
            )
            continue
        for pd_id, data in remote.items():
            if pd_id not in taken and pd_id not in known and data.get("name") == obj.name:
                taken.add(pd_id)
                adopted[obj.id] = pd_id
                links.append(
                    f"{kind[:-1]} {obj.id}: existing PagerDuty {kind[:-1]} "
                    f"{obj.name!r} ({pd_id}), by name"
                )
                break
    return Linked(adopted, tuple(links), tuple(errors))


def link_objects(project: Project, remote: Remote) -> Linked[Project]:
    """Link the people, schedules and escalation policies; overrides are not needed for it."""
    snapshot = snapshot_of(project)
    project, links = _link_people(project, remote.users)
    editable = [s for s in project.schedules if not is_read_only(s)]
    schedules = _adopt("schedules", editable, remote.schedules, snapshot["schedules"])
    policies = _adopt(
        "policies", project.escalation_policies, remote.policies, snapshot["policies"]
    )
    project = replace(
        project,
        schedules=tuple(
            replace(s, pagerduty_id=schedules.value[s.id]) if s.id in schedules.value else s
            for s in project.schedules
        ),
        escalation_policies=tuple(
            replace(p, pagerduty_id=policies.value[p.id]) if p.id in policies.value else p
            for p in project.escalation_policies
        ),
    )
    return Linked(
        project,
        (*links, *schedules.links, *policies.links),
        (*schedules.errors, *policies.errors),
    )


def linked_schedules(project: Project, remote: Remote) -> list[str]:
    """The PagerDuty ids of the project's editable schedules that the account holds."""
    return [
        s.pagerduty_id
        for s in project.schedules
        if s.pagerduty_id is not None and s.pagerduty_id in remote.schedules and not is_read_only(s)
    ]


# -- layers and overrides of a linked schedule ------------------------------------------------
def link_layers(
    schedule: Schedule,
    remote_layers: Mapping[str, JsonObject],
    known: Iterable[str],
    users: Mapping[str, str],
    now: datetime,
) -> Linked[Schedule]:
    """Unlink layers gone from PagerDuty; a current layer without a twin adopts one by content.

    Args:
        remote_layers: the layers of the schedule's PagerDuty twin, by id.
        known: the ids of the layers the last pull saw (never adopted).
        users: person id -> PagerDuty user id.
    """
    known = set(known)
    taken = {la.pagerduty_id for la in schedule.layers if la.pagerduty_id in remote_layers}
    layers = []
    links = []
    notes = []
    for layer in schedule.layers:
        if layer.pagerduty_id and layer.pagerduty_id not in remote_layers:
            notes.append(
                f"schedule {schedule.id} layer {layer.id}: PagerDuty layer "
                f"{layer.pagerduty_id} is gone; it will be added again"
            )
            layer = replace(layer, pagerduty_id=None)
        linkable = is_current(layer, now) and set(layer.members) <= set(users)
        if layer.pagerduty_id is None and linkable:
            key = layer_key(layer_to_pd(layer, users))
            for pd_id, data in remote_layers.items():
                if pd_id not in taken and pd_id not in known and layer_key(data) == key:
                    taken.add(pd_id)
                    layer = replace(layer, pagerduty_id=pd_id)
                    links.append(
                        f"schedule {schedule.id} layer {layer.id}: PagerDuty layer {pd_id}, "
                        "by content"
                    )
                    break
        layers.append(layer)
    return Linked(replace(schedule, layers=tuple(layers)), tuple(links), notes=tuple(notes))


def link_overrides(
    schedule: Schedule,
    remote: Mapping[str, JsonObject],
    known: Iterable[str],
    users: Mapping[str, str],
    now: datetime,
) -> Linked[Schedule]:
    """A future override without a twin adopts a remote one of the same content.

    One whose twin was deleted on PagerDuty is reported as drift. ``remote`` holds the schedule's
    PagerDuty overrides by id; ``known`` the ids the last pull saw (never adopted).
    """
    known = set(known)
    referenced = {o.pagerduty_id for o in schedule.overrides if o.pagerduty_id in remote}
    ids: dict[str, str | None] = {}
    links = []
    drift = []
    for o in schedule.overrides:
        if o.end <= now or o.pagerduty_id in remote:
            continue
        if o.pagerduty_id:
            drift.append(
                f"schedule {schedule.name}: override {override_text(o, schedule.time_zone)} was "
                "removed on PagerDuty since the last pull; push creates it again"
            )
        mine = override_key(o, users)
        twin = next(
            (
                pd_id
                for pd_id, r in remote.items()
                if pd_id not in referenced and pd_id not in known and remote_override_key(r) == mine
            ),
            None,
        )
        if twin is not None:
            referenced.add(twin)
            ids[o.id] = twin
            links.append(
                f"schedule {schedule.id} override {o.id}: PagerDuty override {twin}, by content"
            )
    return Linked(_with_override_ids(schedule, ids), tuple(links), drift=tuple(drift))
