"""Zone names: only those the tzdata package ships, so a project means the same everywhere."""

from __future__ import annotations

import dataclasses
import zoneinfo
from importlib import resources

import pytest

from rotaplan.core import ModelError, Person, zone
from rotaplan.core.timeutil import portable_zone_names


def test_the_reference_is_the_tzdata_packages_list() -> None:
    shipped = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
    assert portable_zone_names() == frozenset(shipped)
    assert {"Europe/London", "America/New_York", "Etc/UTC", "UTC", "US/Eastern"} <= set(shipped)


@pytest.mark.parametrize("name", ["Europe/London", "Asia/Kolkata", "Etc/GMT+5", "UTC"])
def test_iana_names_are_accepted(name: str) -> None:
    assert zone(name).key == name


@pytest.mark.parametrize(
    "name", ["localtime", "posixrules", "posix/Europe/London", "right/Europe/London"]
)
def test_machine_dependent_names_are_refused_with_a_clear_message(name: str) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        pytest.skip(f"this machine has no {name} zone file either")
    with pytest.raises(ValueError, match="exists only in this machine's zone files"):
        zone(name)


@pytest.mark.parametrize("name", ["Mars/Olympus", "europe/london", "../etc/passwd", ""])
def test_unknown_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        zone(name)


def test_the_model_refuses_a_machine_zone_naming_the_field() -> None:
    person = Person(id="a", name="A", time_zone="Europe/London")
    with pytest.raises(ModelError) as caught:
        dataclasses.replace(person, time_zone="posix/Europe/London")
    message = str(caught.value)
    assert "time_zone" in message
    assert "this machine's zone files" in message
    assert "Europe/London" in message
