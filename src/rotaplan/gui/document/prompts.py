"""Questions the window asks the user; the real ones are dialogs, tests pass scripted answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Protocol

from rotaplan.core import Project, Suggestions

__all__ = ["Preferences", "Prompts", "SaveChoice", "TimeOffAnswer", "TimeOffPreview"]


class SaveChoice(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@dataclass(frozen=True)
class TimeOffAnswer:
    """A time-off entry as entered."""

    person_id: str
    start: datetime
    end: datetime
    note: str


@dataclass(frozen=True)
class TimeOffPreview:
    """What an iCal import would add for a person, before it is applied.

    ``skipped`` says (translated) how many events lay outside the horizon; ``warnings`` are the
    import's one-line notes on deviations it tolerated, as the calendar library wrote them.
    """

    person_name: str
    file_name: str
    ranges: tuple[str, ...]
    duplicates: int
    left_out: int
    horizon: str
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Preferences:
    """The user's preferences as edited."""

    autosave_minutes: int
    language: str


class Prompts(Protocol):
    """The questions; each returns the answer or None when the user cancels.

    The questions of the PagerDuty and iCal workflows extend these (``gui.sync.prompts``).
    """

    def text(self, title: str, label: str, default: str = "") -> str | None:
        """A line of text."""

    def choose_person(self, title: str, project: Project, suggestions: Suggestions) -> str | None:
        """A person id: the ranked candidates first (with their reasons), then the others."""

    def confirm(self, title: str, message: str) -> bool:
        """Yes or no."""

    def unsaved_changes(self, name: str) -> SaveChoice:
        """Save, discard or cancel before closing ``name``."""

    def open_path(self, folder: str) -> str | None:
        """A project file to open."""

    def save_path(self, suggested: str) -> str | None:
        """Where to save."""

    def csv_path(self, suggested: str) -> str | None:
        """Where to write a CSV file."""

    def time_off(self, project: Project, person_id: str | None) -> TimeOffAnswer | None:
        """A new time-off entry."""

    def error(self, title: str, message: str) -> None:
        """Tell the user something failed."""

    def recover(self, description: str) -> bool:
        """Whether to recover unsaved work."""

    def time_zone(self, current: str) -> str | None:
        """An IANA time zone name."""

    def inform(self, title: str, message: str) -> None:
        """Tell the user how something went."""

    def calendar_path(self, folder: str) -> str | None:
        """An iCalendar (.ics) file to import."""

    def review_time_off(self, preview: TimeOffPreview) -> bool:
        """Whether to add the time off an import found."""

    def preferences(self, current: Preferences) -> Preferences | None:
        """The preferences, starting from ``current``."""
