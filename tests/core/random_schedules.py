"""Hypothesis strategies for random schedules around the DST transitions of eight zones."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from rotaplan.core import Layer, Override, Restriction, Schedule, Window
from tests.core.reference import (
    DAY_US,
    HOUR_US,
    SECOND_US,
    as_instant,
    reference_localize,
    transitions,
    wall_reading,
)

__all__ = [
    "PEOPLE",
    "SETTINGS",
    "TRANSITIONS",
    "ZONES",
    "aware",
    "cases",
    "virtual_starts_at_transitions",
]

# Reproducible in CI: the same examples every run, nothing stored between runs.
SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ZONES = (
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "America/Santiago",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/St_Johns",
    "Australia/Lord_Howe",
)
PEOPLE = ("ana", "ben", "cho", "dev", "eli")
_SINCE = as_instant(datetime(2025, 1, 1, tzinfo=UTC))
_UNTIL = as_instant(datetime(2028, 1, 1, tzinfo=UTC))
# Each zone's offset changes in 2025-2027 (none for Asia/Kolkata: any day will do there).
TRANSITIONS = {name: transitions(name, _SINCE, _UNTIL) for name in ZONES}
# Readings that fall in, next to or on the edges of the DST hours of the zones above.
DST_CLOCKS = tuple(
    time.fromisoformat(text)
    for text in (
        "00:00", "00:30", "01:00", "01:30", "01:59:59", "02:00", "02:15", "02:30", "02:45",
        "03:00", "03:15", "03:45", "23:00", "23:30", "09:00", "20:00",
    )
)  # fmt: skip
TURN_LENGTHS = (3600, 5400, 43_200, 86_400, 7 * 86_400, 14 * 86_400)


def aware(at: int, offset_minutes: int) -> datetime:
    """Instant ``at`` written with an arbitrary fixed offset (the core must not care)."""
    written = timezone(timedelta(minutes=offset_minutes))
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=at)).astimezone(written)


offsets = st.sampled_from([0, 0, -300, 60, 330, 765, -210])
clocks = st.one_of(
    st.sampled_from(DST_CLOCKS),
    st.times(),
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
)
turn_lengths = st.one_of(
    st.sampled_from(TURN_LENGTHS),
    st.integers(2, 14).map(lambda d: d * 86_400),
    st.integers(3600, 40 * 86_400),
    st.integers(1, 365).map(lambda d: d * 86_400),
)


@st.composite
def windows(draw: st.DrawFn) -> tuple[str, int, int, int]:
    """A zone, a window of 1-10 days and the DST transition (or plain day) it lies around."""
    name = draw(st.sampled_from(ZONES))
    length = draw(st.integers(1 * DAY_US // 60_000_000, 10 * DAY_US // 60_000_000)) * 60_000_000
    length += draw(st.sampled_from([0, 0, 0, 1, 17 * SECOND_US]))
    if TRANSITIONS[name]:
        anchor = draw(st.sampled_from(TRANSITIONS[name]))
    else:
        anchor = _SINCE + draw(st.integers(0, 3 * 365)) * DAY_US
    before = draw(st.integers(0, length // 60_000_000)) * 60_000_000
    return name, anchor - before, anchor - before + length, anchor


@st.composite
def restrictions(draw: st.DrawFn) -> Restriction:
    """A daily or weekly restriction, often starting in a DST hour, up to the duration limits."""
    clock = draw(clocks)
    if draw(st.booleans()):
        duration = draw(
            st.one_of(st.sampled_from([1, 1800, 3600, 43_200, 86_399]), st.integers(1, 86_399))
        )
        return Restriction("daily", clock, duration)
    duration = draw(
        st.one_of(st.sampled_from([3600, 86_400, 172_800, 604_799]), st.integers(1, 604_799))
    )
    return Restriction("weekly", clock, duration, draw(st.integers(1, 7)))


@st.composite
def layers(draw: st.DrawFn, name: str, window: tuple[int, int, int], index: int) -> Layer:
    """A layer whose virtual start lies years before to months after the window."""
    start, end, anchor = window
    length = end - start
    day = wall_reading(start, name) // DAY_US
    day += draw(st.one_of(st.integers(-5 * 365, 180), st.integers(-3, 3)))
    kind = draw(st.sampled_from(["clock", "instant", "transition"]))
    if kind == "clock":
        clock = draw(clocks)
        reading = day * DAY_US + ((clock.hour * 60 + clock.minute) * 60 + clock.second) * SECOND_US
        origin = reference_localize(reading, name)
        # Sometimes the second occurrence of a repeated reading, or a reading an hour later.
        origin += draw(st.sampled_from([0, 0, 0, HOUR_US, HOUR_US // 2]))
    elif kind == "instant":
        origin = day * DAY_US + draw(st.integers(0, DAY_US - 1))
    else:
        # At the transition: inside a repeated hour, just before or after a jump, or whole
        # days before it (a wall-clock rotation's handoff then lands on the transition).
        minutes = draw(
            st.one_of(st.sampled_from([0, 1, 15, 29, 30, 59, -1, -60]), st.integers(-150, 150))
        )
        days = draw(st.one_of(st.just(0), st.sampled_from([1, 7, 14, 30])))
        origin = anchor + minutes * 60_000_000 - days * DAY_US
    if draw(st.booleans()):
        first = origin - draw(st.integers(0, 400)) * DAY_US
    else:
        first = draw(st.integers(start - DAY_US, end)) // 60_000_000 * 60_000_000
    last = draw(st.one_of(st.none(), st.integers(first + 1, max(first + 1, end + length // 2))))
    return Layer(
        id=f"layer-{index}",
        name="",
        start=aware(first, draw(offsets)),
        rotation_virtual_start=aware(origin, draw(offsets)),
        turn_length_seconds=draw(turn_lengths),
        members=tuple(
            draw(
                st.lists(
                    st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=draw(st.booleans())
                )
            )
        ),
        restrictions=tuple(draw(st.lists(restrictions(), max_size=2))),
        end=None if last is None else aware(last, draw(offsets)),
    )


@st.composite
def overrides(draw: st.DrawFn, start: int, end: int, index: int) -> Override:
    """An override somewhere in or around the window (they often overlap one another)."""
    first = draw(st.integers(start - DAY_US, end)) // 60_000_000 * 60_000_000
    last = first + draw(st.integers(1, 3 * DAY_US // 60_000_000)) * 60_000_000
    return Override(
        f"o-{index}", aware(first, draw(offsets)), aware(last, 0), draw(st.sampled_from(PEOPLE))
    )


@st.composite
def cases(draw: st.DrawFn) -> tuple[Schedule, Window]:
    """A random schedule and the window it is rendered for."""
    name, start, end, anchor = draw(windows())
    count = draw(st.integers(1, 3))
    schedule = Schedule(
        id="s",
        name="S",
        time_zone=name,
        layers=tuple(draw(layers(name, (start, end, anchor), i)) for i in range(count)),
        overrides=tuple(draw(overrides(start, end, i)) for i in range(draw(st.integers(0, 3)))),
    )
    return schedule, Window(start, end)


@st.composite
def virtual_starts_at_transitions(draw: st.DrawFn) -> tuple[Schedule, Window]:
    """One rotation whose virtual start (b(0) = R exactly) lies at a DST transition."""
    name = draw(st.sampled_from([zone for zone in ZONES if TRANSITIONS[zone]]))
    anchor = draw(st.sampled_from(TRANSITIONS[name]))
    minutes = draw(
        st.one_of(st.sampled_from([0, 1, 15, 29, 30, 59, -1, -60]), st.integers(-90, 90))
    )
    origin = anchor + minutes * 60_000_000 - draw(st.sampled_from([0, 0, 0, 1, 2, 7])) * DAY_US
    start = anchor - draw(st.integers(0, 2 * 24 * 60)) * 60_000_000
    end = anchor + draw(st.integers(1, 3 * 24 * 60)) * 60_000_000
    layer = Layer(
        id="rotation",
        name="",
        start=aware(origin - draw(st.integers(0, 30)) * DAY_US, draw(offsets)),
        rotation_virtual_start=aware(origin, draw(offsets)),
        turn_length_seconds=draw(turn_lengths),
        members=tuple(draw(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=3, unique=True))),
        restrictions=tuple(draw(st.lists(restrictions(), max_size=1))),
    )
    return Schedule(id="s", name="S", time_zone=name, layers=(layer,)), Window(start, end)
