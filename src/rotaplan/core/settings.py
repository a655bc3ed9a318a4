"""Thresholds of the analyses: rest, shift length, night and working hours."""

from __future__ import annotations

from dataclasses import dataclass

from rotaplan.core.errors import ModelError
from rotaplan.core.timeutil import HOUR, Instant

__all__ = ["AnalysisSettings"]


@dataclass(frozen=True)
class AnalysisSettings:
    """What the checks, the fairness report and the suggestions count as too short, long or late.

    Hours of the day are wall-clock hours in a person's own zone; a range may not wrap midnight.
    """

    rest_hours: float = 8.0
    max_shift_hours: float = 168.0
    night_start_hour: int = 0
    night_end_hour: int = 6
    working_start_hour: int = 9
    working_end_hour: int = 17

    def __post_init__(self) -> None:
        if not 0 <= self.rest_hours <= 24 * 30:
            raise ModelError("rest_hours", "must be between 0 and 720")
        if not 1 <= self.max_shift_hours <= 24 * 366:
            raise ModelError("max_shift_hours", "must be between 1 and 8784")
        for first, last, name in (
            (self.night_start_hour, self.night_end_hour, "night"),
            (self.working_start_hour, self.working_end_hour, "working"),
        ):
            if not 0 <= first < last <= 24:
                raise ModelError(f"{name}_end_hour", "must be after the start hour, within 0..24")

    @property
    def rest(self) -> Instant:
        """The minimum rest between two shifts, in µs."""
        return round(self.rest_hours * HOUR)

    @property
    def max_shift(self) -> Instant:
        """The longest acceptable continuous shift, in µs."""
        return round(self.max_shift_hours * HOUR)
