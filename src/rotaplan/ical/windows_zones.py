"""Windows (Exchange, Outlook) time-zone names -> their IANA zone, in a parsed calendar.

Outlook writes ``TZID:W. Europe Standard Time`` with a VTIMEZONE whose rules start in 1601; read
literally, every occurrence of a long recurrence walks those rules from 1601 on. The zone's IANA
equivalent gives the same offsets for every year a time-off import looks at, so each date-time
with a Windows TZID is moved onto it (same wall-clock reading) and the Windows VTIMEZONE is
dropped. The table is CLDR's ``windowsZones.xml`` as icalendar ships it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from rotaplan.core import zone

__all__ = ["iana_zone_of", "use_iana_zones"]


def iana_zone_of(tzid: str) -> str | None:
    """The IANA name of a Windows zone name (``W. Europe Standard Time`` -> ``Europe/Berlin``)."""
    return WINDOWS_TO_OLSON.get(tzid.strip().strip('"'))


def _moved(value: Any, tz: tzinfo) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=tz)
    if isinstance(value, tuple):
        return tuple(_moved(part, tz) for part in value)
    return value


def _move_property(prop: Any) -> None:
    """Move one date, date-time or period property (or list of them) onto the IANA zone."""
    for item in prop if isinstance(prop, list) else [prop]:
        params = getattr(item, "params", None)
        name = iana_zone_of(str(params["TZID"])) if params and "TZID" in params else None
        if name is None or params is None:
            continue
        tz = zone(name)
        for holder in list(getattr(item, "dts", ())) or [item]:
            if hasattr(holder, "dt"):
                holder.dt = _moved(holder.dt, tz)
        params["TZID"] = name


def use_iana_zones(calendar: icalendar.Calendar) -> None:
    """Move every Windows-zoned time of ``calendar`` onto its IANA zone, in place."""
    for component in calendar.walk():
        if component.name in ("VTIMEZONE", "STANDARD", "DAYLIGHT"):
            continue
        for prop in component.values():
            try:
                _move_property(prop)
            # A broken property this import does not read (validated ones are readable) stays.
            except ValueError:
                continue
    calendar.subcomponents = [
        c
        for c in calendar.subcomponents
        if not (c.name == "VTIMEZONE" and iana_zone_of(str(c.get("TZID", ""))))
    ]
