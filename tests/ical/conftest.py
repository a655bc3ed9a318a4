"""Fixtures of the iCal tests."""

from __future__ import annotations

import pytest
from ical_sample import make_project

from rotaplan.core import Project


@pytest.fixture
def project() -> Project:
    """The test project."""
    return make_project()
