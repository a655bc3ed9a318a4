"""The escalation policy editor: name, description, loops and the rules with their targets."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import EscalationPolicy, EscalationRule, EscalationTarget, ModelError, Project
from rotaplan.gui.inspector.form import EditorForm, compact_combo
from rotaplan.gui.inspector.reorder import Index, ReorderableListModel, reorderable_view
from rotaplan.gui.widgets.icons import swatch

__all__ = [
    "PolicyEditor",
    "RuleDraft",
    "RulesModel",
    "TargetsModel",
    "parse_target_key",
    "target_key",
    "target_name",
]

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
_MAX_DELAY = 100_000


@dataclass(frozen=True)
class RuleDraft:
    """A rule while it is edited: it may lack targets until the user adds one."""

    delay_minutes: int
    targets: tuple[EscalationTarget, ...]
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)


def target_key(target: EscalationTarget) -> str:
    """``schedule:ID`` or ``person:ID``: a target as a combo box's item data."""
    return f"{target.kind}:{target.id}"


def parse_target_key(key: str) -> EscalationTarget:
    """The target of a ``target_key``."""
    kind, _, target_id = key.partition(":")
    return EscalationTarget("schedule" if kind == "schedule" else "person", target_id)


def target_name(project: Project, target: EscalationTarget) -> str:
    """The schedule's or the person's name."""
    if target.kind == "schedule":
        schedule = project.schedules_by_id.get(target.id)
        return schedule.name if schedule else target.id
    person = project.people_by_id.get(target.id)
    return person.name if person else target.id


