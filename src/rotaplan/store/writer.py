"""The core model -> the project file's text (DESIGN §3).

Known keys come in a fixed order, then the unknown ones kept by the reader, so the output is
stable for files kept in git.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from rotaplan.core import (
    EscalationPolicy,
    Layer,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
    TimeOff,
)
from rotaplan.store.errors import StoreError
from rotaplan.store.format import FORMAT_VERSION, MAX_FILE_BYTES

__all__ = ["dumps", "encode", "project_to_json"]


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


def _non_finite(value: object, where: str) -> Iterator[str]:
    """The paths of the NaN and infinite numbers inside ``value``, in file order."""
    if isinstance(value, float) and not math.isfinite(value):
        yield where or "file"
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _non_finite(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _non_finite(item, f"{where}[{index}]")


def dumps(project: Project) -> str:
    """The project file's text: 2-space indent, fixed key order, trailing newline.

    StoreError names the field holding a NaN or an infinity (kept from an unknown key): JSON has
    no such numbers, and the reader refuses them.
    """
    data = project_to_json(project)
    try:
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except ValueError:
        where = next(_non_finite(data, ""), "file")
        raise StoreError(
            f"{where}: is NaN or infinite, which a project file cannot hold (JSON has no such "
            "numbers); change or remove it"
        ) from None


def encode(project: Project) -> bytes:
    """The project file's bytes; StoreError when the reader would refuse them (see ``dumps``)."""
    data = dumps(project).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        mb = 1024 * 1024
        raise StoreError(
            f"the project would take {len(data) / mb:.0f} MB, more than the "
            f"{MAX_FILE_BYTES // mb} MB Rotaplan opens; remove old overrides or time off"
        )
    return data
