"""The built-in demo project, moved so that its story happens in the coming weeks."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TypeVar

from rotaplan.core import Project, localize, zone
from rotaplan.store.reader import loads

__all__ = ["DEMO_ANCHOR", "current_demo", "demo_project", "demo_text", "resource_path"]

# The Monday on which the demo's story starts; it is moved to the first Monday on or after today.
DEMO_ANCHOR = date(2026, 11, 30)
_T = TypeVar("_T")


def resource_path(name: str) -> Path:
    """A file of the packaged resources (or of the source tree's resources/ folder)."""
    packaged = resources.files("rotaplan").joinpath("resources", name)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "resources" / name


def demo_text() -> str:
    """The demo project file as shipped."""
    return resource_path("demo.rotaplan").read_text(encoding="utf-8")


def _shift(value: datetime, days: int, zone_name: str) -> datetime:
    """Move an instant by whole days on the wall clock of ``zone_name``, keeping its offset."""
    tz = zone(zone_name)
    local = value.astimezone(tz).replace(tzinfo=None)
    return localize(local + timedelta(days=days), tz).astimezone(value.tzinfo)


def _shifted(obj: _T, days: int, zone_name: str, fields: tuple[str, ...]) -> _T:
    changes = {
        name: _shift(getattr(obj, name), days, zone_name)
        for name in fields
        if getattr(obj, name) is not None
    }
    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]


def demo_project(today: date | None = None) -> Project:
    """The demo project, its dates moved by whole weeks to start on the first Monday >= today."""
    project = loads(demo_text())
    today = today or date.today()
    weeks = -(-(today - DEMO_ANCHOR).days // 7)
    days = weeks * 7
    if days == 0:
        return project
    schedules = tuple(
        dataclasses.replace(
            s,
            layers=tuple(
                _shifted(layer, days, s.time_zone, ("start", "end", "rotation_virtual_start"))
                for layer in s.layers
            ),
            overrides=tuple(_shifted(o, days, s.time_zone, ("start", "end")) for o in s.overrides),
        )
        for s in project.schedules
    )
    zones = {p.id: p.time_zone for p in project.people}
    time_off = tuple(_shifted(t, days, zones[t.person], ("start", "end")) for t in project.time_off)
    return dataclasses.replace(project, schedules=schedules, time_off=time_off)


def current_demo(today: date | None = None) -> Project:
    """The demo as the app and ``rotaplan demo`` show it: its coverage gap is today or ahead.

    The gap nights (Tuesday and Wednesday of the story's second week) fall within the next eight
    days, so this week and the next show it, with conflicts before and after.
    """
    today = today or date.today()
    return demo_project(today - timedelta(days=8))
