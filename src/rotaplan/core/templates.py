"""Message templates: English sentences with ``%1``… placeholders, translatable by the window.

The core writes its sentences in English for the command line; the window looks the same
template up in its translator (by the context given to ``QT_TRANSLATE_NOOP``) and fills in the
same values, so both say the same thing.
"""

from __future__ import annotations

import re

__all__ = ["QT_TRANSLATE_NOOP", "fill"]

_PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Mark ``text`` as a template of ``context`` for the translators; returns it unchanged.

    ``disambiguation`` keeps apart two templates with the same English and other meanings.
    """
    del context, disambiguation
    return text


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``values`` in one pass (values may hold %)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
