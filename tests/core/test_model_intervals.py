"""Intervals in the model are ordered by instant, so what the model accepts the reader reads."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from rotaplan.core import ModelError, Override


def test_an_interval_is_ordered_by_instant_across_a_fall_back_hour() -> None:
    london = ZoneInfo("Europe/London")
    second_0130 = datetime(2026, 10, 25, 1, 30, tzinfo=london, fold=1)  # 01:30 GMT
    first_0145 = datetime(2026, 10, 25, 1, 45, tzinfo=london)  # 01:45 BST, 45 minutes earlier
    with pytest.raises(ModelError, match="end: must be after start"):
        Override(id="o", start=second_0130, end=first_0145, person="a")
    assert Override(id="o", start=first_0145, end=second_0130, person="a").end == second_0130
