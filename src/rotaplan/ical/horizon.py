"""The default horizon of iCal exports and time-off imports, shared by the CLI and the window."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from rotaplan.core import Window, localize_instant

__all__ = ["HORIZON_DAYS", "default_horizon"]

# From today to one year ahead: the leave and shifts worth planning, and no old history.
HORIZON_DAYS = 365


def default_horizon(today: date, tz: tzinfo, days: int = HORIZON_DAYS) -> Window:
    """From ``today``'s midnight in ``tz`` to the midnight ``days`` days later."""
    first = datetime(today.year, today.month, today.day)
    return Window(localize_instant(first, tz), localize_instant(first + timedelta(days=days), tz))
