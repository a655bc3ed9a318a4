"""The render cache: chunks stitched into a window equal a direct render; reuse by value."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rotaplan.core import (
    DAY,
    HOUR,
    Project,
    RenderCache,
    Schedule,
    ScheduleRender,
    Window,
    instant,
    render_schedule,
)
from tests.core.random_schedules import SETTINGS, cases

START = instant(datetime(2026, 11, 30, tzinfo=UTC))


def _same(stitched: ScheduleRender, direct: ScheduleRender) -> None:
    assert stitched.window == direct.window
    assert stitched.final == direct.final
    assert stitched.gaps == direct.gaps
    assert stitched.pieces == direct.pieces
    assert stitched.layers == direct.layers
    assert stitched.overrides == direct.overrides
    assert stitched.coverage_percent == direct.coverage_percent


@settings(SETTINGS, max_examples=120)
@given(cases(), st.integers(1, 20), st.integers(0, 13))
def test_stitched_chunks_equal_a_direct_render(
    case: tuple[Schedule, Window], chunk_days: int, shift_hours: int
) -> None:
    schedule, window = case
    # Chunks from one day to three weeks, so windows span many chunk edges or none.
    cache = RenderCache(chunk=chunk_days * DAY + shift_hours * HOUR)
    _same(cache.get(schedule, window), render_schedule(schedule, window))


@pytest.mark.parametrize("days", [1, 6, 7, 15, 40])
def test_stitched_demo_render_equals_a_direct_one(demo: Project, days: int) -> None:
    window = Window(START + 5 * HOUR, START + 5 * HOUR + days * DAY)
    for schedule in demo.schedules:
        _same(RenderCache().get(schedule, window), render_schedule(schedule, window))


def test_scrolling_renders_only_the_new_chunks(demo: Project) -> None:
    chunk = 14 * DAY
    aligned = Window(START // chunk * chunk, START // chunk * chunk + 2 * chunk)  # as fetched
    cache = RenderCache()
    cache.renders(demo, aligned)
    assert cache.misses == 2 * 3
    cache.renders(demo, Window(aligned.start + chunk, aligned.end + chunk))
    assert cache.misses == 3 * 3  # one new chunk per schedule
    cache.prefetch(demo.schedules, Window(aligned.start + chunk, aligned.end + chunk))
    prefetched = cache.misses
    cache.renders(demo, Window(aligned.end, aligned.end + 2 * chunk))
    assert cache.misses == prefetched  # the prefetch did the work ahead of the scroll


def test_whole_window_cache_renders_only_changed_schedules(demo: Project) -> None:
    cache = RenderCache(chunk=None)
    window = Window(START, START + 28 * DAY)
    first = cache.renders(demo, window)
    assert cache.misses == 3
    renamed = dataclasses.replace(demo.schedule("managers"), name="Managers")
    edited = dataclasses.replace(demo, schedules=(*demo.schedules[:2], renamed))
    second = cache.renders(edited, window)
    assert cache.misses == 4
    assert second["primary"] is first["primary"]
    _same(second["managers"], render_schedule(renamed, window))
    cache.renders(edited, Window(START, START + 7 * DAY))  # another window: all new
    assert cache.misses == 7
