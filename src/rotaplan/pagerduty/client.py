"""A synchronous PagerDuty REST API v2 client over an injected ``httpx.Client`` (DESIGN §5).

It sends the auth and version headers, wraps nothing itself (callers pass PagerDuty's wrapped
bodies), pages with offset/limit, paces itself under the per-token rate limit, retries what is
safe to retry, and turns every failure into an error of ``rotaplan.pagerduty.errors`` that names
the request, PagerDuty's own reasons and its ``X-Request-Id`` — never the token.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from rotaplan.core import unwritable_text
from rotaplan.pagerduty.errors import (
    ApiError,
    AuthError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    PagerDutyError,
    RateLimitedError,
    ServerError,
    UnreachableError,
)
from rotaplan.pagerduty.urls import DEFAULT_API_URL, check_api_url

__all__ = [
    "ACCEPT",
    "DEFAULT_API_URL",
    "PAGE_LIMIT",
    "PagerDutyClient",
    "Params",
    "Response",
    "RetryPolicy",
    "check_api_url",
    "error_messages",
]

ACCEPT = "application/vnd.pagerduty+json;version=2"
PAGE_LIMIT = 100
MAX_OFFSET = 10_000
_MAX_429_ATTEMPTS = 100
_log = logging.getLogger("rotaplan.pagerduty")

Params = Sequence[tuple[str, str | int]]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry: exponential backoff with jitter, a cap on total wait."""

    max_attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_total_wait: float = 120.0
    requests_per_minute: int = 900


@dataclass(frozen=True)
class Response:
    """A successful answer: status, decoded JSON body (None when empty) and request id."""

    status: int
    body: Any
    request_id: str | None


def _flatten(errors: object) -> list[str]:
    if errors is None:
        return []
    if isinstance(errors, str):
        return [errors]
    if isinstance(errors, list):
        return [text for item in errors for text in _flatten(item)]
    if isinstance(errors, dict):
        out: list[str] = []
        for key, value in errors.items():
            out.extend(f"{key} {text}" for text in _flatten(value))
        return out
    return [str(errors)]


def error_messages(body: object) -> tuple[str, tuple[str, ...], int | None]:
    """PagerDuty's message, detailed reasons and code from any error body it may send."""
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            message = error.get("message")
            code = error.get("code")
            return (
                str(message) if message else "",
                tuple(_flatten(error.get("errors"))),
                code if isinstance(code, int) else None,
            )
        return "", tuple(_flatten(error)), None
    if isinstance(body, list | str):
        return "", tuple(_flatten(body)), None
    return "", (), None


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text[:200].strip() or None


def _reset_seconds(response: httpx.Response) -> float | None:
    for header in ("ratelimit-reset", "retry-after"):
        value = response.headers.get(header)
        if value:
            try:
                seconds: float = max(0.0, float(value))
                return seconds
            except ValueError:
                continue
    return None


