"""The escalation simulation beside the policy timeline: who is notified when, and coverage.

Every figure comes from ``rotaplan.core.escalation``: ``simulate`` for one incident and
``policy_coverage`` for the share of time in which level 1 reaches a person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import (
    DAY,
    MINUTE,
    AnalysisError,
    IncidentEvent,
    Instant,
    Notification,
    PolicyCoverage,
    Project,
    Simulation,
    Window,
    analyse_policy,
    instant,
    simulate,
    to_datetime,
    zone,
)
from rotaplan.gui.inspector.form import datetime_edit, read_datetime, write_datetime
from rotaplan.gui.inspector.policy_editor import target_name
from rotaplan.gui.inspector.reorder import Index
from rotaplan.gui.text.localtime import format_instant, format_range

__all__ = [
    "EVENT_ROLE",
    "NOTIFICATION_ROLE",
    "SimulationModel",
    "SimulationPane",
    "SimulationSettings",
]

NOTIFICATION_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2
_MAX_WARNINGS = 4


@dataclass(frozen=True)
class SimulationSettings:
    """What to simulate: the trigger time, the acknowledgement model and the horizons."""

    at: Instant
    ack_after_minutes: int | None = None
    ack_timeout_minutes: int | None = None
    horizon_minutes: int = 24 * 60
    coverage_days: int = 28


class SimulationModel(QAbstractTableModel):
    """A simulated incident's notifications and state changes, in time order."""

    TIME, AFTER, LEVEL, TARGET, PERSON = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = Project(name="")
        self._simulation: Simulation | None = None
        self._rows: list[Notification | IncidentEvent] = []
        self._tz = zone("Etc/UTC")

    def set_simulation(self, project: Project, simulation: Simulation | None, tz_name: str) -> None:
        """Show ``simulation`` (the one reset path)."""
        self.beginResetModel()
        self._project, self._simulation, self._tz = project, simulation, zone(tz_name)
        rows: list[tuple[Instant, int, Notification | IncidentEvent]] = []
        if simulation is not None:
            rows += [(e.at, 0, e) for e in simulation.events if e.kind != "triggered"]
            rows += [(n.at, 1, n) for n in simulation.notifications]
        # Stable sort: notifications keep the simulation's order within one instant.
        self._rows = [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]
        self.endResetModel()

    @property
    def notifications(self) -> tuple[Notification, ...]:
        """The notifications shown, in order."""
        return tuple(r for r in self._rows if isinstance(r, Notification))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Notifications and events."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Time, minutes after the trigger, level, target, person."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Time"), self.tr("After"), self.tr("Level"), self.tr("Target"))
        return (*titles, self.tr("Reaches"))[section] if 0 <= section < 5 else None

    def _event_text(self, event: IncidentEvent) -> str:
        return {
            "acknowledged": self.tr("Acknowledged: escalation stops"),
            "retriggered": self.tr("Not resolved in time: triggered again from level 1"),
            "exhausted": self.tr("Every level and loop tried: nobody else is notified"),
            "horizon": self.tr("End of the simulated period"),
        }.get(event.kind, event.kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, red for nobody, and the notification or event itself."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == NOTIFICATION_ROLE:
            return row if isinstance(row, Notification) else None
        if role == EVENT_ROLE:
            return row if isinstance(row, IncidentEvent) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if isinstance(row, Notification) and row.person is None:
                return QColor("#c0392b")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        assert self._simulation is not None
        if column == self.TIME:
            return format_instant(row.at, self._tz)
        if column == self.AFTER:
            minutes = (row.at - self._simulation.triggered_at) // MINUTE
            return self.tr("+%1 min").replace("%1", str(minutes))
        if isinstance(row, IncidentEvent):
            return self._event_text(row) if column == self.LEVEL else None
        if column == self.LEVEL:
            text = self.tr("Level %1").replace("%1", str(row.rule))
            if row.loop:
                text = self.tr("Level %1, loop %2").replace("%1", str(row.rule))
                text = text.replace("%2", str(row.loop + 1))
            return text
        if column == self.TARGET:
            return target_name(self._project, row.target)
        if row.person is None:
            return self.tr("Nobody (no one on call)")
        person = self._project.people_by_id.get(row.person)
        return person.name if person else row.person


def _minutes_box(parent: QWidget, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class SimulationPane(QWidget):
    """Pick a time and an acknowledgement model; see who is notified when and the coverage."""

    simulated = Signal(object)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._project = Project(name="")
        self._policy_id: str | None = None
        self._tz_name = "Etc/UTC"
        self._loading = False
        self.simulation: Simulation | None = None
        self.coverage: PolicyCoverage | None = None

        self.at = datetime_edit(self)
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setToolTip(self.tr("Simulate an incident that starts now"))
        self.zone_label = QLabel(self)
        self.ack = QCheckBox(self.tr("Acknowledged after"), self)
        self.ack_after = _minutes_box(self, 0, 44_640, 5, self.tr(" min"))
        self.timeout = QCheckBox(self.tr("Re-triggers if not resolved within"), self)
        self.ack_timeout = _minutes_box(self, 1, 44_640, 30, self.tr(" min"))
        self.horizon = _minutes_box(self, 1, 744, 24, self.tr(" h"))
        self.coverage_days = _minutes_box(self, 1, 366, 28, self.tr(" days"))
        for box in (self.ack_after, self.ack_timeout):
            box.setEnabled(False)

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(QLabel(self.tr("Incident at"), self))
        when.addWidget(self.at)
        when.addWidget(self.now_button)
        when.addWidget(self.zone_label)
        when.addSpacing(12)
        when.addWidget(QLabel(self.tr("Simulate for"), self))
        when.addWidget(self.horizon)
        when.addStretch(1)
        ack_row = QHBoxLayout()
        ack_row.setContentsMargins(0, 0, 0, 0)
        ack_row.addWidget(self.ack)
        ack_row.addWidget(self.ack_after)
        ack_row.addSpacing(12)
        ack_row.addWidget(self.timeout)
        ack_row.addWidget(self.ack_timeout)
        ack_row.addStretch(1)
        self.zone_label.setStyleSheet("color: palette(placeholder-text)")
        self.at.setMinimumWidth(180)

        self.model = SimulationModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        coverage_row = QHBoxLayout()
        coverage_row.setContentsMargins(0, 0, 0, 0)
        coverage_row.addWidget(QLabel(self.tr("Coverage over the next"), self))
        coverage_row.addWidget(self.coverage_days)
        coverage_row.addStretch(1)
        self.coverage_label = QLabel(self)
        self.coverage_label.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("color: #c0392b;")

        left = QVBoxLayout()
        left.addLayout(when)
        left.addLayout(ack_row)
        left.addWidget(self.table, 1)
        left.addWidget(self.summary)
        right = QVBoxLayout()
        title = QLabel(self.tr("<b>Policy coverage</b>"), self)
        right.addWidget(title)
        right.addLayout(coverage_row)
        right.addWidget(self.coverage_label)
        right.addWidget(self.warnings)
        right.addStretch(1)
        side = QWidget(self)
        side.setLayout(right)
        side.setMinimumWidth(260)
        side.setMaximumWidth(420)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(left, 3)
        layout.addWidget(side, 2)

        self.now_button.clicked.connect(self.go_now)
        self.at.dateTimeChanged.connect(lambda _v: self.run())
        self.ack.toggled.connect(self._ack_toggled)
        self.timeout.toggled.connect(self._timeout_toggled)
        for box in (self.ack_after, self.ack_timeout, self.horizon, self.coverage_days):
            box.valueChanged.connect(lambda _v: self.run())
        self._set_time(instant(clock()))

    # Inputs

    def _ack_toggled(self, on: bool) -> None:
        self.ack_after.setEnabled(on)
        self.timeout.setEnabled(on)
        self.ack_timeout.setEnabled(on and self.timeout.isChecked())
        self.run()

    def _timeout_toggled(self, on: bool) -> None:
        self.ack_timeout.setEnabled(on and self.ack.isChecked())
        self.run()

    def _set_time(self, at: Instant) -> None:
        self._loading = True
        try:
            write_datetime(self.at, to_datetime(at), zone(self._tz_name))
        finally:
            self._loading = False

    def set_time(self, at: Instant) -> None:
        """Simulate an incident at ``at`` (to the minute)."""
        self._set_time(at)
        self.run()

    def go_now(self) -> None:
        """Simulate an incident that starts now."""
        self.set_time(instant(self._clock()))

    def settings(self) -> SimulationSettings:
        """What the fields ask for."""
        ack = self.ack.isChecked()
        return SimulationSettings(
            at=instant(read_datetime(self.at, zone(self._tz_name))),
            ack_after_minutes=self.ack_after.value() if ack else None,
            ack_timeout_minutes=(
                self.ack_timeout.value() if ack and self.timeout.isChecked() else None
            ),
            horizon_minutes=self.horizon.value() * 60,
            coverage_days=self.coverage_days.value(),
        )

    def set_policy(self, project: Project, policy_id: str | None, tz_name: str) -> None:
        """Simulate on ``policy_id`` of ``project``, showing times in ``tz_name``."""
        at = self.settings().at
        self._project, self._policy_id = project, policy_id
        if tz_name != self._tz_name:
            self._tz_name = tz_name
            self._set_time(at)
        self.zone_label.setText(self.tr("Times in %1").replace("%1", tz_name))
        self.run()

    # Results

    def run(self) -> None:
        """Simulate again and recompute the coverage."""
        if self._loading:
            return
        project, policy_id = self._project, self._policy_id
        if policy_id is None or policy_id not in project.policies_by_id:
            self.simulation, self.coverage = None, None
            self.model.set_simulation(project, None, self._tz_name)
            self.summary.setText(self.tr("Select an escalation policy to simulate an incident."))
            self.coverage_label.clear()
            self.warnings.clear()
            return
        settings = self.settings()
        try:
            self.simulation = simulate(
                project,
                policy_id,
                settings.at,
                ack_after_minutes=settings.ack_after_minutes,
                ack_timeout_minutes=settings.ack_timeout_minutes,
                horizon_minutes=settings.horizon_minutes,
            )
        except AnalysisError as error:
            self.simulation = None
            self.summary.setText(str(error))
        self.model.set_simulation(project, self.simulation, self._tz_name)
        if self.simulation is not None:
            self.summary.setText(self._summary(self.simulation))
        self._show_coverage(project, policy_id, settings)
        self.simulated.emit(self.simulation)

    def _summary(self, simulation: Simulation) -> str:
        first = simulation.first_human
        if first is None:
            return self.tr("Nobody is reached in the simulated period.")
        person = self._project.person(first.person or "")
        minutes = (first.at - simulation.triggered_at) // MINUTE
        if minutes == 0:
            return self.tr("%1 is notified at once.").replace("%1", person.name)
        return (
            self.tr("The first person notified is %1, after %2 min.")
            .replace("%1", person.name)
            .replace("%2", str(minutes))
        )

    def _show_coverage(
        self, project: Project, policy_id: str, settings: SimulationSettings
    ) -> None:
        window = Window(settings.at, settings.at + settings.coverage_days * DAY)
        coverage = analyse_policy(project, policy_id, window)
        self.coverage = coverage
        tz = zone(self._tz_name)
        lines = [
            self.tr("Level 1 reaches a person %1 % of the time.").replace(
                "%1", f"{coverage.first_rule_percent:.1f}".removesuffix(".0")
            )
        ]
        if coverage.worst_delay is None:
            assert coverage.worst_at is not None
            lines.append(
                self.tr("An incident at %1 reaches nobody at all.").replace(
                    "%1", format_instant(coverage.worst_at, tz)
                )
            )
        elif coverage.worst_delay > 0 and coverage.worst_at is not None:
            lines.append(
                self.tr("Worst case: %1 min until a person is notified (incident at %2).")
                .replace("%1", str(coverage.worst_delay // MINUTE))
                .replace("%2", format_instant(coverage.worst_at, tz))
            )
        else:
            lines.append(self.tr("Every incident reaches a person at once."))
        self.coverage_label.setText("\n".join(lines))
        warnings = []
        for number, nobody in enumerate(coverage.rule_nobody, start=1):
            inside = [i for i in nobody if i.start < window.end and i.end > window.start]
            for interval in inside[:_MAX_WARNINGS]:
                warnings.append(
                    self.tr("Level %1 notifies nobody: %2")
                    .replace("%1", str(number))
                    .replace("%2", format_range(interval.start, interval.end, tz))
                )
            if len(inside) > _MAX_WARNINGS:
                warnings.append(
                    self.tr("Level %1 notifies nobody %2 more times.")
                    .replace("%1", str(number))
                    .replace("%2", str(len(inside) - _MAX_WARNINGS))
                )
        self.warnings.setText("\n".join(warnings))
