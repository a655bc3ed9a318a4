"""Each package's public API is exactly what its ``__all__`` names, and every name resolves."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import pytest


@pytest.mark.parametrize(
    "package", ["rotaplan.core", "rotaplan.store", "rotaplan.ical", "rotaplan.pagerduty"]
)
def test_all_lists_every_public_member(package: str) -> None:
    module = importlib.import_module(package)
    exported = set(module.__all__)
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert exported == public
    for name in exported:
        assert getattr(module, name) is not None


def test_importing_the_core_does_not_import_qt_or_adapters() -> None:
    code = (
        "import sys, rotaplan.core, rotaplan.store;"
        "bad = [m for m in ('PySide6', 'httpx', 'icalendar') if m in sys.modules];"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
