"""Background jobs of the PagerDuty workflows, and failures explained in a lead's words.

Each ``*_job`` function returns a ``Job`` for ``Workers.start``: it opens its own HTTP client in
the worker thread, reports ``Progress`` and ``Waiting`` values, stops when cancelled (raising
``Stopped`` between requests, or returning a partial ``PushOutcome`` between push steps) and
closes the client before it ends. Nothing here touches widgets.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from PySide6.QtCore import QCoreApplication

from rotaplan.core import Project
from rotaplan.gui.sync.account import AccountSettings
from rotaplan.gui.sync.progress import Progress, Waiting, waiting_text
from rotaplan.gui.workers import Job
from rotaplan.pagerduty.client import PagerDutyClient
from rotaplan.pagerduty.errors import (
    AuthError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    PagerDutyError,
    RateLimitedError,
    ServerError,
    SyncError,
    UnreachableError,
)
from rotaplan.pagerduty.events import EventsClient
from rotaplan.pagerduty.sync import Step, SyncPlan, apply_plan, plan_push, pull
from rotaplan.store import StoreError, save

__all__ = [
    "ConnectionInfo",
    "Progress",
    "PushOutcome",
    "Stopped",
    "Waiting",
    "explain",
    "plan_job",
    "pull_job",
    "push_job",
    "test_connection_job",
    "test_event_job",
    "waiting_text",
]

Report = Callable[[object], None]
IsCancelled = Callable[[], bool]


class Stopped(Exception):
    """The user cancelled the job."""


@dataclass(frozen=True)
class ConnectionInfo:
    """What "Test connection" found: the API URL and the number of users."""

    api_url: str
    users: int


@dataclass(frozen=True)
class PushOutcome:
    """How a push ended: the project with the ids of what was done, and what is left."""

    project: Project
    done: tuple[Step, ...]
    remaining: tuple[Step, ...]
    stopped: bool = False
    error: Exception | None = None
    requests: int = 0


@contextmanager
def _client(
    account: AccountSettings, token: str, progress: Report, cancelled: IsCancelled
) -> Iterator[PagerDutyClient]:
    last: dict[str, int | None] = {"status": None}

    def sent(_request: httpx.Request) -> None:
        last["status"] = None

    def answered(response: httpx.Response) -> None:
        last["status"] = response.status_code

    def wait(seconds: float) -> None:
        status = last["status"]
        reason = (
            "network"
            if status is None
            else "rate_limit"
            if status == 429
            else "server"
            if status >= 400
            else "pace"
        )
        end = time.monotonic() + seconds
        shown = -1
        while (left := end - time.monotonic()) > 0:
            if cancelled():
                raise Stopped
            whole = math.ceil(left)
            if whole != shown:
                shown = whole
                progress(Waiting(reason, whole))
            time.sleep(min(0.1, left))

    hooks: dict[str, list[Callable[[Any], None]]] = {"request": [sent], "response": [answered]}
    with httpx.Client(follow_redirects=False, event_hooks=hooks) as http:
        yield PagerDutyClient(http, token, base_url=account.api_url, sleep=wait)


def test_connection_job(account: AccountSettings, token: str) -> Job:
    """Read one page of users: proves the URL, the token and read access."""

    def job(progress: Report, cancelled: IsCancelled) -> ConnectionInfo:
        with _client(account, token, progress, cancelled) as client:
            body = client.get("/users", [("limit", 1), ("total", "true")])
        total = body.get("total") if isinstance(body, dict) else None
        return ConnectionInfo(account.api_url, total if isinstance(total, int) else 0)

    return job


def pull_job(account: AccountSettings, token: str, now: datetime, days: int, name: str) -> Job:
    """Read the account as a project: returns ``(project, notes)``."""

    def job(progress: Report, cancelled: IsCancelled) -> tuple[Project, list[str]]:
        with _client(account, token, progress, cancelled) as client:
            return pull(client, now=now, days=days, name=name)

    return job


def plan_job(account: AccountSettings, token: str, project: Project, now: datetime) -> Job:
    """Read the account and plan a push of ``project``: returns the SyncPlan."""

    def job(progress: Report, cancelled: IsCancelled) -> SyncPlan:
        with _client(account, token, progress, cancelled) as client:
            return plan_push(client, project, now)

    return job


def push_job(account: AccountSettings, token: str, plan: SyncPlan, path: Path | None) -> Job:
    """Apply ``plan`` step by step, saving ``path`` after each; returns a PushOutcome."""

    def job(progress: Report, cancelled: IsCancelled) -> PushOutcome:
        done: list[Step] = []
        total = len(plan.steps)
        current = plan.project
        stopped = False
        error: Exception | None = None
        requests = 0

        def on_step(project: Project, step: Step | None) -> None:
            nonlocal current
            current = project
            if path is not None:
                save(project, path)  # a failed push can be run again from the file
            if step is not None:
                done.append(step)
                progress(Progress(len(done), total, step.summary))
                if cancelled() and len(done) < total:
                    raise Stopped

        progress(Progress(0, total))
        with _client(account, token, progress, cancelled) as client:
            try:
                apply_plan(plan, client, on_step)
            except Stopped:
                stopped = True
            except (PagerDutyError, StoreError) as failure:
                error = failure
            requests = client.request_count
        return PushOutcome(current, tuple(done), plan.steps[len(done) :], stopped, error, requests)

    return job


def test_event_job(account: AccountSettings, routing_key: str, summary: str) -> Job:
    """Trigger a test incident through the Events API, then resolve it: returns the dedup key."""

    def job(progress: Report, cancelled: IsCancelled) -> str:
        with httpx.Client(follow_redirects=False) as http:
            events = EventsClient(http, base_url=account.events_url)
            key = events.trigger(routing_key, summary, details={"sent_by": "rotaplan"})
            progress(Progress(1, 2))
            events.resolve(routing_key, key)
            progress(Progress(2, 2))
            return key

    return job


def _host(account: AccountSettings) -> str:
    try:
        return urlsplit(account.api_url).netloc
    except ValueError:
        return account.custom_url


def explain(error: BaseException, account: AccountSettings, secrets: tuple[str, ...] = ()) -> str:
    """A failure in words a team lead understands, with PagerDuty's detail (no secrets)."""
    detail = str(error)
    for secret in secrets:
        if secret:
            detail = detail.replace(secret, "•••")
    if isinstance(error, SyncError) and isinstance(error.__cause__, PagerDutyError):
        headline = explain(error.__cause__, account, secrets).split("\n", 1)[0]
        return f"{headline}\n\n{detail}"
    if isinstance(error, AuthError):
        headline = QCoreApplication.translate(
            "PagerDuty",
            "PagerDuty did not accept the API token. It may be mistyped or revoked: enter a "
            "valid REST API key under PagerDuty ▸ Account…",
        )
    elif isinstance(error, ForbiddenError):
        headline = QCoreApplication.translate(
            "PagerDuty",
            "The API token is not allowed to do this. Pushing needs a key with write access to "
            "schedules and escalation policies; ask a PagerDuty admin for one.",
        )
    elif isinstance(error, RateLimitedError):
        headline = QCoreApplication.translate(
            "PagerDuty",
            "PagerDuty is limiting how fast this account may send requests, and the limit did "
            "not lift in time. Wait a minute, then try again.",
        )
    elif isinstance(error, UnreachableError):
        headline = QCoreApplication.translate(
            "PagerDuty",
            "Cannot reach PagerDuty at %1. Check the network connection and the API region "
            "under PagerDuty ▸ Account…, then try again.",
        ).replace("%1", _host(account))
    elif isinstance(error, ServerError):
        headline = QCoreApplication.translate(
            "PagerDuty", "PagerDuty had a problem of its own. Try again in a few minutes."
        )
    elif isinstance(error, NotFoundError):
        headline = QCoreApplication.translate(
            "PagerDuty",
            "Something the project refers to no longer exists on PagerDuty. Pull from "
            "PagerDuty again to see what changed there.",
        )
    elif isinstance(error, InvalidInputError):
        headline = QCoreApplication.translate("PagerDuty", "PagerDuty refused a change:")
    elif isinstance(error, StoreError):
        headline = QCoreApplication.translate(
            "PagerDuty",
            "The project file could not be saved. PagerDuty may already have been changed: "
            "fix the file's folder, then push again.",
        )
    elif isinstance(error, ValueError):
        headline = QCoreApplication.translate("PagerDuty", "The PagerDuty address is not valid:")
    else:
        headline = QCoreApplication.translate("PagerDuty", "The PagerDuty request failed:")
    return f"{headline}\n\n{detail}"
