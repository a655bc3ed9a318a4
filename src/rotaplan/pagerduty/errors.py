"""Errors raised by the PagerDuty package; every message says what went wrong and what to do.

Exception
 └── PagerDutyError              anything the PagerDuty sync cannot do
      ├── ApiError               PagerDuty answered with an error (``status``, ``request_id``)
      │    ├── AuthError         401: the token is missing, wrong or revoked
      │    ├── ForbiddenError    402/403: the token may not do this
      │    ├── NotFoundError     404: the object does not exist (any more)
      │    ├── InvalidInputError 400/422: PagerDuty refused the request (``messages``)
      │    ├── RateLimitedError  429 after waiting as long as allowed
      │    └── ServerError       5xx after the retries
      ├── UnreachableError       no answer: DNS, connection, timeout, dropped connection
      └── SyncError              the plan cannot be applied (blocked, or a step failed)
"""

from __future__ import annotations

__all__ = [
    "ApiError",
    "AuthError",
    "ForbiddenError",
    "InvalidInputError",
    "NotFoundError",
    "PagerDutyError",
    "RateLimitedError",
    "ServerError",
    "SyncError",
    "UnreachableError",
]


class PagerDutyError(Exception):
    """Anything the PagerDuty sync cannot do; the message is one line for the user."""


class ApiError(PagerDutyError):
    """PagerDuty answered a request with an error status."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        request_id: str | None = None,
        messages: tuple[str, ...] = (),
    ) -> None:
        suffix = f" (PagerDuty request id {request_id})" if request_id else ""
        super().__init__(message + suffix)
        self.status = status
        self.request_id = request_id
        self.messages = messages


class AuthError(ApiError):
    """The token was refused (401)."""


class ForbiddenError(ApiError):
    """The token may not do this, or the account lacks the feature (402/403)."""


class NotFoundError(ApiError):
    """The object does not exist (404)."""


class InvalidInputError(ApiError):
    """PagerDuty refused the request's content (400/422); ``messages`` has its reasons."""


class RateLimitedError(ApiError):
    """Still rate limited (429) after waiting as long as allowed."""


class ServerError(ApiError):
    """PagerDuty kept failing (5xx) after the retries."""


class UnreachableError(PagerDutyError):
    """PagerDuty could not be reached, or the connection dropped before an answer."""


class SyncError(PagerDutyError):
    """The plan cannot be applied: it is blocked, or a step failed."""
