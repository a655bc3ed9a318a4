"""Scripted answers for the window's questions, recording what was asked."""

from __future__ import annotations

from dataclasses import dataclass, field

from rotaplan.core import Project, Suggestions
from rotaplan.gui.document.prompts import Preferences, SaveChoice, TimeOffAnswer, TimeOffPreview
from rotaplan.gui.sync.account import AccountSettings
from rotaplan.gui.sync.dialogs import (
    AccountAnswer,
    ConnectionTester,
    EventAnswer,
    PullAnswer,
)
from rotaplan.gui.sync.ical_export import IcalChoice


@dataclass
class ScriptedPrompts:
    """Answers each question from its queue (or a default) and keeps a log of the questions."""

    texts: list[str | None] = field(default_factory=list)
    people: list[str | None] = field(default_factory=list)
    confirms: list[bool] = field(default_factory=list)
    save_choices: list[SaveChoice] = field(default_factory=list)
    paths: list[str | None] = field(default_factory=list)
    time_offs: list[TimeOffAnswer | None] = field(default_factory=list)
    recovers: list[bool] = field(default_factory=list)
    zones: list[str | None] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    suggestions: list[Suggestions] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    accounts: list[AccountAnswer | None] = field(default_factory=list)
    pulls: list[PullAnswer | None] = field(default_factory=list)
    test_events: list[EventAnswer | None] = field(default_factory=list)
    ical_choices: list[IcalChoice | None] = field(default_factory=list)
    offered_ical: list[IcalChoice] = field(default_factory=list)
    calendars: list[str | None] = field(default_factory=list)
    reviews: list[bool] = field(default_factory=list)
    previews: list[TimeOffPreview] = field(default_factory=list)
    preference_answers: list[Preferences | None] = field(default_factory=list)

    def text(self, title: str, label: str, default: str = "") -> str | None:
        self.asked.append(("text", title))
        return self.texts.pop(0) if self.texts else default or None

    def choose_person(self, title: str, project: Project, suggestions: Suggestions) -> str | None:
        self.asked.append(("choose_person", title))
        self.suggestions.append(suggestions)
        return self.people.pop(0) if self.people else None

    def confirm(self, title: str, message: str) -> bool:
        self.asked.append(("confirm", message))
        return self.confirms.pop(0) if self.confirms else True

    def unsaved_changes(self, name: str) -> SaveChoice:
        self.asked.append(("unsaved_changes", name))
        return self.save_choices.pop(0) if self.save_choices else SaveChoice.DISCARD

    def open_path(self, folder: str) -> str | None:
        self.asked.append(("open_path", folder))
        return self.paths.pop(0) if self.paths else None

    def save_path(self, suggested: str) -> str | None:
        self.asked.append(("save_path", suggested))
        return self.paths.pop(0) if self.paths else None

    def csv_path(self, suggested: str) -> str | None:
        self.asked.append(("csv_path", suggested))
        return self.paths.pop(0) if self.paths else None

    def time_off(self, project: Project, person_id: str | None) -> TimeOffAnswer | None:
        self.asked.append(("time_off", person_id or ""))
        return self.time_offs.pop(0) if self.time_offs else None

    def error(self, title: str, message: str) -> None:
        self.asked.append(("error", message))
        self.errors.append(message)

    def recover(self, description: str) -> bool:
        self.asked.append(("recover", description))
        return self.recovers.pop(0) if self.recovers else False

    def time_zone(self, current: str) -> str | None:
        self.asked.append(("time_zone", current))
        return self.zones.pop(0) if self.zones else None

    def inform(self, title: str, message: str) -> None:
        self.asked.append(("inform", message))
        self.informed.append(message)

    def pagerduty_account(
        self,
        current: AccountSettings,
        has_token: bool,
        from_environment: bool,
        tester: ConnectionTester,
    ) -> AccountAnswer | None:
        self.asked.append(("pagerduty_account", f"{current.region} token={has_token}"))
        return self.accounts.pop(0) if self.accounts else None

    def pull_options(self, can_refresh: bool, refresh: bool, days: int) -> PullAnswer | None:
        self.asked.append(("pull_options", f"refresh={can_refresh}"))
        return self.pulls.pop(0) if self.pulls else None

    def test_event(self) -> EventAnswer | None:
        self.asked.append(("test_event", ""))
        return self.test_events.pop(0) if self.test_events else None

    def export_ical(self, project: Project, choice: IcalChoice) -> IcalChoice | None:
        self.asked.append(("export_ical", ""))
        self.offered_ical.append(choice)
        return self.ical_choices.pop(0) if self.ical_choices else None

    def calendar_path(self, folder: str) -> str | None:
        self.asked.append(("calendar_path", folder))
        return self.calendars.pop(0) if self.calendars else None

    def review_time_off(self, preview: TimeOffPreview) -> bool:
        self.asked.append(("review_time_off", preview.file_name))
        self.previews.append(preview)
        return self.reviews.pop(0) if self.reviews else True

    def preferences(self, current: Preferences) -> Preferences | None:
        self.asked.append(("preferences", current.language))
        return self.preference_answers.pop(0) if self.preference_answers else None


@dataclass
class MemoryTokenStore:
    """A token store in memory: the tests never touch the OS keyring."""

    token: str | None = None
    from_environment: bool = False

    def read(self) -> str | None:
        return self.token

    def write(self, token: str) -> None:
        self.token = token

    def clear(self) -> None:
        self.token = None

    def overridden(self) -> bool:
        return self.from_environment
