"""A refused edit in the window's language.

The core refuses an edit with ``EditError``: an English template with ``%1``-style values, marked
for translation in the context ``EditError``. The window looks the template up in its translator
and fills in the same values.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rotaplan.core import EditError
from rotaplan.gui.text.i18n import fill

__all__ = ["edit_error_text"]


def edit_error_text(error: EditError) -> str:
    """The refusal's sentence in the app's language."""
    return fill(QCoreApplication.translate("EditError", error.template), *error.values)
