"""Bounds on the work that an untrusted calendar can cause: a wall-clock budget per expansion."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

__all__ = ["time_budget"]

_CHECK_EVERY = 512


@contextmanager
def time_budget(seconds: float, expired: Callable[[], Exception]) -> Iterator[None]:
    """Raise ``expired()`` inside the block once it has run for ``seconds``.

    Some recurrence rules never yield an occurrence (``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30``), and
    dateutil then scans day by day up to the year 9999 without returning: no occurrence cap can
    stop that. A profile hook sees every function call inside that scan, so it can stop it from
    within the same thread (a GUI worker thread included). When a profiler is already installed,
    it is left alone and only the occurrence caps apply.
    """
    if sys.getprofile() is not None:
        yield
        return
    deadline = time.monotonic() + seconds
    calls = 0

    def check(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        calls += 1
        if calls % _CHECK_EVERY == 0 and time.monotonic() > deadline:
            sys.setprofile(None)
            raise expired()

    sys.setprofile(check)
    try:
        yield
    finally:
        sys.setprofile(None)
