"""Rotation kinds and restriction windows <-> the model's fields."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from rotaplan.core import ModelError, Project, Restriction, zone
from rotaplan.gui.inspector.rotation import (
    RestrictionSpec,
    Rotation,
    RotationSpec,
    restriction_from_spec,
    rotation_of,
    rotation_values,
    spec_of_restriction,
)

LONDON = zone("Europe/London")


def test_weekly_layer_reads_as_monday_handoff(demo: Project) -> None:
    spec = rotation_of(demo.schedule("primary").layer("emea"), LONDON)
    assert spec.kind is Rotation.WEEKLY
    assert (spec.handoff_day, spec.handoff_time) == (1, time(9))


def test_changing_the_handoff_stays_in_the_same_week() -> None:
    anchor = datetime(2026, 11, 30, 9, tzinfo=UTC)  # Monday
    spec = RotationSpec(Rotation.WEEKLY, 3, time(10, 30), 0, anchor)
    virtual, length = rotation_values(spec, anchor, LONDON)
    assert virtual == datetime(2026, 12, 2, 10, 30, tzinfo=UTC)
    assert length == 604_800
    daily = RotationSpec(Rotation.DAILY, 1, time(8), 0, anchor)
    assert rotation_values(daily, anchor, LONDON) == (
        datetime(2026, 11, 30, 8, tzinfo=UTC),
        86_400,
    )


def test_custom_turns_keep_their_start_and_refuse_short_turns() -> None:
    start = datetime(2026, 11, 30, 6, tzinfo=UTC)
    spec = RotationSpec(Rotation.CUSTOM, 1, time(0), 12, start)
    assert rotation_values(spec, start, LONDON) == (start, 43_200)
    with pytest.raises(ModelError, match="at least 1 hour"):
        rotation_values(RotationSpec(Rotation.CUSTOM, 1, time(0), 0.5, start), start, LONDON)


@pytest.mark.parametrize(
    "restriction",
    [
        Restriction("daily", time(20), 12 * 3600),
        Restriction("daily", time(9), 8 * 3600),
        Restriction("weekly", time(18), 2 * 86_400 + 15 * 3600, 5),
        Restriction("weekly", time(9), 4 * 86_400 + 8 * 3600, 1),
    ],
)
def test_restriction_round_trip(restriction: Restriction) -> None:
    assert restriction_from_spec(spec_of_restriction(restriction)) == restriction


def test_empty_window_is_refused() -> None:
    with pytest.raises(ModelError, match="must not start and end at once"):
        restriction_from_spec(RestrictionSpec("daily", 1, time(9), 1, time(9)))
