"""The analysis commands end to end: JSON shapes, goldens for the demo, tables, bad input."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from rotaplan.cli import main
from rotaplan.store import load
from rotaplan.store.demo import demo_text

GOLDEN = Path(__file__).parent / "golden"
WINDOW = ["--since", "2026-11-30", "--until", "2026-12-28"]
UPDATE = os.environ.get("ROTAPLAN_UPDATE_GOLDEN") == "1"


@pytest.fixture
def demo(tmp_path: Path) -> str:
    path = tmp_path / "demo.rotaplan"
    path.write_text(demo_text(), encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_check_json_matches_the_golden_and_exits_1(demo, capsys) -> None:
    status, out, _ = run(capsys, "check", demo, *WINDOW, "--json")
    assert status == 1
    problems = json.loads(out)
    keys = {"severity", "code", "message", "start", "end", "schedule", "layer", "person", "policy"}
    assert all(keys <= set(p) for p in problems)
    assert {"GAP", "TIME_OFF", "DOUBLE_BOOKED", "ESCALATION_NOBODY"} <= {
        p["code"] for p in problems
    }
    golden("check.json", out)


def test_check_table(demo, capsys) -> None:
    status, out, _ = run(capsys, "check", demo, *WINDOW)
    assert status == 1
    first = out.splitlines()[0]
    assert first.startswith("Payments team: 2026-11-30T00:00:00+00:00 to 2026-12-28T00:00:00+00:00")
    assert "errors" in first
    assert any(line.startswith("ERROR    GAP") for line in out.splitlines())


def test_check_of_a_clean_window_exits_0(tmp_path, capsys) -> None:
    text = json.loads(demo_text())
    text["time_off"] = []
    text["schedules"] = [s for s in text["schedules"] if s["id"] == "managers"]
    text["escalation_policies"][0]["rules"] = [text["escalation_policies"][0]["rules"][2]]
    path = tmp_path / "clean.rotaplan"
    path.write_text(json.dumps(text), encoding="utf-8")
    status, out, _ = run(capsys, "check", str(path), *WINDOW, "--json")
    assert (status, json.loads(out)) == (0, [])


def test_report_json_matches_the_golden(demo, capsys) -> None:
    status, out, _ = run(capsys, "report", demo, *WINDOW, "--json")
    assert status == 0
    report = json.loads(out)
    keys = {
        "person",
        "hours",
        "working_hours",
        "night_hours",
        "weekend_hours",
        "holiday_hours",
        "shifts",
        "longest_stretch_hours",
    }
    assert all(keys <= set(p) for p in report["people"])
    assert len(report["people"]) == 8
    assert set(report["balance"]) == {"team", "off_hours", "schedules"}
    golden("report.json", out)


def test_report_csv_and_table(demo, capsys) -> None:
    _, out, _ = run(capsys, "report", demo, *WINDOW, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["person"] for r in rows][:2] == ["amelia", "kwame"]
    assert float(rows[0]["hours"]) == 426.0
    _, out, _ = run(capsys, "report", demo, *WINDOW)
    assert "Amelia Hughes" in out
    assert "Balance" in out


def test_simulate_json_matches_the_golden(demo, capsys) -> None:
    args = ("simulate", demo, "--policy", "payments", "--at", "2026-12-08T03:00", "--json")
    status, out, _ = run(capsys, *args)
    assert status == 0
    notes = json.loads(out)
    assert notes[0] == {
        "at": "2026-12-08T03:00:00+00:00",
        "rule": 1,
        "loop": 0,
        "cycle": 0,
        "target": {"schedule": "primary"},
        "person": None,
    }
    assert notes[1]["person"] == "yuki"
    golden("simulate.json", out)


def test_simulate_with_acks_and_coverage(demo, capsys) -> None:
    args = ("simulate", demo, "--policy", "payments", "--at", "2026-12-08T03:00")
    _, out, _ = run(capsys, *args, "--ack-after", "5", "--ack-timeout", "30", "--horizon", "120")
    assert "acknowledged" in out
    assert "retriggered" in out
    assert "First human: Yuki Tanaka after 15 min." in out
    status, out, _ = run(
        capsys, "simulate", demo, "--policy", "payments", "--coverage", *WINDOW, "--json"
    )
    coverage = json.loads(out)
    assert status == 0
    assert coverage["worst_minutes_to_first_human"] == 15
    assert coverage["worst_at"] == "2026-12-08T00:00:00+00:00"


def test_suggest_json_matches_the_golden_and_apply_closes_the_gap(demo, capsys) -> None:
    args = (
        "suggest",
        demo,
        "--schedule",
        "primary",
        "--start",
        "2026-12-08T00:00",
        "--end",
        "2026-12-08T08:00",
    )
    status, out, _ = run(capsys, *args, "--json")
    assert status == 0
    ranked = json.loads(out)
    assert all({"person", "score", "reasons"} <= set(c) for c in ranked)
    assert "yuki" not in {c["person"] for c in ranked}
    golden("suggest.json", out)
    status, out, _ = run(capsys, *args, "--apply", ranked[0]["person"])
    assert status == 0
    assert "Added an override" in out
    overrides = load(demo).schedule("primary").overrides
    assert overrides[-1].person == ranked[0]["person"]
    _, out, _ = run(capsys, "check", demo, *WINDOW, "--json")
    gaps = [p for p in json.loads(out) if p["code"] == "GAP"]
    assert [g["start"] for g in gaps] == ["2026-12-09T00:00:00+00:00"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("simulate", "{f}", "--policy", "nope", "--at", "2026-12-08"),
            "--policy: no escalation policy 'nope'",
        ),
        (
            ("simulate", "{f}", "--policy", "payments", "--at", "soon"),
            "--at: 'soon' is not an ISO date",
        ),
        (("simulate", "{f}", "--policy", "payments"), "--at: give the incident time"),
        (
            ("simulate", "{f}", "--policy", "payments", "--at", "2026-12-08", "--ack-timeout", "0"),
            "--ack-timeout",
        ),
        (
            (
                "suggest",
                "{f}",
                "--schedule",
                "nope",
                "--start",
                "2026-12-08",
                "--end",
                "2026-12-09",
            ),
            "--schedule: no schedule 'nope'",
        ),
        (
            (
                "suggest",
                "{f}",
                "--schedule",
                "primary",
                "--start",
                "2026-12-09",
                "--end",
                "2026-12-08",
            ),
            "--end: must be after --start",
        ),
        (
            ("suggest", "{f}", "--schedule", "primary", "--start", "x", "--end", "2026-12-08"),
            "--start: 'x'",
        ),
        (
            (
                "suggest",
                "{f}",
                "--schedule",
                "primary",
                "--start",
                "2026-12-08",
                "--end",
                "2026-12-09",
                "--apply",
                "zed",
            ),
            "--apply: no person 'zed'",
        ),
        (("check", "{f}", "--since", "2026-13-01"), "--since"),
        (
            ("report", "{f}", "--since", "2026-12-10", "--until", "2026-12-01"),
            "--until: must be after --since",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(demo, capsys, argv, message) -> None:
    status, out, err = run(capsys, *(a.replace("{f}", demo) for a in argv))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err


def test_missing_file_exits_2(tmp_path, capsys) -> None:
    status, _, err = run(capsys, "check", str(tmp_path / "none.rotaplan"))
    assert status == 2
    assert err.count("\n") == 1
