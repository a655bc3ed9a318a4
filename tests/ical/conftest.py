"""Fixtures of the iCal tests."""

from __future__ import annotations

import pytest

from rotaplan.core import Project
from tests.ical.ical_sample import make_project


@pytest.fixture
def project() -> Project:
    """The test project."""
    return make_project()
