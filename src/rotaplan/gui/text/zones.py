"""Time zone names for pickers, and the system's own zone."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

from PySide6.QtCore import QTimeZone

from rotaplan.core import zone

__all__ = ["all_zone_names", "system_zone_name"]


@lru_cache(maxsize=1)
def all_zone_names() -> tuple[str, ...]:
    """Every IANA zone name, sorted (computed once, on first use)."""
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


@lru_cache(maxsize=1)
def system_zone_name() -> str:
    """The IANA name of this computer's zone (Etc/UTC when it cannot be told)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        zone(name)
    except ValueError:
        return "Etc/UTC"
    return name
