"""Time zone names for pickers, and the system's own zone."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QTimeZone

from rotaplan.core import zone
from rotaplan.core.timeutil import portable_zone_names

__all__ = ["all_zone_names", "system_zone_name"]


@lru_cache(maxsize=1)
def all_zone_names() -> tuple[str, ...]:
    """Every IANA zone name the model accepts, sorted (computed once, on first use)."""
    return tuple(sorted(n for n in portable_zone_names() if "/" in n or n == "UTC"))


@lru_cache(maxsize=1)
def system_zone_name() -> str:
    """The IANA name of this computer's zone (Etc/UTC when it cannot be told)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        zone(name)
    except ValueError:
        return "Etc/UTC"
    return name
