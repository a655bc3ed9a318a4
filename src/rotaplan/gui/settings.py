"""User preferences and window state kept in QSettings (organisation and app "Rotaplan")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["MAX_RECENT", "Settings", "default_settings"]

MAX_RECENT = 8


def default_settings() -> QSettings:
    """The real user's settings store."""
    return QSettings("Rotaplan", "Rotaplan")


class Settings:
    """Typed access to one QSettings store (tests pass an INI file in a temporary folder)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def recent_files(self) -> list[Path]:
        """Recently opened files, most recent first."""
        value = self._store.value("recent_files", [])
        # INI files give back a lone string for a one-item list.
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(v) for v in items if isinstance(v, str) and v]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        files = [path.resolve(), *(p for p in self.recent_files() if p != path.resolve())]
        self._store.setValue("recent_files", [str(p) for p in files[:MAX_RECENT]])

    def clear_recent_files(self) -> None:
        """Forget the recent files."""
        self._store.setValue("recent_files", [])

    def geometry(self) -> QByteArray | None:
        """The saved window geometry."""
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        """The saved dock and toolbar layout."""
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the window's geometry and layout."""
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def autosave_minutes(self) -> int:
        """How often unsaved changes go to the recovery file (0 = never)."""
        value = self._store.value("autosave_minutes", 1)
        try:
            return max(0, int(str(value)))
        except ValueError:
            return 1

    def set_autosave_minutes(self, minutes: int) -> None:
        """Set the autosave interval."""
        self._store.setValue("autosave_minutes", int(minutes))

    def value(self, key: str, default: object = None) -> object:
        """The raw value stored under ``key`` (features keep their own typed accessors)."""
        return self._store.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        """Store ``value`` under ``key``."""
        self._store.setValue(key, value)

    def language(self) -> str:
        """The chosen language code, or "system" to follow the operating system."""
        value = self._store.value("language", "system")
        return value if isinstance(value, str) and value else "system"

    def set_language(self, code: str) -> None:
        """Choose the language (applied at the next start)."""
        self._store.setValue("language", code)

    def _flag(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        # INI files give booleans back as the strings "true" / "false".
        return value if isinstance(value, bool) else str(value).lower() == "true"

    def hints_seen(self) -> bool:
        """Whether the timeline hints were shown already."""
        return self._flag("first_run/hints_seen", False)

    def set_hints_seen(self, seen: bool = True) -> None:
        """Remember that the timeline hints were shown (or forget it)."""
        self._store.setValue("first_run/hints_seen", bool(seen))

    def welcome_at_start(self) -> bool:
        """Whether the welcome screen opens when Rotaplan starts without a file."""
        return self._flag("first_run/welcome_at_start", True)

    def set_welcome_at_start(self, show: bool) -> None:
        """Show the welcome screen at start (or not)."""
        self._store.setValue("first_run/welcome_at_start", bool(show))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
