"""What the timeline shows for each mode, and the render cache."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from rotaplan.core import DAY, HOUR, Project, Window, instant, render_schedule
from rotaplan.gui.timeline.rows import Mode, RenderCache, RowKind, build_rows, coverage

START = instant(datetime(2026, 11, 30, tzinfo=UTC))
FETCH = Window(START, START + 14 * DAY)


def test_schedule_rows_put_the_highest_layer_on_top(demo: Project) -> None:
    rows = build_rows(demo, Mode.SCHEDULE, "primary", FETCH, RenderCache())
    kinds = [row.kind for row in rows]
    assert kinds == [RowKind.LAYER] * 5 + [RowKind.OVERRIDES, RowKind.FINAL]
    assert [row.layer_id for row in rows[:5]] == ["weekend", "apac-2", "apac", "americas", "emea"]
    assert {b.override_id for b in rows[5].blocks} == {"o-hannah-thu", "o-marcus-sat"}
    final = rows[-1]
    assert final.gaps  # the demo's APAC handover leaves two gaps
    assert 0 < coverage(final, FETCH) < 100


def test_all_and_person_views(demo: Project) -> None:
    rows = build_rows(demo, Mode.ALL, None, FETCH, RenderCache())
    assert [row.schedule_id for row in rows] == ["primary", "secondary", "managers"]
    mine = build_rows(demo, Mode.PERSON, "amelia", FETCH, RenderCache())
    assert mine[-1].kind is RowKind.TIME_OFF
    assert mine[-1].blocks  # her family visit
    assert all(b.person == "amelia" for row in mine for b in row.blocks)


def test_cache_renders_only_the_schedules_that_changed(demo: Project) -> None:
    cache = RenderCache()
    build_rows(demo, Mode.ALL, None, FETCH, cache)
    per_schedule = cache.misses // 3
    assert per_schedule >= 1
    build_rows(demo, Mode.ALL, None, FETCH, cache)
    assert cache.misses == 3 * per_schedule
    renamed = dataclasses.replace(demo.schedule("managers"), name="Managers")
    edited = dataclasses.replace(demo, schedules=(*demo.schedules[:2], renamed))
    build_rows(edited, Mode.ALL, None, FETCH, cache)
    assert cache.misses == 4 * per_schedule


def test_scrolling_renders_only_the_new_chunks(demo: Project) -> None:
    chunk = 14 * DAY
    aligned = Window(START // chunk * chunk, START // chunk * chunk + 2 * chunk)  # as fetched
    cache = RenderCache()
    build_rows(demo, Mode.ALL, None, aligned, cache)
    assert cache.misses == 2 * 3
    build_rows(demo, Mode.ALL, None, Window(aligned.start + chunk, aligned.end + chunk), cache)
    assert cache.misses == 3 * 3  # one new chunk per schedule
    cache.prefetch(demo.schedules, Window(aligned.start + chunk, aligned.end + chunk))
    prefetched = cache.misses
    build_rows(demo, Mode.ALL, None, Window(aligned.end, aligned.end + 2 * chunk), cache)
    assert cache.misses == prefetched  # the prefetch did the work ahead of the scroll


@pytest.mark.parametrize("days", [1, 6, 7, 15, 40])
def test_stitched_render_equals_a_direct_one(demo: Project, days: int) -> None:
    window = Window(START + 5 * HOUR, START + 5 * HOUR + days * DAY)
    for schedule in demo.schedules:
        stitched = RenderCache().get(schedule, window)
        direct = render_schedule(schedule, window)
        assert stitched.final == direct.final
        assert stitched.gaps == direct.gaps
        assert stitched.pieces == direct.pieces
        assert stitched.layers == direct.layers
        assert stitched.overrides == direct.overrides
