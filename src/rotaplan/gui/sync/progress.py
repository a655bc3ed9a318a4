"""What a background job reports while it runs: progress, and waits before a retry.

Kept apart from the jobs so that dialogs can show progress without loading the HTTP library.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

__all__ = ["Progress", "Waiting", "waiting_text"]


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` things finished; ``text`` names the last one."""

    done: int
    total: int
    text: str = ""


@dataclass(frozen=True)
class Waiting:
    """The client waits ``seconds`` before it retries: "rate_limit", "server" or "network"."""

    reason: str
    seconds: int


def waiting_text(waiting: Waiting) -> str:
    """What the client is waiting for, e.g. "rate limited — retrying in 12 s"."""
    texts = {
        "rate_limit": QCoreApplication.translate(
            "PagerDuty", "PagerDuty is rate limiting this account — retrying in %1 s."
        ),
        "server": QCoreApplication.translate(
            "PagerDuty", "PagerDuty answered with an error — retrying in %1 s."
        ),
        "network": QCoreApplication.translate(
            "PagerDuty", "Cannot reach PagerDuty — retrying in %1 s."
        ),
    }
    text = texts.get(
        waiting.reason,
        QCoreApplication.translate(
            "PagerDuty", "Pacing requests to stay under PagerDuty's limit — %1 s."
        ),
    )
    return text.replace("%1", str(waiting.seconds))
