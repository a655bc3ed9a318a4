"""The DST rule in ``localize*`` and ``parse_window_bound``, checked against the reference.

The core memoizes a per-day offset (fast path) and falls back to a search near transitions (slow
path); readings are taken right at, just before and just after each transition, and at the same
clock times on the neighbouring days, in both orders.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rotaplan.core import instant, localize, localize_instant, parse_window_bound, wall, zone
from rotaplan.core.timeutil import local_micros, localize_local
from tests.core.random_schedules import SETTINGS, TRANSITIONS, ZONES
from tests.core.reference import DAY_US, SECOND_US, reference_localize, wall_reading

_NAIVE_EPOCH = datetime(1970, 1, 1)
_MINUTE = 60 * SECOND_US


def _naive(local: int) -> datetime:
    return _NAIVE_EPOCH + timedelta(microseconds=local)


def _readings_around(name: str, jump: int) -> list[int]:
    """Wall readings at and around the transition at instant ``jump``, on it and nearby days."""
    before = wall_reading(jump - 1, name) + 1  # the clock as the old offset would show it
    after = wall_reading(jump, name)
    low, high = min(before, after), max(before, after)
    edges = [low, high, (low + high) // 2]
    around = {e + d for e in edges for d in (-_MINUTE, -SECOND_US, -1, 0, 1, SECOND_US, _MINUTE)}
    return sorted(r + days * DAY_US for r in around for days in range(-3, 4))


def _check(name: str, local: int) -> None:
    tz = zone(name)
    naive = _naive(local)
    want = reference_localize(local, name)
    assert localize_instant(naive, tz) == want, (name, naive)
    assert localize_local(local, tz) == want, (name, naive)
    aware = localize(naive, tz)
    assert aware.tzinfo is tz
    assert instant(aware) == want, (name, naive)


@pytest.mark.parametrize("name", [z for z in ZONES if TRANSITIONS[z]])
def test_localize_at_and_around_every_transition(name: str) -> None:
    readings = [r for jump in TRANSITIONS[name] for r in _readings_around(name, jump)]
    # Both orders, so neither path leans on what the other has memoized.
    for local in readings:
        _check(name, local)
    for local in reversed(readings):
        _check(name, local)


@settings(SETTINGS, max_examples=300)
@given(
    st.sampled_from(ZONES),
    # dateutil reads the zone files' explicit transitions, which run to 2037.
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2037, 1, 1)),
)
def test_localize_matches_the_reference_on_any_reading(name: str, naive: datetime) -> None:
    _check(name, local_micros(naive))


@pytest.mark.parametrize(
    ("name", "reading", "want"),
    [
        # New York: 02:00 EST -> 03:00 EDT, 02:00 EDT -> 01:00 EST.
        ("America/New_York", "2026-03-08T01:59:59.999999", "2026-03-08T01:59:59.999999-05:00"),
        ("America/New_York", "2026-03-08T02:00:00", "2026-03-08T03:00:00-04:00"),
        ("America/New_York", "2026-03-08T02:30:00", "2026-03-08T03:00:00-04:00"),
        ("America/New_York", "2026-03-08T03:00:00", "2026-03-08T03:00:00-04:00"),
        ("America/New_York", "2026-11-01T00:59:59", "2026-11-01T00:59:59-04:00"),
        ("America/New_York", "2026-11-01T01:00:00", "2026-11-01T01:00:00-04:00"),
        ("America/New_York", "2026-11-01T01:59:59.999999", "2026-11-01T01:59:59.999999-04:00"),
        ("America/New_York", "2026-11-01T02:00:00", "2026-11-01T02:00:00-05:00"),
        # Chatham: 02:45 +12:45 -> 03:45 +13:45, 03:45 +13:45 -> 02:45 +12:45.
        ("Pacific/Chatham", "2026-09-27T03:00:00", "2026-09-27T03:45:00+13:45"),
        ("Pacific/Chatham", "2026-09-27T03:45:00", "2026-09-27T03:45:00+13:45"),
        ("Pacific/Chatham", "2026-04-05T03:00:00", "2026-04-05T03:00:00+13:45"),
        ("Pacific/Chatham", "2026-04-05T03:45:00", "2026-04-05T03:45:00+12:45"),
        # Lord Howe: 02:00 +10:30 -> 02:30 +11:00, 02:00 +11:00 -> 01:30 +10:30.
        ("Australia/Lord_Howe", "2026-10-04T02:15:00", "2026-10-04T02:30:00+11:00"),
        ("Australia/Lord_Howe", "2026-04-05T01:45:00", "2026-04-05T01:45:00+11:00"),
        ("Australia/Lord_Howe", "2026-04-05T02:00:00", "2026-04-05T02:00:00+10:30"),
        # Santiago changes at midnight: 00:00 -04 -> 01:00 -03, 00:00 -03 -> 23:00 -04.
        ("America/Santiago", "2026-09-06T00:00:00", "2026-09-06T01:00:00-03:00"),
        ("America/Santiago", "2026-04-04T23:30:00", "2026-04-04T23:30:00-03:00"),
        ("America/Santiago", "2026-04-05T00:00:00", "2026-04-05T00:00:00-04:00"),
        # St John's: 02:00 -03:30 -> 03:00 -02:30.
        ("America/St_Johns", "2026-03-08T02:59:00", "2026-03-08T03:00:00-02:30"),
        ("America/St_Johns", "2026-11-01T01:30:00", "2026-11-01T01:30:00-02:30"),
        # London: 01:00 GMT -> 02:00 BST; Sydney: 02:00 AEST -> 03:00 AEDT; Kolkata: no DST.
        ("Europe/London", "2026-03-29T01:30:00", "2026-03-29T02:00:00+01:00"),
        ("Europe/London", "2026-10-25T01:30:00", "2026-10-25T01:30:00+01:00"),
        ("Australia/Sydney", "2026-10-04T02:30:00", "2026-10-04T03:00:00+11:00"),
        ("Australia/Sydney", "2026-04-05T02:30:00", "2026-04-05T02:30:00+11:00"),
        ("Asia/Kolkata", "2026-03-08T02:30:00", "2026-03-08T02:30:00+05:30"),
    ],
)
def test_localize_golden(name: str, reading: str, want: str) -> None:
    tz = zone(name)
    naive = datetime.fromisoformat(reading)
    expected = instant(datetime.fromisoformat(want))
    assert localize_instant(naive, tz) == expected
    assert localize_instant(naive.replace(fold=1), tz) == expected  # fold is not an input
    assert localize_local(local_micros(naive), tz) == expected
    assert localize(naive, tz).isoformat() == want


def test_a_steady_day_and_a_transition_day_agree_on_both_paths() -> None:
    tz = zone("America/New_York")
    for naive in (datetime(2026, 1, 15, 2, 30), datetime(2026, 3, 8, 2, 30)):
        assert localize_local(local_micros(naive), tz) == localize_instant(naive, tz)
    assert localize_local(local_micros(datetime(2026, 1, 15, 2, 30)), tz) == instant(
        datetime(2026, 1, 15, 7, 30, tzinfo=UTC)
    )


def test_wall_reads_both_occurrences_of_a_repeated_hour_alike() -> None:
    tz = zone("America/New_York")
    first = instant(datetime.fromisoformat("2026-11-01T01:30:00-04:00"))
    second = instant(datetime.fromisoformat("2026-11-01T01:30:00-05:00"))
    assert wall(first, tz) == wall(second, tz) == datetime(2026, 11, 1, 1, 30)
    assert localize_instant(wall(second, tz), tz) == first


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("2026-03-08", "America/New_York", "2026-03-08T00:00:00-05:00"),
        ("  2026-03-08 ", "America/New_York", "2026-03-08T00:00:00-05:00"),
        # Midnight does not exist in Santiago on 2026-09-06: the day starts at the jump.
        ("2026-09-06", "America/Santiago", "2026-09-06T01:00:00-03:00"),
        ("2026-04-05", "America/Santiago", "2026-04-05T00:00:00-04:00"),
        ("2026-03-08T02:30", "America/New_York", "2026-03-08T03:00:00-04:00"),
        ("2026-11-01T01:30:00", "America/New_York", "2026-11-01T01:30:00-04:00"),
        ("2026-03-08T02:30:00+00:00", "America/New_York", "2026-03-08T02:30:00+00:00"),
        ("2026-03-08T02:30:00Z", "Asia/Kolkata", "2026-03-08T02:30:00+00:00"),
        ("2026-09-27T03:00:00", "Pacific/Chatham", "2026-09-27T03:45:00+13:45"),
    ],
)
def test_parse_window_bound(text: str, name: str, want: str) -> None:
    assert parse_window_bound(text, zone(name)) == instant(datetime.fromisoformat(want))


@pytest.mark.parametrize("text", ["2026-13-01", "tomorrow", "2026-03-08T25:00", ""])
def test_parse_window_bound_refuses_what_is_no_date(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_window_bound(text, zone("Europe/London"))
