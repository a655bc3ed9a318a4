"""A guard against a PySide6 reference-counting bug that otherwise crashes the window.

PySide6 6.12.0 on CPython 3.11 returns ``None`` from methods declared ``void`` (``setPen``,
``update``, ``setObjectName`` …) without taking a reference to it, so every call lowers the
reference count of ``None``; after some thousands of painter calls CPython aborts with
"deallocating None". From CPython 3.12 on ``None`` is immortal and the bug is harmless. On an
affected interpreter we give ``None`` a reference count so large that it can never reach zero,
which is what CPython 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

__all__ = ["guard_none_refcount", "void_calls_leak_none"]

_PLENTY = 1 << 40


def void_calls_leak_none() -> bool:
    """Whether a void PySide6 call takes a reference to ``None`` that it never gave."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal where the bug is present; returns whether it acted."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not void_calls_leak_none():
        return False
    # ob_refcnt is the first field of every CPython object (Py_ssize_t).
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _PLENTY
    return True
