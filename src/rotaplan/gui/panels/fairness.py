"""The Fairness panel: who carries how much, as stacked bars and the table behind them.

Hours split into weekday working hours, nights (weekday off-hours), weekends and public holidays,
each in the person's own zone (``rotaplan.core.fairness``). The panel shows the whole team or one
schedule; the CSV export writes the rows of ``rotaplan report --csv``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import HOUR, Analysis, FairnessReport, PersonLoad, Project
from rotaplan.core.fairness import FAIRNESS_COLUMNS, fairness_rows
from rotaplan.gui.widgets.icons import swatch
from rotaplan.gui.widgets.tablemodel import RowsModel

__all__ = [
    "CATEGORY_COLORS",
    "PERSON_ROLE",
    "FairnessChart",
    "FairnessModel",
    "FairnessPanel",
    "FairnessView",
    "fairness_csv",
    "fairness_view",
]

CATEGORY_COLORS = ("#4e9a8f", "#5b63a8", "#e8a33d", "#d9534f")
(PERSON, HOURS, WORKING, NIGHTS, WEEKEND, HOLIDAY, FIRST_LINE, SHIFTS, LONGEST) = range(9)
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _categories() -> tuple[str, str, str, str]:
    return (
        QCoreApplication.translate("FairnessPanel", "Working hours"),
        QCoreApplication.translate("FairnessPanel", "Nights"),
        QCoreApplication.translate("FairnessPanel", "Weekends"),
        QCoreApplication.translate("FairnessPanel", "Holidays"),
    )


@dataclass(frozen=True)
class FairnessView:
    """What the panel shows: the loads of a team or a schedule and how evenly they are spread."""

    project: Project
    report: FairnessReport
    schedule_id: str | None
    loads: tuple[PersonLoad, ...]
    balance: float
    off_hours_balance: float | None


def fairness_view(result: Analysis, schedule_id: str | None) -> FairnessView:
    """The team's figures (``schedule_id`` None) or those of one schedule's people."""
    team = result.fairness
    project = result.project
    if schedule_id is None or schedule_id not in project.schedules_by_id:
        return FairnessView(
            project, team, None, team.people, team.team_balance, team.off_hours_balance
        )
    own = next(s for s in team.schedules if s.schedule == schedule_id)
    involved = {person for person, _ in own.hours}
    report = result.schedule_fairness(schedule_id)
    loads = tuple(load for load in report.people if load.person in involved)
    return FairnessView(project, report, schedule_id, loads, own.balance, None)


def fairness_csv(view: FairnessView) -> str:
    """The rows of ``rotaplan report --csv`` for the people shown."""
    rows = fairness_rows(view.project, view.report)
    shown = {load.person for load in view.loads}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FAIRNESS_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(row for row in rows if row["person"] in shown)
    return out.getvalue()


def _parts(load: PersonLoad) -> tuple[int, int, int, int]:
    return (load.working, load.night, load.weekend, load.holiday)


class FairnessModel(RowsModel[PersonLoad]):
    """A thin table over the loads of a fairness view, one row per person."""

    COLUMNS = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: FairnessView | None = None
        self._locale = QLocale()

    def set_view(self, view: FairnessView) -> None:
        """Show ``view``."""
        self._view = view
        self.set_rows(view.loads)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("FairnessPanel", "Person"),
                QCoreApplication.translate("FairnessPanel", "Hours"),
                QCoreApplication.translate("FairnessPanel", "Working"),
                QCoreApplication.translate("FairnessPanel", "Nights"),
                QCoreApplication.translate("FairnessPanel", "Weekends"),
                QCoreApplication.translate("FairnessPanel", "Holidays"),
                QCoreApplication.translate("FairnessPanel", "First line"),
                QCoreApplication.translate("FairnessPanel", "Shifts"),
                QCoreApplication.translate("FairnessPanel", "Longest"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                HOURS: QCoreApplication.translate(
                    "FairnessPanel",
                    "Hours on call in the period (overlapping schedules count once).",
                ),
                WORKING: QCoreApplication.translate(
                    "FairnessPanel", "Weekday working hours, in the person's own time zone."
                ),
                NIGHTS: QCoreApplication.translate(
                    "FairnessPanel",
                    "Weekday hours outside working hours, in the person's own zone.",
                ),
                WEEKEND: QCoreApplication.translate(
                    "FairnessPanel", "Hours on Saturdays and Sundays."
                ),
                HOLIDAY: QCoreApplication.translate("FairnessPanel", "Hours on public holidays."),
                FIRST_LINE: QCoreApplication.translate(
                    "FairnessPanel", "Hours in which the first rule of a policy pages them."
                ),
                SHIFTS: QCoreApplication.translate("FairnessPanel", "Separate stretches on call."),
                LONGEST: QCoreApplication.translate(
                    "FairnessPanel", "The longest stretch on call without a break, in hours."
                ),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section != PERSON:
            # Centred: the style draws the sort arrow at the right edge, over right-aligned text.
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort_key(self, row: PersonLoad, column: int) -> Any:
        """Names alphabetically, figures by value (then by name)."""
        person = self._view.project.people_by_id.get(row.person) if self._view else None
        name = (person.name if person else row.person).casefold()
        return name if column == PERSON else (self._value(row, column), name)

    def _value(self, load: PersonLoad, column: int) -> float:
        values = {
            HOURS: load.on_call,
            WORKING: load.working,
            NIGHTS: load.night,
            WEEKEND: load.weekend,
            HOLIDAY: load.holiday,
            FIRST_LINE: load.first_line,
            LONGEST: load.longest_stretch,
        }
        return load.shifts if column == SHIFTS else values[column] / HOUR

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names with their colour, hours with one decimal, numbers to sort by."""
        load = self.row_value(index)
        if load is None or self._view is None:
            return None
        column = index.column()
        person = self._view.project.people_by_id.get(load.person)
        if role == PERSON_ROLE:
            return load.person
        if column == PERSON:
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name if person else load.person
            if role == Qt.ItemDataRole.DecorationRole and person is not None:
                return swatch(person.color)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SHIFTS:
                return self._locale.toString(load.shifts)
            return self._locale.toString(self._value(load, column), "f", 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FairnessChart(QWidget):
    """Per-person stacked bars: working hours, nights, weekends and holidays."""

    ROW = 22
    LEGEND = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: FairnessView | None = None
        self._order: list[PersonLoad] = []
        self._locale = QLocale()
        self.setMinimumWidth(320)

    def set_view(self, view: FairnessView) -> None:
        """Show ``view``: most hours first."""
        self._view = view
        names = view.project.people_by_id

        def name(load: PersonLoad) -> str:
            person = names.get(load.person)
            return person.name.casefold() if person else load.person

        self._order = sorted(view.loads, key=lambda load: (-load.on_call, name(load)))
        self.updateGeometry()
        self.update()

    def order(self) -> list[str]:
        """The people in the order of the bars."""
        return [load.person for load in self._order]

    def sizeHint(self) -> QSize:
        """Tall enough for every bar."""
        return QSize(420, self.LEGEND + self.ROW * max(1, len(self._order)) + 8)

    def minimumSizeHint(self) -> QSize:
        """The legend and one bar."""
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Legend on top, then one row per person: name, bar, hours."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        track = palette.color(QPalette.ColorRole.AlternateBase)
        metrics = QFontMetrics(self.font())
        width = self.width()
        x = 8.0
        for label, color in zip(_categories(), CATEGORY_COLORS, strict=True):
            p.fillRect(QRectF(x, 8, 11, 11), QColor(color))
            p.setPen(text)
            p.drawText(QRectF(x + 16, 2, 200, 22), Qt.AlignmentFlag.AlignVCenter, label)
            x += 16 + metrics.horizontalAdvance(label) + 18
        if self._view is None:
            p.end()
            return
        names = self._view.project.people_by_id
        widest = max((metrics.horizontalAdvance(x.name) for x in names.values()), default=60)
        name_width = min(220, widest + 34)
        unit = QCoreApplication.translate("FairnessPanel", "%1 h")
        value_width = metrics.horizontalAdvance(unit.replace("%1", "0000.0")) + 8
        bar_left = name_width
        bar_width = max(40.0, width - name_width - value_width - 8)
        most = max((load.on_call for load in self._order), default=0)
        top = self.LEGEND
        for load in self._order:
            person = names.get(load.person)
            row = QRectF(0, top, width, self.ROW)
            if top + self.ROW >= event.rect().top() and top <= event.rect().bottom():
                if person is not None:
                    p.fillRect(QRectF(8, top + 7, 8, 8), QColor(person.color))
                p.setPen(text)
                label = metrics.elidedText(
                    person.name if person else load.person,
                    Qt.TextElideMode.ElideRight,
                    name_width - 26,
                )
                p.drawText(
                    QRectF(22, top, name_width - 26, self.ROW), Qt.AlignmentFlag.AlignVCenter, label
                )
                bar = QRectF(bar_left, top + 4, bar_width, self.ROW - 8)
                p.fillRect(bar, track)
                left = bar.left()
                for amount, color in zip(_parts(load), CATEGORY_COLORS, strict=True):
                    if amount <= 0 or most <= 0:
                        continue
                    span = bar_width * amount / most
                    p.fillRect(QRectF(left, bar.top(), span, bar.height()), QColor(color))
                    left += span
                p.setPen(text if load.on_call else muted)
                hours = self._locale.toString(load.on_call / HOUR, "f", 1)
                p.drawText(
                    QRectF(row.right() - value_width - 4, top, value_width, self.ROW),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    unit.replace("%1", hours),
                )
            top += self.ROW
        p.end()

    def tooltip_for(self, y: int) -> str | None:
        """The breakdown of the person at height ``y``."""
        row = (y - self.LEGEND) // self.ROW
        if self._view is None or not 0 <= row < len(self._order):
            return None
        load = self._order[row]
        person = self._view.project.people_by_id.get(load.person)
        lines = [person.name if person else load.person]
        for label, amount in zip(_categories(), _parts(load), strict=True):
            value = self._locale.toString(amount / HOUR, "f", 1)
            lines.append(
                QCoreApplication.translate("FairnessPanel", "%1: %2 h")
                .replace("%1", label)
                .replace("%2", value)
            )
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        """Tooltips with each person's breakdown."""
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            text = self.tooltip_for(help_event.pos().y())
            if text:
                QToolTip.showText(help_event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class FairnessPanel(QWidget):
    """Bars and table for the team or one schedule, the balance figure and CSV export."""

    export_requested = Signal()
    scope_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fairness_panel")
        self._plan: Analysis | None = None
        self._wanted: str | None = None
        self.view_value: FairnessView | None = None
        self.scope = QComboBox(self)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.currentIndexChanged.connect(self._scope_chosen)
        self.balance = QLabel(self)
        self.balance.setToolTip(
            self.tr(
                "How evenly the on-call hours are shared: 1 means everyone carries the same, "
                "0 means one person carries everything."
            )
        )
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self.export_requested)
        self.chart = FairnessChart(self)
        self.chart_area = QScrollArea(self)
        self.chart_area.setWidget(self.chart)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.model = FairnessModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HOURS, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.chart.ROW + 2)
        header = self.table.horizontalHeader()
        # Widths from the titles, not the contents: sizing to contents asks every row of a
        # 300-person team for its text after each edit; the room left is for the sort arrow.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = QFontMetrics(header.font())
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(64, metrics.horizontalAdvance(title) + 40))
        header.resizeSection(PERSON, 170)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart_area)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([400, 500])
        splitter.setChildrenCollapsible(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 2)
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.scope)
        bar.addSpacing(12)
        bar.addWidget(self.balance)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._fill_scopes(None, None)

    @property
    def schedule_id(self) -> str | None:
        """The schedule shown (None for the whole team)."""
        value = self.scope.currentData()
        return str(value) if value else None

    def _fill_scopes(self, project: Project | None, chosen: str | None) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Whole team"), None)
        for schedule in project.schedules if project is not None else ():
            self.scope.addItem(schedule.name, schedule.id)
        index = self.scope.findData(chosen) if chosen else 0
        self.scope.setCurrentIndex(max(0, index))
        self.scope.blockSignals(False)

    def set_plan(self, result: Analysis) -> None:
        """Show the figures of a new plan (same scope when the schedule still exists)."""
        self._plan = result
        self._fill_scopes(result.project, self._wanted)
        self._show()

    def show_schedule(self, schedule_id: str | None) -> None:
        """Show one schedule's people (None: the whole team)."""
        self._wanted = schedule_id
        index = self.scope.findData(schedule_id) if schedule_id else 0
        if index >= 0 and index != self.scope.currentIndex():
            self.scope.setCurrentIndex(index)

    def _scope_chosen(self, _index: int) -> None:
        self._wanted = self.schedule_id
        self._show()
        self.scope_changed.emit(self.schedule_id)

    def _show(self) -> None:
        if self._plan is None:
            return
        view = fairness_view(self._plan, self.schedule_id)
        self.view_value = view
        self.chart.set_view(view)
        self.model.set_view(view)
        balance = self._locale_number(view.balance)
        if view.off_hours_balance is None:
            text = self.tr("Balance %1").replace("%1", balance)
        else:
            text = (
                self.tr("Balance %1 · off-hours %2")
                .replace("%1", balance)
                .replace("%2", self._locale_number(view.off_hours_balance))
            )
        self.balance.setText(text)

    def _locale_number(self, value: float) -> str:
        return QLocale().toString(value, "f", 2)

    def csv_text(self) -> str:
        """The CSV of what is shown."""
        if self.view_value is None:
            raise ValueError("nothing to export yet")
        return fairness_csv(self.view_value)

    def loads(self) -> Sequence[PersonLoad]:
        """The loads shown."""
        return self.view_value.loads if self.view_value else ()
