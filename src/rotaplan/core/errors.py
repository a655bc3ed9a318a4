"""Errors raised by the core.

ValueError
 ├── ModelError        a value of the model is invalid; ``field`` names it
 └── AnalysisError     an analysis was asked something it cannot answer (unknown id, bad interval)
"""

from __future__ import annotations

__all__ = ["AnalysisError", "ModelError"]


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
