"""No input breaks the commands: exit 0, 1 or 2, at most one line on stderr, the file unchanged.

A sample of generated hostile files (tests/store/hostile_files.py) and hand-written cases go
through the reader and every command that takes a project file, in process;
benchmarks/bench_hostile.py runs thousands as subprocesses with a timeout and a memory count.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rotaplan.cli import main
from rotaplan.store import StoreError, loads
from tests.store.hostile_files import commands, hostile_files


def _run_all(data: bytes, rng: random.Random) -> None:
    with contextlib.suppress(StoreError):
        loads(data)
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "hostile.rotaplan"
        file.write_bytes(data)
        for command in commands(rng, data, str(Path(folder) / "out") + "/"):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main([command[0], str(file), *command[1:]])
            assert status in (0, 1, 2), command
            if status == 2:
                assert err.getvalue().count("\n") == 1, (command, err.getvalue())
            assert "Traceback" not in out.getvalue() + err.getvalue()
            assert file.read_bytes() == data, command


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(hostile_files(), st.randoms(use_true_random=False))
def test_generated_hostile_files(data: bytes, rng: random.Random) -> None:
    _run_all(data, rng)


def _layers(count: int, turn: int = 3600) -> list[dict[str, object]]:
    return [
        {
            "id": f"l{i}",
            "start": "2020-01-01T00:00:00Z",
            "rotation_virtual_start": f"2020-01-01T00:{i % 60:02d}:00Z",
            "turn_length_seconds": turn,
            "members": ["a", "b"],
        }
        for i in range(count)
    ]


def _file(**changes: object) -> bytes:
    data = {
        "rotaplan": 1,
        "name": "Hand-written",
        "people": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "schedules": [{"id": "s", "name": "S", "time_zone": "Europe/London", "layers": _layers(1)}],
    }
    data.update(changes)
    return json.dumps(data).encode("utf-8", "surrogatepass")


_CASES = {
    "surrogate in a name": _file(name="\udcff"),
    "surrogate in a key": _file(extra={"\ud800": 1}),
    "NaN turn": _file(
        schedules=[{"id": "s", "name": "S", "time_zone": "UTC", "layers": []}]
    ).replace(b'"layers": []', b'"layers": [{"turn_length_seconds": NaN}]'),
    "Infinity version": b'{"rotaplan": Infinity}',
    "huge version": b'{"rotaplan": ' + b"9" * 5000 + b"}",
    "deep nesting": b'{"rotaplan": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "400 layers of one-hour turns": _file(
        schedules=[{"id": "s", "name": "S", "time_zone": "Europe/London", "layers": _layers(400)}]
    ),
    "many schedules of one-hour turns": _file(
        schedules=[
            {"id": f"s{i}", "name": "S", "time_zone": "Europe/London", "layers": _layers(1)}
            for i in range(60)
        ]
    ),
    "duplicate people": _file(people=[{"id": "a", "name": "A"}] * 2),
    "control characters": _file(name="\x00\x1b[2J\r"),
    "year 9999": _file(
        time_off=[{"person": "a", "start": "9999-12-31T00:00:00Z", "end": "9999-12-31T23:00:00Z"}]
    ),
    "not an object": b"[1, 2, 3]",
    "BOM and garbage": b"\xef\xbb\xbf\xff\xfe",
}


@pytest.mark.parametrize("name", sorted(_CASES))
def test_hand_written_hostile_files(name: str) -> None:
    _run_all(_CASES[name], random.Random(name))
