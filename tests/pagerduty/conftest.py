"""Fixtures for the PagerDuty tests: a fake account on 127.0.0.1 and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from rotaplan.core import Project
from rotaplan.pagerduty.client import PagerDutyClient, RetryPolicy
from rotaplan.store.demo import demo_project
from tests.fakes.pagerduty import TEST_TOKEN, FakePagerDuty

TOKEN = TEST_TOKEN


@pytest.fixture
def fake() -> Iterator[FakePagerDuty]:
    """An empty fake account."""
    with FakePagerDuty(TOKEN) as server:
        yield server


@pytest.fixture
def demo() -> Project:
    """The demo project, in the coming weeks."""
    return demo_project()


@pytest.fixture
def account(fake: FakePagerDuty, demo: Project) -> FakePagerDuty:
    """The fake account with a user for every person of the demo project."""
    for person in demo.people:
        fake.add_user(person.name, person.email, person.time_zone)
    return fake


@pytest.fixture
def sleeps() -> list[float]:
    """The backoff sleeps a client asked for (recorded, not slept)."""
    return []


@pytest.fixture
def client(fake: FakePagerDuty, sleeps: list[float]) -> Iterator[PagerDutyClient]:
    """A client of the fake account whose backoff sleeps are recorded, not slept."""
    with httpx.Client() as http:
        yield PagerDutyClient(
            http,
            TOKEN,
            base_url=fake.url,
            retry=RetryPolicy(),
            sleep=sleeps.append,
            jitter=lambda: 0.5,
        )
