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
    # dir() also names what a lazily loading package has not loaded yet.
    public = {
        name
        for name in dir(module)
        if not name.startswith("_") and not isinstance(getattr(module, name), types.ModuleType)
    }
    assert exported == public - {"annotations", "TYPE_CHECKING"}
    for name in exported:
        assert getattr(module, name) is not None
    with pytest.raises(AttributeError):
        getattr(module, "no_such_name")  # noqa: B009  # the dynamic lookup is what is tested


@pytest.mark.parametrize(
    ("statement", "absent"),
    [
        ("import rotaplan.core, rotaplan.store", ("PySide6", "httpx", "icalendar", "holidays")),
        ("import rotaplan.pagerduty.urls, rotaplan.pagerduty.token", ("httpx",)),
        ("import rotaplan.ical, rotaplan.pagerduty", ("httpx", "icalendar")),
        ("import rotaplan.gui.app", ("httpx", "icalendar", "recurring_ical_events", "holidays")),
    ],
)
def test_importing_does_not_load_what_is_not_needed(
    statement: str, absent: tuple[str, ...]
) -> None:
    code = f"import sys; {statement}; print(','.join(m for m in {absent!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
