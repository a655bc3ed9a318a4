"""The rows of the Problems panel: a table model of problems and the filter over it."""

from __future__ import annotations

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
)
from PySide6.QtWidgets import (
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
