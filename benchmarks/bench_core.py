"""Time the core: a year of the 100-schedule organisation, a 5-week window, and iCal expansion.

    python benchmarks/bench_core.py

Prints core time (process CPU time, best of several runs), entries, peak memory, the cost of a
5-week window of one schedule (what the calendar redraws on every edit), the cost of a rotation
whose virtual start is ten years back against one that started yesterday, and the same year
computed the way iCal-based tools do it (each rotation expanded as RRULE events with
recurring-ical-events, then priorities resolved).
"""

from __future__ import annotations

import dataclasses
import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events

sys.path.insert(0, str(Path(__file__).parent))

from rotaplan.core import (
    LayerRender,
    Project,
    Schedule,
    Span,
    Window,
    instant,
    plan,
    render_schedule,
    to_datetime,
    zone,
)
from rotaplan.core.render import _append, _resolve  # same resolution step for both
from synthetic import synthetic_org  # the benchmark folder is not a package

YEAR = Window(instant(datetime(2026, 1, 1, tzinfo=UTC)), instant(datetime(2027, 1, 1, tzinfo=UTC)))


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The smallest process CPU time of ``runs`` runs, in seconds."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def year_of_org(project: Project) -> int:
    """Render every schedule over the year; returns the number of final entries."""
    result = plan(project, YEAR)
    return sum(len(r.final) for r in result.renders.values())


def five_weeks(schedule: Schedule, repeats: int = 300) -> float:
    """Median time of a 5-week window render, in milliseconds."""
    start = instant(datetime(2026, 3, 2, tzinfo=UTC))
    window = Window(start, start + instant(datetime(1970, 2, 5, tzinfo=UTC)))
    samples = []
    for _ in range(repeats):
        begin = time.perf_counter()
        render_schedule(schedule, window)
        samples.append(time.perf_counter() - begin)
    return statistics.median(samples) * 1000


def _ical_layers(schedule: Schedule) -> list[icalendar.Calendar]:
    """Each layer of a synthetic schedule as RRULE events, one per member slot."""
    tz = zone(schedule.time_zone)
    calendars = []
    for layer in schedule.layers:
        calendar = icalendar.Calendar()
        m = len(layer.members)
        origin = layer.rotation_virtual_start.astimezone(tz)
        for slot, person in enumerate(layer.members):
            event = icalendar.Event()
            event.add("uid", f"{schedule.id}-{layer.id}-{slot}")
            event.add("summary", person)
            if layer.id == "base":
                event.add("dtstart", origin + timedelta(days=7 * slot))
                event.add("duration", timedelta(days=7))
                event.add("rrule", {"freq": "weekly", "interval": m})
            elif layer.id == "business":
                first = origin + timedelta(days=slot)
                event.add("dtstart", first)
                event.add("duration", timedelta(hours=8))
                event.add(
                    "rrule",
                    {"freq": "daily", "interval": m, "byday": ["MO", "TU", "WE", "TH", "FR"]},
                )
            else:
                turn = origin + timedelta(days=7 * slot)
                saturday = (turn + timedelta(days=(5 - turn.weekday()) % 7)).replace(hour=0)
                event.add("dtstart", saturday)
                event.add("duration", timedelta(days=2))
                event.add("rrule", {"freq": "weekly", "interval": m})
            calendar.add_component(event)
        calendars.append(calendar)
    return calendars


def ical_year_of_org(project: Project) -> list[tuple[Span, ...]]:
    """The iCal way: expand RRULEs inside the year, then resolve priorities."""
    since = to_datetime(YEAR.start)
    until = to_datetime(YEAR.end)
    finals = []
    for schedule in project.schedules:
        layers = []
        for layer, calendar in zip(schedule.layers, _ical_layers(schedule), strict=True):
            spans: list[Span] = []
            low = max(YEAR.start, instant(layer.start))
            occurrences = recurring_ical_events.of(calendar).between(since, until)
            for event in sorted(occurrences, key=lambda e: e["DTSTART"].dt):
                start = max(instant(event["DTSTART"].dt), low)
                end = min(instant(event["DTEND"].dt), YEAR.end)
                if start < end:
                    _append(spans, start, end, str(event["SUMMARY"]))
            layers.append(LayerRender(layer.id, tuple(spans)))
        renders = render_schedule(dataclasses.replace(schedule, layers=()), YEAR)
        pieces = _resolve(layers, renders.overrides, YEAR)
        final: list[Span] = []
        for piece in pieces:
            if piece.person is not None:
                _append(final, piece.start, piece.end, piece.person)
        finals.append(tuple(final))
    return finals


def main() -> None:
    project = synthetic_org()
    entries = year_of_org(project)
    core = best_of(5, lambda: year_of_org(project))
    tracemalloc.start()
    year_of_org(project)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"core: 100 schedules x 3 layers over 1 year: {core * 1000:.0f} ms CPU, "
        f"{entries} final entries, peak memory {peak / 2**20:.1f} MiB"
    )

    schedule = project.schedules[0]
    print(f"core: one schedule, 5-week window: {five_weeks(schedule):.2f} ms (median of 300)")

    recent = dataclasses.replace(
        schedule,
        layers=tuple(
            dataclasses.replace(layer, rotation_virtual_start=datetime(2025, 12, 31, 9, tzinfo=UTC))
            for layer in schedule.layers
        ),
    )
    ancient = dataclasses.replace(
        schedule,
        layers=tuple(
            dataclasses.replace(layer, rotation_virtual_start=datetime(2016, 1, 6, 9, tzinfo=UTC))
            for layer in schedule.layers
        ),
    )
    print(
        f"core: virtual start yesterday {five_weeks(recent):.2f} ms, "
        f"ten years back {five_weeks(ancient):.2f} ms (5-week window)"
    )

    ical_finals = ical_year_of_org(project)
    ical = best_of(2, lambda: ical_year_of_org(project))
    same = ical_finals == [r.final for r in plan(project, YEAR).renders.values()]
    print(
        f"ical: RRULE expansion + resolution: {ical * 1000:.0f} ms CPU, "
        f"{sum(map(len, ical_finals))} final entries, identical to the core: "
        f"{'yes' if same else 'NO'} ({ical / core:.1f}x the core's time)"
    )


if __name__ == "__main__":
    main()
