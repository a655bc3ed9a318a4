"""The window's PagerDuty and iCal workflows: account, pull, push, test event, export.

Every network request and file export runs through ``Workers``; the GUI thread only shows
progress and applies results. Each workflow returns the ``Task`` it started (None when it started
none); the task's ``ended`` signal says that the job's outcome has been applied and shown.

Results reach the document as undoable edits: a refresh from PagerDuty is one edit, and so are
the PagerDuty ids a push records (undoing them changes nothing on PagerDuty; the next push links
the objects again by id, name, email or content).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from rotaplan.core import Project
from rotaplan.gui.document.document import Document
from rotaplan.gui.settings import Settings
from rotaplan.gui.sync.account import AccountSettings, TokenStore, load_account, save_account
from rotaplan.gui.sync.dialogs import AccountAnswer
from rotaplan.gui.sync.ical_export import ExportResult, export_job, load_choice, save_choice
from rotaplan.gui.sync.jobs import (
    ConnectionInfo,
    Progress,
    PushOutcome,
    Stopped,
    Waiting,
    explain,
    plan_job,
    pull_job,
    push_job,
    test_connection_job,
    test_event_job,
    waiting_text,
)
from rotaplan.gui.sync.prompts import SyncPrompts
from rotaplan.gui.sync.review import PushDialog
from rotaplan.gui.workers import Job, Task, Workers
from rotaplan.pagerduty.errors import PagerDutyError
from rotaplan.pagerduty.merge import carry_local
from rotaplan.pagerduty.sync import DEFAULT_PULL_DAYS, SNAPSHOT_KEY, SyncPlan
from rotaplan.store import StoreError

__all__ = ["SyncWorkflows"]


class SyncWorkflows(QObject):
    """Runs the PagerDuty and iCal workflows of one window."""

    def __init__(
        self,
        parent: QWidget,
        document: Document,
        settings: Settings,
        prompts: SyncPrompts,
        clock: Callable[[], datetime],
        tokens: TokenStore,
        maybe_save: Callable[[], bool],
        save_as: Callable[[], bool],
        status: Callable[[str], None],
        workers: Workers | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.document = document
        self.settings = settings
        self.prompts = prompts
        self._clock = clock
        self.tokens = tokens
        self._maybe_save = maybe_save
        self._save_as = save_as
        self._status = status
        self.workers = workers or Workers(parent=self)
        self.push_dialog: PushDialog | None = None
        self.push_task: Task | None = None
        self.busy: QProgressDialog | None = None
        self._tasks: set[Task] = set()

    # Plumbing

    def _track(self, job: Job) -> Task:
        """Run ``job``; it counts as running until its outcome has been handled."""
        task = self.workers.start(job)
        self._tasks.add(task)
        task.ended.connect(lambda: self._tasks.discard(task))
        return task

    def _start(self, job: Job, title: str, label: str) -> Task:
        """Run ``job`` with a window-modal progress dialog that offers Cancel."""
        task = self._track(job)
        busy = QProgressDialog(
            label, QCoreApplication.translate("SyncWorkflows", "Cancel"), 0, 0, self._parent
        )
        busy.setWindowTitle(title)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.setAutoClose(False)
        busy.setAutoReset(False)
        busy.setMinimumWidth(420)
        busy.canceled.connect(task.cancel)
        self.busy = busy

        def progressed(value: object) -> None:
            if isinstance(value, Waiting):
                busy.setLabelText(waiting_text(value))
            elif isinstance(value, Progress) and value.total:
                busy.setMaximum(value.total)
                busy.setValue(value.done)

        def outcome(_: object) -> None:
            busy.close()
            busy.deleteLater()
            if self.busy is busy:
                self.busy = None

        # Connected first, so the progress dialog is gone before the outcome is shown.
        task.progressed.connect(progressed)
        task.finished.connect(outcome)
        task.failed.connect(outcome)
        busy.show()
        return task

    def _fail(self, title: str, error: object, token: str | None = None) -> None:
        if isinstance(error, Stopped):
            self._status(QCoreApplication.translate("SyncWorkflows", "Stopped."))
            return
        account = load_account(self.settings)
        message = (
            explain(error, account, (token or "",))
            if isinstance(error, BaseException)
            else str(error)
        )
        self.prompts.error(title, message)

    def _token(self, title: str) -> str | None:
        token = self.tokens.read()
        if token:
            return token
        self.prompts.error(
            title,
            QCoreApplication.translate(
                "SyncWorkflows",
                "There is no PagerDuty API token yet. Enter one under PagerDuty ▸ Account…, "
                "then try again.",
            ),
        )
        return None

    def _account(self, title: str) -> AccountSettings | None:
        account = load_account(self.settings)
        try:
            _ = account.api_url
        except ValueError as error:
            self._fail(title, error)
            return None
        return account

    def running(self) -> bool:
        """Whether a job of these workflows has not ended (its outcome not handled) yet."""
        return bool(self._tasks)

    def stop(self, milliseconds: int = 30_000) -> bool:
        """Cancel every job (a push stops after its current step) and wait for them."""
        for task in list(self._tasks):
            task.cancel()
        return self.workers.wait(milliseconds)

    # Account

    def account(self) -> None:
        """Show the account dialog; store what was entered."""
        current = load_account(self.settings)
        answer = self.prompts.pagerduty_account(
            current,
            self.tokens.read() is not None,
            self.tokens.overridden(),
            self.test_connection,
        )
        if answer is not None:
            self.apply_account(answer)

    def apply_account(self, answer: AccountAnswer) -> None:
        """Save the region in the settings and the token in the token store."""
        save_account(self.settings, answer.account)
        try:
            if answer.token:
                self.tokens.write(answer.token)
            elif answer.forget_token:
                self.tokens.clear()
        except PagerDutyError as error:
            self.prompts.error(
                QCoreApplication.translate("SyncWorkflows", "PagerDuty account"), str(error)
            )

    def test_connection(
        self, account: AccountSettings, token: str | None, done: Callable[[bool, str], None]
    ) -> Task | None:
        """Read one page of users with ``token`` (or the stored one); ``done(ok, message)``."""
        token = token or self.tokens.read()
        if not token:
            done(False, QCoreApplication.translate("SyncWorkflows", "Enter the API token first."))
            return None
        try:
            _ = account.api_url
        except ValueError as error:
            done(False, explain(error, account))
            return None
        task = self._track(test_connection_job(account, token))

        def finished(info: ConnectionInfo) -> None:
            done(
                True,
                QCoreApplication.translate(
                    "SyncWorkflows", "Connected to %1. The account has %2 user(s)."
                )
                .replace("%1", info.api_url)
                .replace("%2", str(info.users)),
            )

        def failed(error: Exception) -> None:
            done(False, explain(error, account, (token,)))

        task.finished.connect(finished)
        task.failed.connect(failed)
        return task

    # Pull

    def pull(self) -> Task | None:
        """Read the account into a new project or over the open one."""
        title = QCoreApplication.translate("SyncWorkflows", "Pull from PagerDuty")
        project = self.document.project
        can_refresh = bool(project.people or project.schedules)
        answer = self.prompts.pull_options(
            can_refresh, SNAPSHOT_KEY in project.extra, DEFAULT_PULL_DAYS
        )
        if answer is None:
            return None
        account = self._account(title)
        token = self._token(title) if account is not None else None
        if account is None or token is None:
            return None
        if answer.new_project and not self._maybe_save():
            return None
        name = project.name if not answer.new_project and project.name else "PagerDuty"
        task = self._start(
            pull_job(account, token, self._clock(), answer.days, name),
            title,
            QCoreApplication.translate("SyncWorkflows", "Reading the PagerDuty account…"),
        )
        base = self.document.project

        def pulled(result: tuple[Project, list[str]]) -> None:
            pulled_project, notes = result
            if answer.new_project:
                self.document.reset(pulled_project, None)
                self.document.mark_recovered()  # a new, unsaved document
            else:
                self.document.apply(
                    carry_local(base, pulled_project),
                    QCoreApplication.translate("SyncWorkflows", "Refresh from PagerDuty"),
                )
            summary = (
                QCoreApplication.translate(
                    "SyncWorkflows",
                    "Pulled %1 people, %2 schedules and %3 escalation policies from PagerDuty.",
                )
                .replace("%1", str(len(pulled_project.people)))
                .replace("%2", str(len(pulled_project.schedules)))
                .replace("%3", str(len(pulled_project.escalation_policies)))
            )
            self._status(summary)
            if notes:
                self.prompts.inform(title, summary + "\n\n" + "\n".join(notes))

        task.finished.connect(pulled)
        task.failed.connect(lambda error: self._fail(title, error, token))
        return task

    # Push

    def push(self) -> Task | None:
        """Plan the push, show it for review; the dialog's Push button applies it.

        Returns the planning task; the push itself is ``push_task`` once the dialog asked for it.
        """
        title = QCoreApplication.translate("SyncWorkflows", "Push to PagerDuty")
        self.push_dialog = None
        self.push_task = None
        account = self._account(title)
        token = self._token(title) if account is not None else None
        if account is None or token is None:
            return None
        if self.document.path is None and not self._save_as():
            return None
        task = self._start(
            plan_job(account, token, self.document.project, self._clock()),
            title,
            QCoreApplication.translate("SyncWorkflows", "Comparing the project with PagerDuty…"),
        )
        task.finished.connect(lambda plan: self._review(plan, account, token))
        task.failed.connect(lambda error: self._fail(title, error, token))
        return task

    def _review(self, plan: SyncPlan, account: AccountSettings, token: str) -> None:
        path = self.document.path
        dialog = PushDialog(plan, path.name if path else "", self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.push_dialog = dialog
        dialog.push_requested.connect(lambda: self._apply(plan, account, token, dialog))
        dialog.destroyed.connect(lambda _=None: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: PushDialog) -> None:
        if self.push_dialog is dialog:
            self.push_dialog = None

    def _apply(
        self, plan: SyncPlan, account: AccountSettings, token: str, dialog: PushDialog
    ) -> None:
        task = self._track(push_job(account, token, plan, self.document.path))
        self.push_task = task
        dialog.stop_requested.connect(task.cancel)
        task.progressed.connect(dialog.show_progress)

        def finished(outcome: PushOutcome) -> None:
            self._pushed(outcome, dialog, account, token)

        def failed(error: Exception) -> None:
            dialog.show_report(
                0,
                QCoreApplication.translate("SyncWorkflows", "The push failed."),
                explain(error, account, (token,)),
            )

        task.finished.connect(finished)
        task.failed.connect(failed)

    def _pushed(
        self, outcome: PushOutcome, dialog: PushDialog, account: AccountSettings, token: str
    ) -> None:
        self.document.apply(
            outcome.project, QCoreApplication.translate("SyncWorkflows", "Push to PagerDuty")
        )
        saved = ""
        if self.document.path is not None:
            try:
                self.document.save()
            except StoreError as error:
                saved = str(error)
        done, left = len(outcome.done), len(outcome.remaining)
        if outcome.error is not None:
            headline = QCoreApplication.translate(
                "SyncWorkflows", "The push stopped: %1 of %2 change(s) were sent."
            )
            message = explain(outcome.error, account, (token,))
        elif outcome.stopped:
            headline = QCoreApplication.translate(
                "SyncWorkflows", "Stopped: %1 of %2 change(s) were sent."
            )
            message = ""
        else:
            headline = QCoreApplication.translate(
                "SyncWorkflows", "Done: %1 of %2 change(s) were sent."
            )
            message = QCoreApplication.translate(
                "SyncWorkflows", "PagerDuty now matches the project."
            )
        headline = headline.replace("%1", str(done)).replace("%2", str(done + left))
        if left:
            message = (
                message
                + ("\n\n" if message else "")
                + QCoreApplication.translate(
                    "SyncWorkflows",
                    "Not sent yet: %1. Push again to send them; what was already sent is not "
                    "sent twice.",
                ).replace("%1", "; ".join(step.summary for step in outcome.remaining))
            )
        if saved:
            message += "\n\n" + QCoreApplication.translate(
                "SyncWorkflows", "The project could not be saved: %1"
            ).replace("%1", saved)
        dialog.show_report(done, headline, message)
        self._status(headline)

    # Test event

    def send_test_event(self) -> Task | None:
        """Trigger and resolve a test incident on a service."""
        title = QCoreApplication.translate("SyncWorkflows", "Send test event")
        answer = self.prompts.test_event()
        account = self._account(title) if answer is not None else None
        if answer is None or account is None:
            return None
        task = self._start(
            test_event_job(account, answer.routing_key, answer.summary),
            title,
            QCoreApplication.translate("SyncWorkflows", "Sending the test event…"),
        )

        def sent(_key: str) -> None:
            self.prompts.inform(
                title,
                QCoreApplication.translate(
                    "SyncWorkflows",
                    "PagerDuty accepted the test incident and it has been resolved again. Check "
                    "that the service's escalation policy paged the people you expect.",
                ),
            )

        task.finished.connect(sent)
        task.failed.connect(lambda error: self._fail(title, error, answer.routing_key))
        return task

    # iCal

    def export_ical(self) -> Task | None:
        """Ask what to export, then write the calendars in the background."""
        title = QCoreApplication.translate("SyncWorkflows", "Export iCal")
        project = self.document.project
        choice = self.prompts.export_ical(project, load_choice(self.settings, project))
        if choice is None:
            return None
        save_choice(self.settings, choice)
        task = self._start(
            export_job(project, choice, self._clock()),
            title,
            QCoreApplication.translate("SyncWorkflows", "Writing calendars…"),
        )

        def written(result: ExportResult) -> None:
            summary = (
                QCoreApplication.translate("SyncWorkflows", "Wrote %1 calendar(s) to %2:")
                .replace("%1", str(len(result.files)))
                .replace("%2", str(result.folder))
            )
            self._status(summary.rstrip(":"))
            self.prompts.inform(title, summary + "\n" + "\n".join(result.files))

        def failed(error: Exception) -> None:
            if isinstance(error, OSError):
                message = QCoreApplication.translate(
                    "SyncWorkflows", "The calendars could not be written: %1"
                ).replace("%1", str(error))
            else:
                message = str(error)
            self.prompts.error(title, message)

        task.finished.connect(written)
        task.failed.connect(failed)
        return task
