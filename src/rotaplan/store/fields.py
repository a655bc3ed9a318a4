"""Typed fields of one decoded JSON object, with the field's path in every error.

``FieldReader`` reads one object (``schedules[0].layers[1]``) and names the bad field in its
messages (``schedules[0].layers[1].turn_length_seconds: must be a whole number``); ``build`` adds
the path to the core model's own refusals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, time
from typing import Any, TypeVar

from rotaplan.core import ModelError
from rotaplan.store.errors import ProjectFileError

__all__ = ["FieldReader", "build", "parse_instant", "parse_time"]

_T = TypeVar("_T")


class FieldReader:
    """Reads one JSON object, tracking its path for messages."""

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            raise ProjectFileError(f"{path or 'file'}: must be an object")
        self.data: dict[str, Any] = data
        self.path = path

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> ProjectFileError:
        return ProjectFileError(f"{self.where(key)}: {message}")

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, default: object = ...) -> Any:
        if key not in self.data:
            if default is ...:
                raise self.fail(key, "is missing")
            return default
        return self.data[key]

    def text(self, key: str, default: str | None = None) -> str:
        value = self.raw(key, ... if default is None else default)
        if not isinstance(value, str):
            raise self.fail(key, "must be a string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.raw(key, None)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, "must be a string or null")
        return value

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.raw(key, ... if default is None else default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "must be a whole number")
        return value

    def instant(self, key: str) -> datetime:
        return parse_instant(self.raw(key), self.where(key))

    def optional_instant(self, key: str) -> datetime | None:
        value = self.raw(key, None)
        return None if value is None else parse_instant(value, self.where(key))

    def items(self, key: str, parse: Callable[[object, str], _T]) -> tuple[_T, ...]:
        value = self.raw(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        return tuple(parse(item, f"{self.where(key)}[{i}]") for i, item in enumerate(value))

    def texts(self, key: str) -> tuple[str, ...]:
        def one(item: object, where: str) -> str:
            if not isinstance(item, str):
                raise ProjectFileError(f"{where}: must be a string")
            return item

        return self.items(key, one)

    def extra(self, known: tuple[str, ...]) -> Mapping[str, Any]:
        return {k: v for k, v in self.data.items() if k not in known}


def parse_instant(value: object, where: str) -> datetime:
    """An aware date-time written in ISO 8601 with an offset (``Z`` for UTC)."""
    if not isinstance(value, str) or len(value) > 64:
        raise ProjectFileError(f"{where}: must be an ISO 8601 date and time with an offset")
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ProjectFileError(f"{where}: {value!r} is not an ISO 8601 date and time") from None
    if parsed.tzinfo is None:
        raise ProjectFileError(f"{where}: {value!r} needs a UTC offset such as +00:00 or Z")
    return parsed


def parse_time(value: object, where: str) -> time:
    """A time of day without an offset, written like ``09:00:00``."""
    if not isinstance(value, str) or len(value) > 32:
        raise ProjectFileError(f"{where}: must be a time of day like 09:00:00")
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        raise ProjectFileError(f"{where}: {value!r} is not a time of day like 09:00:00") from None
    if parsed.tzinfo is not None:
        raise ProjectFileError(
            f"{where}: a time of day takes no offset (the schedule's zone applies)"
        )
    return parsed


def build(where: str, make: Callable[[], _T]) -> _T:
    """The value ``make`` builds; a ModelError becomes a ProjectFileError placed at ``where``."""
    try:
        return make()
    except ModelError as error:
        raise ProjectFileError(str(error.within(where))) from None
