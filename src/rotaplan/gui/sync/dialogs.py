"""The PagerDuty dialogs: account, pull and test event. They collect values and return them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rotaplan.gui.sync.account import AccountSettings

__all__ = [
    "AccountAnswer",
    "AccountDialog",
    "ConnectionTester",
    "EventAnswer",
    "EventDialog",
    "PullAnswer",
    "PullDialog",
]

_ERROR = "color: #c0392b"
_OK = "color: #1e8449"


@dataclass(frozen=True)
class AccountAnswer:
    """The account as entered: a new token (None keeps the stored one), or forget it."""

    account: AccountSettings
    token: str | None = None
    forget_token: bool = False


@dataclass(frozen=True)
class PullAnswer:
    """Pull into a new project or refresh the open one, with overrides of the next ``days``."""

    new_project: bool
    days: int


@dataclass(frozen=True)
class EventAnswer:
    """Where to send the test incident (an Events API v2 integration key) and its summary."""

    routing_key: str
    summary: str


# tester(account, typed token or None for the stored one, done(ok, message)); the dialog
# ignores what it returns (the workflow returns its background task).
ConnectionTester = Callable[[AccountSettings, str | None, Callable[[bool, str], None]], object]


class AccountDialog(QDialog):
    """API region or custom address, the token (masked, never shown back) and a connection test."""

    def __init__(
        self,
        current: AccountSettings,
        has_token: bool,
        from_environment: bool,
        tester: ConnectionTester,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PagerDuty account"))
        self._tester = tester
        self._closed = False
        self._forget = False
        self.region = QComboBox(self)
        self.region.addItem(self.tr("United States (api.pagerduty.com)"), "us")
        self.region.addItem(self.tr("European Union (api.eu.pagerduty.com)"), "eu")
        self.region.addItem(self.tr("Custom address (a local test server)"), "custom")
        self.region.setCurrentIndex(max(0, self.region.findData(current.region)))
        self.custom_url = QLineEdit(current.custom_url, self)
        self.custom_url.setPlaceholderText("http://127.0.0.1:8080")
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(
            self.tr("A token is stored; type a new one to replace it")
            if has_token
            else self.tr("Paste a PagerDuty REST API key")
        )
        self.forget = QPushButton(self.tr("Forget stored token"), self)
        self.forget.setEnabled(has_token and not from_environment)
        self.forget.clicked.connect(self._forget_token)
        self.test = QPushButton(self.tr("Test connection"), self)
        self.test.clicked.connect(self._test)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMinimumHeight(48)
        hint = QLabel(
            self.tr(
                "The token is kept in the system keyring, never in the project or the settings. "
                "Pushing needs a key with write access to schedules and escalation policies."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("API region"), self.region)
        form.addRow(self.tr("Custom address"), self.custom_url)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        token_row.addWidget(self.forget)
        form.addRow(self.tr("API token"), token_row)
        if from_environment:
            note = QLabel(
                self.tr(
                    "PAGERDUTY_TOKEN is set in the environment: Rotaplan uses it instead of the "
                    "stored token."
                ),
                self,
            )
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(hint)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test)
        test_row.addWidget(self.message, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(buttons)
        self.region.currentIndexChanged.connect(self._region_changed)
        self._region_changed()
        self.resize(560, self.sizeHint().height())

    def _region_changed(self) -> None:
        self.custom_url.setEnabled(self.region.currentData() == "custom")

    def account(self) -> AccountSettings:
        """The region and address as entered."""
        return AccountSettings(str(self.region.currentData()), self.custom_url.text().strip())

    def _check(self) -> bool:
        try:
            _ = self.account().api_url
        except ValueError as error:
            self._show(False, str(error))
            return False
        return True

    def _forget_token(self) -> None:
        self._forget = True
        self.token.clear()
        self.token.setPlaceholderText(self.tr("The stored token will be forgotten"))
        self.forget.setEnabled(False)

    def _test(self) -> None:
        if not self._check():
            return
        self.test.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Connecting…"))
        self._tester(self.account(), self.token.text().strip() or None, self._show)

    def _show(self, ok: bool, message: str) -> None:
        if self._closed:  # the answer came after the dialog was closed
            return
        self.test.setEnabled(True)
        self.message.setStyleSheet(_OK if ok else _ERROR)
        self.message.setText(message)

    def _accept(self) -> None:
        if self._check():
            self.accept()

    def done(self, result: int) -> None:
        """Close; a connection test still running reports to nobody."""
        self._closed = True
        super().done(result)

    def answer(self) -> AccountAnswer:
        """The account, the new token if one was typed, and whether to forget the stored one."""
        token = self.token.text().strip() or None
        return AccountAnswer(self.account(), token, self._forget and token is None)


class PullDialog(QDialog):
    """New project or refresh the open one, and how many days of overrides to read."""

    def __init__(self, can_refresh: bool, refresh: bool, days: int, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pull from PagerDuty"))
        self.new_project = QRadioButton(self.tr("Into a new project"), self)
        self.refresh = QRadioButton(self.tr("Refresh the open project"), self)
        # A radio button cannot wrap its text: the details go in a label under it.
        self.refresh_note = QLabel(
            self.tr(
                "People, schedules and escalation policies are replaced; time off and holidays"
                " are kept. Undo brings the old version back."
            ),
            self,
        )
        self.refresh_note.setWordWrap(True)
        self.refresh_note.setIndent(24)
        self.refresh_note.setStyleSheet("color: palette(placeholder-text)")
        group = QButtonGroup(self)
        group.addButton(self.new_project)
        group.addButton(self.refresh)
        self.refresh.setEnabled(can_refresh)
        (self.refresh if refresh and can_refresh else self.new_project).setChecked(True)
        self.days = QSpinBox(self)
        self.days.setRange(1, 366)
        self.days.setValue(days)
        self.days.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Overrides for the next"), self.days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pull"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_project)
        layout.addWidget(self.refresh)
        layout.addWidget(self.refresh_note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def answer(self) -> PullAnswer:
        """The choice."""
        return PullAnswer(self.new_project.isChecked(), self.days.value())


class EventDialog(QDialog):
    """The integration key of a service and the test incident's summary."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send a test event"))
        intro = QLabel(
            self.tr(
                "Rotaplan opens a test incident on the service and resolves it at once, so you "
                "can check that its escalation policy pages the people you expect."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.routing_key = QLineEdit(self)
        self.routing_key.setPlaceholderText(self.tr("The service's Events API v2 integration key"))
        self.summary = QLineEdit(self.tr("Rotaplan test event"), self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(_ERROR)
        form = QFormLayout()
        form.addRow(self.tr("Integration key"), self.routing_key)
        form.addRow(self.tr("Summary"), self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _accept(self) -> None:
        if not self.routing_key.text().strip():
            self.problem.setText(self.tr("Enter the integration key of the service to page."))
            return
        if not self.summary.text().strip():
            self.problem.setText(self.tr("Enter a summary for the test incident."))
            return
        self.accept()

    def answer(self) -> EventAnswer:
        """The key and summary."""
        return EventAnswer(self.routing_key.text().strip(), self.summary.text().strip())
