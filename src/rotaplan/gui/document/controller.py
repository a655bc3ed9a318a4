"""Turns user requests into pure edits and pushes each as one undo command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from rotaplan.core import (
    EditError,
    EscalationPolicy,
    Instant,
    Layer,
    Person,
    Project,
    Schedule,
    Suggestions,
    TimeOff,
    cover_window,
    edits,
    instant,
    plan,
    suggest_cover,
    to_datetime,
    zone,
)
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.errors import edit_error_text
from rotaplan.gui.document.prompts import Prompts
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.text.zones import system_zone_name

__all__ = ["ProjectController", "cover_suggestions"]


def cover_suggestions(
    project: Project, schedule_id: str, start: Instant, end: Instant
) -> Suggestions:
    """The core's ranking of who could cover ``[start, end)`` of a schedule, with reasons."""
    return suggest_cover(plan(project, cover_window(start, end)), schedule_id, start, end)


class ProjectController(QObject):
    """Adds, renames, deletes and edits things of the document's project, asking via prompts."""

    selected = Signal(object)

    def __init__(
        self,
        document: Document,
        prompts: Prompts,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.prompts = prompts
        self._clock = clock

    @property
    def project(self) -> Project:
        """The current project value."""
        return self._document.project

    def _apply(self, change: Callable[[], Project], text: str) -> bool:
        try:
            project = change()
        except EditError as error:
            self.prompts.error(self.tr("Cannot do that"), edit_error_text(error))
            return False
        self._document.apply(project, text)
        return True

    # Adding

    def add(self, kind: Kind, context: Ref | None) -> None:
        """Add a thing of ``kind`` (a layer goes into the schedule of ``context``)."""
        if kind is Kind.PERSON:
            self.add_person()
        elif kind is Kind.SCHEDULE:
            self.add_schedule()
        elif kind is Kind.LAYER and context is not None and context.schedule_id:
            self.add_layer(context.schedule_id)
        elif kind is Kind.POLICY:
            self.add_policy()
        elif kind is Kind.TIME_OFF:
            person = context.id if context is not None and context.kind is Kind.PERSON else None
            self.add_time_off(person)

    def add_person(self) -> str | None:
        """Ask for a name and add that person."""
        name = self.prompts.text(self.tr("New person"), self.tr("Name:"))
        if name is None:
            return None
        result: list[str] = []

        def change() -> Project:
            project, person_id = edits.add_person(self.project, name, system_zone_name())
            result.append(person_id)
            return project

        if self._apply(change, self.tr("Add person %1").replace("%1", name)):
            self.selected.emit(Ref(Kind.PERSON, result[0]))
            return result[0]
        return None

    def add_schedule(self) -> str | None:
        """Ask for a name and add an empty schedule in this computer's zone."""
        name = self.prompts.text(self.tr("New schedule"), self.tr("Name:"))
        if name is None:
            return None
        result: list[str] = []

        def change() -> Project:
            project, schedule_id = edits.add_schedule(self.project, name, system_zone_name())
            result.append(schedule_id)
            return project

        if self._apply(change, self.tr("Add schedule %1").replace("%1", name)):
            self.selected.emit(Ref(Kind.SCHEDULE, result[0]))
            return result[0]
        return None

    def add_layer(self, schedule_id: str) -> str | None:
        """Add a weekly layer starting today in the schedule's zone, on top of the others."""
        schedule = self.project.schedule(schedule_id)
        name = self.prompts.text(
            self.tr("New layer"),
            self.tr("Name:"),
            self.tr("Layer %1").replace("%1", str(len(schedule.layers) + 1)),
        )
        if name is None:
            return None
        tz = zone(schedule.time_zone)
        today = self._clock().astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
        result: list[str] = []

        def change() -> Project:
            project, layer_id = edits.add_layer(self.project, schedule_id, name, today)
            result.append(layer_id)
            return project

        if self._apply(change, self.tr("Add layer %1").replace("%1", name)):
            self.selected.emit(Ref(Kind.LAYER, schedule_id, result[0]))
            return result[0]
        return None

    def add_policy(self) -> None:
        """Ask for a name and add an escalation policy."""
        name = self.prompts.text(self.tr("New escalation policy"), self.tr("Name:"))
        if name is None:
            return
        result: list[str] = []

        def change() -> Project:
            project, policy_id = edits.add_policy(self.project, name)
            result.append(policy_id)
            return project

        if self._apply(change, self.tr("Add escalation policy %1").replace("%1", name)):
            self.selected.emit(Ref(Kind.POLICY, result[0]))

    def add_time_off(self, person_id: str | None) -> None:
        """Ask for a time-off entry and add it."""
        if not self.project.people:
            self.prompts.error(self.tr("Cannot do that"), self.tr("Add a person first."))
            return
        answer = self.prompts.time_off(self.project, person_id)
        if answer is None:
            return
        self._apply(
            lambda: edits.add_time_off(
                self.project, answer.person_id, answer.start, answer.end, answer.note
            )[0],
            self.tr("Add time off"),
        )

    # Renaming and deleting

    def rename(self, ref: Ref, name: str) -> None:
        """Rename a person, schedule, layer or policy (or change a time-off note)."""
        project = self.project
        changes: dict[Kind, Callable[[], Project]] = {
            Kind.PERSON: lambda: edits.rename_person(project, ref.id, name),
            Kind.SCHEDULE: lambda: edits.rename_schedule(project, ref.id, name),
            Kind.LAYER: lambda: edits.rename_layer(project, ref.id, ref.child, name),
            Kind.POLICY: lambda: edits.rename_policy(project, ref.id, name),
            Kind.TIME_OFF: lambda: edits.rename_time_off(project, ref.id, name),
        }
        if ref.kind in changes:
            self._apply(changes[ref.kind], self.tr("Rename to %1").replace("%1", name))

    def delete(self, ref: Ref) -> None:
        """Delete a thing after asking."""
        project = self.project
        label, change = self._deletion(project, ref)
        if change is None:
            return
        if not self.prompts.confirm(self.tr("Delete"), self.tr("Delete %1?").replace("%1", label)):
            return
        self._apply(change, self.tr("Delete %1").replace("%1", label))

    def _deletion(self, project: Project, ref: Ref) -> tuple[str, Callable[[], Project] | None]:
        if ref.kind is Kind.PERSON:
            return project.person(ref.id).name, lambda: edits.delete_person(project, ref.id)
        if ref.kind is Kind.SCHEDULE:
            return project.schedule(ref.id).name, lambda: edits.delete_schedule(project, ref.id)
        if ref.kind is Kind.LAYER:
            layer = project.schedule(ref.id).layer(ref.child)
            return layer.name or layer.id, lambda: edits.delete_layer(project, ref.id, ref.child)
        if ref.kind is Kind.POLICY:
            return project.policy(ref.id).name, lambda: edits.delete_policy(project, ref.id)
        if ref.kind is Kind.TIME_OFF:
            return self.tr("this time off"), lambda: edits.delete_time_off(project, ref.id)
        return "", None

    # Overrides

    def _datetime(self, schedule_id: str, at: Instant) -> datetime:
        return to_datetime(at, zone(self.project.schedule(schedule_id).time_zone))

    def create_override(
        self, schedule_id: str, start: Instant, end: Instant, title: str | None = None
    ) -> None:
        """Ask who covers ``[start, end)`` (suggestions first) and add the override."""
        suggestions = cover_suggestions(self.project, schedule_id, start, end)
        person_id = self.prompts.choose_person(
            title or self.tr("Add override"), self.project, suggestions
        )
        if person_id is None:
            return
        name = self.project.person(person_id).name
        self._apply(
            lambda: edits.add_override(
                self.project,
                schedule_id,
                self._datetime(schedule_id, start),
                self._datetime(schedule_id, end),
                person_id,
            )[0],
            self.tr("Add override for %1").replace("%1", name),
        )

    def move_override(
        self, schedule_id: str, override_id: str, start: Instant, end: Instant
    ) -> None:
        """Give an override new bounds."""
        self._apply(
            lambda: edits.move_override(
                self.project,
                schedule_id,
                override_id,
                self._datetime(schedule_id, start),
                self._datetime(schedule_id, end),
            ),
            self.tr("Move override"),
        )

    def delete_override(self, schedule_id: str, override_id: str) -> None:
        """Delete an override (undoable, so no question asked)."""
        self._apply(
            lambda: edits.delete_override(self.project, schedule_id, override_id),
            self.tr("Delete override"),
        )

    def change_override_person(self, schedule_id: str, override_id: str) -> None:
        """Ask for another person for an override."""
        schedule = self.project.schedule(schedule_id)
        override = next(o for o in schedule.overrides if o.id == override_id)
        suggestions = cover_suggestions(
            self.project, schedule_id, instant(override.start), instant(override.end)
        )
        person_id = self.prompts.choose_person(self.tr("Change person"), self.project, suggestions)
        if person_id is None or person_id == override.person:
            return
        self._apply(
            lambda: edits.set_override_person(self.project, schedule_id, override_id, person_id),
            self.tr("Change override person"),
        )

    # Editors

    def apply_schedule(self, schedule: Schedule) -> None:
        """Apply the schedule editor's values."""
        self._apply(
            lambda: edits.replace_schedule(self.project, schedule),
            self.tr("Edit schedule %1").replace("%1", schedule.name),
        )

    def apply_person(self, person: Person) -> None:
        """Apply the person editor's values."""
        self._apply(
            lambda: edits.replace_person(self.project, person),
            self.tr("Edit person %1").replace("%1", person.name),
        )

    def apply_layer(self, schedule_id: str, layer: Layer, apply_from: datetime | None) -> None:
        """Apply the layer editor's values (from ``apply_from`` on for a running layer)."""
        result: list[str] = []

        def change() -> Project:
            project, layer_id = edits.update_layer_from(
                self.project, schedule_id, layer, apply_from
            )
            result.append(layer_id)
            return project

        text = self.tr("Edit layer %1").replace("%1", layer.name or layer.id)
        if self._apply(change, text) and result[0] != layer.id:
            self.selected.emit(Ref(Kind.LAYER, schedule_id, result[0]))

    def apply_policy(self, policy: EscalationPolicy) -> None:
        """Apply the escalation policy editor's values."""
        self._apply(
            lambda: edits.replace_policy(self.project, policy),
            self.tr("Edit escalation policy %1").replace("%1", policy.name),
        )

    def apply_time_off(self, entry: TimeOff) -> None:
        """Apply the time-off editor's values to the entry with the same id."""
        self._apply(lambda: edits.replace_time_off(self.project, entry), self.tr("Edit time off"))

    # Time off on the timeline

    def _person_datetime(self, person_id: str, at: Instant) -> datetime:
        return to_datetime(at, zone(self.project.person(person_id).time_zone))

    def create_time_off(self, person_id: str, start: Instant, end: Instant) -> None:
        """Add time off for ``[start, end)`` and select it, so the note can be typed next."""
        result: list[str] = []

        def change() -> Project:
            project, entry_id = edits.add_time_off(
                self.project,
                person_id,
                self._person_datetime(person_id, start),
                self._person_datetime(person_id, end),
            )
            result.append(entry_id)
            return project

        if self._apply(change, self.tr("Add time off")):
            self.selected.emit(Ref(Kind.TIME_OFF, result[0]))

    def move_time_off(self, entry_id: str, start: Instant, end: Instant) -> None:
        """Give a time-off entry new bounds."""
        person_id = self.project.time_off_entry(entry_id).person
        self._apply(
            lambda: edits.move_time_off(
                self.project,
                entry_id,
                self._person_datetime(person_id, start),
                self._person_datetime(person_id, end),
            ),
            self.tr("Move time off"),
        )

    def delete_time_off(self, entry_id: str) -> None:
        """Delete a time-off entry (undoable, so no question asked)."""
        self._apply(
            lambda: edits.delete_time_off(self.project, entry_id), self.tr("Delete time off")
        )
