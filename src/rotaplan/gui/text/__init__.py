"""Words, dates and zones in the app's language: translators and locale formats, the core's
sentences translated, date-time fields, time zones and the holiday calendars."""
