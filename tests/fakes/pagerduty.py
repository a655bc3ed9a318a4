"""A fake PagerDuty (REST API v2 + Events API v2): a real HTTP server on 127.0.0.1.

It behaves like PagerDuty where the sync depends on it: wrapped bodies, offset pagination with
``more``, layers listed highest priority first on GET, layers ended but never deleted, a past
layer ``start`` rewritten to now on every write, PUT merging layers by id, bulk override answers
as per-item arrays, the real validation errors, ``ratelimit-*`` headers with a sliding-minute
limit, injectable 429s, 500s and dropped connections, and an optional latency. It records every
request (method, path template, query, body, status, answer) for assertions.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

__all__ = ["TEST_TOKEN", "FakePagerDuty", "Fault", "Recorded"]

TEST_TOKEN = "u_Secret_Token123"

_ROUTES: list[tuple[str, str, re.Pattern[str]]] = [
    (method, template, re.compile("^" + re.sub(r"\{\w+\}", r"([^/]+)", template) + "$"))
    for method, template in [
        ("GET", "/users"),
        ("GET", "/schedules"),
        ("POST", "/schedules"),
        ("GET", "/schedules/{id}"),
        ("PUT", "/schedules/{id}"),
        ("GET", "/schedules/{id}/overrides"),
        ("POST", "/schedules/{id}/overrides"),
        ("DELETE", "/schedules/{id}/overrides/{override_id}"),
        ("GET", "/escalation_policies"),
        ("POST", "/escalation_policies"),
        ("GET", "/escalation_policies/{id}"),
        ("PUT", "/escalation_policies/{id}"),
        ("POST", "/v2/enqueue"),
        ("POST", "/v2/change/enqueue"),
    ]
]
_TARGET_TYPES = {
    "user",
    "user_reference",
    "schedule",
    "schedule_reference",
    "schedule_v3_reference",
}


class _Reply(Exception):
    """An answer other than the normal one, raised from deep inside a handler."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def _invalid(*errors: str, code: int = 2001, status: int = 400) -> _Reply:
    return _Reply(
        status,
        {"error": {"message": "Invalid Input Provided", "code": code, "errors": list(errors)}},
    )


@dataclass
class Fault:
    """An injected failure: an error status, or a dropped connection before/after processing."""

    method: str | None
    path: str | None
    remaining: int
    status: int = 0
    drop: bool = False
    after_processing: bool = False
    reset: int = 1
    body: Any = None

    def matches(self, method: str, template: str) -> bool:
        return (self.method in (None, method)) and (self.path in (None, template))


@dataclass(frozen=True)
class Recorded:
    """One request the fake received and what it answered."""

    method: str
    template: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: Any
    status: int
    answer: Any
    at: float


@dataclass
class _State:
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    schedules: dict[str, dict[str, Any]] = field(default_factory=dict)
    v3_schedules: dict[str, str] = field(default_factory=dict)
    policies: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    open_alerts: set[str] = field(default_factory=set)


