"""Time-off import: Google and Outlook calendars, recurrences, duplicates, hostile input."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rotaplan.core import HOUR, TimeOff, instant
from rotaplan.ical import (
    CalendarFileError,
    IcalError,
    ImportLimits,
    RecurrenceLimitError,
    TimeOffFilter,
    import_time_off,
)
from rotaplan.ical.timeoff import MAX_CALENDAR_BYTES
from tests.ical.timeoff_sample import WINDOW, calendar, two_people

FIXTURES = Path(__file__).parent / "fixtures"


def _run(data: bytes, person: str = "alice", **kwargs: object) -> list[TimeOff]:
    result = import_time_off(two_people(), person, data, WINDOW, source="test.ics", **kwargs)  # type: ignore[arg-type]
    return list(result.added)


def test_google_calendar() -> None:
    result = import_time_off(
        two_people(), "alice", (FIXTURES / "google.ics").read_bytes(), WINDOW, source="google.ics"
    )
    spans = [(e.start.isoformat(), e.end.isoformat(), e.note) for e in result.added]
    # UTC times become America/New_York (X-WR-TIMEZONE); the weekly rule skips its EXDATE, the
    # moved instance of 11 December is taken from its RECURRENCE-ID; the all-day holiday is
    # read in Alice's zone; the cancelled event and the one before the horizon are left out.
    assert spans == [
        ("2026-12-04T09:00:00-05:00", "2026-12-04T17:00:00-05:00", "Out of office (afternoon)"),
        ("2026-12-09T12:00:00-05:00", "2026-12-09T12:30:00-05:00", "Team sync"),
        ("2026-12-11T11:00:00-05:00", "2026-12-11T17:00:00-05:00", "Out of office (afternoon)"),
        ("2026-12-18T09:00:00-05:00", "2026-12-18T17:00:00-05:00", "Out of office (afternoon)"),
        ("2026-12-21T00:00:00-05:00", "2026-12-26T00:00:00-05:00", "Christmas holiday"),
        ("2027-01-01T09:00:00-05:00", "2027-01-01T17:00:00-05:00", "Out of office (afternoon)"),
        ("2027-01-08T09:00:00-05:00", "2027-01-08T17:00:00-05:00", "Out of office (afternoon)"),
        ("2027-01-15T09:00:00-05:00", "2027-01-15T17:00:00-05:00", "Out of office (afternoon)"),
        ("2027-01-22T09:00:00-05:00", "2027-01-22T17:00:00-05:00", "Out of office (afternoon)"),
        ("2027-01-29T09:00:00-05:00", "2027-01-29T17:00:00-05:00", "Out of office (afternoon)"),
    ]
    assert result.skipped == 1
    assert {e.uid for e in result.added} >= {"4k2f0bq7c1o6rj8s1vd2m3n4p5@google.com"}


def test_google_filter_by_summary() -> None:
    entries = _run(
        (FIXTURES / "google.ics").read_bytes(),
        time_filter=TimeOffFilter(summary=("out of OFFICE", "holiday")),
    )
    assert "Team sync" not in {e.note for e in entries}
    assert len(entries) == 9


def test_outlook_calendar_with_windows_zone_and_busy_filter() -> None:
    data = (FIXTURES / "outlook.ics").read_bytes()
    entries = _run(data, person="bob", time_filter=TimeOffFilter(busy_only=True))
    spans = [(e.start.isoformat(), e.end.isoformat(), e.note) for e in entries]
    assert spans == [
        ("2026-12-07T00:00:00+01:00", "2026-12-12T00:00:00+01:00", "Vacation"),
        ("2026-12-16T10:00:00+01:00", "2026-12-16T12:00:00+01:00", "Physio"),
        ("2026-12-23T10:00:00+01:00", "2026-12-23T12:00:00+01:00", "Physio"),
        ("2027-01-06T10:00:00+01:00", "2027-01-06T12:00:00+01:00", "Physio"),
    ]
    everything = _run(data, person="bob")
    assert "Focus time" in {e.note for e in everything}


def test_reimport_adds_nothing_and_keeps_other_entries() -> None:
    data = (FIXTURES / "google.ics").read_bytes()
    first = import_time_off(two_people(), "alice", data, WINDOW)
    again = import_time_off(first.project, "alice", data, WINDOW)
    assert again.added == ()
    assert again.duplicates == len(first.added)
    assert again.project is first.project
    # Another person importing the same file gets their own entries.
    for_bob = import_time_off(first.project, "bob", data, WINDOW)
    assert len(for_bob.added) == len(first.added)


def test_floating_and_timed_events_without_end() -> None:
    entries = _run(
        calendar(
            "UID:f1\nDTSTART:20261210T090000\nDTEND:20261210T110000\nSUMMARY:Floating",
            "UID:d1\nDTSTART;VALUE=DATE:20261214\nSUMMARY:One day",
            "UID:z1\nDTSTART:20261215T090000Z\nSUMMARY:No length",
            "UID:p1\nDTSTART:20261216T090000Z\nDURATION:PT3H\nSUMMARY:Duration",
        )
    )
    assert [(e.start.isoformat(), e.end.isoformat()) for e in entries] == [
        ("2026-12-10T09:00:00-05:00", "2026-12-10T11:00:00-05:00"),
        ("2026-12-14T00:00:00-05:00", "2026-12-15T00:00:00-05:00"),
        ("2026-12-16T04:00:00-05:00", "2026-12-16T07:00:00-05:00"),
    ]


def test_rdate_and_exdate_inside_the_horizon() -> None:
    entries = _run(
        calendar(
            "UID:r\nDTSTART:20261201T100000Z\nDTEND:20261201T110000Z\nRRULE:FREQ=DAILY\n"
            "RDATE:20261130T100000Z,20270115T200000Z\nEXDATE:20261202T100000Z\nSUMMARY:Daily"
        )
    )
    starts = [instant(e.start) for e in entries]
    assert len(entries) == 31 + 31 - 1 + 1  # December and January, less one EXDATE, plus an RDATE
    assert instant(datetime(2026, 12, 2, 10, tzinfo=UTC)) not in starts
    assert instant(datetime(2027, 1, 15, 20, tzinfo=UTC)) in starts
    assert all(e.end - e.start == (e.end - e.start).__class__(hours=1) for e in entries)


def test_unknown_person_is_refused() -> None:
    with pytest.raises(IcalError, match="no person 'zed'"):
        import_time_off(two_people(), "zed", calendar("UID:a\nDTSTART:20261201T100000Z"), WINDOW)


def _refused(data: bytes, match: str, **kwargs: object) -> CalendarFileError:
    started = time.monotonic()
    with pytest.raises(CalendarFileError, match=match) as caught:
        _run(data, **kwargs)
    assert time.monotonic() - started < 2.5
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("test.ics")
    return caught.value


def test_not_icalendar() -> None:
    _refused(b"hello, world\n", r"not an iCalendar file \(line 1 is 'hello, world'")
    _refused(b"\x89PNG\r\n\x1a\n\x00\x00", "binary data")
    _refused(b"BEGIN:VCALENDAR\r\n\xff\xfe\r\nEND:VCALENDAR\r\n", "line 2: not UTF-8")
    _refused(b"", "empty file")
    _refused(b"BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n", "line 2")


def test_truncated_file() -> None:
    data = calendar("UID:a\nDTSTART:20261201T100000Z\nDTEND:20261201T110000Z")
    error = _refused(data[: data.index(b"END:VEVENT")], "truncated: BEGIN:VEVENT of line 4")
    assert error.line == 4


def test_mismatched_end() -> None:
    _refused(
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
        "line 4: END:VTODO does not close BEGIN:VEVENT of line 2",
    )


def test_too_large_file_is_refused_before_parsing() -> None:
    data = b"BEGIN:VCALENDAR\r\n" + b"X-PAD:" + b"a" * (20 * 1024 * 1024) + b"\r\nEND:VCALENDAR\r\n"
    assert len(data) > MAX_CALENDAR_BYTES
    _refused(data, "20.0 MB, more than the 5 MB")


def test_invalid_tzid() -> None:
    error = _refused(
        calendar("UID:a\nSUMMARY:Trip\nDTSTART;TZID=Mars/Olympus:20261201T100000\nDURATION:PT1H"),
        r"line 4 \(VEVENT 'Trip'\): DTSTART: unknown time zone 'Mars/Olympus'",
    )
    assert error.line == 4


def test_invalid_x_wr_timezone() -> None:
    _refused(
        calendar("UID:a\nDTSTART:20261201T100000Z", header="X-WR-TIMEZONE:Nowhere/Land\r\n"),
        "line 4: X-WR-TIMEZONE: unknown time zone 'Nowhere/Land'",
    )


def test_broken_dates() -> None:
    _refused(calendar("UID:a\nSUMMARY:x\nDTSTART:20261301T100000Z"), "DTSTART")
    _refused(calendar("UID:a\nSUMMARY:x"), "DTSTART is missing")
    _refused(
        calendar("UID:a\nSUMMARY:x\nDTSTART:20261201T100000Z\nDTEND:20261130T100000Z"),
        "ends before it starts|DTEND",
    )


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;INTERVAL=1",
        "FREQ=MINUTELY;COUNT=5000000",
        "FREQ=SECONDLY;UNTIL=20991231T000000Z",
    ],
)
def test_rules_with_millions_of_instances(rule: str) -> None:
    error = _refused(
        calendar(f"UID:a\nSUMMARY:Storm\nDTSTART:20261201T100000Z\nDURATION:PT1S\nRRULE:{rule}"),
        "RRULE yields more than 2000 occurrences",
    )
    assert isinstance(error, RecurrenceLimitError)


def test_rule_that_never_yields_is_stopped_by_the_time_limit() -> None:
    error = _refused(
        calendar(
            "UID:a\nSUMMARY:Never\nDTSTART:20261201T100000Z\nDURATION:PT1H\n"
            "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"
        ),
        "takes too long to expand",
        limits=ImportLimits(time_limit=0.3),
    )
    assert isinstance(error, RecurrenceLimitError)


def test_malformed_rule() -> None:
    _refused(
        calendar("UID:a\nSUMMARY:x\nDTSTART:20261201T100000Z\nRRULE:FREQ=WEEKLY;BYDAY=XX"),
        "RRULE",
    )
    _refused(
        calendar("UID:a\nSUMMARY:x\nDTSTART:20261201T100000Z\nRRULE:FREQ=FORTNIGHTLY"),
        "RRULE",
    )


def test_many_events_over_the_cap() -> None:
    events = [f"UID:e{i}\nDTSTART:20261201T{i % 24:02d}0000Z\nDURATION:PT1M" for i in range(2001)]
    _refused(calendar(*events), "more than 2000 occurrences")


def test_hour_long_sanity() -> None:
    entries = _run(calendar("UID:a\nDTSTART:20261201T100000Z\nDTEND:20261201T110000Z"))
    assert instant(entries[0].end) - instant(entries[0].start) == HOUR
