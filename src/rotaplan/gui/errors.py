"""Errors raised by the desktop window.

Exception
 └── GuiError          something the window cannot do; the message is shown to the user
      └── EditError    an edit was refused (e.g. deleting the last member of a layer)
"""

from __future__ import annotations

__all__ = ["EditError", "GuiError"]


class GuiError(Exception):
    """Something the window cannot do; the message says what and what to do instead."""


class EditError(GuiError):
    """An edit to the project was refused; the message says why."""
