"""Errors raised by the iCalendar export and import.

Exception
 └── IcalError                  exporting or importing failed; the message says what and where
      ├── ExportError           the export cannot be made (unknown schedule or person, bad option)
      └── CalendarFileError     an .ics file cannot be used; the message names the file and line
           └── RecurrenceLimitError  a recurrence would expand past the occurrence or time limit
"""

from __future__ import annotations

__all__ = ["CalendarFileError", "ExportError", "IcalError", "RecurrenceLimitError"]


class IcalError(Exception):
    """Exporting or importing a calendar failed; the message is one line for the user."""


class ExportError(IcalError):
    """The export cannot be made as asked (e.g. an unknown schedule id)."""


class CalendarFileError(IcalError):
    """An iCalendar file is not usable; ``line`` is its 1-based line number when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class RecurrenceLimitError(CalendarFileError):
    """A recurrence rule yields too many occurrences, or takes too long to expand."""
