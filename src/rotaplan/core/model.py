"""The planning model: people, schedules, layers, overrides, time off and escalation policies.

Every value is a frozen dataclass that validates itself on construction and names the bad field
when it refuses a value, so a message can point at ``schedules[0].layers[1].turn_length_seconds``.
``extra`` fields carry keys this version does not know, so a file survives a round trip intact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from functools import cached_property
from typing import Any, Literal

from rotaplan.core.errors import ModelError
from rotaplan.core.timeutil import instant, zone

__all__ = [
    "MAX_TURN_SECONDS",
    "MIN_TURN_SECONDS",
    "EscalationPolicy",
    "EscalationRule",
    "EscalationTarget",
    "HolidaySettings",
    "Layer",
    "Override",
    "Person",
    "Project",
    "Restriction",
    "Schedule",
    "TimeOff",
]

MIN_TURN_SECONDS = 3600
MAX_TURN_SECONDS = 31_536_000
_MIN_YEAR = 1900
_MAX_YEAR = 2199
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

RestrictionType = Literal["daily", "weekly"]
TargetKind = Literal["schedule", "person"]


def _require_text(value: object, name: str, *, allow_empty: bool = False) -> None:
    if not isinstance(value, str):
        raise ModelError(name, "must be a string")
    if not allow_empty and not value.strip():
        raise ModelError(name, "must not be empty")


def _require_optional_text(value: object, name: str) -> None:
    if value is not None and not isinstance(value, str):
        raise ModelError(name, "must be a string or null")


def _require_instant(value: object, name: str) -> None:
    if not isinstance(value, datetime):
        raise ModelError(name, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ModelError(name, "must carry a UTC offset (e.g. 2026-01-05T09:00:00+00:00)")
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        raise ModelError(name, f"must lie between the years {_MIN_YEAR} and {_MAX_YEAR}")


def _require_int(value: object, name: str, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ModelError(name, "must be a whole number")
    if value < low:
        raise ModelError(name, f"must be >= {low}")
    if value > high:
        raise ModelError(name, f"must be <= {high}")


def _require_zone(value: object, name: str) -> None:
    _require_text(value, name)
    assert isinstance(value, str)
    try:
        zone(value)
    except ValueError as error:
        raise ModelError(name, f"{error} (use an IANA name such as Europe/London)") from None


def _require_interval(start: datetime, end: datetime | None, end_name: str) -> None:
    # Instants, not ``<=``: two datetimes sharing a tzinfo compare by wall clock (fold ignored),
    # which accepts an interval that ends before it starts across a fall-back hour.
    if end is not None and instant(end) <= instant(start):
        raise ModelError(end_name, "must be after start")


@dataclass(frozen=True)
class Person:
    """Someone who can carry the pager."""

    id: str
    name: str
    email: str = ""
    time_zone: str = "Etc/UTC"
    color: str = "#4e79a7"
    pagerduty_id: str | None = None
    holiday_countries: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_text(self.id, "id")
        _require_text(self.name, "name")
        _require_text(self.email, "email", allow_empty=True)
        _require_zone(self.time_zone, "time_zone")
        if not isinstance(self.color, str) or not _COLOR.match(self.color):
            raise ModelError("color", "must be a colour like #4e79a7")
        _require_optional_text(self.pagerduty_id, "pagerduty_id")
        for i, country in enumerate(self.holiday_countries):
            _require_text(country, f"holiday_countries[{i}]")


@dataclass(frozen=True)
class Restriction:
    """A recurring window, in the schedule's zone, during which a layer is active."""

    type: RestrictionType
    start_time: time
    duration_seconds: int
    start_day_of_week: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        if self.type not in ("daily", "weekly"):
            raise ModelError("type", "must be 'daily' or 'weekly'")
        if not isinstance(self.start_time, time) or self.start_time.tzinfo is not None:
            raise ModelError("start_time", "must be a local time of day like 09:00:00")
        if self.type == "daily":
            _require_int(self.duration_seconds, "duration_seconds", 1, 86_399)
            if self.start_day_of_week is not None:
                raise ModelError("start_day_of_week", "is only allowed on weekly restrictions")
        else:
            _require_int(self.duration_seconds, "duration_seconds", 1, 604_799)
            if self.start_day_of_week is None:
                raise ModelError(
                    "start_day_of_week",
                    "is required on weekly restrictions (1 = Monday .. 7 = Sunday)",
                )
            _require_int(self.start_day_of_week, "start_day_of_week", 1, 7)


