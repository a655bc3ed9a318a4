"""The layer editor: name, start/end, rotation, members, restrictions and "apply from"."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import datetime, time, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import Layer, ModelError, Person, Schedule, zone
from rotaplan.gui.inspector.form import EditorForm, datetime_edit, read_datetime, write_datetime
from rotaplan.gui.inspector.members import MembersEditor
from rotaplan.gui.inspector.restrictions import RestrictionsEditor, weekday_names
from rotaplan.gui.inspector.rotation import (
    Rotation,
    RotationSpec,
    restriction_from_spec,
    rotation_of,
    rotation_values,
)

__all__ = ["LayerEditor"]


class LayerEditor(EditorForm):
    """Edit a layer; emits ``submitted(schedule_id, Layer, apply_from or None)``."""

    submitted = Signal(str, object, object)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Layer"), parent)
        self._clock = clock
        self._schedule: Schedule | None = None
        self._layer: Layer | None = None
        self._people: Mapping[str, Person] = {}
        self.name = QLineEdit(self)
        self.start = datetime_edit(self)
        end_row = QWidget(self)
        row = QHBoxLayout(end_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox(self.tr("Ends"), end_row)
        self.end = datetime_edit(end_row)
        row.addWidget(self.has_end)
        row.addWidget(self.end, 1)
        self.end.setMinimumWidth(120)
        self.rotation = QComboBox(self)
        self.rotation.addItem(self.tr("Daily"), Rotation.DAILY)
        self.rotation.addItem(self.tr("Weekly"), Rotation.WEEKLY)
        self.rotation.addItem(self.tr("Custom"), Rotation.CUSTOM)
        handoff_row = QWidget(self)
        row = QHBoxLayout(handoff_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.handoff_day = QComboBox(handoff_row)
        self.handoff_day.addItems(weekday_names())
        self.handoff_time = QTimeEdit(handoff_row)
        self.handoff_time.setDisplayFormat("HH:mm")
        row.addWidget(self.handoff_day)
        row.addWidget(self.handoff_time)
        row.addStretch(1)
        self.turn_hours = QDoubleSpinBox(self)
        self.turn_hours.setRange(1, 8760)
        self.turn_hours.setDecimals(2)
        self.turn_hours.setSuffix(self.tr(" h"))
        self.first_handoff = datetime_edit(self)
        self.members = MembersEditor(self)
        self.restrictions = RestrictionsEditor(self)
        apply_row = QWidget(self)
        column = QVBoxLayout(apply_row)
        column.setContentsMargins(0, 0, 0, 0)
        self.keep_past = QCheckBox(self.tr("Keep the past; apply the changes from"), apply_row)
        self.keep_past.setToolTip(
            self.tr(
                "The layer is running: its current version ends then and a new version "
                "starts, so the schedule before that stays as it was."
            )
        )
        self.apply_from = datetime_edit(apply_row)
        column.addWidget(self.keep_past)
        column.addWidget(self.apply_from)
        self.zone_note = QLabel(self)
        self.zone_note.setStyleSheet("color: palette(placeholder-text)")

        self.add_field("name", self.tr("Name"), self.name)
        self.form.addRow("", self.zone_note)
        self.add_field("start", self.tr("Starts"), self.start)
        self.add_field("end", self.tr("End"), end_row)
        self.add_field("rotation", self.tr("Rotation"), self.rotation)
        self.add_field("handoff", self.tr("Handoff"), handoff_row)
        self.add_field("turn_length_seconds", self.tr("Turn length"), self.turn_hours)
        self.add_field("rotation_virtual_start", self.tr("First handoff"), self.first_handoff)
        self.add_field("members", self.tr("Members"), self.members)
        self.add_field("restrictions", self.tr("Restrictions"), self.restrictions)
        self.add_field("apply_from", self.tr("Changes"), apply_row)
        self._handoff_row = handoff_row
        self._apply_row = apply_row

        self.name.textEdited.connect(lambda _t: self.changed())
        for edit in (self.start, self.end, self.first_handoff, self.apply_from):
            edit.dateTimeChanged.connect(lambda _v: self.changed())
        self.has_end.toggled.connect(self._end_toggled)
        self.keep_past.toggled.connect(self._keep_past_toggled)
        self.rotation.currentIndexChanged.connect(self._rotation_changed)
        self.handoff_day.currentIndexChanged.connect(lambda _i: self.changed())
        self.handoff_time.timeChanged.connect(lambda _t: self.changed())
        self.turn_hours.valueChanged.connect(lambda _v: self.changed())
        self.members.model.members_changed.connect(self.changed)
        self.restrictions.changed.connect(self.changed)

    @property
    def schedule_id(self) -> str | None:
        """The schedule of the layer shown."""
        return self._schedule.id if self._schedule else None

    @property
    def layer_id(self) -> str | None:
        """The id of the layer shown."""
        return self._layer.id if self._layer else None

    def load(self, schedule: Schedule, layer: Layer, people: Mapping[str, Person]) -> None:
        """Show ``layer`` of ``schedule``."""
        self._schedule, self._layer = schedule, layer
        self._people = people
        tz = zone(schedule.time_zone)
        spec = rotation_of(layer, tz)
        self._loading = True
        try:
            self.name.setText(layer.name)
            self.zone_note.setText(self.tr("Times in %1").replace("%1", schedule.time_zone))
            write_datetime(self.start, layer.start, tz)
            self.has_end.setChecked(layer.end is not None)
            write_datetime(self.end, layer.end or layer.start + timedelta(days=28), tz)
            self.end.setEnabled(layer.end is not None)
            self.rotation.setCurrentIndex(
                [Rotation.DAILY, Rotation.WEEKLY, Rotation.CUSTOM].index(spec.kind)
            )
            self.handoff_day.setCurrentIndex(spec.handoff_day - 1)
            self.handoff_time.setTime(QTime(spec.handoff_time.hour, spec.handoff_time.minute))
            self.turn_hours.setValue(spec.turn_hours)
            write_datetime(self.first_handoff, spec.virtual_start, tz)
            self.members.load(layer.members, people)
            self.restrictions.load(layer.restrictions)
            now = self._clock().astimezone(tz)
            running = layer.start < now and (layer.end is None or layer.end > now)
            next_hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            write_datetime(self.apply_from, next_hour, tz)
            # A layer that started today has no past worth keeping: edit it in full.
            midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
            keep = running and layer.start < midnight
            self.keep_past.setChecked(keep)
            self.apply_from.setEnabled(keep)
            self._apply_row.setVisible(running)
            self._set_row_visible(self._apply_row, running)
            self._show_rotation_fields()
        finally:
            self._loading = False
        self.clear_errors()
        self.set_dirty(False)

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        box = field.parentWidget()  # add_field wraps each field with its error line
        if box is not None:
            self.form.setRowVisible(box, visible)

    def _keep_past_toggled(self, on: bool) -> None:
        self.apply_from.setEnabled(on)
        self.changed()

    def _end_toggled(self, on: bool) -> None:
        self.end.setEnabled(on)
        self.changed()

    def _rotation_changed(self) -> None:
        self._show_rotation_fields()
        self.changed()

    def _show_rotation_fields(self) -> None:
        kind = self.rotation.currentData()
        self._set_row_visible(self._handoff_row, kind is not Rotation.CUSTOM)
        self.handoff_day.setVisible(kind is Rotation.WEEKLY)
        for widget in (self.turn_hours, self.first_handoff):
            self._set_row_visible(widget, kind is Rotation.CUSTOM)

    def value(self) -> tuple[Layer, datetime | None]:
        """The edited layer and the apply-from instant (ModelError when a field is invalid)."""
        assert self._schedule is not None
        assert self._layer is not None
        tz = zone(self._schedule.time_zone)
        a = self.handoff_time.time()
        spec = RotationSpec(
            self.rotation.currentData(),
            self.handoff_day.currentIndex() + 1,
            time(a.hour(), a.minute()),
            self.turn_hours.value(),
            read_datetime(self.first_handoff, tz),
        )
        virtual, length = rotation_values(spec, self._layer.rotation_virtual_start, tz)
        restrictions = []
        for i, restriction_spec in enumerate(self.restrictions.specs()):
            try:
                restrictions.append(restriction_from_spec(restriction_spec))
            except ModelError as error:
                raise ModelError("restrictions", f"window {i + 1}: {error.message}") from None
        members = self.members.model.members
        if not members:
            raise ModelError("members", "add at least one person")
        layer = dataclasses.replace(
            self._layer,
            name=self.name.text().strip(),
            start=read_datetime(self.start, tz),
            end=read_datetime(self.end, tz) if self.has_end.isChecked() else None,
            rotation_virtual_start=virtual,
            turn_length_seconds=length,
            members=members,
            restrictions=tuple(restrictions),
        )
        apply_from = None
        if self._apply_row.isVisibleTo(self) and self.keep_past.isChecked():
            apply_from = read_datetime(self.apply_from, tz)
            if apply_from <= self._layer.start:
                raise ModelError("apply_from", "must be after the layer's start")
            if self._layer.end is not None and apply_from >= self._layer.end:
                raise ModelError("apply_from", "must be before the layer's end")
        return layer, apply_from

    def apply(self) -> None:
        """Emit the edited layer when it is valid."""
        if self._schedule is None or not self.validate():
            return
        layer, apply_from = self.value()
        self.set_dirty(False)
        self.submitted.emit(self._schedule.id, layer, apply_from)

    def revert(self) -> None:
        """Show the stored layer again."""
        if self._schedule is not None and self._layer is not None:
            self.load(self._schedule, self._layer, self._people)
