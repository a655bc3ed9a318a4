"""Time-off import of real-world calendars: folds anywhere, Outlook zones, tolerated deviations."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rotaplan.core import TimeOff, Window, instant
from rotaplan.ical import CalendarFileError, RecurrenceLimitError, TimeOffImport, import_time_off
from rotaplan.ical.limits import time_budget
from tests.ical.timeoff_sample import WINDOW, calendar, two_people

FIXTURES = Path(__file__).parent / "fixtures"


def _import(data: bytes, person: str = "bob", window: Window = WINDOW) -> TimeOffImport:
    return import_time_off(two_people(), person, data, window, source="test.ics")


def _spans(entries: tuple[TimeOff, ...]) -> list[tuple[str, str]]:
    return [(e.start.isoformat(), e.end.isoformat()) for e in entries]


def test_google_export_with_an_invited_guest_folded_inside_a_parameter() -> None:
    data = (FIXTURES / "google_invited_guest.ics").read_bytes()
    assert b"CN=alice@\r\n example.com" in data  # the fold falls inside ATTENDEE's parameters
    result = _import(data)
    assert _spans(result.added) == [("2026-12-14T09:00:00+01:00", "2026-12-18T18:00:00+01:00")]
    assert result.added[0].note == "Team offsite (travel)"
    assert result.warnings == ()


def _refold(data: bytes, cuts: list[int]) -> bytes:
    """Fold every content line of ``data`` after the given character counts (cycled)."""
    out: list[str] = []
    for n, line in enumerate(data.decode().replace("\r\n ", "").split("\r\n")):
        at = cuts[n % len(cuts)]
        pieces = [line[i : i + at] for i in range(0, len(line), at)] or [""]
        out.append("\r\n ".join(pieces))
    return "\r\n".join(out).encode()


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=80), min_size=1, max_size=5))
def test_folds_anywhere_give_the_same_time_off(cuts: list[int]) -> None:
    data = (FIXTURES / "outlook.ics").read_bytes()
    assert _import(_refold(data, cuts)).added == _import(data).added


def test_recurring_event_without_uid_is_expanded() -> None:
    data = calendar(
        "SUMMARY:Physio\nDTSTART:20261202T090000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=4",
        "SUMMARY:School run\nDTSTART:20261203T150000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=2",
    )
    result = _import(data)
    assert [(e.note, e.start.day) for e in result.added] == [
        ("Physio", 2),
        ("School run", 3),
        ("Physio", 9),
        ("School run", 10),
        ("Physio", 16),
        ("Physio", 23),
    ]
    # Each series keeps one derived UID, so importing again adds nothing.
    assert len({e.uid for e in result.added}) == 2
    again = import_time_off(result.project, "bob", data, WINDOW)
    assert (again.added, again.duplicates) == ((), 6)


def test_outlook_daily_meeting_over_four_years_with_a_windows_zone() -> None:
    window = Window(
        instant(datetime(2026, 1, 1, tzinfo=UTC)), instant(datetime(2030, 1, 1, tzinfo=UTC))
    )
    data = (FIXTURES / "outlook_daily_4_years.ics").read_bytes()
    result = _import(data, window=window)
    assert len(result.added) == 1460
    # 09:30 in Berlin all year round: +01:00 in winter, +02:00 in summer, 15 minutes long.
    assert {(e.start.hour, e.start.minute) for e in result.added} == {(9, 30)}
    offsets = {e.start.utcoffset() for e in result.added}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}
    assert result.added[-1].start.isoformat() == "2029-12-30T09:30:00+01:00"
    assert all(e.end - e.start == timedelta(minutes=15) for e in result.added)


def _spin(budget: float) -> None:
    with time_budget(budget, lambda: RecurrenceLimitError("spent")):
        while True:
            len(str(time.thread_time()))


def test_expansion_budget_counts_cpu_time_not_waiting() -> None:
    # A thread that waits (a loaded machine, a slow disk) spends no CPU time: no expiry.
    with time_budget(0.05, lambda: RecurrenceLimitError("spent")):
        for _ in range(20):
            time.sleep(0.01)
    with pytest.raises(RecurrenceLimitError, match="spent"):
        _spin(0.05)


def test_empty_rrule_imports_the_event_once_with_a_warning() -> None:
    result = _import(
        calendar("UID:a\nSUMMARY:Dentist\nDTSTART:20261202T090000Z\nDURATION:PT1H\nRRULE:")
    )
    assert _spans(result.added) == [("2026-12-02T10:00:00+01:00", "2026-12-02T11:00:00+01:00")]
    assert result.warnings == ("test.ics: line 4 (VEVENT 'Dentist'): empty RRULE ignored",)


def test_text_after_the_calendar_is_ignored_with_a_warning() -> None:
    data = calendar(
        "UID:a\nSUMMARY:Off\nDTSTART:20261202T090000Z\nDURATION:PT2H",
        trailer="\r\n-- \r\nSent from my phone\r\n",
    )
    result = _import(data)
    assert len(result.added) == 1
    assert result.warnings == ("test.ics: lines 13–14: text after END:VCALENDAR ignored",)


def test_second_calendar_is_still_refused() -> None:
    data = calendar(
        "UID:a\nDTSTART:20261202T090000Z", trailer="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(CalendarFileError, match="line 10: a second calendar after END:VCALENDAR"):
        _import(data)


def test_date_start_with_date_time_end_is_read_as_all_day() -> None:
    result = _import(
        calendar(
            "UID:a\nSUMMARY:Leave\nDTSTART;VALUE=DATE:20261207\n"
            "DTEND;TZID=Europe/Berlin:20261209T120000"
        )
    )
    assert _spans(result.added) == [("2026-12-07T00:00:00+01:00", "2026-12-10T00:00:00+01:00")]
    assert result.warnings == (
        "test.ics: line 4 (VEVENT 'Leave'): DTSTART is a date but DTEND a date-time; "
        "read as all day until 2026-12-10",
    )


def test_outlook_escaped_semicolons_in_rrule() -> None:
    result = _import(
        calendar(
            "UID:a\nSUMMARY:Physio\nDTSTART;TZID=W. Europe Standard Time:20261202T100000\n"
            "DURATION:PT1H\nRRULE:FREQ=WEEKLY\\;COUNT=3\\;BYDAY=WE"
        )
    )
    assert [e.start.isoformat() for e in result.added] == [
        "2026-12-02T10:00:00+01:00",
        "2026-12-09T10:00:00+01:00",
        "2026-12-16T10:00:00+01:00",
    ]
    assert result.warnings == (
        "test.ics: line 10: RRULE has escaped semicolons (\\;), read as plain ones",
    )


def test_events_outside_the_horizon_are_counted() -> None:
    result = _import(
        calendar(
            "UID:old\nSUMMARY:Old\nDTSTART:20261101T090000Z\nDURATION:PT1H",
            "UID:older\nSUMMARY:Older\nDTSTART:20260101T090000Z\nDURATION:PT1H",
            "UID:series\nSUMMARY:Old series\nDTSTART:20260105T090000Z\nDURATION:PT1H\n"
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "UID:in\nSUMMARY:In\nDTSTART:20261202T090000Z\nDURATION:PT1H",
            "UID:late\nSUMMARY:Late\nDTSTART:20270301T090000Z\nDURATION:PT1H",
            "UID:gone\nSUMMARY:Gone\nSTATUS:CANCELLED\nDTSTART:20261101T090000Z\nDURATION:PT1H",
        )
    )
    assert [e.note for e in result.added] == ["In"]
    assert (result.before, result.after) == (3, 1)