@dataclass(frozen=True)
class Layer:
    """One rotation: members take turns of a fixed length, optionally only inside restrictions."""

    id: str
    name: str
    start: datetime
    rotation_virtual_start: datetime
    turn_length_seconds: int
    members: tuple[str, ...]
    restrictions: tuple[Restriction, ...] = ()
    end: datetime | None = None
    pagerduty_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_text(self.id, "id")
        _require_text(self.name, "name", allow_empty=True)
        _require_instant(self.start, "start")
        if self.end is not None:
            _require_instant(self.end, "end")
            _require_interval(self.start, self.end, "end")
        _require_instant(self.rotation_virtual_start, "rotation_virtual_start")
        _require_int(
            self.turn_length_seconds, "turn_length_seconds", MIN_TURN_SECONDS, MAX_TURN_SECONDS
        )
        if not isinstance(self.members, tuple) or not self.members:
            raise ModelError("members", "must list at least one person")
        for i, member in enumerate(self.members):
            _require_text(member, f"members[{i}]")
        for i, restriction in enumerate(self.restrictions):
            if not isinstance(restriction, Restriction):
                raise ModelError(f"restrictions[{i}]", "must be a restriction")
        _require_optional_text(self.pagerduty_id, "pagerduty_id")


@dataclass(frozen=True)
class Override:
    """A person on call for ``[start, end)`` whatever the layers say."""

    id: str
    start: datetime
    end: datetime
    person: str
    pagerduty_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_text(self.id, "id")
        _require_instant(self.start, "start")
        _require_instant(self.end, "end")
        _require_interval(self.start, self.end, "end")
        _require_text(self.person, "person")
        _require_optional_text(self.pagerduty_id, "pagerduty_id")


@dataclass(frozen=True)
class Schedule:
    """Layers (lowest priority first) and overrides (later ones win), in one time zone."""

    id: str
    name: str
    time_zone: str
    layers: tuple[Layer, ...] = ()
    overrides: tuple[Override, ...] = ()
    description: str = ""
    pagerduty_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_text(self.id, "id")
        _require_text(self.name, "name")
        _require_text(self.description, "description", allow_empty=True)
        _require_zone(self.time_zone, "time_zone")
        _require_optional_text(self.pagerduty_id, "pagerduty_id")
        _require_unique([layer.id for layer in self.layers], "layers", "layer")
        _require_unique([o.id for o in self.overrides], "overrides", "override")

    def layer(self, layer_id: str) -> Layer:
        """The layer with this id (KeyError if there is none)."""
        for layer in self.layers:
            if layer.id == layer_id:
                return layer
        raise KeyError(layer_id)


@dataclass(frozen=True)
class TimeOff:
    """A person unavailable for ``[start, end)``.

    ``id`` is the entry's stable identity; an entry made without one gets one from its project
    (see ``Project``), so selections and edits never go by list position.
    """

    person: str
    start: datetime
    end: datetime
    note: str = ""
    uid: str | None = None
    id: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_text(self.id, "id", allow_empty=True)
        _require_text(self.person, "person")
        _require_instant(self.start, "start")
        _require_instant(self.end, "end")
        _require_interval(self.start, self.end, "end")
        _require_text(self.note, "note", allow_empty=True)
        _require_optional_text(self.uid, "uid")


@dataclass(frozen=True)
class EscalationTarget:
    """Whom an escalation rule notifies: a schedule's on-call person or a named person."""

    kind: TargetKind
    id: str
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in ("schedule", "person"):
            raise ModelError("kind", "must be 'schedule' or 'person'")
        _require_text(self.id, self.kind)


@dataclass(frozen=True)
class EscalationRule:
    """Notify the targets, then wait ``delay_minutes`` before the next rule."""

    delay_minutes: int
    targets: tuple[EscalationTarget, ...]
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_int(self.delay_minutes, "delay_minutes", 1, 100_000)
        if not isinstance(self.targets, tuple) or not 1 <= len(self.targets) <= 10:
            raise ModelError("targets", "must list 1 to 10 targets")


@dataclass(frozen=True)
class EscalationPolicy:
    """Rules in order, repeated ``num_loops`` more times when nobody acknowledges."""

    id: str
    name: str
    rules: tuple[EscalationRule, ...]
    num_loops: int = 0
    description: str = ""
    pagerduty_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_text(self.id, "id")
        _require_text(self.name, "name")
        _require_text(self.description, "description", allow_empty=True)
        _require_int(self.num_loops, "num_loops", 0, 9)
        if not isinstance(self.rules, tuple) or not self.rules:
            raise ModelError("rules", "must list at least one rule")
        _require_optional_text(self.pagerduty_id, "pagerduty_id")


