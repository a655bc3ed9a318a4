"""Local days: midnights, times of day and DST days."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rotaplan.core import HOUR, instant
from rotaplan.core.localdays import local_days


def test_regular_and_dst_days_in_london() -> None:
    start = instant(datetime(2026, 3, 28, tzinfo=UTC))
    days = local_days("Europe/London", start, instant(datetime(2026, 3, 31, tzinfo=UTC)))
    index = days.index(instant(datetime(2026, 3, 29, 12, tzinfo=UTC)))
    assert days.day(index) == date(2026, 3, 29)
    assert not days.regular(index)
    assert days.midnights[index + 1] - days.midnights[index] == 23 * HOUR
    # 12:00 UTC is 13:00 BST on the spring-forward day.
    assert days.time_of_day(instant(datetime(2026, 3, 29, 12, tzinfo=UTC))) == 13 * HOUR
    assert days.at(index, 9 * HOUR) == instant(datetime(2026, 3, 29, 8, tzinfo=UTC))
    assert days.regular(index + 1)
    assert days.time_of_day(instant(datetime(2026, 3, 30, 12, tzinfo=UTC))) == 13 * HOUR


def test_every_public_name_of_the_core_is_exported() -> None:
    import importlib

    import rotaplan.core as core

    for name in ("escalation", "fairness", "plan", "problems", "settings", "suggest"):
        module = importlib.import_module(f"rotaplan.core.{name}")
        assert set(module.__all__) <= set(core.__all__), name
    assert all(hasattr(core, name) for name in core.__all__)
