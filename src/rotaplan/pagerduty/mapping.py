"""PagerDuty JSON <-> the core model (DESIGN §5): users, schedules, layers, overrides, policies.

Reading reverses PagerDuty's highest-first layer order and turns every time into an aware
datetime; writing sends UTC ``Z`` strings, whole-minute virtual starts, ``Etc/UTC`` for ``UTC``
and layers lowest priority first. Shift-based (v3) schedules become read-only placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time
from typing import Any

from rotaplan.core import (
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    Layer,
    ModelError,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
)
from rotaplan.pagerduty.errors import PagerDutyError

__all__ = [
    "READ_ONLY_KEY",
    "IdMaker",
    "is_read_only",
    "layer_to_pd",
    "override_from_pd",
    "override_to_pd",
    "parse_time",
    "pd_time",
    "pd_zone",
    "person_from_user",
    "policy_body",
    "policy_from_pd",
    "read_only_schedule",
    "restriction_from_pd",
    "restriction_to_pd",
    "schedule_from_pd",
    "slug",
    "user_ids",
]

READ_ONLY_KEY = "pagerduty_read_only"
_V3_REASON = "shift-based (v3) schedule: Rotaplan shows it read-only; edit it in PagerDuty"


def parse_time(value: object, where: str) -> datetime:
    """An aware UTC datetime from PagerDuty's ISO 8601 text (any offset, or ``Z``)."""
    if not isinstance(value, str):
        raise PagerDutyError(f"{where}: PagerDuty sent {value!r}, not a date and time")
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise PagerDutyError(f"{where}: PagerDuty sent {value!r}, not a date and time") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def pd_time(value: datetime) -> str:
    """The UTC ``Z`` text PagerDuty is sent (seconds kept, microseconds never)."""
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def pd_zone(name: str) -> str:
    """The schedule time zone PagerDuty accepts (``UTC`` is refused there; ``Etc/UTC`` is not)."""
    return "Etc/UTC" if name in ("UTC", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu") else name


def slug(text: str, fallback: str) -> str:
    """A readable project id from a name or an email's local part."""
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")
    return value or fallback


class IdMaker:
    """Unique project ids within one kind: ``alice``, ``alice-2``…"""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = set(taken)

    def make(self, text: str, fallback: str) -> str:
        """A fresh id built from ``text``."""
        base = slug(text, fallback)
        candidate, n = base, 1
        while candidate in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate


def person_from_user(user: Mapping[str, Any], person_id: str) -> Person:
    """A person for a PagerDuty user (name, email, time zone)."""
    tz = user.get("time_zone") or "Etc/UTC"
    try:
        return Person(
            id=person_id,
            name=str(user.get("name") or user.get("email") or person_id),
            email=str(user.get("email") or ""),
            time_zone=pd_zone(tz),
            pagerduty_id=str(user["id"]),
        )
    except ModelError:
        # A zone this machine does not know (PagerDuty uses a few ActiveSupport names).
        return Person(
            id=person_id,
            name=str(user.get("name") or person_id),
            email=str(user.get("email") or ""),
            pagerduty_id=str(user["id"]),
        )


def user_ids(people: Iterable[Person]) -> dict[str, str]:
    """Person id -> PagerDuty user id, for the people that have one."""
    return {p.id: p.pagerduty_id for p in people if p.pagerduty_id}


def restriction_from_pd(data: Mapping[str, Any], where: str) -> Restriction:
    """A restriction from PagerDuty's ``daily_restriction``/``weekly_restriction``."""
    kind = {"daily_restriction": "daily", "weekly_restriction": "weekly"}.get(str(data.get("type")))
    if kind is None:
        raise PagerDutyError(f"{where}: unknown restriction type {data.get('type')!r}")
    try:
        start = time.fromisoformat(str(data.get("start_time_of_day")))
        return Restriction(
            type=kind,  # type: ignore[arg-type]  # one of the two literals
            start_time=start,
            duration_seconds=int(data.get("duration_seconds") or 0),
            start_day_of_week=data.get("start_day_of_week") if kind == "weekly" else None,
        )
    except (ValueError, TypeError) as error:
        raise PagerDutyError(f"{where}: {error}") from None


def restriction_to_pd(r: Restriction) -> dict[str, Any]:
    """PagerDuty's restriction object (no ``start_day_of_week`` on a daily one)."""
    out: dict[str, Any] = {
        "type": f"{r.type}_restriction",
        "start_time_of_day": r.start_time.strftime("%H:%M:%S"),
        "duration_seconds": r.duration_seconds,
    }
    if r.type == "weekly":
        out["start_day_of_week"] = r.start_day_of_week
    return out


def _layer_from_pd(
    data: Mapping[str, Any], layer_id: str, person_of_user: Mapping[str, str], where: str
) -> Layer:
    members = []
    for i, entry in enumerate(data.get("users") or []):
        ref = entry.get("user") if isinstance(entry, dict) else None
        user_id = ref.get("id") if isinstance(ref, dict) else None
        if not isinstance(user_id, str) or user_id not in person_of_user:
            raise PagerDutyError(f"{where}.users[{i}]: user {user_id} is not among the users")
        members.append(person_of_user[user_id])
    end = data.get("end")
    try:
        return Layer(
            id=layer_id,
            name=str(data.get("name") or ""),
            start=parse_time(data.get("start"), f"{where}.start"),
            end=None if end is None else parse_time(end, f"{where}.end"),
            rotation_virtual_start=parse_time(
                data.get("rotation_virtual_start"), f"{where}.rotation_virtual_start"
            ),
            turn_length_seconds=int(data.get("rotation_turn_length_seconds") or 0),
            members=tuple(members),
            restrictions=tuple(
                restriction_from_pd(r, f"{where}.restrictions[{i}]")
                for i, r in enumerate(data.get("restrictions") or [])
            ),
            pagerduty_id=str(data["id"]),
        )
    except ModelError as error:
        raise PagerDutyError(f"{where}: {error}") from None


def schedule_from_pd(
    data: Mapping[str, Any],
    schedule_id: str,
    person_of_user: Mapping[str, str],
    overrides: Iterable[Override] = (),
) -> tuple[Schedule, list[str]]:
    """A schedule (layers lowest priority first) and notes on layers that could not be kept."""
    where = f"schedule {data.get('name')!r} ({data.get('id')})"
    ids = IdMaker()
    layers: list[Layer] = []
    notes: list[str] = []
    # PagerDuty lists the highest-priority layer first; the model lists it last.
    for raw in reversed(data.get("schedule_layers") or []):
        layer_where = f"{where} layer {raw.get('name')!r}"
        layer_id = ids.make(str(raw.get("name") or ""), "layer")
        start = parse_time(raw.get("start"), f"{layer_where}.start")
        end = raw.get("end")
        if end is not None and parse_time(end, f"{layer_where}.end") <= start:
            notes.append(f"{layer_where}: ends before it starts; left out")
            continue
        layers.append(_layer_from_pd(raw, layer_id, person_of_user, layer_where))
    try:
        schedule = Schedule(
            id=schedule_id,
            name=str(data.get("name") or schedule_id),
            description=str(data.get("description") or ""),
            time_zone=pd_zone(str(data.get("time_zone") or "Etc/UTC")),
            layers=tuple(layers),
            overrides=tuple(overrides),
            pagerduty_id=str(data["id"]),
        )
    except ModelError as error:
        raise PagerDutyError(f"{where}: {error}") from None
    return schedule, notes


def read_only_schedule(pagerduty_id: str, name: str, schedule_id: str) -> Schedule:
    """A placeholder for a shift-based (v3) schedule that escalation policies target."""
    return Schedule(
        id=schedule_id,
        name=name or pagerduty_id,
        time_zone="Etc/UTC",
        pagerduty_id=pagerduty_id,
        extra={READ_ONLY_KEY: _V3_REASON},
    )


def is_read_only(schedule: Schedule) -> bool:
    """Whether the schedule is a read-only (shift-based) PagerDuty schedule."""
    return READ_ONLY_KEY in schedule.extra


def override_from_pd(
    data: Mapping[str, Any], override_id: str, person_of_user: Mapping[str, str], where: str
) -> Override:
    """An override from PagerDuty's JSON."""
    user = data.get("user")
    user_id = user.get("id") if isinstance(user, dict) else None
    if not isinstance(user_id, str) or user_id not in person_of_user:
        raise PagerDutyError(f"{where}: user {user_id} is not among the users")
    try:
        return Override(
            id=override_id,
            start=parse_time(data.get("start"), f"{where}.start"),
            end=parse_time(data.get("end"), f"{where}.end"),
            person=person_of_user[user_id],
            pagerduty_id=str(data["id"]),
        )
    except ModelError as error:
        raise PagerDutyError(f"{where}: {error}") from None


def policy_from_pd(
    data: Mapping[str, Any],
    policy_id: str,
    person_of_user: Mapping[str, str],
    schedule_of_pd: Mapping[str, str],
) -> EscalationPolicy:
    """An escalation policy; targets name the project's people and schedules."""
    where = f"escalation policy {data.get('name')!r} ({data.get('id')})"
    rules = []
    for ri, rule in enumerate(data.get("escalation_rules") or []):
        targets = []
        for ti, target in enumerate(rule.get("targets") or []):
            kind = str(target.get("type"))
            target_id = target.get("id")
            if kind.startswith("user") and target_id in person_of_user:
                targets.append(EscalationTarget("person", person_of_user[target_id]))
            elif kind.startswith("schedule") and target_id in schedule_of_pd:
                targets.append(EscalationTarget("schedule", schedule_of_pd[target_id]))
            else:
                raise PagerDutyError(
                    f"{where}: rule {ri + 1} target {ti + 1} ({kind} {target_id}) is unknown"
                )
        try:
            rules.append(
                EscalationRule(
                    delay_minutes=int(rule.get("escalation_delay_in_minutes") or 0),
                    targets=tuple(targets),
                )
            )
        except ModelError as error:
            raise PagerDutyError(f"{where}: rule {ri + 1}: {error}") from None
    try:
        return EscalationPolicy(
            id=policy_id,
            name=str(data.get("name") or policy_id),
            description=str(data.get("description") or ""),
            num_loops=int(data.get("num_loops") or 0),
            rules=tuple(rules),
            pagerduty_id=str(data["id"]),
        )
    except ModelError as error:
        raise PagerDutyError(f"{where}: {error}") from None


def layer_to_pd(layer: Layer, users: Mapping[str, str]) -> dict[str, Any]:
    """PagerDuty's layer object (``users`` maps person ids to user ids; all must be there)."""
    out: dict[str, Any] = {}
    if layer.pagerduty_id:
        out["id"] = layer.pagerduty_id
    out.update(
        {
            "name": layer.name or layer.id,
            "start": pd_time(layer.start),
            "end": None if layer.end is None else pd_time(layer.end),
            "rotation_virtual_start": pd_time(layer.rotation_virtual_start),
            "rotation_turn_length_seconds": layer.turn_length_seconds,
            "users": [{"user": {"id": users[m], "type": "user_reference"}} for m in layer.members],
            "restrictions": [restriction_to_pd(r) for r in layer.restrictions],
        }
    )
    return out


def override_to_pd(override: Override, users: Mapping[str, str]) -> dict[str, Any]:
    """PagerDuty's override object, times in UTC."""
    return {
        "start": pd_time(override.start),
        "end": pd_time(override.end),
        "user": {"id": users[override.person], "type": "user_reference"},
    }


def policy_body(policy: EscalationPolicy, project: Project) -> dict[str, Any]:
    """PagerDuty's escalation policy object; targets are the linked users and schedules."""
    users = user_ids(project.people)
    rules = []
    for rule in policy.rules:
        targets = []
        for t in rule.targets:
            if t.kind == "person":
                targets.append({"id": users.get(t.id), "type": "user_reference"})
            else:
                s = project.schedule(t.id)
                kind = "schedule_v3_reference" if is_read_only(s) else "schedule_reference"
                targets.append({"id": s.pagerduty_id, "type": kind})
        rules.append({"escalation_delay_in_minutes": rule.delay_minutes, "targets": targets})
    return {
        "type": "escalation_policy",
        "name": policy.name,
        "description": policy.description,
        "num_loops": policy.num_loops,
        "escalation_rules": rules,
    }
