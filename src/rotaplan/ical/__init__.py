"""iCalendar export of final schedules and time-off import."""
