"""iCalendar export of final schedules and time-off import."""

from rotaplan.ical.errors import CalendarFileError, ExportError, IcalError, RecurrenceLimitError
from rotaplan.ical.export import (
    ExportOptions,
    calendar_file_name,
    export_calendars,
    person_calendar,
    schedule_calendar,
)
from rotaplan.ical.shifts import Shift, schedule_shifts
from rotaplan.ical.timeoff import (
    MAX_CALENDAR_BYTES,
    ImportLimits,
    TimeOffFilter,
    TimeOffImport,
    TimeOffReading,
    check_calendar_size,
    import_time_off,
    read_time_off,
)

__all__ = [
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
    "export_calendars",
    "import_time_off",
    "person_calendar",
    "read_time_off",
    "schedule_calendar",
    "schedule_shifts",
]
