"""Timeline geometry: the axis, ruler ticks, snapping and fetch windows."""

from __future__ import annotations

from datetime import UTC, datetime

from rotaplan.core import DAY, HOUR, MINUTE, Window, instant, zone
from rotaplan.gui.timeline.geometry import (
    TimeAxis,
    day_starts,
    fetch_window,
    hour_ticks,
    snap,
    snap_step,
)

LONDON = zone("Europe/London")


def at(*args: int) -> int:
    return instant(datetime(*args, tzinfo=UTC))


def test_axis_maps_both_ways() -> None:
    axis = TimeAxis(start=at(2026, 12, 7), us_per_px=HOUR / 10, left=100, width=1680)
    assert axis.x(at(2026, 12, 7, 1)) == 110
    assert axis.at(110) == at(2026, 12, 7, 1)
    assert axis.end == at(2026, 12, 14)
    assert axis.px_per_hour == 10


def test_day_starts_follow_local_midnight_across_dst() -> None:
    days = day_starts(Window(at(2026, 3, 28), at(2026, 3, 31)), LONDON)
    # The window ends at 01:00 BST on the 31st, so that local day starts inside it.
    assert [d.day for _, d in days] == [28, 29, 30, 31]
    # 29 March 2026 is 23 hours long in London.
    assert days[2][0] - days[1][0] == 23 * HOUR


def test_hour_ticks_thin_out_when_zoomed_out() -> None:
    window = Window(at(2026, 12, 7), at(2026, 12, 8))
    assert [h for _, h in hour_ticks(window, UTC, px_per_hour=40)] == list(range(1, 24))
    assert [h for _, h in hour_ticks(window, UTC, px_per_hour=7)] == [6, 12, 18]
    assert hour_ticks(window, UTC, px_per_hour=1) == []


def test_snap_rounds_on_the_local_clock() -> None:
    kolkata = zone("Asia/Kolkata")  # UTC+05:30: local hours are half past in UTC
    value = at(2026, 12, 7, 3, 40)  # 09:10 local
    assert snap(value, HOUR, kolkata) == at(2026, 12, 7, 3, 30)
    assert snap(value, 15 * MINUTE, UTC) == at(2026, 12, 7, 3, 45)
    assert snap_step(HOUR / 100) == 15 * MINUTE
    assert snap_step(HOUR / 2) == 3 * HOUR


def test_fetch_window_covers_a_margin_and_is_stable_for_small_scrolls() -> None:
    view = Window(at(2026, 12, 7, 5), at(2026, 12, 14, 5))
    fetched = fetch_window(view)
    assert fetched.start <= view.start - 7 * DAY + DAY
    assert fetched.end >= view.end + 7 * DAY - DAY
    assert fetch_window(Window(view.start + HOUR, view.end + HOUR)) == fetched
