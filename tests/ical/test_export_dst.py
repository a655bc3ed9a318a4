"""Exported instants are exact: four readers across both DST changes of 2026 in three zones.

Each case is a small project whose handoffs sit in a repeated hour, a skipped hour or right at
the edges of one. It is exported to real files, each file is read back by icalendar, vobject, ics
and recurring-ical-events, and every reader must give the core's final schedule, compared as UTC
instants.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import icalendar
import ics
import pytest
import recurring_ical_events
import vobject

from rotaplan.core import (
    HOUR,
    MINUTE,
    SECOND,
    Instant,
    Layer,
    Override,
    Person,
    Project,
    Restriction,
    Schedule,
    Window,
    instant,
    localize,
    render_schedule,
    to_datetime,
    zone,
)
from rotaplan.ical import export_calendars
from rotaplan.store import atomic_write_text

ZONES = ("America/New_York", "Europe/London", "Australia/Sydney")
NOW = datetime(2026, 1, 1, tzinfo=UTC)

# (person, start, end) read from a calendar: UTC instants, whatever the file wrote.
Shift = tuple[str, Instant, Instant]


def _read_icalendar(path: Path) -> list[Shift]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [
        (str(e["X-ROTAPLAN-PERSON"]), instant(e.start), instant(e.end))
        for e in calendar.walk("VEVENT")
    ]


def _read_vobject(path: Path) -> list[Shift]:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return [
        (
            e.contents["x-rotaplan-person"][0].value,
            instant(e.dtstart.value),
            instant(e.dtend.value),
        )
        for e in calendar.contents.get("vevent", [])
    ]


def _read_ics(path: Path) -> list[Shift]:
    calendar = ics.Calendar(path.read_text(encoding="utf-8"))
    shifts = []
    for event in calendar.events:
        person = next(line.value for line in event.extra if line.name == "X-ROTAPLAN-PERSON")
        shifts.append((person, instant(event.begin.datetime), instant(event.end.datetime)))
    return shifts


def _read_recurring_ical_events(path: Path) -> list[Shift]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = recurring_ical_events.of(calendar).between(
        datetime(2025, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
    )
    return [(str(e["X-ROTAPLAN-PERSON"]), instant(e.start), instant(e.end)) for e in events]


READERS: dict[str, Callable[[Path], list[Shift]]] = {
    "icalendar": _read_icalendar,
    "vobject": _read_vobject,
    "ics": _read_ics,
    "recurring-ical-events": _read_recurring_ical_events,
}


def _offset(tz_name: str, at: Instant) -> timedelta:
    offset = to_datetime(at, zone(tz_name)).utcoffset()
    assert offset is not None
    return offset


def _changes(tz_name: str) -> Iterator[tuple[Instant, timedelta]]:
    """The zone's offset changes in 2026: (instant of the change, new offset minus old)."""
    at = instant(datetime(2026, 1, 1, tzinfo=UTC))
    end = instant(datetime(2027, 1, 1, tzinfo=UTC))
    while at < end:
        # These zones change on a whole UTC hour: an hourly scan finds the exact instant.
        step = _offset(tz_name, at + HOUR) - _offset(tz_name, at)
        if step:
            yield at + HOUR, step
        at += HOUR


@cache
def _change(tz_name: str, backward: bool) -> tuple[Instant, Instant]:
    """The instant of the 2026 fall-back (or spring-forward) and the length of its hour."""
    (found,) = [(at, step) for at, step in _changes(tz_name) if (step < timedelta(0)) == backward]
    return found[0], abs(found[1]) // timedelta(microseconds=1)


@dataclass(frozen=True)
class Handoff:
    """Dan hands over to carol (both overrides) at ``at(hour)`` after the change."""

    at: Callable[[Instant], Instant]


@dataclass(frozen=True)
class Across:
    """One override from 20 minutes before the change to 20 minutes after it."""


@dataclass(frozen=True)
class Daily:
    """The daily layer hands off ``minutes`` after the first odd local reading (repeated or
    skipped) of the change's day; with ``window`` = (minutes, hours) it is restricted to a
    daily window starting that many minutes after that reading."""

    minutes: int
    window: tuple[int, int] | None = None


