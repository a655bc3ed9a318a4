"""Real calendars from icalendar's test suite: the import agrees with the reference libraries.

The reference is what icalendar + x_wr_timezone + recurring_ical_events expand from the same file
(cancelled and zero-length occurrences aside, which the import skips by design).
"""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import x_wr_timezone

from rotaplan.core import Person, Window, instant
from rotaplan.ical import CalendarFileError
from rotaplan.ical.timeoff import TimeOffReading, read_time_off

FOLDER = Path(__file__).parent / "fixtures" / "icalendar"
PERSON = Person("p", "P", time_zone="UTC")


def _instant(value: date | datetime) -> int:
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return instant(value if value.tzinfo else value.replace(tzinfo=UTC))


def _window(year: int) -> Window:
    return Window(
        instant(datetime(year, 1, 1, tzinfo=UTC)), instant(datetime(year + 3, 1, 1, tzinfo=UTC))
    )


def _reference(data: bytes, window: Window) -> list[tuple[int, int]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar's note on guessed vendor TZIDs
        calendar = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(data))
    since = datetime.fromtimestamp(window.start / 1_000_000, UTC)
    until = datetime.fromtimestamp(window.end / 1_000_000, UTC)
    spans = []
    for occurrence in recurring_ical_events.of(calendar).between(since, until):
        start, end = _instant(occurrence.start), _instant(occurrence.end)
        if end > start and str(occurrence.get("STATUS", "")).upper() != "CANCELLED":
            spans.append((start, end))
    return sorted(spans)


def _read(name: str, window: Window) -> TimeOffReading:
    data = (FOLDER / name).read_bytes()
    return read_time_off(data, PERSON, window, source=name)


@pytest.mark.parametrize(
    ("name", "year", "count"),
    [
        ("issue_313_globally_unique_tzid.ics", 2020, 3),
        ("issue_156_RDATE_with_PERIOD_TZID_khal.ics", 2018, 1),
        ("alarm_google_future.ics", 2024, 1),
        ("alarm_thunderbird_future.ics", 2024, 1),
        ("issue_466_respect_unique_timezone.ics", 2022, 115),
    ],
)
def test_the_import_expands_what_the_reference_libraries_expand(
    name: str, year: int, count: int
) -> None:
    window = _window(year)
    reading = _read(name, window)
    spans = sorted((instant(e.start), instant(e.end)) for e in reading.entries)
    assert len(spans) == count
    assert spans == _reference((FOLDER / name).read_bytes(), window)


def test_vendor_prefixed_tzids_are_read_as_their_iana_zone() -> None:
    reading = _read("issue_313_globally_unique_tzid.ics", _window(2020))
    starts = sorted(e.start.astimezone(UTC).isoformat() for e in reading.entries)
    # 14:00 in Berlin (CEST), New York (EDT) and Buenos Aires on 26 April 2020.
    assert starts == [
        "2020-04-26T12:00:00+00:00",
        "2020-04-26T17:00:00+00:00",
        "2020-04-26T18:00:00+00:00",
    ]


def test_two_calendars_in_one_file_are_refused_with_the_line() -> None:
    with pytest.raises(CalendarFileError, match="line 9: a second calendar after END:VCALENDAR"):
        _read("issue_1050_multiple_calendars.ics", _window(2024))
