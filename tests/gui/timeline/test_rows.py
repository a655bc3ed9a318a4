"""What the timeline shows for each mode, with renders from the core's cache."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from rotaplan.core import DAY, Project, RenderCache, Window, instant
from rotaplan.gui.timeline.rows import Mode, RowKind, build_rows, coverage

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