def _parse_time(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise _invalid(f"{where} must be a date-time string")
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise _invalid(f"{where} is not a valid ISO 8601 date-time") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


class FakePagerDuty:
    """The fake account and its server; use as a context manager or start()/stop()."""

    def __init__(
        self,
        token: str = "fake-token",
        *,
        latency: float = 0.0,
        rate_limit: int = 960,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.token = token
        self.latency = latency
        self.rate_limit = rate_limit
        self.clock = clock or (lambda: datetime.now(UTC))
        self.state = _State()
        self.faults: list[Fault] = []
        self.requests: list[Recorded] = []
        self.counts: Counter[tuple[str, str]] = Counter()
        self._lock = threading.RLock()
        self._ids = 0
        self._window: list[float] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakePagerDuty:
        """Serve on a free port of 127.0.0.1 in a background thread."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without this, Nagle's algorithm
                # and delayed ACKs add 40 ms to every answer.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                fake._handle(self)

            do_POST = do_PUT = do_DELETE = do_GET

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join(5)
            self._server = None

    def __enter__(self) -> FakePagerDuty:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:54321``."""
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- set-up and inspection ---------------------------------------------------------------
    def _new_id(self, prefix: str = "P", width: int = 6) -> str:
        with self._lock:
            self._ids += 1
            n = self._ids
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        text = ""
        for _ in range(width):
            n, r = divmod(n, 36)
            text = digits[r] + text
        return prefix + text

    def add_user(self, name: str, email: str, time_zone: str = "Europe/London") -> str:
        """Create an account user; returns its id."""
        user_id = self._new_id()
        self.state.users[user_id] = {
            "id": user_id,
            "type": "user",
            "summary": name,
            "name": name,
            "email": email,
            "time_zone": time_zone,
            "role": "user",
            "self": f"https://api.pagerduty.com/users/{user_id}",
            "html_url": f"https://fake.pagerduty.com/users/{user_id}",
        }
        return user_id

    def add_v3_schedule(self, name: str) -> str:
        """A shift-based (v3) schedule: absent from /schedules, 400 on /schedules/{id}."""
        schedule_id = self._new_id()
        self.state.v3_schedules[schedule_id] = name
        return schedule_id

    def fail(
        self,
        status: int,
        *,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        reset: int = 1,
        body: Any = None,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status``."""
        self.faults.append(Fault(method, path, times, status=status, reset=reset, body=body))

    def drop(
        self,
        *,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        after_processing: bool = False,
    ) -> None:
        """Close the connection without an answer, before or after doing the work."""
        self.faults.append(Fault(method, path, times, drop=True, after_processing=after_processing))

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many requests matched ``method`` and the path template ``path``."""
        return sum(
            n for (m, t), n in self.counts.items() if method in (None, m) and path in (None, t)
        )

    @property
    def writes(self) -> int:
        """Requests that may change the account (POST, PUT, DELETE) on the REST API."""
        return sum(
            n for (m, t), n in self.counts.items() if m != "GET" and not t.startswith("/v2/")
        )

    def reset_counts(self) -> None:
        """Forget the requests seen so far."""
        with self._lock:
            self.counts.clear()
            self.requests.clear()

    # -- request handling --------------------------------------------------------------------
    def _route(self, method: str, path: str) -> tuple[str, tuple[str, ...]] | None:
        for m, template, pattern in _ROUTES:
            match = pattern.match(path)
            if match and m == method:
                return template, match.groups()
        return None

    def _take_fault(self, method: str, template: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.remaining > 0 and fault.matches(method, template):
                    fault.remaining -= 1
                    return fault
        return None

    def _rate_headers(self) -> tuple[dict[str, str], bool]:
        now = time.monotonic()
        with self._lock:
            self._window = [t for t in self._window if now - t < 60.0]
            limited = len(self._window) >= self.rate_limit
            if not limited:
                self._window.append(now)
            reset = int(60 - (now - self._window[0])) + 1 if self._window else 60
            remaining = max(0, self.rate_limit - len(self._window))
        return (
            {
                "ratelimit-limit": str(self.rate_limit),
                "ratelimit-remaining": str(remaining),
                "ratelimit-reset": str(reset),
            },
            limited,
        )

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        if self.latency:
            time.sleep(self.latency)
        parts = urlsplit(handler.path)
        path = parts.path
        query = parse_qsl(parts.query, keep_blank_values=True)
        method = handler.command
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        route = self._route(method, path)
        template = route[0] if route else path
        with self._lock:
            self.counts[(method, template)] += 1
        extra_headers: dict[str, str] = {"x-request-id": self._new_id("R", 8)}
        body: Any = None
        fault = self._take_fault(method, template)
        if fault is not None and fault.drop and not fault.after_processing:
            handler.close_connection = True
            self._record(method, template, path, query, headers, None, 0, None)
            return
        events = template.startswith("/v2/")
        try:
            if raw:
                if not headers.get("content-type", "").startswith("application/json"):
                    raise _invalid("Content-Type must be application/json", status=415)
                try:
                    body = json.loads(raw)
                except ValueError:
                    raise _Reply(
                        400, {"error": {"message": "Invalid JSON", "code": 2000}}
                    ) from None
            if not events:
                rate, limited = self._rate_headers()
                extra_headers.update(rate)
                if limited:
                    raise _Reply(429, {"error": {"message": "Rate Limit Exceeded", "code": 2020}})
            if fault is not None and fault.status:
                if fault.status == 429:
                    extra_headers["ratelimit-reset"] = str(fault.reset)
                raise _Reply(
                    fault.status,
                    fault.body
                    if fault.body is not None
                    else {"error": {"message": "Injected failure", "code": 2000}},
                )
            if route is None:
                raise _Reply(404, {"error": {"message": "Not Found", "code": 2100}})
            if not events and headers.get("authorization") != f"Token token={self.token}":
                raise _Reply(401, {"error": {"message": "Authentication Required", "code": 2006}})
            with self._lock:
                status, answer = self._dispatch(method, template, route[1], query, body)
        except _Reply as reply:
            status, answer = reply.status, reply.body
        if fault is not None and fault.drop:
            handler.close_connection = True
            self._record(method, template, path, query, headers, body, status, answer)
            return
        self._record(method, template, path, query, headers, body, status, answer)
        payload = b"" if answer is None else json.dumps(answer).encode()
        handler.send_response(status)
        for key, value in extra_headers.items():
            handler.send_header(key, value)
        if payload:
            handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        if payload:
            handler.wfile.write(payload)

    def _record(
        self,
        method: str,
        template: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: Any,
        status: int,
        answer: Any,
    ) -> None:
        with self._lock:
            self.requests.append(
                Recorded(
                    method, template, path, query, headers, body, status, answer, time.monotonic()
                )
            )

    def _dispatch(
        self,
        method: str,
        template: str,
        args: tuple[str, ...],
        query: list[tuple[str, str]],
        body: Any,
    ) -> tuple[int, Any]:
        q = dict(query)
        if template == "/users":
            users = list(self.state.users.values())
            text = q.get("query", "").lower()
            if text:
                users = [
                    u for u in users if text in u["name"].lower() or text in u["email"].lower()
                ]
            return 200, self._page("users", users, q)
        if template == "/schedules" and method == "GET":
            layers = ("include[]", "schedule_layers") in query
            items = [self._schedule_json(s, layers=layers) for s in self.state.schedules.values()]
            text = q.get("query", "").lower()
            items = [s for s in items if text in s["name"].lower()]
            return 200, self._page("schedules", items, q)
        if template == "/schedules":
            return 201, {"schedule": self._schedule_json(self._create_schedule(body))}
        if template == "/schedules/{id}":
            schedule = self._schedule(args[0])
            if method == "PUT":
                self._update_schedule(schedule, body)
            return 200, {"schedule": self._schedule_json(schedule)}
        if template == "/schedules/{id}/overrides":
            schedule = self._schedule(args[0])
            if method == "GET":
                return 200, self._list_overrides(schedule, q)
            return self._create_overrides(schedule, body)
        if template == "/schedules/{id}/overrides/{override_id}":
            return self._delete_override(self._schedule(args[0]), args[1])
        if template == "/escalation_policies" and method == "GET":
            items = [self._policy_json(p) for p in self.state.policies.values()]
            text = q.get("query", "").lower()
            items = [p for p in items if text in p["name"].lower()]
            return 200, self._page("escalation_policies", items, q)
        if template == "/escalation_policies":
            return 201, {"escalation_policy": self._policy_json(self._save_policy(None, body))}
        if template == "/escalation_policies/{id}":
            policy = self.state.policies.get(args[0])
            if policy is None:
                raise _Reply(404, {"error": {"message": "Not Found", "code": 2100}})
            if method == "PUT":
                policy = self._save_policy(policy, body)
            return 200, {"escalation_policy": self._policy_json(policy)}
        if template == "/v2/enqueue":
            return self._event(body)
        return self._change_event(body)

    def _page(self, key: str, items: list[Any], q: dict[str, str]) -> dict[str, Any]:
        try:
            limit = min(100, max(1, int(q.get("limit", 25))))
            offset = max(0, int(q.get("offset", 0)))
        except ValueError:
            raise _invalid("limit and offset must be integers") from None
        if offset + limit > 10_000:
            raise _invalid(
                "Offset+limit exceeds maximum allowed value of 10000. Please try to refine "
                "your search to reduce the number of results.",
                code=2002,
            )
        page = items[offset : offset + limit]
        total = len(items) if q.get("total") in ("true", "1") else None
        return {
            key: page,
            "limit": limit,
            "offset": offset,
            "more": offset + len(page) < len(items),
            "total": total,
        }

    # -- schedules ---------------------------------------------------------------------------
    def _schedule(self, schedule_id: str) -> dict[str, Any]:
        if schedule_id in self.state.v3_schedules:
            raise _invalid(
                "This schedule is a shift-based schedule; use the /v3/schedules endpoints.",
            )
        schedule = self.state.schedules.get(schedule_id)
        if schedule is None:
            raise _Reply(404, {"error": {"message": "Not Found", "code": 2100}})
        return schedule

    def _user_ref(self, user_id: str) -> dict[str, Any]:
        user = self.state.users[user_id]
        return {"id": user_id, "type": "user_reference", "summary": user["name"]}

    def _check_zone(self, name: object) -> str:
        if not isinstance(name, str) or not name:
            raise _invalid("Time zone must be specified")
        if name == "UTC":
            raise _invalid("Time zone is not included in the list")
        try:
            ZoneInfo(name)
        except (KeyError, ValueError, OSError):
            raise _invalid("Time zone is not included in the list") from None
        return name

    def _create_schedule(self, body: Any) -> dict[str, Any]:
        data = body.get("schedule") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise _invalid("schedule must be an object")
        if not isinstance(data.get("name"), str) or not data["name"].strip():
            raise _invalid("Name can't be blank")
        if len(data["name"]) > 255:
            raise _invalid("Name is too long (maximum is 255 characters)")
        tz = self._check_zone(data.get("time_zone"))
        layers = data.get("schedule_layers")
        if not isinstance(layers, list) or not layers:
            raise _invalid("Schedule layers must include at least one layer")
        schedule = {
            "id": self._new_id(),
            "name": data["name"],
            "description": data.get("description") or "",
            "time_zone": tz,
            "layers": [],
            "overrides": [],
        }
        schedule["layers"] = [self._write_layer(None, layer, i) for i, layer in enumerate(layers)]
        self.state.schedules[schedule["id"]] = schedule
        return schedule

    def _update_schedule(self, schedule: dict[str, Any], body: Any) -> None:
        data = body.get("schedule") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise _invalid("schedule must be an object")
        tz = self._check_zone(data.get("time_zone"))
        if "name" in data and (not isinstance(data["name"], str) or not data["name"].strip()):
            raise _invalid("Name can't be blank")
        by_id = {layer["id"]: layer for layer in schedule["layers"]}
        written: list[dict[str, Any]] = []
        layers = data.get("schedule_layers", [])
        if not isinstance(layers, list):
            raise _invalid("schedule_layers must be an array")
        for i, layer in enumerate(layers):
            if not isinstance(layer, dict):
                raise _invalid(f"schedule_layers[{i}] must be an object")
            layer_id = layer.get("id")
            if layer_id is not None and layer_id not in by_id:
                raise _invalid(f"Schedule layer {layer_id} not found")
            written.append(self._write_layer(by_id.get(layer_id), layer, i))
        # Validation passed for every layer: commit. Omitted layers stay, lowest priority first.
        schedule["time_zone"] = tz
        for key in ("name", "description"):
            if key in data:
                schedule[key] = data[key] or ""
        kept = [
            layer for layer in schedule["layers"] if layer["id"] not in {w["id"] for w in written}
        ]
        schedule["layers"] = kept + written

    def _write_layer(self, old: dict[str, Any] | None, data: Any, index: int) -> dict[str, Any]:
        where = f"schedule_layers[{index}]"
        if not isinstance(data, dict):
            raise _invalid(f"{where} must be an object")
        merged = dict(old or {})
        for key in (
            "name",
            "start",
            "end",
            "rotation_virtual_start",
            "rotation_turn_length_seconds",
            "users",
            "restrictions",
        ):
            if key in data:
                merged[key] = data[key]
        for key in ("start", "rotation_virtual_start", "rotation_turn_length_seconds", "users"):
            if merged.get(key) is None:
                raise _invalid(f"{where}.{key} must be specified")
        start = merged["start"]
        start = start if isinstance(start, datetime) else _parse_time(start, f"{where}.start")
        virtual = merged["rotation_virtual_start"]
        if not isinstance(virtual, datetime):
            virtual = _parse_time(virtual, f"{where}.rotation_virtual_start")
            if virtual.second or virtual.microsecond:
                raise _invalid("Rotation virtual start must be on a whole minute")
        end = merged.get("end")
        if end is not None and not isinstance(end, datetime):
            end = _parse_time(end, f"{where}.end")
        turn = merged["rotation_turn_length_seconds"]
        if isinstance(turn, bool) or not isinstance(turn, int) or not 3600 <= turn <= 31_536_000:
            raise _invalid("Rotation turn length must be between 1 hour and 365 days")
        users = merged["users"]
        if not isinstance(users, list) or not users:
            raise _invalid("Users must include at least one user")
        user_ids = []
        for u in users:
            ref = u.get("user") if isinstance(u, dict) else None
            user_id = (
                ref.get("id") if isinstance(ref, dict) else (u if isinstance(u, str) else None)
            )
            if user_id not in self.state.users:
                raise _invalid(f"User {user_id} not found")
            user_ids.append(user_id)
        restrictions = [self._restriction(r) for r in merged.get("restrictions") or []]
        now = self.clock()
        return {
            "id": merged.get("id") or self._new_id(),
            "name": merged.get("name") or f"Layer {index + 1}",
            # PagerDuty rewrites a past start to the time of the write.
            "start": max(start, now),
            "end": end,
            "rotation_virtual_start": virtual,
            "rotation_turn_length_seconds": turn,
            "users": user_ids,
            "restrictions": restrictions,
        }

    def _restriction(self, data: Any) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise _invalid("restriction must be an object")
        kind = data.get("type")
        duration = data.get("duration_seconds")
        start = data.get("start_time_of_day")
        if kind not in ("daily_restriction", "weekly_restriction"):
            raise _invalid("Restriction type must be daily_restriction or weekly_restriction")
        if not isinstance(start, str) or not re.fullmatch(
            r"([01]\d|2[0-3]):[0-5]\d:[0-5]\d", start
        ):
            raise _invalid("Start time of day must be in HH:MM:SS format")
        if isinstance(duration, bool) or not isinstance(duration, int) or duration <= 0:
            raise _invalid("Duration seconds must be a positive integer")
        out: dict[str, Any] = {
            "type": kind,
            "start_time_of_day": start,
            "duration_seconds": duration,
        }
        if kind == "daily_restriction":
            if duration >= 86_400:
                raise _invalid("Duration seconds must be less than 1 day for daily restrictions")
        else:
            if duration >= 604_800:
                raise _invalid(
                    "Please use a shorter duration or just turn the recurrence off.", code=3001
                )
            day = data.get("start_day_of_week")
            if isinstance(day, bool) or day not in range(1, 8):
                raise _invalid("Start day of week must be in 1, 2, 3, 4, 5, 6, 7")
            out["start_day_of_week"] = day
        return out

    def _schedule_json(self, schedule: dict[str, Any], *, layers: bool = True) -> dict[str, Any]:
        tz = ZoneInfo(schedule["time_zone"])

        def text(value: datetime | None) -> str | None:
            return None if value is None else value.astimezone(tz).isoformat()

        out: dict[str, Any] = {
            "id": schedule["id"],
            "type": "schedule",
            "summary": schedule["name"],
            "self": f"https://api.pagerduty.com/schedules/{schedule['id']}",
            "html_url": f"https://fake.pagerduty.com/schedules/{schedule['id']}",
            "name": schedule["name"],
            "description": schedule["description"],
            "time_zone": schedule["time_zone"],
            "escalation_policies": [
                {"id": p["id"], "type": "escalation_policy_reference", "summary": p["name"]}
                for p in self.state.policies.values()
                if any(t["id"] == schedule["id"] for r in p["rules"] for t in r["targets"])
            ],
            "users": [
                self._user_ref(u)
                for u in dict.fromkeys(u for layer in schedule["layers"] for u in layer["users"])
            ],
            "teams": [],
        }
        if layers:
            # GET lists the highest-priority layer first: the reverse of the write order.
            out["schedule_layers"] = [
                {
                    "id": layer["id"],
                    "name": layer["name"],
                    "start": text(layer["start"]),
                    "end": text(layer["end"]),
                    "rotation_virtual_start": text(layer["rotation_virtual_start"]),
                    "rotation_turn_length_seconds": layer["rotation_turn_length_seconds"],
                    "users": [{"user": self._user_ref(u)} for u in layer["users"]],
                    "restrictions": [dict(r) for r in layer["restrictions"]],
                    "rendered_schedule_entries": [],
                    "rendered_coverage_percentage": None,
                }
                for layer in reversed(schedule["layers"])
            ]
        return out

    # -- overrides ---------------------------------------------------------------------------
    def _override_json(self, schedule: dict[str, Any], o: dict[str, Any]) -> dict[str, Any]:
        tz = ZoneInfo(schedule["time_zone"])
        return {
            "id": o["id"],
            "start": o["start"].astimezone(tz).isoformat(),
            "end": o["end"].astimezone(tz).isoformat(),
            "user": self._user_ref(o["user"]),
        }

    def _list_overrides(self, schedule: dict[str, Any], q: dict[str, str]) -> dict[str, Any]:
        if "since" not in q or "until" not in q:
            raise _invalid("since and until are required")
        since = _parse_time(q["since"], "since")
        until = _parse_time(q["until"], "until")
        return {
            "overrides": [
                self._override_json(schedule, o)
                for o in schedule["overrides"]
                if o["start"] < until and o["end"] > since
            ]
        }

    def _create_overrides(self, schedule: dict[str, Any], body: Any) -> tuple[int, Any]:
        if isinstance(body, dict) and isinstance(body.get("override"), dict):
            result = self._one_override(schedule, body["override"])
            if result["status"] != 201:
                raise _invalid(*result["errors"])
            return 201, {"override": result["override"]}
        items = body.get("overrides") if isinstance(body, dict) else None
        if not isinstance(items, list) or not items:
            raise _invalid("overrides must be a non-empty array")
        return 201, [self._one_override(schedule, item) for item in items]

    def _one_override(self, schedule: dict[str, Any], data: Any) -> dict[str, Any]:
        try:
            if not isinstance(data, dict):
                raise _invalid("override must be an object")
            start = _parse_time(data.get("start"), "start")
            end = _parse_time(data.get("end"), "end")
            user = data.get("user")
            user_id = user.get("id") if isinstance(user, dict) else None
            if user_id not in self.state.users:
                raise _invalid("User not found")
            if end <= start:
                raise _invalid("Override must end after its start")
            if end <= self.clock():
                raise _invalid("Override must end in the future")
        except _Reply as reply:
            return {"status": 400, "errors": reply.body["error"]["errors"], "override": data}
        override = {"id": self._new_id("Q", 13), "start": start, "end": end, "user": user_id}
        schedule["overrides"].append(override)
        return {"status": 201, "override": self._override_json(schedule, override)}

    def _delete_override(self, schedule: dict[str, Any], override_id: str) -> tuple[int, Any]:
        for o in schedule["overrides"]:
            if o["id"] == override_id:
                break
        else:
            raise _Reply(404, {"error": {"message": "Not Found", "code": 2100}})
        now = self.clock()
        if o["end"] <= now:
            raise _invalid("Cannot delete an override that has already ended")
        if o["start"] < now:
            o["end"] = now
            return 200, {"override": self._override_json(schedule, o)}
        schedule["overrides"].remove(o)
        return 204, None

    # -- escalation policies -------------------------------------------------------------------
    def _save_policy(self, old: dict[str, Any] | None, body: Any) -> dict[str, Any]:
        data = body.get("escalation_policy") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise _invalid("escalation_policy must be an object")
        name = data.get("name", old["name"] if old else None)
        if not isinstance(name, str) or not name.strip():
            raise _invalid("Name can't be blank")
        for p in self.state.policies.values():
            if p["name"] == name and (old is None or p["id"] != old["id"]):
                raise _invalid("Name has already been taken")
        loops = data.get("num_loops", old["num_loops"] if old else 0)
        if isinstance(loops, bool) or not isinstance(loops, int) or loops < 0:
            raise _invalid("Num loops must be a non-negative integer")
        if old is not None and "escalation_rules" not in data:
            rules = old["rules"]
        else:
            raw_rules = data.get("escalation_rules")
            if not isinstance(raw_rules, list) or not raw_rules:
                raise _invalid("Escalation rules must include at least one rule")
            old_rules = {r["id"] for r in old["rules"]} if old else set()
            rules = [self._rule(r, old_rules) for r in raw_rules]
        policy = {
            "id": old["id"] if old else self._new_id(),
            "name": name,
            "description": data.get("description", old["description"] if old else "") or "",
            "num_loops": loops,
            "rules": rules,
            "handoff": data.get(
                "on_call_handoff_notifications",
                old["handoff"] if old else "if_has_services",
            ),
        }
        self.state.policies[policy["id"]] = policy
        return policy

    def _rule(self, data: Any, old_ids: set[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise _invalid("escalation rule must be an object")
        delay = data.get("escalation_delay_in_minutes")
        if isinstance(delay, bool) or not isinstance(delay, int) or delay < 1:
            raise _invalid("Escalation delay in minutes must be at least 1")
        targets = data.get("targets")
        if not isinstance(targets, list) or not 1 <= len(targets) <= 10:
            raise _invalid("Targets must include 1 to 10 targets")
        out = []
        for t in targets:
            kind = t.get("type") if isinstance(t, dict) else None
            if kind not in _TARGET_TYPES:
                raise _invalid("Target type is not valid")
            target_id = t.get("id")
            if kind.startswith("user") and target_id not in self.state.users:
                raise _invalid(f"User {target_id} not found")
            if kind in ("schedule", "schedule_reference") and target_id not in self.state.schedules:
                raise _invalid(f"Schedule {target_id} not found")
            if kind == "schedule_v3_reference" and target_id not in self.state.v3_schedules:
                raise _invalid(f"Schedule {target_id} not found")
            normal = kind if kind.endswith("_reference") else kind + "_reference"
            out.append({"id": target_id, "type": normal})
        rule_id = data.get("id") if data.get("id") in old_ids else self._new_id()
        return {"id": rule_id, "delay": delay, "targets": out}

    def _target_json(self, t: dict[str, Any]) -> dict[str, Any]:
        if t["type"] == "user_reference":
            summary = self.state.users[t["id"]]["name"]
        elif t["type"] == "schedule_reference":
            summary = self.state.schedules[t["id"]]["name"]
        else:
            summary = self.state.v3_schedules[t["id"]]
        return {"id": t["id"], "type": t["type"], "summary": summary}

    def _policy_json(self, policy: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": policy["id"],
            "type": "escalation_policy",
            "summary": policy["name"],
            "self": f"https://api.pagerduty.com/escalation_policies/{policy['id']}",
            "html_url": f"https://fake.pagerduty.com/escalation_policies/{policy['id']}",
            "name": policy["name"],
            "description": policy["description"],
            "num_loops": policy["num_loops"],
            "on_call_handoff_notifications": policy["handoff"],
            "escalation_rules": [
                {
                    "id": r["id"],
                    "escalation_delay_in_minutes": r["delay"],
                    "targets": [self._target_json(t) for t in r["targets"]],
                }
                for r in policy["rules"]
            ],
            "services": [],
            "teams": [],
        }

    # -- Events API v2 -----------------------------------------------------------------------
    def _event_error(self, *errors: str) -> _Reply:
        return _Reply(
            400,
            {
                "status": "invalid event",
                "message": "Event object is invalid",
                "errors": list(errors),
            },
        )

    def _event(self, body: Any) -> tuple[int, Any]:
        if not isinstance(body, dict):
            raise self._event_error("body must be an object")
        key = body.get("routing_key")
        if not isinstance(key, str) or len(key) != 32:
            raise self._event_error("'routing_key' must be a 32-character integration key")
        action = body.get("event_action")
        if action not in ("trigger", "acknowledge", "resolve"):
            raise self._event_error("'event_action' is invalid")
        dedup = body.get("dedup_key")
        if action == "trigger":
            payload = body.get("payload")
            if not isinstance(payload, dict):
                raise self._event_error("'payload' is missing")
            for name in ("summary", "source", "severity"):
                if not payload.get(name):
                    raise self._event_error(f"'payload.{name}' is missing or blank")
            if payload["severity"] not in ("critical", "error", "warning", "info"):
                raise self._event_error("'payload.severity' is invalid")
            dedup = dedup or self._new_id("D", 12)
            self.state.open_alerts.add(dedup)
        elif not dedup:
            raise self._event_error("'dedup_key' is required for acknowledge and resolve")
        elif action == "resolve":
            self.state.open_alerts.discard(dedup)
        self.state.events.append(dict(body))
        return 202, {"status": "success", "message": "Event processed", "dedup_key": dedup}

    def _change_event(self, body: Any) -> tuple[int, Any]:
        if not isinstance(body, dict) or not isinstance(body.get("routing_key"), str):
            raise self._event_error("'routing_key' is missing")
        payload = body.get("payload")
        if not isinstance(payload, dict) or not payload.get("summary"):
            raise self._event_error("'payload.summary' is missing")
        self.state.events.append(dict(body))
        return 202, {"status": "success", "message": "Change event processed"}
