"""Scripted answers for the window's questions, recording what was asked."""

from __future__ import annotations

from dataclasses import dataclass, field

from rotaplan.core import Project, Suggestions
from rotaplan.gui.prompts import SaveChoice, TimeOffAnswer


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
