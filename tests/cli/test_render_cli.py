"""``rotaplan render`` and ``rotaplan demo``: the JSON contract, the table, and hostile input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rotaplan.cli import main
from rotaplan.store import load
from rotaplan.store.demo import demo_text


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.rotaplan"
    path.write_text(demo_text(), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_render_json_of_one_schedule(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(
        capsys,
        "render",
        str(demo_file),
        "--schedule",
        "primary",
        "--since",
        "2026-12-07",
        "--until",
        "2026-12-10",
        "--json",
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert list(data) == [
        "schedule",
        "time_zone",
        "since",
        "until",
        "final",
        "gaps",
        "coverage_percent",
        "layers",
        "overrides",
    ]
    assert data["since"] == "2026-12-07T00:00:00+00:00"
    assert data["gaps"] == [
        {"start": "2026-12-08T00:00:00+00:00", "end": "2026-12-08T08:00:00+00:00"},
        {"start": "2026-12-09T00:00:00+00:00", "end": "2026-12-09T08:00:00+00:00"},
    ]
    assert data["coverage_percent"] == pytest.approx(100 * 56 / 72)
    assert data["final"][:3] == [
        {
            "start": "2026-12-07T00:00:00+00:00",
            "end": "2026-12-07T08:00:00+00:00",
            "person": "yuki",
        },
        {
            "start": "2026-12-07T08:00:00+00:00",
            "end": "2026-12-07T09:00:00+00:00",
            "person": "amelia",
        },
        {
            "start": "2026-12-07T09:00:00+00:00",
            "end": "2026-12-07T16:00:00+00:00",
            "person": "kwame",
        },
    ]
    assert [layer["id"] for layer in data["layers"]] == [
        "emea",
        "americas",
        "apac",
        "apac-2",
        "weekend",
    ]
    starts = [entry["start"] for entry in data["final"]]
    assert starts == sorted(starts)


def test_render_prints_times_with_the_schedule_zone_offset(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(
        capsys,
        "render",
        str(demo_file),
        "--schedule",
        "managers",
        "--since",
        "2026-12-01",
        "--until",
        "2026-12-15",
        "--json",
    )
    data: dict[str, Any] = json.loads(out)
    assert status == 0
    assert data["since"] == "2026-12-01T00:00:00-05:00"
    assert {e["person"] for e in data["final"]} == {"marcus", "amelia"}
    assert data["final"][1]["start"] == "2026-12-07T10:00:00-05:00"


def test_render_without_schedule_lists_every_schedule(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "render", str(demo_file), "--since", "2026-12-01", "--json")
    assert status == 0
    schedules = json.loads(out)["schedules"]
    assert [s["schedule"] for s in schedules] == ["primary", "secondary", "managers"]
    # The default window is 28 days of the schedule's wall clock.
    assert schedules[0]["until"] == "2026-12-29T00:00:00+00:00"


def test_render_table_is_readable(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "render",
        str(demo_file),
        "--schedule",
        "primary",
        "--since",
        "2026-12-08",
        "--until",
        "2026-12-09",
    )
    assert status == 0
    assert "Payments primary (primary) — Europe/London" in out
    assert "coverage 66.7%" in out
    assert "Tue 2026-12-08 00:00 – 08:00" in out
    assert "nobody on call (gap)" in out
    assert "Kwame Mensah" in out


def test_demo_command_writes_a_loadable_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "d.rotaplan"
    status, out, _ = _run(capsys, "demo", "--out", str(out_file))
    assert status == 0
    assert str(out_file) in out
    assert len(load(out_file).people) == 8


@pytest.mark.usefixtures("umask_022")
def test_demo_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "d.rotaplan"
    out_file.write_text("my own work\n", encoding="utf-8")
    status, _, err = _run(capsys, "demo", "--out", str(out_file))
    assert status == 2
    assert err.splitlines() == [
        f"rotaplan: {out_file}: exists; use --force to overwrite it (the old file is kept as .bak)"
    ]
    assert out_file.read_text(encoding="utf-8") == "my own work\n"
    status, _, _ = _run(capsys, "demo", "--out", str(out_file), "--force")
    assert status == 0
    assert len(load(out_file).people) == 8
    assert (tmp_path / "d.rotaplan.bak").read_text(encoding="utf-8") == "my own work\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.usefixtures("umask_022")
def test_demo_file_is_readable_by_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "d.rotaplan"
    assert _run(capsys, "demo", "--out", str(out_file))[0] == 0
    assert out_file.stat().st_mode & 0o777 == 0o644


def _hostile() -> dict[str, bytes]:
    def variant(change: Any) -> bytes:
        data = json.loads(demo_text())
        change(data)
        return json.dumps(data).encode()

    cases = {
        "wrong type": variant(lambda d: d["schedules"][0].__setitem__("layers", "many")),
        "unknown person": variant(
            lambda d: d["schedules"][0]["layers"][0]["members"].append("zed")
        ),
        "turn zero": variant(
            lambda d: d["schedules"][0]["layers"][0].__setitem__("turn_length_seconds", 0)
        ),
        "restriction zero": variant(
            lambda d: d["schedules"][0]["layers"][0]["restrictions"][0].__setitem__(
                "duration_seconds", 0
            )
        ),
        "future version": variant(lambda d: d.__setitem__("rotaplan", 99)),
        "junk": b"\x00\xff junk " * (10 * 1024 * 1024 // 10),
        "deep": b"[" * 200_000,
        "far future": variant(
            lambda d: d["schedules"][0]["layers"][0].__setitem__(
                "start", "9999-12-31T23:59:59+00:00"
            )
        ),
        "huge number": variant(
            lambda d: d["schedules"][0]["layers"][0].__setitem__("turn_length_seconds", 10**400)
        ),
    }
    return cases


@pytest.mark.parametrize(
    "case",
    [
        "wrong type",
        "unknown person",
        "turn zero",
        "restriction zero",
        "future version",
        "junk",
        "deep",
        "far future",
        "huge number",
    ],
)
def test_hostile_files_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    path = tmp_path / "hostile.rotaplan"
    path.write_bytes(_hostile()[case])
    before = path.read_bytes()
    status, out, err = _run(capsys, "render", str(path), "--since", "2026-12-01")
    assert status == 2
    assert out == ""
    assert err.startswith(f"rotaplan: {path}: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--schedule", "nope"], "--schedule: no schedule 'nope'"),
        (["--since", "yesterday"], "--since: 'yesterday' is not an ISO date"),
        (["--since", "2026-12-10", "--until", "2026-12-01"], "--until: must be after --since"),
        (
            ["--since", "2026-01-01", "--until", "2046-01-01"],
            "--until: the window may span at most",
        ),
        (["--since", "0001-01-01", "--until", "0001-01-05"], "--since: must lie between"),
    ],
)
def test_bad_options_exit_2(
    demo_file: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    status, _, err = _run(capsys, "render", str(demo_file), *args)
    assert status == 2
    assert err.startswith(f"rotaplan: {expected}")
    assert err.count("\n") == 1


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, "render", str(tmp_path / "none.rotaplan"))
    assert status == 2
    assert "no such file" in err


def test_console_entry_point_runs_without_qt(demo_file: Path) -> None:
    code = (
        "import sys; from rotaplan.cli import main; status = main(sys.argv[1:]);"
        "assert 'PySide6' not in sys.modules; sys.exit(status)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "render", str(demo_file), "--since", "2026-12-01", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["schedules"]) == 3
