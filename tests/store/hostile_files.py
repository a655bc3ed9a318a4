"""Hostile project files: mutations of valid ones, for the corpus test and benchmarks/bench_hostile.

``hostile_file(rng)`` takes the demo project or a small valid file and applies one to three
mutations at random places: wrong types, huge or negative numbers, deep nesting, lone surrogates,
control characters, duplicated items (so duplicate ids), unknown references, extreme dates,
NaN/Infinity literals, enormous strings, dropped keys and one-hour turns of many layers.
``commands(rng, data)`` picks the command lines to run on it, windows up to the 3,660 days the
command line allows. Everything is drawn from ``rng``, so a seed names a file.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from rotaplan.store import dumps
from rotaplan.store.demo import demo_project

__all__ = ["commands", "hostile_file", "hostile_files"]

_DEMO: dict[str, Any] = json.loads(dumps(demo_project()))
_SMALL: dict[str, Any] = {
    "rotaplan": 1,
    "name": "Small",
    "people": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
    "schedules": [
        {
            "id": "s",
            "name": "S",
            "time_zone": "America/New_York",
            "layers": [
                {
                    "id": "l",
                    "start": "2026-01-05T09:00:00-05:00",
                    "rotation_virtual_start": "2026-01-05T09:00:00-05:00",
                    "turn_length_seconds": 86400,
                    "members": ["a", "b"],
                    "restrictions": [
                        {"type": "daily", "start_time": "09:00:00", "duration_seconds": 28800}
                    ],
                }
            ],
            "overrides": [
                {
                    "id": "o",
                    "start": "2026-01-06T09:00:00Z",
                    "end": "2026-01-07T09:00:00Z",
                    "person": "b",
                }
            ],
        }
    ],
    "escalation_policies": [
        {"id": "p", "name": "P", "rules": [{"delay_minutes": 5, "targets": [{"schedule": "s"}]}]}
    ],
    "time_off": [{"person": "a", "start": "2026-01-10T00:00:00Z", "end": "2026-01-12T00:00:00Z"}],
}

_STRINGS = (
    "",
    " ",
    "\udcff",
    "\ud800",
    "a\x00b",
    "\x1b[31mred\x1b[0m",
    "line\nbreak",
    "\u202eevil",
    "😀" * 3,
    "x" * 100_000,
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00-23:59",
    "2026-13-45T25:61:61Z",
    "2199-12-31T23:00:00-12:00",
    "1900-01-01T00:00:00+14:00",
    "24:00:00",
    "23:59:59.999999",
    "Not/AZone",
    "../../etc/passwd",
    "UTC",
    "nobody",
)
_NUMBERS = (
    0,
    -1,
    1,
    3599,
    3600,
    86_399,
    604_800,
    31_536_001,
    2**31,
    2**63,
    10**30,
    -(10**30),
    0.5,
    1e308,
    float("nan"),
    float("inf"),
    float("-inf"),
)


def _nest(depth: int) -> object:
    value: object = "deep"
    for _ in range(depth):
        value = [value]
    return value


def _value(rng: random.Random) -> object:
    choice = rng.randrange(8)
    if choice < 3:
        return rng.choice(_STRINGS)
    if choice < 6:
        return rng.choice(_NUMBERS)
    return rng.choice(
        [None, True, [], {}, [None], {"\udcff": 1}, _nest(rng.choice((50, 5000, 200_000)))]
    )


def _containers(data: object, out: list[tuple[Any, Any]], depth: int = 0) -> None:
    """Every (container, key) pair of ``data``, depth first (not inside an earlier deep nest)."""
    if depth > 30:
        return
    if isinstance(data, dict):
        for key, child in data.items():
            out.append((data, key))
            _containers(child, out, depth + 1)
    elif isinstance(data, list):
        for index, child in enumerate(data):
            out.append((data, index))
            _containers(child, out, depth + 1)


def _tiny_turns(data: dict[str, Any], rng: random.Random) -> None:
    schedules = data.get("schedules")
    if not isinstance(schedules, list) or not schedules or not isinstance(schedules[0], dict):
        return
    listed = data.get("people")
    rows = listed if isinstance(listed, list) else []
    people = [p["id"] for p in rows if isinstance(p, dict) and "id" in p]
    layer = {
        "id": "tiny",
        "start": "1990-01-01T00:00:00Z",
        "rotation_virtual_start": "1990-01-01T00:17:00Z",
        "turn_length_seconds": 3600,
        "members": people[:3] or ["a"],
        "restrictions": [
            {"type": "daily", "start_time": f"{h:02d}:30:00", "duration_seconds": 1800}
            for h in range(rng.choice((0, 3, 24)))
        ],
    }
    count = rng.choice((5, 60, 400))
    layers = [dict(layer, id=f"tiny{i}") for i in range(count)]
    existing = schedules[0].get("layers")
    schedules[0]["layers"] = [*(existing if isinstance(existing, list) else []), *layers]


def _mutate(data: dict[str, Any], rng: random.Random) -> None:
    places: list[tuple[Any, Any]] = []
    _containers(data, places)
    container, key = rng.choice(places)
    action = rng.randrange(6)
    if action == 0 and isinstance(container, dict):
        del container[key]
    elif action == 1 and isinstance(container, list):
        container.insert(key, copy.deepcopy(container[key]))  # a duplicate id, mostly
    elif action == 2 and isinstance(container[key], str):
        container[key] = container[key] + rng.choice(("\udcff", "\x00", "zz", "\u0301"))
    elif action == 3:
        _tiny_turns(data, rng)
    else:
        container[key] = _value(rng)


def hostile_file(rng: random.Random) -> bytes:
    """One hostile project file's bytes."""
    data = copy.deepcopy(_DEMO if rng.random() < 0.5 else _SMALL)
    for _ in range(rng.randint(1, 3)):
        try:
            _mutate(data, rng)
        except RecursionError:
            break  # an earlier mutation nested too deep to copy: enough damage done
    try:
        text = json.dumps(data, indent=rng.choice((None, 2)))
    except RecursionError:
        text = json.dumps(_SMALL)[:-1] + ', "deep": ' + "[" * 200_000 + "]" * 200_000 + "}"
    if rng.random() < 0.05:
        # Not JSON, or not UTF-8 at all.
        return rng.choice((text[: len(text) // 2].encode(), b"\xff\xfe" + text.encode(), b""))
    return text.encode("utf-8", "surrogatepass")


def _ids(data: object, key: str) -> list[str]:
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]


_WINDOWS: tuple[tuple[str, ...], ...] = (
    (),
    ("--since", "2026-01-01", "--until", "2026-03-01"),
    ("--since", "2020-01-01", "--until", "2030-01-08"),
    ("--since", "1900-01-01", "--until", "1900-02-01"),
)


def commands(rng: random.Random, data: bytes, out: str) -> list[list[str]]:
    """Command lines (without the file, which comes first after the command) to run on ``data``."""
    try:
        parsed = json.loads(data)
    except (ValueError, RecursionError):
        parsed = None
    schedules = _ids(parsed, "schedules") or ["s"]
    policies = _ids(parsed, "escalation_policies") or ["p"]
    window = list(rng.choice(_WINDOWS))
    return [
        ["render", *window, *rng.choice(([], ["--json"]))],
        ["check", *window, *rng.choice(([], ["--json"]))],
        ["report", *window, *rng.choice(([], ["--json"], ["--csv"]))],
        ["export-ical", "--out", out, *window],
        ["simulate", "--policy", rng.choice(policies), "--at", "2026-01-07T03:00:00Z"],
        [
            "suggest",
            "--schedule",
            rng.choice(schedules),
            "--start",
            "2026-01-06T09:00:00Z",
            "--end",
            "2026-01-06T17:00:00Z",
        ],
    ]


def hostile_files() -> st.SearchStrategy[bytes]:
    """A hypothesis strategy of hostile project files."""
    build: Callable[[random.Random], bytes] = hostile_file
    return st.builds(build, st.randoms(use_true_random=False))
