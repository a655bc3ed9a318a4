"""The iCal export: golden files, round trips through four parsers, DST, UIDs, folding."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import ics
import pytest
import recurring_ical_events
import vobject

from rotaplan.core import DAY, HOUR, Project, Window, instant, render_schedule
from rotaplan.ical import (
    ExportError,
    ExportOptions,
    calendar_file_name,
    export_calendars,
    person_calendar,
    schedule_calendar,
)
from rotaplan.ical.text import fold
from tests.ical.ical_sample import NOW, make_project, march_window

GOLDEN = Path(__file__).parent / "golden"


def _instants_icalendar(text: str) -> list[tuple[int, int]]:
    calendar = icalendar.Calendar.from_ical(text)
    return sorted((instant(e.start), instant(e.end)) for e in calendar.walk("VEVENT"))


def _instants_rie(text: str, window: Window) -> list[tuple[int, int]]:
    calendar = icalendar.Calendar.from_ical(text)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    end = datetime(2028, 1, 1, tzinfo=UTC)
    return sorted(
        (instant(e.start), instant(e.end))
        for e in recurring_ical_events.of(calendar).between(start, end)
    )


def _instants_vobject(text: str) -> list[tuple[int, int]]:
    calendar = vobject.readOne(text)
    return sorted(
        (instant(e.dtstart.value), instant(e.dtend.value))
        for e in calendar.contents.get("vevent", [])
    )


def _instants_ics(text: str) -> list[tuple[int, int]]:
    calendar = ics.Calendar(text)
    return sorted((instant(e.begin.datetime), instant(e.end.datetime)) for e in calendar.events)


def test_golden_files(project: Project) -> None:
    files = export_calendars(
        project, march_window(), NOW, options=ExportOptions(remind_minutes=(60,))
    )
    assert sorted(files) == sorted(p.name for p in GOLDEN.glob("*.ics"))
    for name, text in files.items():
        assert text == (GOLDEN / name).read_bytes().decode("utf-8"), name


def test_output_is_deterministic_and_stamped_from_now(project: Project) -> None:
    first = schedule_calendar(project, "payments", march_window(), NOW)
    assert first == schedule_calendar(project, "payments", march_window(), NOW)
    assert "DTSTAMP:20260301T120000Z\r\n" in first
    later = schedule_calendar(project, "payments", march_window(), NOW + timedelta(hours=1))
    sequence = {line for line in first.split("\r\n") if line.startswith("SEQUENCE:")}
    later_sequence = {line for line in later.split("\r\n") if line.startswith("SEQUENCE:")}
    assert int(sequence.pop()[9:]) + 60 == int(later_sequence.pop()[9:])


def test_calendar_properties(project: Project) -> None:
    text = schedule_calendar(project, "payments", march_window(), NOW)
    lines = text.split("\r\n")
    for expected in (
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:On call: Payments primary",
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
        "X-PUBLISHED-TTL:PT12H",
        "TZID:America/New_York",
        "TRANSP:TRANSPARENT",
    ):
        assert expected in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert all(len(line.encode()) <= 75 for line in lines)
    assert text.endswith("END:VCALENDAR\r\n")


@pytest.mark.parametrize("schedule_id", ["payments", "apac"])
def test_round_trip_gives_the_render_instants(project: Project, schedule_id: str) -> None:
    window = march_window()
    text = schedule_calendar(project, schedule_id, window, NOW)
    render = render_schedule(project.schedule(schedule_id), window)
    shifts = _instants_icalendar(text)
    # Exported shifts keep their true edges and split at override boundaries: the covered
    # time inside the window is the render's.
    covered = sum(min(e, window.end) - max(s, window.start) for s, e in shifts)
    assert covered == render.covered
    for parse in (_instants_vobject, _instants_ics):
        assert parse(text) == shifts, parse.__name__
    assert _instants_rie(text, window) == shifts
    for span in render.final:
        assert any(s <= span.start < e for s, e in shifts)


def test_round_trip_of_every_person_calendar(project: Project) -> None:
    files = export_calendars(project, march_window(), NOW)
    for name, text in files.items():
        shifts = _instants_icalendar(text)
        assert _instants_vobject(text) == shifts, name
        assert _instants_ics(text) == shifts, name
        assert _instants_rie(text, march_window()) == shifts, name


def test_new_york_handoff_stays_at_nine_across_spring_forward(project: Project) -> None:
    text = schedule_calendar(project, "payments", march_window(), NOW)
    calendar = icalendar.Calendar.from_ical(text)
    starts = {
        e.start.date(): e.start
        for e in calendar.walk("VEVENT")
        if e.start.hour == 9 and "override" not in str(e["SUMMARY"])
    }
    before, after = starts[date(2026, 3, 6)], starts[date(2026, 3, 10)]
    assert before.utcoffset() == timedelta(hours=-5)
    assert after.utcoffset() == timedelta(hours=-4)
    # The shift across the jump (the override, 21:00 to 21:00) lasts 23 hours.
    override = next(e for e in calendar.walk("VEVENT") if "override" in str(e["SUMMARY"]))
    assert instant(override.end) - instant(override.start) == 23 * HOUR


def test_sydney_week_across_fall_back_lasts_169_hours(project: Project) -> None:
    text = schedule_calendar(project, "apac", march_window(), NOW)
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    week = next(e for e in events if e.start.date() == date(2026, 3, 30))
    assert instant(week.end) - instant(week.start) == 7 * DAY + HOUR
    assert vobject.readOne(text).vevent.dtstart.value.utcoffset() == timedelta(hours=11)


def test_override_is_named_with_the_person_it_replaces(project: Project) -> None:
    text = person_calendar(project, "alice", march_window(), NOW)
    calendar = icalendar.Calendar.from_ical(text)
    overrides = [e for e in calendar.walk("VEVENT") if "X-ROTAPLAN-OVERRIDE" in e]
    assert len(overrides) == 1
    assert str(overrides[0]["SUMMARY"]) == "On call: Payments primary (override for Bob Example)"
    assert "Takes over from: Bob Example" in str(overrides[0]["DESCRIPTION"])


def test_uids_are_stable_across_windows(project: Project) -> None:
    window = march_window()
    shorter = Window(window.start + 3 * DAY + 5 * HOUR, window.end - 9 * DAY)

    def uids(w: Window) -> dict[str, tuple[int, int]]:
        calendar = icalendar.Calendar.from_ical(schedule_calendar(project, "apac", w, NOW))
        return {str(e["UID"]): (instant(e.start), instant(e.end)) for e in calendar.walk("VEVENT")}

    wide, narrow = uids(window), uids(shorter)
    assert narrow
    assert all(wide[uid] == times for uid, times in narrow.items())
    calendar = icalendar.Calendar.from_ical(schedule_calendar(project, "apac", window, NOW))
    all_uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert len(set(all_uids)) == len(all_uids)


def test_a_shift_crossing_the_window_keeps_its_true_start(project: Project) -> None:
    # Carol's week starts Mon 2026-03-02 09:00 Sydney, before the window's start.
    text = person_calendar(project, "carol", march_window(), NOW)
    first = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert first.start == datetime(2026, 3, 2, 9, tzinfo=first.start.tzinfo)


def test_utc_person_gets_utc_times_and_no_vtimezone(project: Project) -> None:
    text = person_calendar(project, "dan", march_window(), NOW)
    assert "BEGIN:VTIMEZONE" not in text
    assert "DTSTART:20260308T220000Z" in text  # 09:00 in Sydney (AEDT, +11)


def test_reminders() -> None:
    text = person_calendar(
        make_project(), "bob", march_window(), NOW, ExportOptions(remind_minutes=(60, 5))
    )
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    alarms = event.walk("VALARM")
    assert [a["TRIGGER"].dt for a in alarms] == [timedelta(minutes=-60), timedelta(minutes=-5)]
    with pytest.raises(ExportError, match="--remind"):
        ExportOptions(remind_minutes=(-1,))


def test_text_is_escaped(project: Project) -> None:
    text = person_calendar(project, "carol", march_window(), NOW)
    assert "Carol\\; Example\\, Jr." in text
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert "Carol; Example, Jr." in str(event["DESCRIPTION"])


def test_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "Ó" * 100
    folded = fold(line)
    parts = folded.split("\r\n ")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(parts) == line


def test_unknown_ids_are_refused(project: Project) -> None:
    with pytest.raises(ExportError, match="no schedule 'nope'"):
        schedule_calendar(project, "nope", march_window(), NOW)
    with pytest.raises(ExportError, match="no person 'nope'"):
        person_calendar(project, "nope", march_window(), NOW)


def test_file_names() -> None:
    assert calendar_file_name("schedule", "payments") == "schedule-payments.ics"
    odd = calendar_file_name("person", "../ali ce")
    assert "/" not in odd
    assert odd.startswith("person-ali_ce-")
    assert odd != calendar_file_name("person", "../ali_ce")


def test_empty_schedule_exports_a_valid_calendar(project: Project) -> None:
    empty = dataclasses.replace(project.schedule("apac"), layers=())
    bare = dataclasses.replace(project, schedules=(project.schedule("payments"), empty))
    text = schedule_calendar(bare, "apac", march_window(), NOW)
    assert icalendar.Calendar.from_ical(text).walk("VEVENT") == []
