"""The REST client: headers, pagination, retries, pacing and error messages."""

from __future__ import annotations

import json

import httpx
import pytest

from rotaplan.pagerduty.client import (
    ACCEPT,
    PagerDutyClient,
    RetryPolicy,
    check_api_url,
    error_messages,
)
from rotaplan.pagerduty.errors import (
    AuthError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnreachableError,
)
from tests.fakes.pagerduty import TEST_TOKEN as TOKEN
from tests.fakes.pagerduty import FakePagerDuty


def _mock(handler: object, **kwargs: object) -> PagerDutyClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))  # type: ignore[arg-type]
    return PagerDutyClient(
        http, TOKEN, base_url="https://api.example.test", sleep=lambda s: None, **kwargs
    )  # type: ignore[arg-type]


def test_headers_and_pagination(fake: FakePagerDuty, client: PagerDutyClient) -> None:
    for i in range(230):
        fake.add_user(f"User {i}", f"user{i}@example.com")
    users = list(client.paginate("/users", "users"))
    assert len(users) == 230
    assert len({u["id"] for u in users}) == 230
    assert fake.count("GET", "/users") == 3
    first = fake.requests[0]
    assert first.headers["authorization"] == f"Token token={TOKEN}"
    assert first.headers["accept"] == ACCEPT
    assert ("limit", "100") in first.query
    assert "content-type" not in first.headers


def test_429_storm_honours_ratelimit_reset(
    fake: FakePagerDuty, client: PagerDutyClient, sleeps: list[float]
) -> None:
    fake.add_user("Ann", "ann@example.com")
    fake.fail(429, times=12, reset=3)
    users = list(client.paginate("/users", "users"))
    assert [u["email"] for u in users] == ["ann@example.com"]
    assert len(sleeps) == 12
    assert all(3 <= s <= 3.25 for s in sleeps)
    assert fake.count("GET", "/users") == 13


def test_429_gives_up_at_the_total_wait_cap(fake: FakePagerDuty, sleeps: list[float]) -> None:
    fake.fail(429, times=1000, reset=20)
    with httpx.Client() as http:
        client = PagerDutyClient(
            http,
            TOKEN,
            base_url=fake.url,
            retry=RetryPolicy(max_total_wait=60),
            sleep=sleeps.append,
            jitter=lambda: 0.0,
        )
        with pytest.raises(RateLimitedError, match="wait a minute"):
            client.get("/users")
    assert sum(sleeps) <= 60
    assert len(sleeps) == 3


def test_5xx_retried_with_growing_backoff(
    fake: FakePagerDuty, client: PagerDutyClient, sleeps: list[float]
) -> None:
    fake.fail(500, times=3, method="GET")
    assert client.get("/users")["users"] == []
    assert sleeps == [0.375, 0.75, 1.5]


def test_5xx_gives_up_after_max_attempts(fake: FakePagerDuty, client: PagerDutyClient) -> None:
    fake.fail(503, times=50)
    with pytest.raises(ServerError, match="after 6 attempt"):
        client.get("/users")
    assert fake.count("GET", "/users") == 6


def test_other_4xx_not_retried(fake: FakePagerDuty, client: PagerDutyClient) -> None:
    fake.fail(400, times=5, body={"error": {"message": "Invalid", "errors": ["bad"]}})
    with pytest.raises(InvalidInputError, match=r"GET /users: PagerDuty refused it \(400: bad\)"):
        client.get("/users")
    assert fake.count() == 1


def test_dropped_connection_retried_for_get_not_for_post(
    fake: FakePagerDuty, client: PagerDutyClient
) -> None:
    fake.drop(method="GET")
    assert client.get("/users")["users"] == []
    fake.drop(method="POST", after_processing=True)
    with pytest.raises(UnreachableError, match="connection dropped"):
        client.request("POST", "/escalation_policies", body={"escalation_policy": {}})
    assert fake.count("POST") == 1


def test_wrong_token_is_a_clear_message_without_the_token(fake: FakePagerDuty) -> None:
    wrong = "wrongToken_42"
    with httpx.Client() as http:
        client = PagerDutyClient(http, wrong, base_url=fake.url)
        with pytest.raises(AuthError) as caught:
            client.get("/users")
    message = str(caught.value)
    assert "PAGERDUTY_TOKEN" in message
    assert "request id R" in message
    assert wrong not in message
    assert wrong not in repr(client)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"error": {"message": "Invalid", "code": 2001, "errors": ["a", "b"]}},
            ("Invalid", ("a", "b"), 2001),
        ),
        ({"error": {"message": "Invalid", "errors": "just one"}}, ("Invalid", ("just one",), None)),
        (
            {"error": {"message": "Invalid", "code": 3001, "errors": {"start": ["is bad"]}}},
            ("Invalid", ("start is bad",), 3001),
        ),
        (["bare", "array"], ("", ("bare", "array"), None)),
        ({"error": "text"}, ("", ("text",), None)),
        ("<html>Forbidden</html>", ("", ("<html>Forbidden</html>",), None)),
        (None, ("", (), None)),
    ],
)
def test_error_parser_is_tolerant(body: object, expected: object) -> None:
    assert error_messages(body) == expected


@pytest.mark.parametrize(
    ("status", "content", "error", "text"),
    [
        (403, b"", ForbiddenError, "does not allow"),
        (403, b"<html>no</html>", ForbiddenError, "<html>no</html>"),
        (402, b'{"error":{"message":"Payment Required"}}', ForbiddenError, "Payment Required"),
        (404, b'{"error":{"message":"Not Found"}}', NotFoundError, "pull again"),
        (422, b'{"error":{"errors":{"name":["taken"]}}}', InvalidInputError, "name taken"),
    ],
)
def test_error_tree(status: int, content: bytes, error: type[Exception], text: str) -> None:
    client = _mock(lambda request: httpx.Response(status, content=content))
    with pytest.raises(error, match=text):
        client.get("/schedules/P1")


def test_network_error_is_unreachable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(UnreachableError, match=r"cannot connect.*--api-url"):
        _mock(refuse).get("/users")


def test_post_body_is_json_with_content_type() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"schedule": {"id": "P1"}})

    result = _mock(answer).request("POST", "/schedules", body={"schedule": {"name": "x"}})
    assert result.status == 201
    assert json.loads(seen[0].content) == {"schedule": {"name": "x"}}
    assert seen[0].headers["content-type"] == "application/json"


def test_pacing_keeps_under_the_per_minute_limit() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})))
    client = PagerDutyClient(
        http,
        TOKEN,
        base_url="https://api.example.test",
        retry=RetryPolicy(requests_per_minute=5),
        sleep=sleep,
        clock=lambda: now[0],
    )
    for _ in range(11):
        client.get("/abilities")
        now[0] += 1.0
    assert slept == [55.0, 55.0]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://api.pagerduty.com", True),
        ("https://api.eu.pagerduty.com/", True),
        ("http://127.0.0.1:8080", True),
        ("http://localhost:1", True),
        ("http://api.pagerduty.com", False),
        ("ftp://api.pagerduty.com", False),
        ("https://user:pw@api.pagerduty.com", False),
    ],
)
def test_api_url_check(url: str, ok: bool) -> None:
    if ok:
        assert not check_api_url(url).endswith("/")
    else:
        with pytest.raises(ValueError, match="--api-url"):
            check_api_url(url)
