"""The inspector: the editor for whatever the sidebar or the timeline selected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

from rotaplan.core import Project
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.inspector.layer_editor import LayerEditor
from rotaplan.gui.inspector.person_editor import PersonEditor
from rotaplan.gui.inspector.policy_editor import PolicyEditor
from rotaplan.gui.inspector.schedule_editor import ScheduleEditor
from rotaplan.gui.inspector.time_off_editor import TimeOffEditor

_Editor = TypeVar("_Editor", bound=QWidget)

__all__ = [
    "Inspector",
    "LayerEditor",
    "PersonEditor",
    "PolicyEditor",
    "ScheduleEditor",
    "TimeOffEditor",
]


class Inspector(QScrollArea):
    """Shows the schedule, layer or person editor; editors are built on first use."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(
            self.tr(
                "Select a schedule, a layer, a person, an escalation policy or time off to edit it."
            ),
            self.stack,
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(12)
        self.stack.addWidget(self.placeholder)
        self.setWidget(self.stack)
        self.setWidgetResizable(True)
        self.setMinimumWidth(380)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._schedule_editor: ScheduleEditor | None = None
        self._layer_editor: LayerEditor | None = None
        self._person_editor: PersonEditor | None = None
        self._policy_editor: PolicyEditor | None = None
        self._time_off_editor: TimeOffEditor | None = None
        self._ref: Ref | None = None
        self.on_created: Callable[[QWidget], None] = lambda _editor: None

    @property
    def schedule_editor(self) -> ScheduleEditor:
        """The schedule editor (built on first use)."""
        if self._schedule_editor is None:
            self._schedule_editor = ScheduleEditor(self.stack)
            self.stack.addWidget(self._schedule_editor)
            self.on_created(self._schedule_editor)
        return self._schedule_editor

    @property
    def layer_editor(self) -> LayerEditor:
        """The layer editor (built on first use)."""
        if self._layer_editor is None:
            self._layer_editor = LayerEditor(self._clock, self.stack)
            self.stack.addWidget(self._layer_editor)
            self.on_created(self._layer_editor)
        return self._layer_editor

    @property
    def person_editor(self) -> PersonEditor:
        """The person editor (built on first use)."""
        if self._person_editor is None:
            self._person_editor = PersonEditor(self.stack)
            self.stack.addWidget(self._person_editor)
            self.on_created(self._person_editor)
        return self._person_editor

    @property
    def policy_editor(self) -> PolicyEditor:
        """The escalation policy editor (built on first use)."""
        if self._policy_editor is None:
            self._policy_editor = self._added(PolicyEditor(self.stack))
        return self._policy_editor

    @property
    def time_off_editor(self) -> TimeOffEditor:
        """The time-off editor (built on first use)."""
        if self._time_off_editor is None:
            self._time_off_editor = self._added(TimeOffEditor(self.stack))
        return self._time_off_editor

    def _added(self, editor: _Editor) -> _Editor:
        self.stack.addWidget(editor)
        self.on_created(editor)
        return editor

    def show_ref(self, project: Project, ref: Ref | None) -> None:
        """Edit what ``ref`` points at (the placeholder for anything else)."""
        self._ref = ref
        if ref is None or not ref.exists(project):
            self.stack.setCurrentWidget(self.placeholder)
        elif ref.kind is Kind.SCHEDULE:
            self.schedule_editor.load(project.schedule(ref.id))
            self.stack.setCurrentWidget(self.schedule_editor)
        elif ref.kind is Kind.LAYER:
            schedule = project.schedule(ref.id)
            self.layer_editor.load(schedule, schedule.layer(ref.child), project.people_by_id)
            self.stack.setCurrentWidget(self.layer_editor)
        elif ref.kind is Kind.PERSON:
            self.person_editor.load(project.person(ref.id))
            self.stack.setCurrentWidget(self.person_editor)
        elif ref.kind is Kind.POLICY:
            self.policy_editor.load(project.policy(ref.id), project)
            self.stack.setCurrentWidget(self.policy_editor)
        elif ref.kind is Kind.TIME_OFF:
            self.time_off_editor.load(project, ref.id)
            self.stack.setCurrentWidget(self.time_off_editor)
        else:
            self.stack.setCurrentWidget(self.placeholder)

    def refresh(self, project: Project) -> None:
        """Reload the shown editor after the project changed (unless it has unapplied edits)."""
        current = self.stack.currentWidget()
        if getattr(current, "dirty", False):
            return
        self.show_ref(project, self._ref)