class PagerDutyClient:
    """One PagerDuty account reached with one token; one request in flight at a time."""

    def __init__(
        self,
        http: httpx.Client,
        token: str,
        *,
        base_url: str = DEFAULT_API_URL,
        retry: RetryPolicy = RetryPolicy(),
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        if not token or any(c.isspace() for c in token):
            raise AuthError(
                "the PagerDuty token is empty or malformed: set PAGERDUTY_TOKEN to an API key",
                status=401,
            )
        self._http = http
        self._token = token
        self.base_url = check_api_url(base_url)
        self.retry = retry
        self._timeout = timeout
        self._sleep = sleep
        self._clock = clock
        self._jitter = jitter
        self._sent: deque[float] = deque()
        self.request_count = 0
        self.waited_seconds = 0.0

    def __repr__(self) -> str:
        return f"PagerDutyClient({self.base_url!r})"

    def _headers(self, has_body: bool) -> dict[str, str]:
        headers = {"Authorization": f"Token token={self._token}", "Accept": ACCEPT}
        if has_body:
            headers["Content-Type"] = "application/json"
        return headers

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.waited_seconds += seconds
            self._sleep(seconds)

    def _pace(self) -> None:
        # A sliding minute: never more than requests_per_minute requests start in any 60 s.
        limit = self.retry.requests_per_minute
        now = self._clock()
        while self._sent and now - self._sent[0] >= 60.0:
            self._sent.popleft()
        if len(self._sent) >= limit:
            self._wait(60.0 - (now - self._sent[0]))
            self._sent.popleft()
        self._sent.append(self._clock())

    def _backoff(self, attempt: int) -> float:
        delay = min(self.retry.max_delay, self.retry.base_delay * 2.0 ** (attempt - 1))
        return delay * (0.5 + self._jitter() / 2)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Params = (),
        body: Mapping[str, Any] | None = None,
        idempotent: bool | None = None,
    ) -> Response:
        """Send one request with retries; the decoded answer or an error of the tree."""
        safe = method in ("GET", "PUT", "DELETE") if idempotent is None else idempotent
        where = f"{method} {path}"
        content = None if body is None else json.dumps(body).encode()
        waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            self._pace()
            self.request_count += 1
            try:
                response = self._http.request(
                    method,
                    self.base_url + path,
                    params=list(params),
                    content=content,
                    headers=self._headers(content is not None),
                    timeout=self._timeout,
                )
            except httpx.TransportError as error:
                # A request that may have reached PagerDuty is retried only when repeating it is
                # harmless; a connection that never opened can always be retried.
                never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
                delay = self._backoff(attempt)
                if (
                    (safe or never_sent)
                    and attempt < self.retry.max_attempts
                    and waited + delay <= self.retry.max_total_wait
                ):
                    _log.info("%s: %s; retrying in %.1f s", where, type(error).__name__, delay)
                    waited += delay
                    self._wait(delay)
                    continue
                raise self._unreachable(where, error) from None
            request_id = response.headers.get("x-request-id")
            status = response.status_code
            _log.debug("%s -> %d (request id %s)", where, status, request_id)
            if status < 400:
                body = _decode(response)
                bad = unwritable_text(body)
                if bad is not None:
                    raise ApiError(
                        f"{where}: PagerDuty's answer holds text that is not Unicode "
                        f"(a lone surrogate at {bad}); nothing was changed",
                        status=status,
                        request_id=request_id,
                    )
                return Response(status, body, request_id)
            retry_delay = self._retry_delay(response, attempt, safe)
            # A 429 is bounded by the total wait only: a storm may outlast max_attempts.
            allowed = attempt < (_MAX_429_ATTEMPTS if status == 429 else self.retry.max_attempts)
            if (
                retry_delay is not None
                and allowed
                and waited + retry_delay <= self.retry.max_total_wait
            ):
                _log.info("%s: %d; retrying in %.1f s", where, status, retry_delay)
                waited += retry_delay
                self._wait(retry_delay)
                continue
            raise self._api_error(where, response, attempt, waited)

    def _retry_delay(self, response: httpx.Response, attempt: int, safe: bool) -> float | None:
        status = response.status_code
        if status == 429:
            reset = _reset_seconds(response)
            # A little jitter on top of the reset so that waiting clients do not return together.
            return self._backoff(attempt) if reset is None else reset + self._jitter() * 0.25
        if safe and (status >= 500 or status == 408):
            return self._backoff(attempt)
        return None

    def _unreachable(self, where: str, error: httpx.TransportError) -> UnreachableError:
        host = urlsplit(self.base_url).netloc
        reason = {
            httpx.ConnectError: "cannot connect",
            httpx.ConnectTimeout: "connection timed out",
            httpx.ReadTimeout: "no answer in time",
            httpx.RemoteProtocolError: "the connection dropped before an answer",
        }.get(type(error), type(error).__name__)
        return UnreachableError(
            f"{where}: PagerDuty at {host} is unreachable ({reason}); check the network "
            "or --api-url and run the command again"
        )

    def _api_error(
        self, where: str, response: httpx.Response, attempts: int, waited: float
    ) -> ApiError:
        status = response.status_code
        request_id = response.headers.get("x-request-id")
        message, reasons, _code = error_messages(_decode(response))
        detail = "; ".join(reasons) or message or response.reason_phrase
        info: dict[str, Any] = {"status": status, "request_id": request_id, "messages": reasons}
        if status == 401:
            return AuthError(
                "PagerDuty refused the token (401): set PAGERDUTY_TOKEN (or the keyring entry "
                "rotaplan/pagerduty) to a valid REST API key",
                **info,
            )
        if status in (402, 403):
            return ForbiddenError(
                f"{where}: PagerDuty does not allow this ({status}: {detail}); use a token with "
                "write access to schedules and escalation policies, or ask an account admin",
                **info,
            )
        if status == 404:
            return NotFoundError(
                f"{where}: not found on PagerDuty (404); it may have been deleted there — "
                "pull again or clear its pagerduty_id",
                **info,
            )
        if status == 429:
            return RateLimitedError(
                f"{where}: still rate limited by PagerDuty after waiting {waited:.0f} s; "
                "wait a minute and run the command again",
                **info,
            )
        if status >= 500 or status == 408:
            return ServerError(
                f"{where}: PagerDuty failed ({status}: {detail}) after {attempts} attempt(s); "
                "try again later",
                **info,
            )
        return InvalidInputError(f"{where}: PagerDuty refused it ({status}: {detail})", **info)

    def get(self, path: str, params: Params = ()) -> Any:
        """GET and return the decoded body."""
        return self.request("GET", path, params=params).body

    def paginate(self, path: str, key: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """Every item of a classic offset-paginated list, fetching 100 at a time."""
        offset = 0
        while True:
            page = self.get(path, [*params, ("limit", PAGE_LIMIT), ("offset", offset)])
            if not isinstance(page, dict) or not isinstance(page.get(key), list):
                raise ApiError(f"GET {path}: PagerDuty's answer has no {key!r} list", status=200)
            items: list[dict[str, Any]] = page[key]
            yield from items
            if not page.get("more") or not items:
                return
            offset += len(items)
            if offset + PAGE_LIMIT > MAX_OFFSET:
                raise PagerDutyError(
                    f"GET {path}: more than {MAX_OFFSET} {key}; PagerDuty cannot list further"
                )