# The repeated hour, New York's readings: 01:00-02:00 EDT (first pass), then EST (second).
_BACKWARD: dict[str, Handoff | Across | Daily] = {
    "repeat-starts": Handoff(lambda h: -h),  # 01:00, first pass
    "first-pass": Handoff(lambda h: -h + 20 * MINUTE),  # 01:20, first pass
    "first-pass-last-second": Handoff(lambda h: -SECOND),  # 01:59:59, first pass
    "change": Handoff(lambda h: 0),  # 01:00, second pass
    "second-pass": Handoff(lambda h: 30 * MINUTE),  # 01:30, second pass: the issue's example
    "second-pass-last-second": Handoff(lambda h: h - SECOND),  # 01:59:59, second pass
    "repeat-ends": Handoff(lambda h: h),  # 02:00, once
    "across-the-change": Across(),  # 01:40 EDT to 01:20 EST
    "daily-at-repeat-start": Daily(0),  # 01:00: the first pass, as the core resolves it
    "daily-in-repeated-hour": Daily(30),
    "window-starts-in-repeated-hour": Daily(30, (30, 6)),
    "window-ends-in-repeated-hour": Daily(-570, (-570, 10)),  # 15:30 + 10 h: ends at 01:30
}
# The skipped hour, New York's readings: 02:00-03:00 never happens.
_FORWARD: dict[str, Handoff | Across | Daily] = {
    "hour-before": Handoff(lambda h: -h),  # 01:00
    "last-second-before": Handoff(lambda h: -SECOND),  # 01:59:59
    "jump": Handoff(lambda h: 0),  # 03:00, where the core puts every skipped local time
    "after-jump": Handoff(lambda h: 30 * MINUTE),  # 03:30
    "across-the-jump": Across(),  # 01:40 EST to 03:20 EDT
    "daily-at-skip-start": Daily(0),  # 02:00 resolves to the jump
    "daily-in-skipped-hour": Daily(30),  # 02:30 resolves to the jump
    "window-starts-in-skipped-hour": Daily(30, (30, 6)),
    "window-ends-in-skipped-hour": Daily(-570, (-570, 10)),  # 16:30 + 10 h: ends at 02:30
}
CASES: dict[str, tuple[bool, Handoff | Across | Daily]] = {
    **{name: (True, spec) for name, spec in _BACKWARD.items()},
    **{name: (False, spec) for name, spec in _FORWARD.items()},
}


@dataclass(frozen=True)
class Built:
    """A case made concrete in one zone: its project, its schedule and the window exported."""

    project: Project
    schedule: Schedule
    window: Window


def _first_odd_reading(tz_name: str, change: Instant, hour: Instant, backward: bool) -> datetime:
    """The first local reading that a change repeats (backward) or skips (forward)."""
    after = to_datetime(change, zone(tz_name)).replace(tzinfo=None)
    return after if backward else after - timedelta(microseconds=hour)


@cache  # the four readers read one export of each case
def _build(tz_name: str, case: str) -> Built:
    backward, spec = CASES[case]
    tz = zone(tz_name)
    change, hour = _change(tz_name, backward)
    odd = _first_odd_reading(tz_name, change, hour, backward)
    handoff = odd + timedelta(hours=9 - odd.hour)  # 09:00 that day unless the case says
    restrictions: tuple[Restriction, ...] = ()
    overrides: tuple[Override, ...] = ()
    if isinstance(spec, Handoff):
        at = change + spec.at(hour)
        overrides = tuple(
            Override(
                f"o-{i}", to_datetime(at + (i - 1) * 2 * HOUR), to_datetime(at + i * 2 * HOUR), p
            )
            for i, p in enumerate(("dan", "carol"))
        )
    elif isinstance(spec, Across):
        overrides = (
            Override(
                "o-0",
                to_datetime(change - 20 * MINUTE),
                to_datetime(change + 20 * MINUTE),
                "carol",
            ),
        )
    else:
        handoff = odd + timedelta(minutes=spec.minutes)
        if spec.window is not None:
            begin = (odd + timedelta(minutes=spec.window[0])).time()
            restrictions = (Restriction("daily", begin, spec.window[1] * 3600),)
    # The rotation starts ten days before the change, at the handoff's local time of day.
    first = localize(handoff - timedelta(days=10), tz)
    layer = Layer("daily", "Daily", first, first, 86_400, ("alice", "bob"), restrictions)
    schedule = Schedule("s", "Case", tz_name, layers=(layer,), overrides=overrides)
    # Person calendars are written in each person's zone, not always the schedule's.
    other = ZONES[(ZONES.index(tz_name) + 1) % len(ZONES)]
    people = (
        Person("alice", "Alice", time_zone=tz_name),
        Person("bob", "Bob", time_zone="Etc/UTC"),
        Person("carol", "Carol", time_zone=tz_name),
        Person("dan", "Dan", time_zone=other),
    )
    window = Window(change - 72 * HOUR, change + 72 * HOUR)
    return Built(Project("DST", people, (schedule,)), schedule, window)


def _final(built: Built) -> list[Shift]:
    final = render_schedule(built.schedule, built.window).final
    return [(span.person, span.start, span.end) for span in final]


def _as_final(shifts: list[Shift], window: Window) -> list[Shift]:
    """Shifts clipped to the window, with adjacent shifts of one person merged (an override and
    the layer shift it adjoins are separate events but one final entry)."""
    merged: list[Shift] = []
    for person, start, end in sorted(shifts, key=lambda shift: (shift[1], shift[2])):
        start, end = max(start, window.start), min(end, window.end)
        if start >= end:
            continue
        if merged and merged[-1][0] == person and merged[-1][2] == start:
            merged[-1] = (person, merged[-1][1], end)
        else:
            merged.append((person, start, end))
    return merged


