"""Push to PagerDuty: the plan as a reviewable list, then progress with Stop, then a report.

The list groups the steps by schedule and escalation policy; blocking errors (the push cannot
start) and changes made on PagerDuty since the last pull come first and stand out. The dialog
only shows: the workflow starts and stops the push when the dialog asks for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rotaplan.gui.sync.progress import Progress, Waiting, waiting_text
from rotaplan.pagerduty.sync import Step, SyncPlan

__all__ = ["PushDialog"]

_RED = QColor("#c0392b")
_AMBER = QColor("#b9770e")
_GREEN = QColor("#1e8449")


class PushDialog(QDialog):
    """Review the plan, push it with a progress bar and Stop, and read what happened."""

    push_requested = Signal()
    stop_requested = Signal()

    def __init__(self, plan: SyncPlan, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Push to PagerDuty"))
        self.plan = plan
        self.running = False
        self.finished_push = False
        style = self.style()
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "drift": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            "done": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "left": style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
        }
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.subline = QLabel(self)
        self.subline.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.step_items: list[QTreeWidgetItem] = []
        self.error_group: QTreeWidgetItem | None = None
        self.drift_group: QTreeWidgetItem | None = None
        self._fill(plan)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, len(plan.steps)))
        self.progress.setValue(0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        self.push_button = QPushButton(self)
        self.push_button.setDefault(True)
        self.push_button.clicked.connect(self._push_clicked)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.clicked.connect(self._close_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.push_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.subline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._describe(file_name)
        self.resize(920, 580)

    # The plan

    def _group(
        self, text: str, icon: str | None = None, color: QColor | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        if icon:
            item.setIcon(0, self._icons[icon])
        if color is not None:
            item.setForeground(0, QBrush(color))
        item.setExpanded(True)
        return item

    def _lines(self, parent: QTreeWidgetItem, lines: tuple[str, ...], color: QColor | None) -> None:
        for line in lines:
            child = QTreeWidgetItem(parent, [line])
            child.setToolTip(0, line)
            if color is not None:
                child.setForeground(0, QBrush(color))

    def _fill(self, plan: SyncPlan) -> None:
        if plan.errors:
            self.error_group = self._group(
                self.tr("Blocking errors — fix these in the project, then push again"),
                "error",
                _RED,
            )
            self._lines(self.error_group, plan.errors, _RED)
        if plan.drift:
            self.drift_group = self._group(
                self.tr("Changed on PagerDuty since the last pull — the push overwrites these"),
                "drift",
                _AMBER,
            )
            self._lines(self.drift_group, plan.drift, _AMBER)
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        by_step: dict[int, QTreeWidgetItem] = {}
        for index, step in enumerate(plan.steps):
            key = ("schedule" if step.kind.on_schedule else "policy", step.subject)
            if key not in groups:
                groups[key] = self._group(self._group_title(plan, *key))
            item = QTreeWidgetItem(groups[key], [self._step_text(step)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self._lines(item, step.details, None)
            item.setExpanded(len(step.details) <= 6)
            by_step[index] = item
        self.step_items = [by_step[i] for i in range(len(plan.steps))]
        if plan.links:
            group = self._group(self.tr("Linked to existing PagerDuty objects"), "info")
            self._lines(group, plan.links, None)
            group.setExpanded(False)
        if plan.notes:
            group = self._group(self.tr("Notes"), "info")
            self._lines(group, plan.notes, None)

    def _group_title(self, plan: SyncPlan, kind: str, subject: str) -> str:
        project = plan.project
        if kind == "schedule" and subject in project.schedules_by_id:
            return self.tr("Schedule “%1”").replace("%1", project.schedule(subject).name)
        names = {p.id: p.name for p in project.escalation_policies}
        return self.tr("Escalation policy “%1”").replace("%1", names.get(subject, subject))

    def _step_text(self, step: Step) -> str:
        # The summaries read "<name>: <what>"; the group already names the object.
        name, _, what = step.summary.partition(": ")
        return what or name

    def _describe(self, file_name: str) -> None:
        plan = self.plan
        steps = len(plan.steps)
        if plan.blocked:
            self.headline.setText(
                self.tr("The push is blocked by %n error(s).", "", len(plan.errors))
            )
            self.subline.setText(self.tr("Nothing is sent to PagerDuty until they are fixed."))
        elif steps:
            self.headline.setText(self.tr("%n change(s) to send to PagerDuty", "", steps))
            self.subline.setText(
                self.tr(
                    "%1 write request(s). PagerDuty ids are saved to %2 after every change, so "
                    "a push that stops part-way can simply be run again."
                )
                .replace("%1", str(plan.writes))
                .replace("%2", file_name)
            )
        else:
            self.headline.setText(self.tr("PagerDuty already matches the project."))
            self.subline.setText(
                self.tr("Links to existing PagerDuty objects will be saved to %1.").replace(
                    "%1", file_name
                )
                if plan.links
                else self.tr("There is nothing to push.")
            )
        self.push_button.setText(
            self.tr("Push %n change(s)", "", steps) if steps else self.tr("Save links")
        )
        self.push_button.setEnabled(not plan.blocked and bool(steps or plan.links))
        if not self.push_button.isEnabled():
            self.close_button.setText(self.tr("Close"))

    # Pushing

    def _push_clicked(self) -> None:
        self.running = True
        self.push_button.setEnabled(False)
        self.close_button.setText(self.tr("Stop"))
        self.progress.show()
        self.status.show()
        self.status.setText(self.tr("Sending the first change…"))
        self.push_requested.emit()

    def _close_clicked(self) -> None:
        if self.running:
            self.close_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the change in progress…"))
            self.stop_requested.emit()
        else:
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """While pushing, closing means Stop; the dialog stays to report."""
        if self.running:
            event.ignore()
            self._close_clicked()
        else:
            super().closeEvent(event)

    def reject(self) -> None:
        """Escape while pushing means Stop."""
        if self.running:
            self._close_clicked()
        else:
            super().reject()

    def show_progress(self, value: object) -> None:
        """A step finished, or the client waits before a retry."""
        if isinstance(value, Waiting):
            self.status.setText(waiting_text(value))
        elif isinstance(value, Progress):
            self.progress.setValue(value.done)
            for item in self.step_items[: value.done]:
                self._mark(item, True)
            if value.done < len(self.step_items):
                self.status.setText(
                    self.tr("Sent %1 of %2: %3")
                    .replace("%1", str(value.done))
                    .replace("%2", str(len(self.step_items)))
                    .replace("%3", self.plan.steps[value.done].summary)
                )

    def _mark(self, item: QTreeWidgetItem, done: bool) -> None:
        item.setIcon(0, self._icons["done" if done else "left"])
        item.setForeground(0, QBrush(_GREEN if done else _AMBER))
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, "done" if done else "left")

    def show_report(self, done: int, headline: str, message: str) -> None:
        """The end: which steps were sent (ticked) and which are left to retry."""
        self.running = False
        self.finished_push = True
        self.progress.setValue(done)
        for index, item in enumerate(self.step_items):
            self._mark(item, index < done)
        self.headline.setText(headline)
        self.subline.setText("")
        self.status.setText(message)
        self.status.show()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.push_button.hide()
