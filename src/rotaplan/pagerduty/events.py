"""Events API v2: trigger and resolve a test incident, and send change events.

The routing key is an integration's secret: it goes in request bodies only, never in a message.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import httpx

from rotaplan.pagerduty.client import error_messages
from rotaplan.pagerduty.errors import (
    InvalidInputError,
    RateLimitedError,
    ServerError,
    UnreachableError,
)
from rotaplan.pagerduty.mapping import pd_time
from rotaplan.pagerduty.urls import DEFAULT_EVENTS_URL, check_api_url

__all__ = ["DEFAULT_EVENTS_URL", "EventsClient"]


class EventsClient:
    """Sends events to one Events API v2 endpoint, retrying 429 and 5xx a few times."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        base_url: str = DEFAULT_EVENTS_URL,
        attempts: int = 4,
        base_delay: float = 2.0,
        sleep: Callable[[float], None] = time.sleep,
        timeout: float = 30.0,
    ) -> None:
        self._http = http
        self.base_url = check_api_url(base_url, "--events-url")
        self._attempts = attempts
        self._base_delay = base_delay
        self._sleep = sleep
        self._timeout = timeout

    def _send(self, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        where = f"Events API {path}"
        for attempt in range(1, self._attempts + 1):
            try:
                response = self._http.post(
                    self.base_url + path,
                    content=json.dumps(body).encode(),
                    headers={"Content-Type": "application/json"},
                    timeout=self._timeout,
                )
            except httpx.TransportError as error:
                # Re-sending a trigger with the same dedup key is harmless: PagerDuty dedups it.
                if attempt < self._attempts:
                    self._sleep(self._base_delay * 2 ** (attempt - 1) * (0.5 + random.random() / 2))
                    continue
                raise UnreachableError(
                    f"{where}: PagerDuty's Events API is unreachable ({type(error).__name__}); "
                    "check the network or --events-url"
                ) from None
            status = response.status_code
            try:
                answer = response.json() if response.content else {}
            except ValueError:
                answer = response.text[:200]
            if status < 300:
                return answer if isinstance(answer, dict) else {}
            if (status == 429 or status >= 500) and attempt < self._attempts:
                self._sleep(self._base_delay * 2 ** (attempt - 1) * (0.5 + random.random() / 2))
                continue
            message, reasons, _ = error_messages(answer)
            detail = "; ".join(reasons) or message or response.reason_phrase
            if isinstance(answer, dict) and not reasons and answer.get("message"):
                detail = str(answer["message"])
            if status == 429:
                raise RateLimitedError(
                    f"{where}: too many events for this integration; wait a minute and retry",
                    status=status,
                )
            if status >= 500:
                raise ServerError(
                    f"{where}: PagerDuty failed ({status}); try again later", status=status
                )
            raise InvalidInputError(
                f"{where}: PagerDuty refused the event ({status}: {detail}); check the "
                "routing key (the integration key of an Events API v2 integration)",
                status=status,
                messages=reasons,
            )
        raise AssertionError("unreachable")

    def trigger(
        self,
        routing_key: str,
        summary: str,
        *,
        source: str = "rotaplan",
        severity: str = "info",
        dedup_key: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> str:
        """Open an alert; returns its dedup key."""
        key = dedup_key or f"rotaplan-test-{uuid.uuid4()}"
        payload: dict[str, Any] = {"summary": summary, "source": source, "severity": severity}
        if details:
            payload["custom_details"] = dict(details)
        answer = self._send(
            "/v2/enqueue",
            {
                "routing_key": routing_key,
                "event_action": "trigger",
                "dedup_key": key,
                "payload": payload,
                "client": "Rotaplan",
            },
        )
        return str(answer.get("dedup_key") or key)

    def resolve(self, routing_key: str, dedup_key: str) -> None:
        """Resolve the alert opened with ``dedup_key``."""
        self._send(
            "/v2/enqueue",
            {"routing_key": routing_key, "event_action": "resolve", "dedup_key": dedup_key},
        )

    def change(
        self,
        routing_key: str,
        summary: str,
        *,
        when: datetime,
        source: str = "rotaplan",
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Record a change event (e.g. "Rotaplan updated schedule X")."""
        payload: dict[str, Any] = {
            "summary": summary[:1024],
            "source": source,
            "timestamp": pd_time(when),
        }
        if details:
            payload["custom_details"] = dict(details)
        self._send("/v2/change/enqueue", {"routing_key": routing_key, "payload": payload})
