"""The demo project is moved to start on the first Monday on or after today."""

from __future__ import annotations

from datetime import date, timedelta

from rotaplan.core import instant, zone
from rotaplan.store import loads
from rotaplan.store.demo import DEMO_ANCHOR, current_demo, demo_project, demo_text


def test_demo_on_its_anchor_week_is_the_file_as_shipped() -> None:
    assert demo_project(DEMO_ANCHOR - timedelta(days=2)) == loads(demo_text())


def test_demo_moves_by_whole_weeks_keeping_wall_clock_handoffs() -> None:
    shipped = loads(demo_text())
    moved = demo_project(date(2027, 6, 9))  # a Wednesday in British summer time
    weeks = (date(2027, 6, 14) - DEMO_ANCHOR).days // 7
    london = zone("Europe/London")
    for before, after in zip(shipped.schedules[0].layers, moved.schedules[0].layers, strict=True):
        old = before.rotation_virtual_start.astimezone(london)
        new = after.rotation_virtual_start.astimezone(london)
        assert (new.date() - old.date()).days == weeks * 7
        assert new.time() == old.time()
    assert len(moved.time_off) == len(shipped.time_off)
    assert instant(moved.time_off[0].start) > instant(shipped.time_off[0].start)


def test_current_demo_has_its_gap_today_or_within_eight_days() -> None:
    shipped = loads(demo_text())
    first_gap = DEMO_ANCHOR + timedelta(days=8)  # the Tuesday of the second week
    assert current_demo(first_gap) == shipped
    assert current_demo(first_gap - timedelta(days=6)) == shipped
    for offset in range(14):
        today = DEMO_ANCHOR + timedelta(days=offset)
        moved = current_demo(today)
        gap_layer = moved.schedule("primary").layer("apac")
        assert gap_layer.end is not None
        assert 0 <= (gap_layer.end.date() - today).days <= 8
