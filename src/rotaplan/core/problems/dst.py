"""DST: a layer's handoffs or restriction edges in the hour a clock change skips or repeats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from rotaplan.core.catalogue import MESSAGE_WORDS, PROBLEM_MESSAGES
from rotaplan.core.localdays import local_days
from rotaplan.core.model import Layer, Restriction, Schedule
from rotaplan.core.plan import Plan
from rotaplan.core.problems.problem import MessageArg, Problem, message_args
from rotaplan.core.problems.text import duration, quoted
from rotaplan.core.timeutil import SECOND, Instant, instant, to_datetime, wall, zone

__all__ = ["dst"]

_EPOCH_NAIVE = datetime(1970, 1, 1)


def _naive_us(value: datetime) -> Instant:
    return (value - _EPOCH_NAIVE) // timedelta(microseconds=1)


@lru_cache(maxsize=128)
def _transitions(
    time_zone: str, start: Instant, end: Instant
) -> tuple[tuple[Instant, int, int], ...]:
    """``(instant, offset before, offset after)`` of each offset change in ``[start, end)``."""
    days = local_days(time_zone, start, end)
    tz = zone(time_zone)

    def offset(at: Instant) -> int:
        value = to_datetime(at, tz).utcoffset()
        return 0 if value is None else value // timedelta(microseconds=1)

    found = []
    for i in range(days.count):
        if days.regular(i):
            continue
        low, high = days.midnights[i], days.midnights[i + 1]
        before, after = offset(low), offset(high)
        if before == after:
            continue
        while high - low > 1:
            middle = (low + high) // 2
            if offset(middle) == before:
                low = middle
            else:
                high = middle
        if start <= high < end:
            found.append((high, before, after))
    return tuple(found)


def _in_range(naive: datetime, low: Instant, high: Instant) -> bool:
    return low <= _naive_us(naive) < high


def _restriction_edges(restriction: Restriction, day: date) -> Iterator[tuple[str, datetime]]:
    """Naive starts and ends of the restriction's windows that may touch local date ``day``."""
    if restriction.type == "daily":
        candidates = [day - timedelta(days=1), day]
    else:
        assert restriction.start_day_of_week is not None
        back = (day.isoweekday() - restriction.start_day_of_week) % 7
        candidates = [day - timedelta(days=back), day - timedelta(days=back + 7)]
    for first in candidates:
        naive = datetime.combine(first, restriction.start_time)
        yield "starts", naive
        yield "ends", naive + timedelta(seconds=restriction.duration_seconds)


def _layer_dst(
    schedule: Schedule, layer: Layer, transition: tuple[Instant, int, int]
) -> Iterator[tuple[str, dict[str, MessageArg], str]]:
    """Kind, values and message of each problem of one layer's handoffs at one offset change."""
    at, before, after = transition
    tz = zone(schedule.time_zone)

    def text(kind: str, *values: str) -> str:
        return PROBLEM_MESSAGES[kind].english(
            quoted(layer.name or layer.id), schedule.name, *values, schedule.time_zone
        )

    low, high = at + min(before, after), at + max(before, after)
    what = "skipped" if after > before else "repeated"
    day = (_EPOCH_NAIVE + timedelta(microseconds=low)).date()
    turn = layer.turn_length_seconds
    origin = instant(layer.rotation_virtual_start)
    if turn % 86_400 == 0:
        local_origin = wall(origin, tz)
        for candidate in (day, (_EPOCH_NAIVE + timedelta(microseconds=high - 1)).date()):
            naive = datetime.combine(candidate, local_origin.time())
            if (candidate - local_origin.date()).days % (turn // 86_400) == 0 and _in_range(
                naive, low, high
            ):
                kind = f"dst_handoff_{what}"
                yield (
                    kind,
                    {"wall": naive},
                    text(kind, f"{naive:%H:%M}", f"{candidate:%a %Y-%m-%d}"),
                )
                break
    else:
        step = turn * SECOND
        change = after - before
        if after < before:
            # Instants whose local reading lies in the repeated hour.
            first = at - (before - after)
            k = -((origin - first) // step)
            if origin + k * step < at + (before - after):
                handoff = wall(origin + k * step, tz)
                yield (
                    "dst_handoff_twice",
                    {"wall": handoff, "day": day},
                    text("dst_handoff_twice", f"{handoff:%H:%M}", f"{day:%a %Y-%m-%d}"),
                )
        if 86_400 % turn == 0 and change % step:
            yield (
                "dst_turns_move",
                {"turn": step, "shift": abs(change), "day": day},
                text("dst_turns_move", duration(step), duration(abs(change)), f"{day:%a %Y-%m-%d}"),
            )
    for restriction in layer.restrictions:
        for edge, naive in _restriction_edges(restriction, day):
            if _in_range(naive, low, high):
                kind = f"dst_restriction_{what}"
                yield (
                    kind,
                    {"restriction": restriction.type, "edge": edge, "wall": naive},
                    text(
                        kind,
                        MESSAGE_WORDS[restriction.type],
                        MESSAGE_WORDS[edge],
                        f"{naive:%H:%M}",
                        f"{naive:%a %Y-%m-%d}",
                    ),
                )
                break


def dst(plan: Plan) -> Iterator[Problem]:
    """Each layer's DST problems at each offset change of its schedule's zone in the window."""
    window = plan.window
    for schedule in plan.project.schedules:
        transitions = _transitions(schedule.time_zone, window.start, window.end)
        if not transitions:
            continue
        for layer in schedule.layers:
            layer_start = instant(layer.start)
            layer_end = None if layer.end is None else instant(layer.end)
            for transition in transitions:
                at = transition[0]
                if at < layer_start or (layer_end is not None and at >= layer_end):
                    continue
                for kind, values, text in _layer_dst(schedule, layer, transition):
                    yield Problem(
                        "warning",
                        "DST",
                        text,
                        at,
                        at,
                        schedule=schedule.id,
                        layer=layer.id,
                        kind=kind,
                        args=message_args(zone=schedule.time_zone, **values),
                    )