@dataclass(frozen=True)
class HolidaySettings:
    """Which countries' public holidays count as holidays for the whole team."""

    countries: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        for i, country in enumerate(self.countries):
            _require_text(country, f"countries[{i}]")


def _require_unique(ids: list[str], where: str, what: str) -> None:
    seen: set[str] = set()
    for i, item_id in enumerate(ids):
        if item_id in seen:
            raise ModelError(f"{where}[{i}].id", f"duplicate {what} id {item_id!r}")
        seen.add(item_id)


def _with_time_off_ids(entries: tuple[TimeOff, ...]) -> tuple[TimeOff, ...]:
    """``entries`` with an id given to each that has none: ``off-<person>-<start date>``."""
    taken = {t.id for t in entries if t.id}
    named = []
    for entry in entries:
        if not entry.id:
            base = f"off-{entry.person}-{entry.start:%Y%m%d}"
            candidate, n = base, 2
            while candidate in taken:
                candidate, n = f"{base}-{n}", n + 1
            taken.add(candidate)
            entry = replace(entry, id=candidate)
        named.append(entry)
    return tuple(named)


@dataclass(frozen=True)
class Project:
    """Everything a team plans: the value the document holds and the file stores."""

    name: str
    people: tuple[Person, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    escalation_policies: tuple[EscalationPolicy, ...] = ()
    time_off: tuple[TimeOff, ...] = ()
    holidays: HolidaySettings = HolidaySettings()
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        _require_text(self.name, "name", allow_empty=True)
        _require_unique([p.id for p in self.people], "people", "person")
        _require_unique([s.id for s in self.schedules], "schedules", "schedule")
        _require_unique([p.id for p in self.escalation_policies], "escalation_policies", "policy")
        people = {p.id for p in self.people}
        schedules = {s.id for s in self.schedules}

        def known_person(person_id: str, where: str) -> None:
            if person_id not in people:
                raise ModelError(where, f"unknown person {person_id!r}")

        for si, schedule in enumerate(self.schedules):
            for li, layer in enumerate(schedule.layers):
                for mi, member in enumerate(layer.members):
                    known_person(member, f"schedules[{si}].layers[{li}].members[{mi}]")
            for oi, override in enumerate(schedule.overrides):
                known_person(override.person, f"schedules[{si}].overrides[{oi}].person")
        for pi, policy in enumerate(self.escalation_policies):
            for ri, rule in enumerate(policy.rules):
                for ti, target in enumerate(rule.targets):
                    where = f"escalation_policies[{pi}].rules[{ri}].targets[{ti}].{target.kind}"
                    if target.kind == "person":
                        known_person(target.id, where)
                    elif target.id not in schedules:
                        raise ModelError(where, f"unknown schedule {target.id!r}")
        for ti, entry in enumerate(self.time_off):
            known_person(entry.person, f"time_off[{ti}].person")
        if any(not entry.id for entry in self.time_off):
            # The only normalisation a project does: entries from old files, imports and
            # builders get a readable id made from what they hold, the same on every load.
            object.__setattr__(self, "time_off", _with_time_off_ids(self.time_off))
        _require_unique([t.id for t in self.time_off], "time_off", "time-off")

    @cached_property
    def people_by_id(self) -> Mapping[str, Person]:
        """People keyed by id."""
        return {p.id: p for p in self.people}

    @cached_property
    def schedules_by_id(self) -> Mapping[str, Schedule]:
        """Schedules keyed by id."""
        return {s.id: s for s in self.schedules}

    @cached_property
    def time_off_by_id(self) -> Mapping[str, TimeOff]:
        """Time-off entries keyed by id."""
        return {t.id: t for t in self.time_off}

    @cached_property
    def policies_by_id(self) -> Mapping[str, EscalationPolicy]:
        """Escalation policies keyed by id."""
        return {p.id: p for p in self.escalation_policies}

    def person(self, person_id: str) -> Person:
        """The person with this id (KeyError if there is none)."""
        return self.people_by_id[person_id]

    def schedule(self, schedule_id: str) -> Schedule:
        """The schedule with this id (KeyError if there is none)."""
        return self.schedules_by_id[schedule_id]

    def time_off_entry(self, entry_id: str) -> TimeOff:
        """The time-off entry with this id (KeyError if there is none)."""
        return self.time_off_by_id[entry_id]

    def policy(self, policy_id: str) -> EscalationPolicy:
        """The escalation policy with this id (KeyError if there is none)."""
        return self.policies_by_id[policy_id]
