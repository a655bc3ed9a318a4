"""iCalendar export of final schedules and time-off import.

The public names load their module on first use, so that importing the package does not load
the calendar-parsing libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rotaplan.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from rotaplan.ical.errors import (
        CalendarFileError,
        ExportError,
        IcalError,
        RecurrenceLimitError,
    )
    from rotaplan.ical.expansion import TimeOffFilter
    from rotaplan.ical.export import (
        ExportOptions,
        calendar_file_name,
        export_calendars,
        person_calendar,
        schedule_calendar,
    )
    from rotaplan.ical.horizon import HORIZON_DAYS, default_horizon
    from rotaplan.ical.limits import (
        MAX_CALENDAR_BYTES,
        ImportLimits,
        check_calendar_size,
    )
    from rotaplan.ical.shifts import (
        Shift,
        schedule_shifts,
    )
    from rotaplan.ical.timeoff import (
        TimeOffImport,
        TimeOffReading,
        import_time_off,
        read_time_off,
    )

__all__ = [
    "HORIZON_DAYS",
    "MAX_CALENDAR_BYTES",
    "CalendarFileError",
    "ExportError",
    "ExportOptions",
    "IcalError",
    "ImportLimits",
    "RecurrenceLimitError",
    "Shift",
    "TimeOffFilter",
    "TimeOffImport",
    "TimeOffReading",
    "calendar_file_name",
    "check_calendar_size",
    "default_horizon",
    "export_calendars",
    "import_time_off",
    "person_calendar",
    "read_time_off",
    "schedule_calendar",
    "schedule_shifts",
]

_HOME = {
    "CalendarFileError": "rotaplan.ical.errors",
    "ExportError": "rotaplan.ical.errors",
    "IcalError": "rotaplan.ical.errors",
    "RecurrenceLimitError": "rotaplan.ical.errors",
    "ExportOptions": "rotaplan.ical.export",
    "calendar_file_name": "rotaplan.ical.export",
    "export_calendars": "rotaplan.ical.export",
    "person_calendar": "rotaplan.ical.export",
    "schedule_calendar": "rotaplan.ical.export",
    "Shift": "rotaplan.ical.shifts",
    "schedule_shifts": "rotaplan.ical.shifts",
    "HORIZON_DAYS": "rotaplan.ical.horizon",
    "default_horizon": "rotaplan.ical.horizon",
    "ImportLimits": "rotaplan.ical.limits",
    "MAX_CALENDAR_BYTES": "rotaplan.ical.limits",
    "check_calendar_size": "rotaplan.ical.limits",
    "TimeOffFilter": "rotaplan.ical.expansion",
    "TimeOffImport": "rotaplan.ical.timeoff",
    "TimeOffReading": "rotaplan.ical.timeoff",
    "import_time_off": "rotaplan.ical.timeoff",
    "read_time_off": "rotaplan.ical.timeoff",
}


__getattr__, __dir__ = _lazy_names(globals(), _HOME)
