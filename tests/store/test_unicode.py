"""Text UTF-8 cannot write (lone surrogate escapes) is refused by the reader, naming the field."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rotaplan.cli import main
from rotaplan.core import unwritable_text
from rotaplan.store import ProjectFileError, dumps, loads
from rotaplan.store.demo import demo_project


def _demo_json() -> dict[str, object]:
    data: dict[str, object] = json.loads(dumps(demo_project()))
    return data


@pytest.mark.parametrize(
    ("value", "path"),
    [
        ({"a": ["ok", "b\udcff"]}, "a[1]"),
        ({"a": {"\ud800": 1}}, "a.\\ud800"),
        ("\udfff", "file"),
        ({"x": "naïve ☃ 😀", "y": [1, None, 2.5, True]}, None),
    ],
)
def test_unwritable_text_names_the_first_bad_string(value: object, path: str | None) -> None:
    assert unwritable_text(value) == path


def test_unwritable_text_walks_deep_nesting_without_recursion() -> None:
    deep: object = "\udcff"
    for _ in range(100_000):
        deep = [deep]
    assert unwritable_text(deep) == "[0]" * 100_000


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d["people"][0].__setitem__("name", "Al\udcffice"), "people[0].name"),
        (lambda d: d["schedules"][0].__setitem__("id", "pri\ud800"), "schedules[0].id"),
        (lambda d: d.__setitem__("unknown", {"k": "\udc80"}), "unknown.k"),
    ],
)
def test_the_reader_refuses_a_lone_surrogate_with_its_field(edit: object, field: str) -> None:
    data = _demo_json()
    edit(data)  # type: ignore[operator]  # the lambdas above
    with pytest.raises(ProjectFileError, match="^" + re.escape(field)):
        loads(json.dumps(data))


def test_commands_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _demo_json()
    data["people"][0]["name"] = "Al\udcffice"  # type: ignore[index]
    file = tmp_path / "bad.rotaplan"
    file.write_text(json.dumps(data), encoding="utf-8")
    before = file.read_bytes()
    for command in (["render"], ["check"], ["report"], ["export-ical", "--out", str(tmp_path)]):
        assert main([command[0], str(file), *command[1:]]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "people[0].name: not Unicode text" in err
    assert file.read_bytes() == before
