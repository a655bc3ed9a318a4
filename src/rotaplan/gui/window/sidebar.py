"""The project sidebar: people, schedules with their layers, escalation policies, time off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Project
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.text.i18n import fill, format_date

__all__ = ["GROUPS", "REF_ROLE", "ProjectTreeModel", "Sidebar"]

Index = QModelIndex | QPersistentModelIndex
REF_ROLE = Qt.ItemDataRole.UserRole + 1
GROUPS = (Kind.PEOPLE, Kind.SCHEDULES, Kind.POLICIES, Kind.TIME_OFF_LIST)
# internalId of an index names its parent: 0 a top-level group, 1 + g a child of group g,
# _LAYER_BASE + s a layer of schedule s.
_LAYER_BASE = 1000
_SCHEDULES_GROUP = GROUPS.index(Kind.SCHEDULES)
_EDITABLE = (Kind.PERSON, Kind.SCHEDULE, Kind.LAYER, Kind.POLICY, Kind.TIME_OFF)


class ProjectTreeModel(QAbstractItemModel):
    """A thin tree adapter over a Project value; renames are requested, never applied here."""

    rename_requested = Signal(object, str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project

    def set_project(self, project: Project) -> None:
        """Show another project value (the one reset path)."""
        self.beginResetModel()
        self._project = project
        self.endResetModel()

    def _group_title(self, kind: Kind) -> str:
        return {
            Kind.PEOPLE: self.tr("People"),
            Kind.SCHEDULES: self.tr("Schedules"),
            Kind.POLICIES: self.tr("Escalation policies"),
            Kind.TIME_OFF_LIST: self.tr("Time off"),
        }[kind]

    def _children(self, group: Kind) -> int:
        project = self._project
        return {
            Kind.PEOPLE: len(project.people),
            Kind.SCHEDULES: len(project.schedules),
            Kind.POLICIES: len(project.escalation_policies),
            Kind.TIME_OFF_LIST: len(project.time_off),
        }[group]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        """The index of a child of ``parent``."""
        if column != 0 or row < 0 or row >= self.rowCount(parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0)
        parent_id = parent.internalId()
        if parent_id == 0:
            return self.createIndex(row, 0, 1 + parent.row())
        return self.createIndex(row, 0, _LAYER_BASE + parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The parent of ``index``."""
        if not index.isValid():
            return QModelIndex()
        parent_id = index.internalId()
        if parent_id == 0:
            return QModelIndex()
        if parent_id < _LAYER_BASE:
            return self.createIndex(parent_id - 1, 0, 0)
        return self.createIndex(parent_id - _LAYER_BASE, 0, 1 + _SCHEDULES_GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """How many children ``parent`` has."""
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(GROUPS)
        parent_id = parent.internalId()
        if parent_id == 0:
            return self._children(GROUPS[parent.row()])
        if parent_id == 1 + _SCHEDULES_GROUP:
            return len(self._project.schedules[parent.row()].layers)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """One column."""
        return 1

    def ref(self, index: Index) -> Ref | None:
        """What an index points at."""
        if not index.isValid():
            return None
        parent_id, row = index.internalId(), index.row()
        project = self._project
        if parent_id == 0:
            return Ref(GROUPS[row])
        if parent_id < _LAYER_BASE:
            group = GROUPS[parent_id - 1]
            if group is Kind.PEOPLE:
                return Ref(Kind.PERSON, project.people[row].id)
            if group is Kind.SCHEDULES:
                return Ref(Kind.SCHEDULE, project.schedules[row].id)
            if group is Kind.POLICIES:
                return Ref(Kind.POLICY, project.escalation_policies[row].id)
            return Ref(Kind.TIME_OFF, project.time_off[row].id)
        schedule = project.schedules[parent_id - _LAYER_BASE]
        layer = schedule.layers[len(schedule.layers) - 1 - row]  # highest priority first
        return Ref(Kind.LAYER, schedule.id, layer.id)

    def index_of(self, ref: Ref) -> QModelIndex:
        """The index showing ``ref`` (invalid when it is not shown)."""
        project = self._project
        if ref.kind in GROUPS:
            return self.index(GROUPS.index(ref.kind), 0)
        if ref.kind is Kind.PERSON:
            ids = [p.id for p in project.people]
            group = Kind.PEOPLE
        elif ref.kind in (Kind.SCHEDULE, Kind.LAYER):
            ids = [s.id for s in project.schedules]
            group = Kind.SCHEDULES
        elif ref.kind is Kind.POLICY:
            ids = [p.id for p in project.escalation_policies]
            group = Kind.POLICIES
        else:
            ids = [t.id for t in project.time_off]
            group = Kind.TIME_OFF_LIST
        if ref.id not in ids:
            return QModelIndex()
        index = self.index(ids.index(ref.id), 0, self.index(GROUPS.index(group), 0))
        if ref.kind is Kind.LAYER:
            layers = [layer.id for layer in reversed(project.schedule(ref.id).layers)]
            if ref.child not in layers:
                return QModelIndex()
            return self.index(layers.index(ref.child), 0, index)
        return index

    def _label(self, ref: Ref) -> str:
        project = self._project
        if ref.kind in GROUPS:
            return self._group_title(ref.kind)
        if ref.kind is Kind.PERSON:
            return project.person(ref.id).name
        if ref.kind is Kind.SCHEDULE:
            return project.schedule(ref.id).name
        if ref.kind is Kind.LAYER:
            schedule = project.schedule(ref.id)
            position = [layer.id for layer in schedule.layers].index(ref.child) + 1
            return schedule.layer(ref.child).name or self.tr("Layer %1").replace(
                "%1", str(position)
            )
        if ref.kind is Kind.POLICY:
            return project.policy(ref.id).name
        entry = project.time_off_entry(ref.id)
        person = project.people_by_id.get(entry.person)
        who = person.name if person else entry.person
        first = format_date(entry.start.date(), "day_month")
        until = format_date(entry.end.date(), "day_month")
        if entry.note:
            return fill(self.tr("%1: %2 – %3 (%4)"), who, first, until, entry.note)
        return fill(self.tr("%1: %2 – %3"), who, first, until)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Labels, tooltips, person colours and the reference itself (REF_ROLE)."""
        ref = self.ref(index)
        if ref is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(ref)
        if role == Qt.ItemDataRole.EditRole:
            if ref.kind is Kind.TIME_OFF:
                return self._project.time_off_entry(ref.id).note
            return self._label(ref)
        if role == Qt.ItemDataRole.DecorationRole and ref.kind is Kind.PERSON:
            return QColor(self._project.person(ref.id).color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if ref.kind is Kind.SCHEDULE:
                schedule = self._project.schedule(ref.id)
                return f"{schedule.name} ({schedule.time_zone})"
            if ref.kind is Kind.PERSON:
                person = self._project.person(ref.id)
                return f"{person.name} <{person.email}> ({person.time_zone})"
            return self._label(ref)
        if role == REF_ROLE:
            return ref
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Named things can be renamed in place."""
        ref = self.ref(index)
        if ref is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if ref.kind in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for a rename; the document applies it and the model is reset from there."""
        ref = self.ref(index)
        if role != Qt.ItemDataRole.EditRole or ref is None or ref.kind not in _EDITABLE:
            return False
        text = str(value).strip()
        if ref.kind is not Kind.TIME_OFF and not text:
            return False
        self.rename_requested.emit(ref, text)
        return True


class Sidebar(QWidget):
    """The tree with add / rename / delete; its selection drives the other panes."""

    selection_changed = Signal(object)
    add_requested = Signal(object, object)
    rename_requested = Signal(object, str)
    delete_requested = Signal(object)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProjectTreeModel(project, self)
        self.model.rename_requested.connect(self.rename_requested)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self._restoring = False

        self.add_menu = QMenu(self)
        self._add_actions: dict[Kind, QAction] = {}
        for kind, text in (
            (Kind.PERSON, self.tr("Person…")),
            (Kind.SCHEDULE, self.tr("Schedule…")),
            (Kind.LAYER, self.tr("Layer in this schedule")),
            (Kind.POLICY, self.tr("Escalation policy…")),
            (Kind.TIME_OFF, self.tr("Time off…")),
        ):
            action = self.add_menu.addAction(text)
            action.triggered.connect(
                lambda _=False, k=kind: self.add_requested.emit(k, self.current())
            )
            self._add_actions[kind] = action
        add = QToolButton(self)
        add.setText(self.tr("Add"))
        add.setToolTip(self.tr("Add a person, schedule, layer, policy or time off"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add.setMenu(self.add_menu)
        self.rename_action = QAction(self.tr("Rename"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self._rename)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self._delete)
        self.addAction(self.rename_action)
        self.addAction(self.delete_action)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(add)
        for action in (self.rename_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)
        self._expand_defaults()
        self._update_actions()

    def set_project(self, project: Project) -> None:
        """Show a new value, keeping the selection and the expanded schedules."""
        current = self.current()
        expanded = {
            self.model.ref(self.model.index(row, 0, self.model.index(_SCHEDULES_GROUP, 0)))
            for row in range(self.model.rowCount(self.model.index(_SCHEDULES_GROUP, 0)))
            if self.tree.isExpanded(self.model.index(row, 0, self.model.index(_SCHEDULES_GROUP, 0)))
        }
        self._restoring = True
        try:
            self.model.set_project(project)
            self._expand_defaults()
            for ref in expanded:
                if ref is not None:
                    self.tree.expand(self.model.index_of(ref))
        finally:
            self._restoring = False
        if current is not None and current.exists(project):
            self.select(current, notify=False)
        else:
            self.selection_changed.emit(self.current())
        self._update_actions()

    def _expand_defaults(self) -> None:
        for row in range(len(GROUPS)):
            self.tree.expand(self.model.index(row, 0))

    def current(self) -> Ref | None:
        """The selected reference."""
        return self.model.ref(self.tree.currentIndex())

    def select(self, ref: Ref, notify: bool = True) -> None:
        """Select ``ref`` (and show it)."""
        index = self.model.index_of(ref)
        if not index.isValid():
            return
        self._restoring = not notify
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._restoring = False
        self._update_actions()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        self._update_actions()
        if not self._restoring:
            self.selection_changed.emit(self.model.ref(current))

    def _update_actions(self) -> None:
        ref = self.current()
        editable = ref is not None and ref.kind in _EDITABLE
        self.rename_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)
        self._add_actions[Kind.LAYER].setEnabled(ref is not None and ref.schedule_id is not None)

    def _rename(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.tree.edit(index)

    def _delete(self) -> None:
        ref = self.current()
        if ref is not None and ref.kind in _EDITABLE:
            self.delete_requested.emit(ref)

    def _context_menu(self, pos: Any) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addMenu(self.add_menu).setText(self.tr("Add"))
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()
