"""Errors raised by the desktop window.

Exception
 └── GuiError          something the window cannot do; the message is shown to the user
      └── EditError    an edit was refused (e.g. deleting the last member of a layer)

A message is an English template with ``%1``-style values; ``translated()`` gives it in the app's
language (the templates are marked with ``QT_TRANSLATE_NOOP("EditError", ...)`` for lupdate).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rotaplan.gui.i18n import fill

__all__ = ["QT_TRANSLATE_NOOP", "EditError", "GuiError"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    del context
    return text


class GuiError(Exception):
    """Something the window cannot do; the message says what and what to do instead."""

    context = "GuiError"

    def __init__(self, message: str, *values: object) -> None:
        super().__init__(fill(message, *values))
        self.template = message
        self.values = values

    def translated(self) -> str:
        """The message in the app's language."""
        return fill(QCoreApplication.translate(self.context, self.template), *self.values)


class EditError(GuiError):
    """An edit to the project was refused; the message says why."""

    context = "EditError"
