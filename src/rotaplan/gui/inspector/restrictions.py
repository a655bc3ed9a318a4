"""The restrictions list of a layer: daily and weekly windows, added and removed in place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Restriction
from rotaplan.gui.inspector.rotation import RestrictionSpec, spec_of_restriction

__all__ = ["RestrictionRow", "RestrictionsEditor", "weekday_names"]


def weekday_names(short: bool = False) -> list[str]:
    """Monday .. Sunday in the app's language (abbreviated with ``short``)."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    locale = QLocale()
    return [locale.standaloneDayName(day, kind) for day in range(1, 8)]


def _time_edit(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    return edit


class RestrictionRow(QWidget):
    """One window: [daily|weekly] from [day] time to [day] time [×]."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, spec: RestrictionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type = QComboBox(self)
        self.type.addItem(self.tr("Every day"), "daily")
        self.type.addItem(self.tr("Every week"), "weekly")
        self.from_day = QComboBox(self)
        self.to_day = QComboBox(self)
        for box in (self.from_day, self.to_day):
            box.addItems(weekday_names(short=True))
        self.from_time = _time_edit(self)
        self.to_time = _time_edit(self)
        remove = QToolButton(self)
        remove.setText("×")
        remove.setToolTip(self.tr("Remove this window"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.type, 0, 0)
        grid.addWidget(self.from_day, 0, 1)
        grid.addWidget(self.from_time, 0, 2)
        grid.addWidget(remove, 0, 3)
        until = QLabel(self.tr("until"), self)
        until.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(until, 1, 0)
        grid.addWidget(self.to_day, 1, 1)
        grid.addWidget(self.to_time, 1, 2)
        grid.setColumnStretch(1, 1)
        self.set_spec(spec)
        self.type.currentIndexChanged.connect(self._type_changed)
        for box in (self.from_day, self.to_day):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.from_time, self.to_time):
            edit.timeChanged.connect(lambda _t: self.changed.emit())

    def set_spec(self, spec: RestrictionSpec) -> None:
        """Show ``spec``."""
        self.type.setCurrentIndex(0 if spec.type == "daily" else 1)
        self.from_day.setCurrentIndex(spec.from_day - 1)
        self.to_day.setCurrentIndex(spec.to_day - 1)
        self.from_time.setTime(QTime(spec.from_time.hour, spec.from_time.minute))
        self.to_time.setTime(QTime(spec.to_time.hour, spec.to_time.minute))
        self._show_days()

    def _show_days(self) -> None:
        weekly = self.type.currentData() == "weekly"
        self.from_day.setVisible(weekly)
        self.to_day.setVisible(weekly)

    def _type_changed(self) -> None:
        self._show_days()
        self.changed.emit()

    def spec(self) -> RestrictionSpec:
        """The window as entered."""
        a, b = self.from_time.time(), self.to_time.time()
        return RestrictionSpec(
            str(self.type.currentData()),
            self.from_day.currentIndex() + 1,
            time(a.hour(), a.minute()),
            self.to_day.currentIndex() + 1,
            time(b.hour(), b.minute()),
        )


class RestrictionsEditor(QWidget):
    """Zero or more windows; none means the layer is on call around the clock."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RestrictionRow] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Around the clock (no restrictions)"), self)
        self.empty.setStyleSheet("color: palette(placeholder-text)")
        self.add_daily = QPushButton(self.tr("Add daily window"), self)
        self.add_weekly = QPushButton(self.tr("Add weekly window"), self)
        self.add_daily.clicked.connect(
            lambda: self.add(RestrictionSpec("daily", 1, time(9), 1, time(17)))
        )
        self.add_weekly.clicked.connect(
            lambda: self.add(RestrictionSpec("weekly", 1, time(9), 5, time(17)))
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_daily)
        buttons.addWidget(self.add_weekly)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._list)
        layout.addLayout(buttons)

    def load(self, restrictions: Sequence[Restriction]) -> None:
        """Show these restrictions."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for restriction in restrictions:
            self._append(spec_of_restriction(restriction))
        self.empty.setVisible(not self.rows)

    def _append(self, spec: RestrictionSpec) -> RestrictionRow:
        row = RestrictionRow(spec, self)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self._list.addWidget(row)
        return row

    def add(self, spec: RestrictionSpec) -> RestrictionRow:
        """Add a window."""
        row = self._append(spec)
        self.empty.hide()
        self.changed.emit()
        return row

    def _remove(self, row: RestrictionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.empty.setVisible(not self.rows)
        self.changed.emit()

    def specs(self) -> list[RestrictionSpec]:
        """The windows as entered."""
        return [row.spec() for row in self.rows]
