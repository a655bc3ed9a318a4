"""The project file's JSON <-> the core model (DESIGN §3).

The reader names the bad field in every error (``schedules[0].layers[1].turn_length_seconds: must
be >= 3600``) and keeps unknown keys in each object's ``extra``; the writer puts known keys in a
fixed order, then the unknown ones, so the output is stable for files kept in git.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, time
from typing import Any, TypeVar

from rotaplan.core import (
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    HolidaySettings,
    Layer,
    ModelError,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
    TimeOff,
)
from rotaplan.store.errors import ProjectFileError

__all__ = [
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "dumps",
    "loads",
    "project_from_json",
    "project_to_json",
]

FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
_T = TypeVar("_T")

_PERSON_KEYS = ("id", "name", "email", "time_zone", "color", "pagerduty_id", "holiday_countries")
_RESTRICTION_KEYS = ("type", "start_day_of_week", "start_time", "duration_seconds")
_LAYER_KEYS = (
    "id",
    "name",
    "start",
    "end",
    "rotation_virtual_start",
    "turn_length_seconds",
    "members",
    "restrictions",
    "pagerduty_id",
)
_OVERRIDE_KEYS = ("id", "start", "end", "person", "pagerduty_id")
_SCHEDULE_KEYS = (
    "id",
    "name",
    "description",
    "time_zone",
    "pagerduty_id",
    "layers",
    "overrides",
)
_RULE_KEYS = ("delay_minutes", "targets")
_POLICY_KEYS = ("id", "name", "description", "num_loops", "pagerduty_id", "rules")
_TIME_OFF_KEYS = ("id", "person", "start", "end", "note", "uid")
_HOLIDAY_KEYS = ("countries",)
_PROJECT_KEYS = (
    "rotaplan",
    "name",
    "people",
    "schedules",
    "escalation_policies",
    "time_off",
    "holidays",
)


class _Reader:
    """Reads one JSON object, tracking its path for messages."""

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            raise ProjectFileError(f"{path or 'file'}: must be an object")
        self.data: dict[str, Any] = data
        self.path = path

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> ProjectFileError:
        return ProjectFileError(f"{self.where(key)}: {message}")

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, default: object = ...) -> Any:
        if key not in self.data:
            if default is ...:
                raise self.fail(key, "is missing")
            return default
        return self.data[key]

    def text(self, key: str, default: str | None = None) -> str:
        value = self.raw(key, ... if default is None else default)
        if not isinstance(value, str):
            raise self.fail(key, "must be a string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.raw(key, None)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, "must be a string or null")
        return value

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.raw(key, ... if default is None else default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "must be a whole number")
        return value

    def instant(self, key: str) -> datetime:
        return _parse_instant(self.raw(key), self.where(key))

    def optional_instant(self, key: str) -> datetime | None:
        value = self.raw(key, None)
        return None if value is None else _parse_instant(value, self.where(key))

    def items(self, key: str, parse: Callable[[object, str], _T]) -> tuple[_T, ...]:
        value = self.raw(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        return tuple(parse(item, f"{self.where(key)}[{i}]") for i, item in enumerate(value))

    def texts(self, key: str) -> tuple[str, ...]:
        def one(item: object, where: str) -> str:
            if not isinstance(item, str):
                raise ProjectFileError(f"{where}: must be a string")
            return item

        return self.items(key, one)

    def extra(self, known: tuple[str, ...]) -> Mapping[str, Any]:
        return {k: v for k, v in self.data.items() if k not in known}


def _parse_instant(value: object, where: str) -> datetime:
    if not isinstance(value, str) or len(value) > 64:
        raise ProjectFileError(f"{where}: must be an ISO 8601 date and time with an offset")
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ProjectFileError(f"{where}: {value!r} is not an ISO 8601 date and time") from None
    if parsed.tzinfo is None:
        raise ProjectFileError(f"{where}: {value!r} needs a UTC offset such as +00:00 or Z")
    return parsed


def _parse_time(value: object, where: str) -> time:
    if not isinstance(value, str) or len(value) > 32:
        raise ProjectFileError(f"{where}: must be a time of day like 09:00:00")
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        raise ProjectFileError(f"{where}: {value!r} is not a time of day like 09:00:00") from None
    if parsed.tzinfo is not None:
        raise ProjectFileError(
            f"{where}: a time of day takes no offset (the schedule's zone applies)"
        )
    return parsed


def _build(where: str, make: Callable[[], _T]) -> _T:
    try:
        return make()
    except ModelError as error:
        raise ProjectFileError(str(error.within(where))) from None


def _person(data: object, where: str) -> Person:
    r = _Reader(data, where)
    return _build(
        where,
        lambda: Person(
            id=r.text("id"),
            name=r.text("name"),
            email=r.text("email", ""),
            time_zone=r.text("time_zone", "Etc/UTC"),
            color=r.text("color", "#4e79a7"),
            pagerduty_id=r.optional_text("pagerduty_id"),
            holiday_countries=r.texts("holiday_countries"),
            extra=r.extra(_PERSON_KEYS),
        ),
    )


def _restriction(data: object, where: str) -> Restriction:
    r = _Reader(data, where)
    kind = r.text("type")
    if kind not in ("daily", "weekly"):
        raise r.fail("type", "must be 'daily' or 'weekly'")
    day = r.raw("start_day_of_week", None)
    if day is not None and (isinstance(day, bool) or not isinstance(day, int)):
        raise r.fail("start_day_of_week", "must be a whole number from 1 (Monday) to 7 (Sunday)")
    return _build(
        where,
        lambda: Restriction(
            type=kind,  # type: ignore[arg-type]  # checked just above
            start_time=_parse_time(r.raw("start_time"), r.where("start_time")),
            duration_seconds=r.integer("duration_seconds"),
            start_day_of_week=day,
            extra=r.extra(_RESTRICTION_KEYS),
        ),
    )


def _layer(data: object, where: str) -> Layer:
    r = _Reader(data, where)
    return _build(
        where,
        lambda: Layer(
            id=r.text("id"),
            name=r.text("name", ""),
            start=r.instant("start"),
            end=r.optional_instant("end"),
            rotation_virtual_start=r.instant("rotation_virtual_start"),
            turn_length_seconds=r.integer("turn_length_seconds"),
            members=r.texts("members"),
            restrictions=r.items("restrictions", _restriction),
            pagerduty_id=r.optional_text("pagerduty_id"),
            extra=r.extra(_LAYER_KEYS),
        ),
    )


def _override(data: object, where: str) -> Override:
    r = _Reader(data, where)
    return _build(
        where,
        lambda: Override(
            id=r.text("id"),
            start=r.instant("start"),
            end=r.instant("end"),
            person=r.text("person"),
            pagerduty_id=r.optional_text("pagerduty_id"),
            extra=r.extra(_OVERRIDE_KEYS),
        ),
    )


def _schedule(data: object, where: str) -> Schedule:
    r = _Reader(data, where)
    return _build(
        where,
        lambda: Schedule(
            id=r.text("id"),
            name=r.text("name"),
            description=r.text("description", ""),
            time_zone=r.text("time_zone"),
            pagerduty_id=r.optional_text("pagerduty_id"),
            layers=r.items("layers", _layer),
            overrides=r.items("overrides", _override),
            extra=r.extra(_SCHEDULE_KEYS),
        ),
    )


def _target(data: object, where: str) -> EscalationTarget:
    r = _Reader(data, where)
    kinds = [k for k in ("schedule", "person") if r.has(k)]
    if len(kinds) != 1:
        raise ProjectFileError(f"{where}: must name exactly one of 'schedule' or 'person'")
    kind = kinds[0]
    return _build(
        where,
        lambda: EscalationTarget(
            kind=kind,  # type: ignore[arg-type]  # one of the two literals
            id=r.text(kind),
            extra=r.extra((kind,)),
        ),
    )


def _rule(data: object, where: str) -> EscalationRule:
    r = _Reader(data, where)
    return _build(
        where,
        lambda: EscalationRule(
            delay_minutes=r.integer("delay_minutes"),
            targets=r.items("targets", _target),
            extra=r.extra(_RULE_KEYS),
        ),
    )


def _policy(data: object, where: str) -> EscalationPolicy:
    r = _Reader(data, where)
    return _build(
        where,
        lambda: EscalationPolicy(
            id=r.text("id"),
            name=r.text("name"),
            description=r.text("description", ""),
            num_loops=r.integer("num_loops", 0),
            pagerduty_id=r.optional_text("pagerduty_id"),
            rules=r.items("rules", _rule),
            extra=r.extra(_POLICY_KEYS),
        ),
    )


def _time_off(data: object, where: str) -> TimeOff:
    r = _Reader(data, where)
    return _build(
        where,
        lambda: TimeOff(
            id=r.optional_text("id") or "",
            person=r.text("person"),
            start=r.instant("start"),
            end=r.instant("end"),
            note=r.text("note", ""),
            uid=r.optional_text("uid"),
            extra=r.extra(_TIME_OFF_KEYS),
        ),
    )


def _holidays(data: object, where: str) -> HolidaySettings:
    r = _Reader(data, where)
    return _build(
        where, lambda: HolidaySettings(countries=r.texts("countries"), extra=r.extra(_HOLIDAY_KEYS))
    )


def project_from_json(data: object) -> Project:
    """The project held by decoded JSON; ProjectFileError names the first bad field."""
    r = _Reader(data, "")
    version = r.raw("rotaplan", None)
    if version is None:
        raise ProjectFileError("rotaplan: missing: this is not a Rotaplan project file")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectFileError("rotaplan: the format version must be a whole number >= 1")
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            f"rotaplan: the file uses format version {version}, newer than this Rotaplan reads "
            f"({FORMAT_VERSION}); update Rotaplan to open it"
        )
    return _build(
        "",
        lambda: Project(
            name=r.text("name", ""),
            people=r.items("people", _person),
            schedules=r.items("schedules", _schedule),
            escalation_policies=r.items("escalation_policies", _policy),
            time_off=r.items("time_off", _time_off),
            holidays=_holidays(r.raw("holidays", {}), "holidays"),
            extra=r.extra(_PROJECT_KEYS),
        ),
    )


def loads(text: str | bytes) -> Project:
    """Parse a project file's text."""
    if len(text) > MAX_FILE_BYTES:
        raise ProjectFileError(f"file: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ProjectFileError(f"file: not UTF-8 text (byte {error.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProjectFileError(
            f"line {error.lineno} column {error.colno}: not valid JSON ({error.msg})"
        ) from None
    except (RecursionError, ValueError) as error:
        raise ProjectFileError(
            f"file: not a usable JSON document ({type(error).__name__})"
        ) from None
    return project_from_json(data)


def _instant_text(value: datetime) -> str:
    return value.isoformat()


def _ordered(known: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(known)
    for key, value in extra.items():
        if key not in out:
            out[key] = value
    return out


def _person_json(p: Person) -> dict[str, Any]:
    known: dict[str, Any] = {
        "id": p.id,
        "name": p.name,
        "email": p.email,
        "time_zone": p.time_zone,
        "color": p.color,
        "pagerduty_id": p.pagerduty_id,
    }
    if p.holiday_countries:
        known["holiday_countries"] = list(p.holiday_countries)
    return _ordered(known, p.extra)


def _restriction_json(r: Restriction) -> dict[str, Any]:
    known: dict[str, Any] = {"type": r.type}
    if r.start_day_of_week is not None:
        known["start_day_of_week"] = r.start_day_of_week
    known["start_time"] = r.start_time.isoformat(
        timespec="seconds" if not r.start_time.microsecond else "microseconds"
    )
    known["duration_seconds"] = r.duration_seconds
    return _ordered(known, r.extra)


def _layer_json(layer: Layer) -> dict[str, Any]:
    return _ordered(
        {
            "id": layer.id,
            "name": layer.name,
            "start": _instant_text(layer.start),
            "end": None if layer.end is None else _instant_text(layer.end),
            "rotation_virtual_start": _instant_text(layer.rotation_virtual_start),
            "turn_length_seconds": layer.turn_length_seconds,
            "members": list(layer.members),
            "restrictions": [_restriction_json(r) for r in layer.restrictions],
            "pagerduty_id": layer.pagerduty_id,
        },
        layer.extra,
    )


def _override_json(o: Override) -> dict[str, Any]:
    return _ordered(
        {
            "id": o.id,
            "start": _instant_text(o.start),
            "end": _instant_text(o.end),
            "person": o.person,
            "pagerduty_id": o.pagerduty_id,
        },
        o.extra,
    )


def _schedule_json(s: Schedule) -> dict[str, Any]:
    return _ordered(
        {
            "id": s.id,
            "name": s.name,
            "description": s.description,
            "time_zone": s.time_zone,
            "pagerduty_id": s.pagerduty_id,
            "layers": [_layer_json(layer) for layer in s.layers],
            "overrides": [_override_json(o) for o in s.overrides],
        },
        s.extra,
    )


def _policy_json(p: EscalationPolicy) -> dict[str, Any]:
    return _ordered(
        {
            "id": p.id,
            "name": p.name,
            "description": p.description,
            "num_loops": p.num_loops,
            "pagerduty_id": p.pagerduty_id,
            "rules": [
                _ordered(
                    {
                        "delay_minutes": rule.delay_minutes,
                        "targets": [_ordered({t.kind: t.id}, t.extra) for t in rule.targets],
                    },
                    rule.extra,
                )
                for rule in p.rules
            ],
        },
        p.extra,
    )


def _time_off_json(t: TimeOff) -> dict[str, Any]:
    known: dict[str, Any] = {
        "id": t.id,
        "person": t.person,
        "start": _instant_text(t.start),
        "end": _instant_text(t.end),
        "note": t.note,
    }
    if t.uid is not None:
        known["uid"] = t.uid
    return _ordered(known, t.extra)


def project_to_json(project: Project) -> dict[str, Any]:
    """The JSON object of a project, keys in the file's fixed order."""
    return _ordered(
        {
            "rotaplan": FORMAT_VERSION,
            "name": project.name,
            "people": [_person_json(p) for p in project.people],
            "schedules": [_schedule_json(s) for s in project.schedules],
            "escalation_policies": [_policy_json(p) for p in project.escalation_policies],
            "time_off": [_time_off_json(t) for t in project.time_off],
            "holidays": _ordered(
                {"countries": list(project.holidays.countries)}, project.holidays.extra
            ),
        },
        project.extra,
    )


def dumps(project: Project) -> str:
    """The project file's text: 2-space indent, fixed key order, trailing newline."""
    return json.dumps(project_to_json(project), indent=2, ensure_ascii=False) + "\n"
