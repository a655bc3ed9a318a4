"""The JSON Schema shipped for editors agrees with the reader on what a valid file is."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

from rotaplan.store import ProjectFileError, dumps, loads
from rotaplan.store.demo import demo_text, resource_path

from .test_reader_writer import _projects


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("rotaplan.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_demo_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    validator.validate(json.loads(demo_text()))


@settings(max_examples=60, deadline=None)
@given(_projects())
def test_everything_the_writer_writes_is_valid(
    validator: jsonschema.Draft202012Validator, project: Any
) -> None:
    validator.validate(json.loads(dumps(project)))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schedules", 0, "layers", 0, "turn_length_seconds"), 60),
        (("schedules", 0, "layers", 0, "restrictions", 0, "duration_seconds"), 86_400),
        (("schedules", 0, "layers", 0, "start"), "2026-10-05T09:00:00"),
        (("schedules", 0, "layers", 0, "members"), []),
        (("people", 0, "color"), "red"),
        (("escalation_policies", 0, "num_loops"), 12),
        (("escalation_policies", 0, "rules", 0, "targets", 0), {"schedule": "a", "person": "b"}),
    ],
)
def test_schema_and_reader_both_refuse(
    validator: jsonschema.Draft202012Validator, path: tuple[Any, ...], value: object
) -> None:
    data: Any = json.loads(demo_text())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not validator.is_valid(data)
    with pytest.raises(ProjectFileError):
        loads(json.dumps(data))
