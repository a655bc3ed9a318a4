"""The project file's text -> the core model (DESIGN §3).

Every error names the bad field (``schedules[0].layers[1].turn_length_seconds: must be >= 3600``),
and the keys this version does not know are kept in each object's ``extra``.
"""

from __future__ import annotations

import json
import math

from rotaplan.core import (
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    HolidaySettings,
    Layer,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
    TimeOff,
    unwritable_text,
)
from rotaplan.store.errors import ProjectFileError
from rotaplan.store.fields import FieldReader, build, parse_time
from rotaplan.store.format import FORMAT_VERSION, MAX_FILE_BYTES

__all__ = ["loads", "project_from_json"]

# The keys each object knows; any other key is kept in its ``extra``.
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


def _person(data: object, where: str) -> Person:
    r = FieldReader(data, where)
    return build(
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
    r = FieldReader(data, where)
    kind = r.text("type")
    if kind not in ("daily", "weekly"):
        raise r.fail("type", "must be 'daily' or 'weekly'")
    day = r.raw("start_day_of_week", None)
    if day is not None and (isinstance(day, bool) or not isinstance(day, int)):
        raise r.fail("start_day_of_week", "must be a whole number from 1 (Monday) to 7 (Sunday)")
    return build(
        where,
        lambda: Restriction(
            type=kind,  # type: ignore[arg-type]  # checked just above
            start_time=parse_time(r.raw("start_time"), r.where("start_time")),
            duration_seconds=r.integer("duration_seconds"),
            start_day_of_week=day,
            extra=r.extra(_RESTRICTION_KEYS),
        ),
    )


def _layer(data: object, where: str) -> Layer:
    r = FieldReader(data, where)
    return build(
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
    r = FieldReader(data, where)
    return build(
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
    r = FieldReader(data, where)
    return build(
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
    r = FieldReader(data, where)
    kinds = [k for k in ("schedule", "person") if r.has(k)]
    if len(kinds) != 1:
        raise ProjectFileError(f"{where}: must name exactly one of 'schedule' or 'person'")
    kind = kinds[0]
    return build(
        where,
        lambda: EscalationTarget(
            kind=kind,  # type: ignore[arg-type]  # one of the two literals
            id=r.text(kind),
            extra=r.extra((kind,)),
        ),
    )


def _rule(data: object, where: str) -> EscalationRule:
    r = FieldReader(data, where)
    return build(
        where,
        lambda: EscalationRule(
            delay_minutes=r.integer("delay_minutes"),
            targets=r.items("targets", _target),
            extra=r.extra(_RULE_KEYS),
        ),
    )


def _policy(data: object, where: str) -> EscalationPolicy:
    r = FieldReader(data, where)
    return build(
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
    r = FieldReader(data, where)
    return build(
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
    r = FieldReader(data, where)
    return build(
        where, lambda: HolidaySettings(countries=r.texts("countries"), extra=r.extra(_HOLIDAY_KEYS))
    )


def project_from_json(data: object) -> Project:
    """The project held by decoded JSON; ProjectFileError names the first bad field."""
    r = FieldReader(data, "")
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
    return build(
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


class _NonFinite:
    """Stands for a NaN or infinite number while the file is decoded, to find its path."""

    def __init__(self, text: str) -> None:
        self.text = text


def _float(text: str) -> float | _NonFinite:
    value = float(text)
    return value if math.isfinite(value) else _NonFinite(text)


def _first_non_finite(value: object, where: str) -> tuple[str, str] | None:
    if isinstance(value, _NonFinite):
        return where or "file", value.text
    items: list[tuple[str, object]] = []
    if isinstance(value, dict):
        items = [(f"{where}.{key}" if where else str(key), item) for key, item in value.items()]
    elif isinstance(value, list):
        items = [(f"{where}[{index}]", item) for index, item in enumerate(value)]
    for path, item in items:
        found = _first_non_finite(item, path)
        if found is not None:
            return found
    return None


def _decode(text: str) -> object:
    """Standard JSON only: NaN, Infinity and numbers too large for a float are refused."""
    seen: list[_NonFinite] = []

    def constant(token: str) -> _NonFinite:
        seen.append(_NonFinite(token))
        return seen[-1]

    def number(token: str) -> float | _NonFinite:
        value = _float(token)
        if isinstance(value, _NonFinite):
            seen.append(value)
        return value

    data = json.loads(text, parse_constant=constant, parse_float=number)
    if seen:
        where, token = _first_non_finite(data, "") or ("file", seen[0].text)
        raise ProjectFileError(
            f"{where}: {token} is not a number a project file can hold (only finite numbers)"
        )
    return data


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
        data = _decode(text)
    except json.JSONDecodeError as error:
        raise ProjectFileError(
            f"line {error.lineno} column {error.colno}: not valid JSON ({error.msg})"
        ) from None
    except (RecursionError, ValueError) as error:
        raise ProjectFileError(
            f"file: not a usable JSON document ({type(error).__name__})"
        ) from None
    # A lone surrogate escape ("\udcff") decodes, but no UTF-8 file or terminal can hold it:
    # refused here, it can never fail a print, an export or a save later.
    bad = unwritable_text(data)
    if bad is not None:
        raise ProjectFileError(
            f"{bad}: not Unicode text (holds a lone surrogate escape such as \\udcff)"
        )
    return project_from_json(data)
