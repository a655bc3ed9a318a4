"""``rotaplan export-ical`` and ``rotaplan import-time-off`` end to end."""

from __future__ import annotations

import os
from pathlib import Path

import icalendar
import pytest

from rotaplan.cli import main
from rotaplan.store import load, save
from rotaplan.store.demo import demo_project

FIXTURES = Path(__file__).parents[1] / "ical" / "fixtures"


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.rotaplan"
    save(demo_project(), path)
    return path


@pytest.mark.usefixtures("umask_022")
def test_export_folder_writes_every_calendar(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "calendars"
    assert main(["export-ical", str(project_file), "--out", f"{out}/", "--remind", "15"]) == 0
    project = load(project_file)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == len(project.schedules) + len(project.people)
    for name in names:
        calendar = icalendar.Calendar.from_ical((out / name).read_bytes())
        assert calendar["METHOD"] == "PUBLISH"
        # Calendars are published: others (a web server, a sync tool) must read them.
        assert (out / name).stat().st_mode & 0o777 == 0o644 or os.name != "posix"


def test_export_one_schedule_to_a_file(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schedule = load(project_file).schedules[0]
    out = tmp_path / "one.ics"
    code = main(["export-ical", str(project_file), "--out", str(out), "--schedule", schedule.id])
    assert code == 0
    assert f"X-WR-CALNAME:On call: {schedule.name}" in out.read_text()
    assert main(["export-ical", str(project_file), "--out", "-", "--schedule", schedule.id]) == 0
    assert "BEGIN:VEVENT" in capsys.readouterr().out


def test_export_errors(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export-ical", str(project_file), "--out", str(tmp_path / "x.ics")]) == 2
    assert "name one --schedule or --person" in capsys.readouterr().err
    code = main(["export-ical", str(project_file), "--out", "-", "--schedule", "nope"])
    assert code == 2
    assert "no schedule 'nope'" in capsys.readouterr().err
    code = main(["export-ical", str(project_file), "--out", "-", "--person", "x", "--since", "1"])
    assert code == 2


def test_import_adds_once(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = load(project_file).people[0].id
    args = [
        "import-time-off",
        str(project_file),
        "--person",
        person,
        str(FIXTURES / "google.ics"),
        "--since",
        "2026-12-01",
        "--until",
        "2027-02-01",
    ]
    assert main(args) == 0
    assert "Added 10 time-off entries" in capsys.readouterr().out
    before = project_file.read_bytes()
    assert main(args) == 0
    assert "Added 0 time-off entries" in capsys.readouterr().out
    assert project_file.read_bytes() == before


def test_import_dry_run_leaves_the_file(project_file: Path) -> None:
    before = project_file.read_bytes()
    person = load(project_file).people[0].id
    args = ["import-time-off", str(project_file), "--person", person, "--dry-run"]
    args += [str(FIXTURES / "outlook.ics"), "--since", "2026-12-01", "--until", "2027-02-01"]
    assert main(args) == 0
    assert project_file.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a calendar", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\n", "truncated"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T100000Z\r\n"
            b"RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "RRULE yields more than",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Bad/Zone:20261201T100000"
            b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "unknown time zone 'Bad/Zone'",
        ),
    ],
)
def test_hostile_import_exits_2_and_leaves_the_project(
    project_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    ics_file = tmp_path / "bad.ics"
    ics_file.write_bytes(content)
    before = project_file.read_bytes()
    person = load(project_file).people[0].id
    args = ["import-time-off", str(project_file), "--person", person, str(ics_file)]
    assert main([*args, "--since", "2026-12-01", "--until", "2027-02-01"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert str(ics_file) in err
    assert project_file.read_bytes() == before
    assert not (project_file.parent / (project_file.name + ".bak")).exists()


def test_import_refuses_a_20_mb_file(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.ics"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    person = load(project_file).people[0].id
    assert main(["import-time-off", str(project_file), "--person", person, str(big)]) == 2
    assert "20.0 MB, more than the 5 MB" in capsys.readouterr().err


def test_import_missing_file(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = load(project_file).people[0].id
    assert main(["import-time-off", str(project_file), "--person", person, "/no/such.ics"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_import_warns_on_stderr_and_counts_what_the_horizon_left_out(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = load(project_file).people[0].id
    ics = tmp_path / "leave.ics"
    ics.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:old\r\nDTSTART;VALUE=DATE:20261101\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:older\r\nDTSTART;VALUE=DATE:20261001\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:new\r\nDTSTART;VALUE=DATE:20261207\r\nRRULE:\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:late\r\nDTSTART;VALUE=DATE:20270301\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\nSent from my phone\r\n"
    )
    args = ["import-time-off", str(project_file), "--person", person, str(ics)]
    assert main([*args, "--since", "2026-12-01", "--until", "2027-02-01"]) == 0
    captured = capsys.readouterr()
    assert "Added 1 time-off entries" in captured.out
    assert "2 events before 2026-12-01 were skipped; use --since" in captured.out
    assert "1 event after 2027-02-01 was skipped; use --until" in captured.out
    assert sorted(captured.err.splitlines()) == [
        f"warning: {ics}: line 12 (VEVENT UID 'new'): empty RRULE ignored",
        f"warning: {ics}: line 22: text after END:VCALENDAR ignored",
    ]


@pytest.mark.parametrize("command", ["import-time-off", "export-ical"])
def test_import_and_export_default_to_one_year_from_today(command: str) -> None:
    from datetime import date

    from rotaplan.cli import build_parser
    from rotaplan.cli.common import window_for
    from rotaplan.core import zone
    from rotaplan.ical import default_horizon

    extra = ["--person", "p", "x.ics"] if command == "import-time-off" else ["--out", "-"]
    args = build_parser().parse_args([command, "f.rotaplan", *extra])
    tz = zone("Europe/Berlin")
    today = date(2026, 12, 8)
    window = window_for(args, tz, today)
    assert window == default_horizon(today, tz)
    assert window.end - window.start == 365 * 86_400_000_000