def _export(built: Built, folder: Path) -> dict[str, Path]:
    paths = {}
    for name, text in export_calendars(built.project, built.window, NOW).items():
        paths[name] = folder / name
        atomic_write_text(paths[name], text, keep_backup=False)
    return paths


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("tz_name", ZONES)
@pytest.mark.parametrize("case", CASES)
def test_every_reader_reads_the_final_schedule(
    tmp_path: Path, case: str, tz_name: str, reader: str
) -> None:
    built = _build(tz_name, case)
    expected = _final(built)
    paths = _export(built, tmp_path)
    read = READERS[reader]
    assert _as_final(read(paths["schedule-s.ics"]), built.window) == expected
    for person in built.project.people:
        mine = [entry for entry in expected if entry[0] == person.id]
        assert _as_final(read(paths[f"person-{person.id}.ics"]), built.window) == mine, person.id


@pytest.mark.parametrize("tz_name", ZONES)
@pytest.mark.parametrize("case", CASES)
def test_the_case_puts_a_handoff_where_it_says(case: str, tz_name: str) -> None:
    backward, spec = CASES[case]
    built = _build(tz_name, case)
    change, hour = _change(tz_name, backward)
    edges = {at for _, start, end in _final(built) for at in (start, end)}
    if isinstance(spec, Handoff):
        assert change + spec.at(hour) in edges
    elif isinstance(spec, Across):
        assert {change - 20 * MINUTE, change + 20 * MINUTE} <= edges
    else:
        # The one odd local reading of the case: the handoff, or the end of the daily window.
        minutes = spec.minutes
        if not 0 <= minutes < 60 and spec.window is not None:
            minutes = spec.window[0] + spec.window[1] * 60
        assert 0 <= minutes < 60
        # The core resolves a repeated local time to its first pass, a skipped one to the jump.
        assert (change - hour + minutes * MINUTE if backward else change) in edges


def _event_times(path: Path) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """(name with parameters, value) of DTSTART and of DTEND, for each event of the calendar."""
    text = path.read_bytes().decode("utf-8")
    lines = text[text.rfind("END:VTIMEZONE") :].split("\r\n")
    found: list[tuple[str, str]] = []
    for line in lines:
        if line.startswith(("DTSTART", "DTEND")):
            name, value = line.split(":")
            found.append((name, value))
    return list(zip(found[::2], found[1::2], strict=True))


def _utc(value: str) -> Instant:
    return instant(datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC))


@pytest.mark.parametrize("backward", [True, False], ids=["repeated-hour", "skipped-hour"])
@pytest.mark.parametrize("tz_name", ZONES)
def test_events_are_local_unless_they_touch_a_repeated_hour(
    tmp_path: Path, tz_name: str, backward: bool
) -> None:
    change, hour = _change(tz_name, backward)
    odd = _first_odd_reading(tz_name, change, hour, backward)
    repeated = (odd, odd + timedelta(microseconds=hour))
    in_utc = 0
    for case, (case_backward, _) in CASES.items():
        if case_backward != backward:
            continue
        (tmp_path / case).mkdir()
        path = _export(_build(tz_name, case), tmp_path / case)["schedule-s.ics"]
        for (start_name, start), (end_name, end) in _event_times(path):
            if start.endswith("Z") or end.endswith("Z"):
                # Wholly in UTC, and only for a reason: one end is in the repeated hour.
                assert (start_name, end_name) == ("DTSTART", "DTEND"), (case, start, end)
                assert {start[-1], end[-1]} == {"Z"}, (case, start, end)
                assert backward, (case, start, end)
                assert any(change - hour <= _utc(v) < change + hour for v in (start, end))
                in_utc += 1
                continue
            assert start_name == f"DTSTART;TZID={tz_name}", (case, start_name)
            assert end_name == f"DTEND;TZID={tz_name}", (case, end_name)
            for value in (start, end):
                reading = datetime.strptime(value, "%Y%m%dT%H%M%S")
                assert not (backward and repeated[0] <= reading < repeated[1]), (case, value)
    assert bool(in_utc) == backward


def test_the_issue_example_is_written_in_utc(tmp_path: Path) -> None:
    # A handoff at 01:30 EST on 2026-11-01, the second 01:30 of the night in New York.
    path = _export(_build("America/New_York", "second-pass"), tmp_path)["schedule-s.ics"]
    times = _event_times(path)
    assert (("DTSTART", "20261101T043000Z"), ("DTEND", "20261101T063000Z")) in times
    assert (("DTSTART", "20261101T063000Z"), ("DTEND", "20261101T083000Z")) in times
    # The shifts on either side of those two keep their local times.
    assert (
        ("DTSTART;TZID=America/New_York", "20261031T090000"),
        ("DTEND;TZID=America/New_York", "20261101T003000"),
    ) in times
