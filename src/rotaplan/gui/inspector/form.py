"""Shared pieces of the inspector's editors: Apply/Revert, errors shown at the field."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rotaplan.core import ModelError, localize

__all__ = [
    "EditorForm",
    "FieldError",
    "compact_combo",
    "datetime_edit",
    "read_datetime",
    "write_datetime",
]

_INVALID_STYLE = "border: 1px solid #d64545; border-radius: 3px;"


class FieldError(QLabel):
    """The message under a field; the field gets a red frame while it shows."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWordWrap(True)
        self.setStyleSheet("color: #c0392b; font-size: small;")
        self.hide()

    def show_error(self, message: str) -> None:
        """Show ``message`` at the field."""
        self.setText(message)
        self.field.setStyleSheet(_INVALID_STYLE)
        self.show()

    def clear_error(self) -> None:
        """Hide the message."""
        self.setText("")
        self.field.setStyleSheet("")
        self.hide()


class EditorForm(QWidget):
    """A titled form with Apply and Revert; subclasses fill it and validate it."""

    dirty_changed = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, FieldError] = {}
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Reset, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.revert_button = self.buttons.button(QDialogButtonBox.StandardButton.Reset)
        # Subclasses share these texts: self.tr() would look them up under the subclass's name.
        self.revert_button.setText(QCoreApplication.translate("EditorForm", "Revert"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        layout.addStretch(1)
        self._loading = False
        self.set_dirty(False)

    def add_field(self, key: str, label: str, field: QWidget) -> FieldError:
        """Add a labelled field with its error line; ``key`` is the model's field name."""
        error = FieldError(field, self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        self.form.addRow(label, box)
        self.errors[key] = error
        return error

    def changed(self) -> None:
        """Call when the user changed a field."""
        if not self._loading:
            self.set_dirty(True)
            self.validate()

    def set_dirty(self, dirty: bool) -> None:
        """Enable Apply/Revert while there are changes."""
        self.dirty = dirty
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def clear_errors(self) -> None:
        """Hide every error."""
        for error in self.errors.values():
            error.clear_error()
        self.general_error.hide()

    def show_model_error(self, error: ModelError) -> None:
        """Show a model refusal at the field it names (or under the form)."""
        key = error.field.split("[", 1)[0].split(".", 1)[0]
        target = self.errors.get(key)
        if target is not None:
            target.show_error(error.message)
        else:
            self.show_general_error(str(error))

    def show_general_error(self, message: str) -> None:
        """Show an error that belongs to no single field."""
        self.general_error.setText(message)
        self.general_error.show()

    def value(self) -> object:
        """The edited value (ModelError naming the field when something is invalid)."""
        raise NotImplementedError

    def validate(self) -> bool:
        """Check the fields, showing errors at them; True when the values can be applied."""
        self.clear_errors()
        try:
            self.value()
        except ModelError as error:
            self.show_model_error(error)
            return False
        return True

    def apply(self) -> None:
        """Hand the values over (subclasses emit their value)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Reload the current value."""
        raise NotImplementedError


def compact_combo(parent: QWidget, characters: int = 12) -> QComboBox:
    """A drop-down that fits a narrow inspector: its width does not follow its longest entry."""
    box = QComboBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


def datetime_edit(parent: QWidget) -> QDateTimeEdit:
    """A date-and-time field with a calendar popup."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
    return edit


def write_datetime(edit: QDateTimeEdit, value: datetime, tz: tzinfo) -> None:
    """Show ``value`` as a wall-clock reading in ``tz``."""
    local = value.astimezone(tz)
    # The field holds a plain wall-clock reading: kept in UTC so that the computer's own zone
    # never shifts a time that its DST would skip.
    utc = QTimeZone(QTimeZone.Initialization.UTC)
    edit.setTimeZone(utc)
    edit.setDateTime(
        QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute, local.second),
            utc,
        )
    )


def read_datetime(edit: QDateTimeEdit, tz: tzinfo) -> datetime:
    """The wall-clock reading of ``edit`` as an aware datetime in ``tz`` (the DST rule applies)."""
    shown = edit.dateTime()
    day, clock = shown.date(), shown.time()
    naive = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
    return localize(naive, tz)
