"""The demo project renders with the gap and the override it is built to show."""

from datetime import UTC, datetime

import pytest

from rotaplan.core import HOUR, Window, instant, render_schedule
from rotaplan.store import loads
from rotaplan.store.demo import demo_text


def test_demo_primary_has_two_apac_gaps() -> None:
    project = loads(demo_text())
    window = Window(
        instant(datetime(2026, 12, 7, tzinfo=UTC)), instant(datetime(2026, 12, 10, tzinfo=UTC))
    )
    result = render_schedule(project.schedule("primary"), window)
    assert [(g.end - g.start) // HOUR for g in result.gaps] == [8, 8]
    assert result.coverage_percent == pytest.approx(100 * (72 - 16) / 72)
