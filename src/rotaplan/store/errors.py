"""Errors raised by the store.

Exception
 └── StoreError             reading or writing a project failed
      └── ProjectFileError  the file is not a valid project; the message names the field
"""

from __future__ import annotations

__all__ = ["ProjectFileError", "StoreError"]


class StoreError(Exception):
    """Reading or writing a project failed; the message says what and where."""


class ProjectFileError(StoreError):
    """The file is not a valid project file; the message names the bad field."""
