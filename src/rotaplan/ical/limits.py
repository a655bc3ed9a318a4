"""Bounds on the work that an untrusted calendar can cause.

An import reads at most ``MAX_CALENDAR_BYTES``, expands at most ``ImportLimits.max_occurrences``
occurrences inside its horizon, and gives the expansion a budget of CPU time (of the thread doing
it), so a machine busy with other work gives the same answer as an idle one.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

from rotaplan.ical.errors import CalendarFileError

__all__ = [
    "EXPANSION_SECONDS",
    "MAX_CALENDAR_BYTES",
    "MAX_OCCURRENCES",
    "ImportLimits",
    "check_calendar_size",
    "time_budget",
]

MAX_CALENDAR_BYTES = 5 * 1024 * 1024
MAX_OCCURRENCES = 2_000
EXPANSION_SECONDS = 3.0
_CHECK_EVERY = 512


@dataclass(frozen=True)
class ImportLimits:
    """How much work one import may do: occurrences in the horizon, CPU seconds of expansion."""

    max_occurrences: int = MAX_OCCURRENCES
    time_limit: float = EXPANSION_SECONDS


def check_calendar_size(size: int, source: str) -> None:
    """Refuse a calendar file larger than ``MAX_CALENDAR_BYTES``."""
    if size > MAX_CALENDAR_BYTES:
        raise CalendarFileError(
            f"{source}: the file is {size / 1_048_576:.1f} MB, more than the "
            f"{MAX_CALENDAR_BYTES // 1_048_576} MB an import reads; export a shorter date range "
            "or a single calendar"
        )


@contextmanager
def time_budget(seconds: float, expired: Callable[[], Exception]) -> Iterator[None]:
    """Raise ``expired()`` inside the block once it has used ``seconds`` of this thread's CPU.

    Some recurrence rules never yield an occurrence (``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30``), and
    dateutil then scans day by day up to the year 9999 without returning: no occurrence cap can
    stop that. A profile hook sees every function call inside that scan, so it can stop it from
    within the same thread (a GUI worker thread included). When a profiler is already installed,
    it is left alone and only the occurrence caps apply.
    """
    if sys.getprofile() is not None:
        yield
        return
    deadline = time.thread_time() + seconds
    calls = 0

    def check(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        calls += 1
        if calls % _CHECK_EVERY == 0 and time.thread_time() > deadline:
            sys.setprofile(None)
            raise expired()

    sys.setprofile(check)
    try:
        yield
    finally:
        sys.setprofile(None)