class RulesModel(ReorderableListModel[RuleDraft]):
    """The rules in escalation order."""

    mime_type = "application/x-rotaplan-rule-rows"
    rules_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = Project(name="")

    def changed_items(self) -> None:
        """Tell the editor the rules changed."""
        self.rules_changed.emit()

    def set_rules(self, rules: tuple[RuleDraft, ...], project: Project) -> None:
        """Show these rules (the one reset path)."""
        self._project = project
        self.reset_items(rules)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """'Level 1: Payments primary', the delay as tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        rule = self._items[index.row()]
        names = ", ".join(target_name(self._project, t) for t in rule.targets)
        # The level number is left to the tooltip: the display of a row must not depend on its
        # position, or a move would change rows that no signal reported as changed.
        if role == Qt.ItemDataRole.DisplayRole:
            if not names:
                return self.tr("Nobody yet (then %1 min)").replace("%1", str(rule.delay_minutes))
            return (
                self.tr("%1 (then %2 min)")
                .replace("%1", names)
                .replace("%2", str(rule.delay_minutes))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr(
                    "Level %1: notifies its targets, then escalates to the next level after "
                    "%2 minutes. Drag to change the order."
                )
                .replace("%1", str(index.row() + 1))
                .replace("%2", str(rule.delay_minutes))
            )
        return None


class TargetsModel(ReorderableListModel[EscalationTarget]):
    """The targets of one rule: schedules (their on-call person) and people."""

    mime_type = "application/x-rotaplan-target-rows"
    targets_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = Project(name="")

    def changed_items(self) -> None:
        """Tell the editor the targets changed."""
        self.targets_changed.emit()

    def set_targets(self, targets: tuple[EscalationTarget, ...], project: Project) -> None:
        """Show these targets (the one reset path)."""
        self._project = project
        self.reset_items(targets)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The name, what kind of target it is, the person's colour and the target itself."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        target = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = target_name(self._project, target)
            if target.kind == "schedule":
                return self.tr("%1 (on call)").replace("%1", name)
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if target.kind == "schedule":
                return self.tr("Whoever is on call in this schedule at the time")
            return self.tr("This person, whatever the schedules say")
        if role == Qt.ItemDataRole.DecorationRole and target.kind == "person":
            person = self._project.people_by_id.get(target.id)
            return QColor(person.color) if person else None
        if role == TARGET_ROLE:
            return target
        return None


class PolicyEditor(EditorForm):
    """Edit an escalation policy; emits ``submitted(EscalationPolicy)``."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Escalation policy"), parent)
        self._policy: EscalationPolicy | None = None
        self._project = Project(name="")
        self._showing_rule = False
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(70)
        self.loops = QSpinBox(self)
        self.loops.setRange(0, 9)
        self.loops.setToolTip(
            self.tr("When nobody acknowledges, run through the rules this many more times.")
        )

        rules_box = QWidget(self)
        self.rules = RulesModel(self)
        self.rules_view = reorderable_view(QListView(rules_box))
        self.rules_view.setModel(self.rules)
        self.rules_view.setMinimumHeight(96)
        self.rules_view.setToolTip(self.tr("Escalation order: drag a rule to move it."))
        self.add_rule_button = QPushButton(self.tr("Add rule"), rules_box)
        self.remove_rule_button = QPushButton(self.tr("Remove rule"), rules_box)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_rule_button)
        buttons.addWidget(self.remove_rule_button)
        buttons.addStretch(1)
        column = QVBoxLayout(rules_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.rules_view)
        column.addLayout(buttons)

        rule_box = QWidget(self)
        self.rule_title = QLabel(rule_box)
        self.delay = QSpinBox(rule_box)
        self.delay.setRange(1, _MAX_DELAY)
        self.delay.setSuffix(self.tr(" min"))
        self.delay.setToolTip(self.tr("How long this level has before the next one is notified"))
        self.targets = TargetsModel(self)
        self.targets_view = reorderable_view(QListView(rule_box))
        self.targets_view.setModel(self.targets)
        self.targets_view.setMinimumHeight(72)
        self.target_choice = compact_combo(rule_box)
        self.add_target_button = QToolButton(rule_box)
        self.add_target_button.setText("+")
        self.add_target_button.setToolTip(self.tr("Notify this schedule or person at this level"))
        self.remove_target_button = QToolButton(rule_box)
        self.remove_target_button.setText("−")
        self.remove_target_button.setToolTip(self.tr("Remove the selected target"))
        delay_row = QHBoxLayout()
        delay_row.setContentsMargins(0, 0, 0, 0)
        delay_row.addWidget(QLabel(self.tr("Escalate after"), rule_box))
        delay_row.addWidget(self.delay)
        delay_row.addStretch(1)
        choice_row = QHBoxLayout()
        choice_row.setContentsMargins(0, 0, 0, 0)
        choice_row.addWidget(self.target_choice, 1)
        choice_row.addWidget(self.add_target_button)
        choice_row.addWidget(self.remove_target_button)
        column = QVBoxLayout(rule_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.rule_title)
        column.addLayout(delay_row)
        column.addWidget(self.targets_view)
        column.addLayout(choice_row)
        self._rule_box = rule_box

        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("num_loops", self.tr("Repeat"), self.loops)
        self.add_field("rules", self.tr("Rules"), rules_box)
        self.add_field("rule", self.tr("Level"), rule_box)

        self.name.textEdited.connect(lambda _t: self.changed())
        self.name.returnPressed.connect(self.apply)
        self.description.textChanged.connect(self.changed)
        self.loops.valueChanged.connect(self._loops_changed)
        self.rules.rules_changed.connect(self.changed)
        self.rules_view.selectionModel().currentChanged.connect(lambda *_: self._show_rule())
        self.add_rule_button.clicked.connect(self._add_rule)
        self.remove_rule_button.clicked.connect(self._remove_rule)
        self.delay.valueChanged.connect(lambda _v: self._rule_edited())
        self.targets.targets_changed.connect(self._rule_edited)
        self.add_target_button.clicked.connect(self._add_target)
        self.remove_target_button.clicked.connect(self._remove_target)

    @property
    def policy_id(self) -> str | None:
        """The id of the policy shown."""
        return self._policy.id if self._policy else None

    def load(self, policy: EscalationPolicy, project: Project) -> None:
        """Show ``policy``, offering the project's schedules and people as targets."""
        self._policy, self._project = policy, project
        current = max(0, self.rules_view.currentIndex().row())
        self._loading = True
        try:
            self.name.setText(policy.name)
            self.description.setPlainText(policy.description)
            self.loops.setValue(policy.num_loops)
            self._update_loops_suffix()
            self.rules.set_rules(
                tuple(RuleDraft(r.delay_minutes, r.targets, r.extra) for r in policy.rules),
                project,
            )
            self.target_choice.clear()
            for schedule in project.schedules:
                self.target_choice.addItem(
                    self.tr("Schedule: %1").replace("%1", schedule.name),
                    target_key(EscalationTarget("schedule", schedule.id)),
                )
            for person in project.people:
                self.target_choice.addItem(
                    swatch(person.color),
                    person.name,
                    target_key(EscalationTarget("person", person.id)),
                )
            self.rules_view.setCurrentIndex(self.rules.index(min(current, len(policy.rules) - 1)))
            self._show_rule()
        finally:
            self._loading = False
        self.clear_errors()
        self.set_dirty(False)

    def _loops_changed(self) -> None:
        self._update_loops_suffix()
        self.changed()

    def _update_loops_suffix(self) -> None:
        text = self.tr(" more time") if self.loops.value() == 1 else self.tr(" more times")
        self.loops.setSuffix(text)

    def _row(self) -> int:
        return self.rules_view.currentIndex().row()

    def _show_rule(self) -> None:
        """Put the selected rule into the level fields."""
        row = self._row()
        self._rule_box.setEnabled(0 <= row < self.rules.rowCount())
        self._showing_rule = True
        try:
            if 0 <= row < self.rules.rowCount():
                rule = self.rules.items[row]
                self.rule_title.setText(self.tr("<b>Level %1</b>").replace("%1", str(row + 1)))
                self.delay.setValue(rule.delay_minutes)
                self.targets.set_targets(rule.targets, self._project)
            else:
                self.rule_title.setText(self.tr("Select a rule to edit it."))
                self.targets.set_targets((), self._project)
        finally:
            self._showing_rule = False

    def _rule_edited(self) -> None:
        row = self._row()
        if self._showing_rule or not 0 <= row < self.rules.rowCount():
            return
        rule = self.rules.items[row]
        self.rules.replace(
            row,
            dataclasses.replace(rule, delay_minutes=self.delay.value(), targets=self.targets.items),
        )

    def _add_rule(self) -> None:
        key = self.target_choice.itemData(0)
        targets = (parse_target_key(key),) if isinstance(key, str) else ()
        self.rules.append(RuleDraft(30, targets))
        self.rules_view.setCurrentIndex(self.rules.index(self.rules.rowCount() - 1))

    def _remove_rule(self) -> None:
        row = self._row()
        if 0 <= row < self.rules.rowCount():
            self.rules.remove(row)
            self.rules_view.setCurrentIndex(self.rules.index(min(row, self.rules.rowCount() - 1)))
            self._show_rule()

    def _add_target(self) -> None:
        key = self.target_choice.currentData()
        if not isinstance(key, str) or self._row() < 0:
            return
        target = parse_target_key(key)
        if any((t.kind, t.id) == (target.kind, target.id) for t in self.targets.items):
            return  # notifying someone twice at one level adds nothing
        self.targets.append(target)

    def _remove_target(self) -> None:
        index = self.targets_view.currentIndex()
        if index.isValid():
            self.targets.remove(index.row())

    def value(self) -> EscalationPolicy:
        """The edited policy (ModelError naming the field when something is invalid)."""
        assert self._policy is not None
        rules = []
        for number, draft in enumerate(self.rules.items, start=1):
            if not draft.targets:
                message = self.tr("Level %1 notifies nobody: add a schedule or a person to it.")
                raise ModelError("rules", message.replace("%1", str(number)))
            try:
                rules.append(EscalationRule(draft.delay_minutes, draft.targets, draft.extra))
            except ModelError as error:
                message = self.tr("Level %1: %2").replace("%1", str(number))
                raise ModelError("rules", message.replace("%2", error.message)) from None
        if not rules:
            raise ModelError("rules", self.tr("Add at least one rule."))
        return dataclasses.replace(
            self._policy,
            name=self.name.text().strip(),
            description=self.description.toPlainText(),
            num_loops=self.loops.value(),
            rules=tuple(rules),
        )

    def apply(self) -> None:
        """Emit the edited policy when it is valid."""
        if self._policy is not None and self.validate():
            self.submitted.emit(self.value())
            self.set_dirty(False)

    def revert(self) -> None:
        """Show the stored policy again."""
        if self._policy is not None:
            self.load(self._policy, self._project)
