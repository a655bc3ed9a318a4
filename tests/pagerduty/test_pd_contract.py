"""Contract: every request the client sends is valid against PagerDuty's OpenAPI document.

Runs when the document is present at ``$PAGERDUTY_OPENAPI`` or /work/shared/pagerduty/; it is
read in place, never copied. The validator covers the OpenAPI parts these bodies use: $ref,
allOf, type, required, enum, properties, items, minItems/maxItems, and query parameter names.
Per PagerDuty's docs, any field that is not required may be null, and readOnly fields are not
required in requests.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from rotaplan.core import Project
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.sync import apply_plan, plan_push, pull
from tests.fakes.pagerduty import FakePagerDuty

SPEC = Path(os.environ.get("PAGERDUTY_OPENAPI", "/work/shared/pagerduty/openapi-rest-v2.json"))
_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    if not SPEC.is_file():
        pytest.skip(f"PagerDuty's OpenAPI document is not at {SPEC}")
    data: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return data


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[int(part)] if isinstance(target, list) else target[part]
        node = target
    return node


def _validate(spec: dict[str, Any], schema: dict[str, Any], value: Any, where: str) -> list[str]:
    schema = _resolve(spec, schema)
    errors: list[str] = []
    for part in schema.get("allOf", []):
        errors += _validate(spec, part, value, where)
    kind = schema.get("type")
    if kind is not None:
        ok = isinstance(value, _TYPES[kind]) and not (
            kind in ("integer", "number") and isinstance(value, bool)
        )
        if not ok:
            return [*errors, f"{where}: {value!r} is not {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, dict):
        properties = {}
        for part in [schema, *(_resolve(spec, p) for p in schema.get("allOf", []))]:
            properties.update(part.get("properties", {}))
        for name in schema.get("required", []):
            prop = _resolve(spec, properties.get(name, {}))
            if name not in value and not prop.get("readOnly"):
                errors.append(f"{where}: {name} is required")
        for name, item in value.items():
            if name in properties and item is not None:
                errors += _validate(spec, properties[name], item, f"{where}.{name}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 10**9):
            errors.append(f"{where}: {len(value)} items is out of bounds")
        if "items" in schema:
            for i, item in enumerate(value):
                errors += _validate(spec, schema["items"], item, f"{where}[{i}]")
    return errors


def _query_names(spec: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    names = set()
    for parameter in operation.get("parameters", []):
        parameter = _resolve(spec, parameter)
        if parameter.get("in") == "query":
            names.add(parameter["name"])
    return names


def test_every_request_matches_the_openapi_document(
    spec: dict[str, Any], account: FakePagerDuty, client: PagerDutyClient, demo: Project
) -> None:
    def now() -> datetime:
        return datetime.now(UTC)

    project = apply_plan(plan_push(client, demo, now()), client, lambda p, s: None)
    pulled, _ = pull(client, now=now())
    # Edits that exercise every kind of write: layer change, retirement, override delete.
    schedule = next(s for s in pulled.schedules if s.overrides)
    layers = schedule.layers
    edited = replace(
        schedule,
        layers=(replace(layers[0], members=layers[0].members[::-1]), *layers[1:-1]),
        overrides=schedule.overrides[1:],
    )
    policy = replace(pulled.escalation_policies[0], num_loops=2)
    changed = replace(
        pulled,
        schedules=tuple(edited if s.id == schedule.id else s for s in pulled.schedules),
        escalation_policies=(policy,),
    )
    apply_plan(plan_push(client, changed, now()), client, lambda p, s: None)
    assert project.schedules
    seen = set()
    problems: list[str] = []
    for request in account.requests:
        operation = spec["paths"][request.template][request.method.lower()]
        seen.add((request.method, request.template))
        allowed = _query_names(spec, operation)
        for name, _ in request.query:
            if name not in allowed:
                problems.append(f"{request.method} {request.template}: unknown query {name}")
        if request.body is not None:
            body = operation["requestBody"]["content"]["application/json"]["schema"]
            problems += _validate(spec, body, request.body, f"{request.method} {request.template}")
    assert problems == []
    assert {m for m, _ in seen} == {"GET", "POST", "PUT", "DELETE"}


def test_the_validator_catches_a_bad_body(spec: dict[str, Any]) -> None:
    body = spec["paths"]["/schedules"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    bad = {
        "schedule": {
            "time_zone": "Etc/UTC",
            "schedule_layers": [{"restrictions": [{"type": "hourly", "duration_seconds": "1"}]}],
        }
    }
    errors = _validate(spec, body, bad, "body")
    assert any("hourly" in e for e in errors)
    assert any("duration_seconds" in e for e in errors)
    good = {"schedule": {"type": "schedule", "time_zone": "Etc/UTC", "schedule_layers": []}}
    assert _validate(spec, body, good, "body") == []
    missing = _validate(spec, body, {"schedule": {"time_zone": "Etc/UTC"}}, "body")
    assert "body.schedule: type is required" in missing
