"""Errors raised by the core.

ValueError
 ├── ModelError        a value of the model is invalid; ``field`` names it
 ├── AnalysisError     an analysis was asked something it cannot answer (unknown id, bad interval)
 └── EditError         an edit was refused (e.g. deleting the last member of a layer)
"""

from __future__ import annotations

from rotaplan.core.templates import fill

__all__ = ["AnalysisError", "EditError", "ModelError"]


class ModelError(ValueError):
    """An invalid model value; ``field`` is a path such as ``layers[1].turn_length_seconds``."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def within(self, prefix: str) -> ModelError:
        """The same error with its field path nested under ``prefix``."""
        return ModelError(f"{prefix}.{self.field}" if prefix else self.field, self.message)


class AnalysisError(ValueError):
    """An analysis request that names an unknown object or an impossible interval."""


class EditError(ValueError):
    """A refused edit: ``kind`` names the sentence, ``template`` is its English, ``values`` fill it.

    The template has ``%1``-style placeholders and is marked for translation in the context
    ``EditError``, so the window can show the same sentence in its language.
    """

    def __init__(self, kind: str, template: str, *values: str) -> None:
        super().__init__(fill(template, *values))
        self.kind = kind
        self.template = template
        self.values = values

    @classmethod
    def invalid(cls, error: ModelError) -> EditError:
        """The edit would make an invalid value; the model's message says which field."""
        return cls("invalid", "%1", str(error))
