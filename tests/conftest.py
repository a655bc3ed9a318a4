"""Test set-up shared by every test: Qt offscreen before any QApplication exists."""

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def umask_022() -> Iterator[int]:
    """The usual umask 022 for the test, the previous one restored after: new files are 0644."""
    previous = os.umask(0o022)
    try:
        yield 0o022
    finally:
        os.umask(previous)
