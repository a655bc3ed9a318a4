"""Hand-computed schedules across DST transitions (DESIGN §2), one rule per test.

Expected instants are written out by hand with the zone's offset, and parsed with
``datetime.fromisoformat`` alone: no time-zone database is involved on the expected side.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from rotaplan.core import Layer, Override, Restriction, Schedule, Window, instant, render_schedule

Row = tuple[str, str, str]


def _utc(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(UTC).isoformat()


def _iso(value: int) -> str:
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=value)).isoformat()


def rotation(
    virtual_start: str,
    turn_seconds: int,
    members: tuple[str, ...],
    *,
    start: str = "2020-01-01T00:00:00+00:00",
    end: str | None = None,
    restrictions: tuple[Restriction, ...] = (),
    layer_id: str = "rotation",
) -> Layer:
    """A layer written the way a project file writes it."""
    return Layer(
        id=layer_id,
        name="",
        start=datetime.fromisoformat(start),
        end=None if end is None else datetime.fromisoformat(end),
        rotation_virtual_start=datetime.fromisoformat(virtual_start),
        turn_length_seconds=turn_seconds,
        members=members,
        restrictions=restrictions,
    )


def daily(start: str, seconds: int) -> Restriction:
    """A daily restriction from the local time ``start`` for ``seconds``."""
    return Restriction("daily", time.fromisoformat(start), seconds)


def override(override_id: str, start: str, end: str, person: str) -> Override:
    """An override written the way a project file writes it."""
    return Override(override_id, datetime.fromisoformat(start), datetime.fromisoformat(end), person)


def final(
    zone: str,
    layers: tuple[Layer, ...],
    since: str,
    until: str,
    overrides: tuple[Override, ...] = (),
) -> list[Row]:
    """The final schedule of the window, as UTC ISO strings."""
    schedule = Schedule("s", "S", zone, layers, overrides)
    window = Window(instant(datetime.fromisoformat(since)), instant(datetime.fromisoformat(until)))
    result = render_schedule(schedule, window)
    return [(_iso(s.start), _iso(s.end), s.person) for s in result.final]


def expected(*rows: Row) -> list[Row]:
    """Hand-written rows (any offsets) as UTC ISO strings."""
    return [(_utc(start), _utc(end), person) for start, end, person in rows]


def test_a_turn_boundary_inside_a_restriction_window_splits_it() -> None:
    # Daily turns hand over at 09:00 GMT (Jan 5 is turn 0, ana); the window is 08:00-12:00, so
    # each morning's window starts with the previous turn's person and ends with the next one's.
    layer = rotation(
        "2026-01-05T09:00:00+00:00", 86_400, ("ana", "ben"), restrictions=(daily("08:00", 14_400),)
    )
    assert final(
        "Europe/London", (layer,), "2026-01-05T00:00:00+00:00", "2026-01-07T00:00:00+00:00"
    ) == expected(
        ("2026-01-05T08:00:00+00:00", "2026-01-05T09:00:00+00:00", "ben"),
        ("2026-01-05T09:00:00+00:00", "2026-01-05T12:00:00+00:00", "ana"),
        ("2026-01-06T08:00:00+00:00", "2026-01-06T09:00:00+00:00", "ana"),
        ("2026-01-06T09:00:00+00:00", "2026-01-06T12:00:00+00:00", "ben"),
    )


def test_daily_0230_handoff_on_new_york_spring_forward_night() -> None:
    # 02:30 does not exist on 2026-03-08 (02:00 EST -> 03:00 EDT): that handoff happens at the
    # jump, 03:00 EDT = 07:00Z; the days around keep 02:30 (EST, then EDT). Mar 1 is turn 0.
    layer = rotation("2026-03-01T02:30:00-05:00", 86_400, ("ana", "ben"))
    assert final(
        "America/New_York", (layer,), "2026-03-07T00:00:00-05:00", "2026-03-10T00:00:00-04:00"
    ) == expected(
        ("2026-03-07T00:00:00-05:00", "2026-03-07T02:30:00-05:00", "ben"),  # turn 5
        ("2026-03-07T02:30:00-05:00", "2026-03-08T03:00:00-04:00", "ana"),  # turn 6, 23.5 h
        ("2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00", "ben"),  # turn 7, 23.5 h
        ("2026-03-09T02:30:00-04:00", "2026-03-10T00:00:00-04:00", "ana"),
    )


def test_daily_0230_handoff_on_sydney_spring_forward_night() -> None:
    # 2026-10-04 02:00 AEST -> 03:00 AEDT: the 02:30 handoff moves to 03:00 AEDT (Oct 3 16:00Z).
    # Sep 28 is turn 0; three members, so Oct 3 is turn 5 (cho), Oct 4 turn 6 (ana), Oct 5 ben.
    layer = rotation("2026-09-28T02:30:00+10:00", 86_400, ("ana", "ben", "cho"))
    assert final(
        "Australia/Sydney", (layer,), "2026-10-03T00:00:00+10:00", "2026-10-06T00:00:00+11:00"
    ) == expected(
        ("2026-10-03T00:00:00+10:00", "2026-10-03T02:30:00+10:00", "ben"),
        ("2026-10-03T02:30:00+10:00", "2026-10-04T03:00:00+11:00", "cho"),
        ("2026-10-04T03:00:00+11:00", "2026-10-05T02:30:00+11:00", "ana"),
        ("2026-10-05T02:30:00+11:00", "2026-10-06T00:00:00+11:00", "ben"),
    )


def test_a_0130_handoff_on_a_fall_back_night_takes_the_first_occurrence() -> None:
    # 2026-11-01 01:30 happens twice in New York (EDT, then EST): the handoff takes 01:30 EDT,
    # so that turn lasts 25 h, until 01:30 EST on Nov 2. Oct 25 is turn 0.
    layer = rotation("2026-10-25T01:30:00-04:00", 86_400, ("ana", "ben"))
    assert final(
        "America/New_York", (layer,), "2026-10-31T12:00:00+00:00", "2026-11-02T12:00:00+00:00"
    ) == expected(
        ("2026-10-31T12:00:00+00:00", "2026-11-01T01:30:00-04:00", "ana"),
        ("2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00", "ben"),
        ("2026-11-02T01:30:00-05:00", "2026-11-02T12:00:00+00:00", "ana"),
    )


def test_a_virtual_start_in_the_second_occurrence_is_turn_zero_exactly() -> None:
    # b(0) = R exactly, even where R is the second 01:30 (EST); the turn before starts at the
    # first occurrence rule's 01:30 EDT on Oct 31 and so lasts 25 h.
    layer = rotation("2026-11-01T01:30:00-05:00", 86_400, ("ana", "ben"))
    assert final(
        "America/New_York", (layer,), "2026-11-01T00:00:00-04:00", "2026-11-01T12:00:00-05:00"
    ) == expected(
        ("2026-11-01T00:00:00-04:00", "2026-11-01T01:30:00-05:00", "ben"),
        ("2026-11-01T01:30:00-05:00", "2026-11-01T12:00:00-05:00", "ana"),
    )


def test_a_night_window_ends_at_0800_local_on_london_dst_nights() -> None:
    # 20:00 + 12 h is computed on the local clock: it ends at 08:00 local, so the night is 11 h
    # long on 2026-03-29 (01:00 GMT -> 02:00 BST) and 13 h on 2026-10-25 (02:00 BST -> 01:00 GMT).
    layer = rotation(
        "2026-01-05T09:00:00+00:00", 604_800, ("ana",), restrictions=(daily("20:00", 43_200),)
    )
    spring = final(
        "Europe/London", (layer,), "2026-03-28T12:00:00+00:00", "2026-03-29T12:00:00+01:00"
    )
    assert spring == expected(("2026-03-28T20:00:00+00:00", "2026-03-29T08:00:00+01:00", "ana"))
    autumn = final(
        "Europe/London", (layer,), "2026-10-24T12:00:00+01:00", "2026-10-25T12:00:00+00:00"
    )
    assert autumn == expected(("2026-10-24T20:00:00+01:00", "2026-10-25T08:00:00+00:00", "ana"))
    hours = [
        (datetime.fromisoformat(end) - datetime.fromisoformat(start)) / timedelta(hours=1)
        for start, end, _ in (*spring, *autumn)
    ]
    assert hours == [11, 13]


def test_a_weekend_window_across_spring_forward_loses_an_hour() -> None:
    # Saturday 20:00 + 36 h ends Monday 08:00 local: 35 h across 2026-03-29 in London.
    weekend = Restriction("weekly", time(20), 36 * 3600, 6)
    layer = rotation("2026-01-05T09:00:00+00:00", 604_800, ("ana",), restrictions=(weekend,))
    assert final(
        "Europe/London", (layer,), "2026-03-27T00:00:00+00:00", "2026-04-01T00:00:00+01:00"
    ) == expected(("2026-03-28T20:00:00+00:00", "2026-03-30T08:00:00+01:00", "ana"))


def test_a_window_inside_one_skipped_hour_is_empty() -> None:
    # 02:10-02:50 lies wholly in New York's skipped hour on 2026-03-08: both ends localize to the
    # jump, so that day has no window; the days around have their 40 minutes.
    layer = rotation(
        "2026-01-05T09:00:00+00:00", 604_800, ("ana",), restrictions=(daily("02:10", 2400),)
    )
    assert final(
        "America/New_York", (layer,), "2026-03-07T00:00:00-05:00", "2026-03-10T00:00:00-04:00"
    ) == expected(
        ("2026-03-07T02:10:00-05:00", "2026-03-07T02:50:00-05:00", "ana"),
        ("2026-03-09T02:10:00-04:00", "2026-03-09T02:50:00-04:00", "ana"),
    )
    # A window that starts in the skipped hour and ends after it starts at the jump (30 min).
    layer = rotation(
        "2026-01-05T09:00:00+00:00", 604_800, ("ana",), restrictions=(daily("02:30", 3600),)
    )
    assert final(
        "America/New_York", (layer,), "2026-03-08T00:00:00-05:00", "2026-03-08T12:00:00-04:00"
    ) == expected(("2026-03-08T03:00:00-04:00", "2026-03-08T03:30:00-04:00", "ana"))


def test_a_virtual_start_in_the_future_gives_negative_turns() -> None:
    # R = Jun 10 09:00Z: Jun 1 09:00 is turn -9 (-9 mod 3 = 0, ana), the turn before is -10
    # (floor modulo: 2, cho) and Jun 2 09:00 starts turn -8 (1, ben).
    layer = rotation("2026-06-10T09:00:00+00:00", 86_400, ("ana", "ben", "cho"))
    assert final(
        "Etc/UTC", (layer,), "2026-06-01T00:00:00+00:00", "2026-06-03T00:00:00+00:00"
    ) == expected(
        ("2026-06-01T00:00:00+00:00", "2026-06-01T09:00:00+00:00", "cho"),
        ("2026-06-01T09:00:00+00:00", "2026-06-02T09:00:00+00:00", "ana"),
        ("2026-06-02T09:00:00+00:00", "2026-06-03T00:00:00+00:00", "ben"),
    )
    # Absolute 10 h turns, R = Jun 10 00:00Z: Jun 1 00:00 is turn -21.6 -> floor -22 (mod 4 = 2),
    # which started May 31 20:00 and hands to turn -21 (3) at 06:00.
    layer = rotation("2026-06-10T00:00:00+00:00", 36_000, ("ana", "ben", "cho", "dev"))
    assert final(
        "Etc/UTC", (layer,), "2026-06-01T00:00:00+00:00", "2026-06-01T12:00:00+00:00"
    ) == expected(
        ("2026-06-01T00:00:00+00:00", "2026-06-01T06:00:00+00:00", "cho"),
        ("2026-06-01T06:00:00+00:00", "2026-06-01T12:00:00+00:00", "dev"),
    )


def test_overlapping_overrides_the_later_listed_wins() -> None:
    # ana is on the layer all day. o-1 (ben 10-14) and o-2 (cho 12-16) overlap: o-2 wins 12-14;
    # o-3 (ana 13:00-13:30) wins over both; o-0 (ana 07-09) merges into ana's layer run.
    layer = rotation("2026-01-05T00:00:00+00:00", 86_400, ("ana",))
    overrides = (
        override("o-0", "2026-01-06T07:00:00+00:00", "2026-01-06T09:00:00+00:00", "ana"),
        override("o-1", "2026-01-06T10:00:00+00:00", "2026-01-06T14:00:00+00:00", "ben"),
        override("o-2", "2026-01-06T12:00:00+00:00", "2026-01-06T16:00:00+00:00", "cho"),
        override("o-3", "2026-01-06T13:00:00+00:00", "2026-01-06T13:30:00+00:00", "ana"),
    )
    window = ("2026-01-06T08:00:00+00:00", "2026-01-06T18:00:00+00:00")
    assert final("Etc/UTC", (layer,), *window, overrides) == expected(
        ("2026-01-06T08:00:00+00:00", "2026-01-06T10:00:00+00:00", "ana"),
        ("2026-01-06T10:00:00+00:00", "2026-01-06T12:00:00+00:00", "ben"),
        ("2026-01-06T12:00:00+00:00", "2026-01-06T13:00:00+00:00", "cho"),
        ("2026-01-06T13:00:00+00:00", "2026-01-06T13:30:00+00:00", "ana"),
        ("2026-01-06T13:30:00+00:00", "2026-01-06T16:00:00+00:00", "cho"),
        ("2026-01-06T16:00:00+00:00", "2026-01-06T18:00:00+00:00", "ana"),
    )
    # Listed the other way round, ben's override wins where the two overlap.
    swapped = (overrides[2], overrides[1])
    assert final("Etc/UTC", (layer,), *window, swapped) == expected(
        ("2026-01-06T08:00:00+00:00", "2026-01-06T10:00:00+00:00", "ana"),
        ("2026-01-06T10:00:00+00:00", "2026-01-06T14:00:00+00:00", "ben"),
        ("2026-01-06T14:00:00+00:00", "2026-01-06T16:00:00+00:00", "cho"),
        ("2026-01-06T16:00:00+00:00", "2026-01-06T18:00:00+00:00", "ana"),
    )


def test_a_layer_ending_inside_the_window_hands_back_to_the_layer_below() -> None:
    # The upper layer (ana) ends Jan 6 15:00 and the lower one (ben) covers the rest; the upper
    # layer only starts Jan 6 03:00, so ben also covers the morning.
    lower = rotation("2026-01-05T00:00:00+00:00", 86_400, ("ben",), layer_id="lower")
    upper = rotation(
        "2026-01-05T00:00:00+00:00",
        86_400,
        ("ana",),
        start="2026-01-06T03:00:00+00:00",
        end="2026-01-06T15:00:00+00:00",
        layer_id="upper",
    )
    assert final(
        "Etc/UTC", (lower, upper), "2026-01-06T00:00:00+00:00", "2026-01-07T00:00:00+00:00"
    ) == expected(
        ("2026-01-06T00:00:00+00:00", "2026-01-06T03:00:00+00:00", "ben"),
        ("2026-01-06T03:00:00+00:00", "2026-01-06T15:00:00+00:00", "ana"),
        ("2026-01-06T15:00:00+00:00", "2026-01-07T00:00:00+00:00", "ben"),
    )
    # Alone, the upper layer leaves gaps before its start and after its end.
    schedule = Schedule("s", "S", "Etc/UTC", (upper,))
    window = Window(
        instant(datetime(2026, 1, 6, tzinfo=UTC)), instant(datetime(2026, 1, 7, tzinfo=UTC))
    )
    result = render_schedule(schedule, window)
    assert [(_iso(g.start), _iso(g.end)) for g in result.gaps] == [
        ("2026-01-06T00:00:00+00:00", "2026-01-06T03:00:00+00:00"),
        ("2026-01-06T15:00:00+00:00", "2026-01-07T00:00:00+00:00"),
    ]
    assert result.coverage_percent == 50.0


def test_a_14_day_rotation_keeps_its_wall_clock_handoff_across_dst() -> None:
    # Monday 09:00 handoffs every 14 days from Feb 23 (EST): Mar 9 and Mar 23 are 09:00 EDT, so
    # the turn across the transition is 14 days less one hour.
    layer = rotation("2026-02-23T09:00:00-05:00", 14 * 86_400, ("ana", "ben"))
    assert final(
        "America/New_York", (layer,), "2026-03-01T00:00:00+00:00", "2026-03-30T00:00:00+00:00"
    ) == expected(
        ("2026-03-01T00:00:00+00:00", "2026-03-09T09:00:00-04:00", "ana"),
        ("2026-03-09T09:00:00-04:00", "2026-03-23T09:00:00-04:00", "ben"),
        ("2026-03-23T09:00:00-04:00", "2026-03-30T00:00:00+00:00", "ana"),
    )


def test_kolkata_half_hour_offset_handoff_inside_a_window() -> None:
    # IST is +05:30 all year. Daily 09:00 handoff from Jan 1 (Mar 1 is turn 59, ben); the
    # 08:00-10:00 window on Mar 1 is split at 09:00.
    layer = rotation(
        "2026-01-01T09:00:00+05:30", 86_400, ("ana", "ben"), restrictions=(daily("08:00", 7200),)
    )
    assert final(
        "Asia/Kolkata", (layer,), "2026-03-01T00:00:00+05:30", "2026-03-02T00:00:00+05:30"
    ) == expected(
        ("2026-03-01T08:00:00+05:30", "2026-03-01T09:00:00+05:30", "ana"),
        ("2026-03-01T09:00:00+05:30", "2026-03-01T10:00:00+05:30", "ben"),
    )


def test_chatham_0300_handoff_moves_to_0345_on_its_spring_forward() -> None:
    # Chatham jumps 02:45 +12:45 -> 03:45 +13:45 on 2026-09-27: the 03:00 handoff happens at the
    # jump (03:45 +13:45 = Sep 26 14:00Z). Sep 20 is turn 0, so Sep 27 is turn 7 (ben).
    layer = rotation("2026-09-20T03:00:00+12:45", 86_400, ("ana", "ben"))
    assert final(
        "Pacific/Chatham", (layer,), "2026-09-26T00:00:00+12:45", "2026-09-29T00:00:00+13:45"
    ) == expected(
        ("2026-09-26T00:00:00+12:45", "2026-09-26T03:00:00+12:45", "ben"),
        ("2026-09-26T03:00:00+12:45", "2026-09-27T03:45:00+13:45", "ana"),  # 23 h 45 min
        ("2026-09-27T03:45:00+13:45", "2026-09-28T03:00:00+13:45", "ben"),  # 23 h 15 min
        ("2026-09-28T03:00:00+13:45", "2026-09-29T00:00:00+13:45", "ana"),
    )


def test_st_johns_night_windows_on_both_transitions() -> None:
    # Newfoundland (-03:30 / -02:30) changes at 02:00. A 00:30 + 2 h window is 1.5 h on
    # 2026-03-08 (02:30 is skipped: it ends at the jump, 03:00 NDT) and 3 h on 2026-11-01
    # (00:30 NDT to 02:30 NST).
    layer = rotation(
        "2026-01-05T09:00:00+00:00", 604_800, ("ana",), restrictions=(daily("00:30", 7200),)
    )
    assert final(
        "America/St_Johns", (layer,), "2026-03-07T12:00:00+00:00", "2026-03-08T12:00:00+00:00"
    ) == expected(("2026-03-08T00:30:00-03:30", "2026-03-08T03:00:00-02:30", "ana"))
    assert final(
        "America/St_Johns", (layer,), "2026-10-31T12:00:00+00:00", "2026-11-01T12:00:00+00:00"
    ) == expected(("2026-11-01T00:30:00-02:30", "2026-11-01T02:30:00-03:30", "ana"))


def test_lord_howe_thirty_minute_shifts() -> None:
    # Spring 2026-10-04: 02:00 +10:30 -> 02:30 +11:00; a 02:15 handoff happens at the jump.
    layer = rotation("2026-09-27T02:15:00+10:30", 86_400, ("ana", "ben"))
    assert final(
        "Australia/Lord_Howe", (layer,), "2026-10-03T00:00:00+10:30", "2026-10-05T12:00:00+11:00"
    ) == expected(
        ("2026-10-03T00:00:00+10:30", "2026-10-03T02:15:00+10:30", "ben"),
        ("2026-10-03T02:15:00+10:30", "2026-10-04T02:30:00+11:00", "ana"),  # 23 h 45 min
        ("2026-10-04T02:30:00+11:00", "2026-10-05T02:15:00+11:00", "ben"),  # 23 h 45 min
        ("2026-10-05T02:15:00+11:00", "2026-10-05T12:00:00+11:00", "ana"),
    )
    # Autumn 2026-04-05: 02:00 +11:00 -> 01:30 +10:30; 01:45 occurs twice, the first one counts.
    layer = rotation("2026-03-29T01:45:00+11:00", 86_400, ("ana", "ben"))
    assert final(
        "Australia/Lord_Howe", (layer,), "2026-04-04T00:00:00+00:00", "2026-04-06T00:00:00+00:00"
    ) == expected(
        ("2026-04-04T00:00:00+00:00", "2026-04-05T01:45:00+11:00", "ana"),
        ("2026-04-05T01:45:00+11:00", "2026-04-06T01:45:00+10:30", "ben"),  # 24 h 30 min
        ("2026-04-06T01:45:00+10:30", "2026-04-06T00:00:00+00:00", "ana"),
    )


def test_santiago_midnight_handoff_on_its_spring_forward() -> None:
    # Santiago skips 00:00-01:00 on 2026-09-06 (-04 -> -03): the midnight handoff is at 01:00 -03.
    layer = rotation("2026-09-01T00:00:00-04:00", 86_400, ("ana", "ben"))
    assert final(
        "America/Santiago", (layer,), "2026-09-05T00:00:00+00:00", "2026-09-08T00:00:00+00:00"
    ) == expected(
        ("2026-09-05T00:00:00+00:00", "2026-09-05T00:00:00-04:00", "ben"),
        ("2026-09-05T00:00:00-04:00", "2026-09-06T01:00:00-03:00", "ana"),
        ("2026-09-06T01:00:00-03:00", "2026-09-07T00:00:00-03:00", "ben"),  # 23 h
        ("2026-09-07T00:00:00-03:00", "2026-09-08T00:00:00+00:00", "ana"),
    )


def test_twelve_hour_turns_follow_absolute_time_across_dst() -> None:
    # 43,200 s is not a whole number of days: handoffs stay at 01:00Z and 13:00Z, i.e. 08:00 and
    # 20:00 EST before 2026-03-08 07:00Z, 09:00 and 21:00 EDT after. Mar 1 13:00Z is turn 0.
    layer = rotation("2026-03-01T08:00:00-05:00", 43_200, ("ana", "ben"))
    assert final(
        "America/New_York", (layer,), "2026-03-07T12:00:00+00:00", "2026-03-09T00:00:00+00:00"
    ) == expected(
        ("2026-03-07T12:00:00+00:00", "2026-03-07T08:00:00-05:00", "ben"),
        ("2026-03-07T08:00:00-05:00", "2026-03-07T20:00:00-05:00", "ana"),
        ("2026-03-07T20:00:00-05:00", "2026-03-08T09:00:00-04:00", "ben"),
        ("2026-03-08T09:00:00-04:00", "2026-03-09T00:00:00+00:00", "ana"),
    )
