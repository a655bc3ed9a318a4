"""The Problems panel: what ``rotaplan check`` finds in the visible horizon, live, with filters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
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

from rotaplan.core import SEVERITIES, Instant, Problem, Project, to_datetime
from rotaplan.gui.text.i18n import fill
from rotaplan.gui.text.messages import problem_text
from rotaplan.gui.widgets.icons import severity_icon
from rotaplan.gui.widgets.tablemodel import RowsModel

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

MESSAGE, KIND, WHEN, WHERE = range(4)
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
_FIXABLE = ("GAP", "TIME_OFF")
_Index = QModelIndex | QPersistentModelIndex


def code_label(code: str) -> str:
    """The translated name of a problem code (the code itself when unknown)."""
    labels = {
        "GAP": QCoreApplication.translate("ProblemsPanel", "Gap"),
        "TIME_OFF": QCoreApplication.translate("ProblemsPanel", "On call during time off"),
        "DOUBLE_BOOKED": QCoreApplication.translate("ProblemsPanel", "Double booked"),
        "REST": QCoreApplication.translate("ProblemsPanel", "Short rest"),
        "LONG_SHIFT": QCoreApplication.translate("ProblemsPanel", "Long shift"),
        "ESCALATION_NOBODY": QCoreApplication.translate("ProblemsPanel", "Nobody paged"),
        "DST": QCoreApplication.translate("ProblemsPanel", "Clock change"),
        "NIGHT_HANDOFF": QCoreApplication.translate("ProblemsPanel", "Handoff at night"),
        "PAGERDUTY": QCoreApplication.translate("ProblemsPanel", "PagerDuty"),
        "UNUSED": QCoreApplication.translate("ProblemsPanel", "Not paged from"),
        "HOLIDAY_COUNTRY": QCoreApplication.translate("ProblemsPanel", "Holiday country"),
    }
    return labels.get(code, code)


def _severity_label(severity: str) -> str:
    return {
        "error": QCoreApplication.translate("ProblemsPanel", "Error"),
        "warning": QCoreApplication.translate("ProblemsPanel", "Warning"),
        "info": QCoreApplication.translate("ProblemsPanel", "Information"),
    }[severity]


def format_instant(at: Instant, tz: tzinfo, locale: QLocale | None = None) -> str:
    """An instant as a short local date and time in ``tz``, in the locale's format."""
    local = to_datetime(at, tz)
    value = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return (locale or QLocale()).toString(value, QLocale.FormatType.ShortFormat)


def is_fixable(problem: Problem) -> bool:
    """Whether an override can fix the problem (a gap, or someone on call during time off)."""
    return (
        problem.code in _FIXABLE
        and problem.schedule is not None
        and problem.start is not None
        and problem.end is not None
        and problem.end > problem.start
    )


def _identity(problem: Problem) -> tuple[object, ...]:
    return (
        problem.code,
        problem.schedule,
        problem.layer,
        problem.override,
        problem.person,
        problem.policy,
        problem.rule,
        problem.other_schedule,
    )


