"""The Problems panel: what ``rotaplan check`` finds in the visible horizon, live, with filters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import SEVERITIES, Problem, Project
from rotaplan.gui.panels.problem_rows import (
    KIND,
    MESSAGE,
    PROBLEM_ROLE,
    WHEN,
    WHERE,
    ProblemFilter,
    ProblemsModel,
    code_label,
    format_instant,
    is_fixable,
)
from rotaplan.gui.widgets.icons import severity_icon

__all__ = [
    "KIND",
    "MESSAGE",
    "PROBLEM_ROLE",
    "WHEN",
    "WHERE",
    "ProblemFilter",
    "ProblemsModel",
    "ProblemsPanel",
    "code_label",
    "format_instant",
    "is_fixable",
]


class ProblemsPanel(QWidget):
    """The list of problems with severity toggles, a kind filter, a search field and Fix…."""

    activated = Signal(object)
    fix_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_panel")
        self.model = ProblemsModel(self)
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 170), (WHEN, 130), (WHERE, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text)")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.severity_buttons: dict[str, QToolButton] = {}
        for severity in SEVERITIES:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setIcon(severity_icon(severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._severities_toggled)
            self.severity_buttons[severity] = button
        self.kind = QComboBox(self)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.fix_button = QPushButton(self.tr("Fix…"), self)
        self.fix_button.setToolTip(self.tr("Cover this time with an override; suggests who."))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.fix_current)
        self.horizon = QLabel(self)
        self.horizon.setStyleSheet("color: palette(placeholder-text)")

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 2)
        bar.setSpacing(4)
        for button in self.severity_buttons.values():
            bar.addWidget(button)
        bar.addSpacing(8)
        bar.addWidget(self.kind)
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.horizon)
        bar.addSpacing(8)
        bar.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(lambda _c, _p: self._update_fix())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self._counts: Counter[str] = Counter()
        self._update_counts()

    # Showing

    def set_problems(
        self, project: Project, problems: Sequence[Problem], tz: tzinfo, horizon: str = ""
    ) -> None:
        """Show new results, keeping the selected problem selected when it is still there."""
        current = self.current()
        self.model.set_problems(project, problems, tz)
        self.horizon.setText(horizon)
        self._counts = Counter(p.severity for p in problems)
        self._update_counts()
        self._fill_kinds(problems)
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                self.select_row(row)
        self._update_fix()

    def _update_counts(self) -> None:
        texts = {
            "error": self.tr("Errors (%1)"),
            "warning": self.tr("Warnings (%1)"),
            "info": self.tr("Information (%1)"),
        }
        for severity, button in self.severity_buttons.items():
            button.setText(texts[severity].replace("%1", str(self._counts[severity])))
        self._update_empty()

    def _fill_kinds(self, problems: Sequence[Problem]) -> None:
        counts = Counter(p.code for p in problems)
        chosen = self.proxy.code
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        codes = sorted(counts, key=lambda c: (code_label(c).casefold(), c))
        if chosen is not None and chosen not in counts:
            codes.append(chosen)
        for code in codes:
            text = (
                self.tr("%1 (%2)").replace("%1", code_label(code)).replace("%2", str(counts[code]))
            )
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)) if chosen else 0)
        self.kind.blockSignals(False)

    def _update_empty(self) -> None:
        if not self.model.problems:
            self.empty.setText(self.tr("No problems in the visible period."))
            self.stack.setCurrentWidget(self.empty)
        elif self.proxy.rowCount() == 0:
            self.empty.setText(self.tr("No problems match the filter."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)

    # Filtering

    def _filter(self, **changes: Any) -> None:
        self.proxy.set_filter(**changes)
        self._update_empty()
        self._update_fix()

    def _severities_toggled(self) -> None:
        chosen = {s for s, b in self.severity_buttons.items() if b.isChecked()}
        self._filter(severities=chosen)

    def _kind_chosen(self, index: int) -> None:
        self._filter(code=self.kind.itemData(index))

    def set_kind(self, code: str | None) -> None:
        """Show only problems of ``code`` (None: every kind)."""
        index = self.kind.findData(code) if code is not None else 0
        if index < 0:
            self.kind.addItem(code_label(code or ""), code)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)

    # Selection and actions

    def visible_problems(self) -> list[Problem]:
        """The problems that pass the filters, in the order shown."""
        return [
            self.proxy.data(self.proxy.index(row, 0), PROBLEM_ROLE)
            for row in range(self.proxy.rowCount())
        ]

    def current(self) -> Problem | None:
        """The selected problem."""
        index = self.view.currentIndex()
        return self.proxy.data(index, PROBLEM_ROLE) if index.isValid() else None

    def select_row(self, source_row: int) -> None:
        """Select a row of the model (if the filters show it)."""
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def view_index(self, problem: Problem) -> QModelIndex:
        """Where ``problem`` is in the view (invalid when filtered out)."""
        row = self.model.row_of(problem)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _update_fix(self) -> None:
        problem = self.current()
        self.fix_button.setEnabled(problem is not None and is_fixable(problem))

    def fix_current(self) -> None:
        """Ask to cover the selected gap or time-off conflict."""
        problem = self.current()
        if problem is not None and is_fixable(problem):
            self.fix_requested.emit(problem)

    def _activated(self, index: QModelIndex) -> None:
        problem = self.proxy.data(index, PROBLEM_ROLE)
        if problem is not None:
            self.activated.emit(problem)

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        problem = self.proxy.data(index, PROBLEM_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Show in Timeline"), lambda: self.activated.emit(problem))
        fix = menu.addAction(self.tr("Fix…"), lambda: self.fix_requested.emit(problem))
        fix.setEnabled(is_fixable(problem))
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