class ProblemsModel(RowsModel[Problem]):
    """A thin table over a tuple of problems, in the core's order (time, severity, code)."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._zone: tzinfo = UTC
        self._locale = QLocale()
        self._texts: dict[int, str] = {}

    @property
    def problems(self) -> tuple[Problem, ...]:
        """The problems shown."""
        return self.rows

    def set_problems(self, project: Project, problems: Sequence[Problem], tz: tzinfo) -> None:
        """Show ``problems`` of ``project``, times in ``tz``."""
        self._project = project
        self._zone = tz
        self._texts.clear()
        self.set_rows(problems)

    def problem(self, row: int) -> Problem:
        """The problem of a row."""
        return self.rows[row]

    def message(self, problem: Problem) -> str:
        """The problem's message in the app's language (written once per problem)."""
        text = self._texts.get(id(problem))
        if text is None:
            if self._project is None:
                return problem.message
            text = self._texts[id(problem)] = problem_text(problem, self._project)
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ProblemsPanel", "Problem"),
            QCoreApplication.translate("ProblemsPanel", "Kind"),
            QCoreApplication.translate("ProblemsPanel", "When"),
            QCoreApplication.translate("ProblemsPanel", "Where"),
        )[section]

    def _where(self, problem: Problem) -> str:
        project = self._project
        if project is None:
            return ""
        if problem.schedule and problem.schedule in project.schedules_by_id:
            name = project.schedule(problem.schedule).name
            if problem.other_schedule and problem.other_schedule in project.schedules_by_id:
                other = project.schedule(problem.other_schedule).name
                return (
                    QCoreApplication.translate("ProblemsPanel", "%1 and %2")
                    .replace("%1", name)
                    .replace("%2", other)
                )
            return name
        if problem.policy and problem.policy in project.policies_by_id:
            return project.policy(problem.policy).name
        if problem.person and problem.person in project.people_by_id:
            return project.person(problem.person).name
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, severity icon, tooltip, the problem itself and sort keys."""
        problem = self.row_value(index)
        if problem is None:
            return None
        column = index.column()
        if role == PROBLEM_ROLE:
            return problem
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MESSAGE:
                return self.message(problem)
            if column == KIND:
                return code_label(problem.code)
            if column == WHEN:
                if problem.start is None:
                    return ""
                return format_instant(problem.start, self._zone, self._locale)
            return self._where(problem)
        if role == Qt.ItemDataRole.DecorationRole and column == MESSAGE:
            return severity_icon(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(
                QCoreApplication.translate("ProblemsPanel", "%1: %2", "severity: message"),
                _severity_label(problem.severity),
                self.message(problem),
            )
        return None

    def sort_key(self, row: Problem, column: int) -> Any:
        """Severity for the message column, time for When, the shown text otherwise."""
        if column == MESSAGE:
            return (SEVERITIES.index(row.severity), row.sort_key())
        if column == WHEN:
            return row.sort_key()
        if column == KIND:
            return code_label(row.code).casefold()
        return self._where(row).casefold()

    def row_of(self, problem: Problem) -> int | None:
        """The row of the same problem after a recomputation (same objects, overlapping time)."""
        key = _identity(problem)
        fallback = None
        for row, other in enumerate(self.rows):
            if _identity(other) != key:
                continue
            if other == problem:
                return row
            if (
                problem.start is not None
                and other.start is not None
                and other.start <= (problem.end or problem.start)
                and problem.start <= (other.end or other.start)
            ):
                return row
            if fallback is None:
                fallback = row
        return fallback


class ProblemFilter(QSortFilterProxyModel):
    """Shows the problems of the checked severities, of one kind (or all), matching a text.

    Sorting is passed to the source model, which sorts once with a key.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severities: set[str] = set(SEVERITIES)
        self.code: str | None = None
        self.text = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source sort."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_filter(
        self, severities: set[str] | None = None, code: str | None = "", text: str | None = None
    ) -> None:
        """Change any of the filters (``code`` None means every kind; "" leaves it)."""
        # beginFilterChange/endFilterChange came with Qt 6.9; older ones re-filter afterwards.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        if severities is not None:
            self.severities = set(severities)
        if code != "":
            self.code = code
        if text is not None:
            self.text = text.strip().casefold()
        if modern:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Severity, kind and text."""
        model = self.sourceModel()
        if not isinstance(model, ProblemsModel) or source_parent.isValid():
            return True
        problem = model.problem(source_row)
        if problem.severity not in self.severities:
            return False
        if self.code is not None and problem.code != self.code:
            return False
        if self.text:
            where = str(model.data(model.index(source_row, WHERE)))
            haystack = f"{model.message(problem)} {code_label(problem.code)} {where}".casefold()
            return self.text in haystack
        return True


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
