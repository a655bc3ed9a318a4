"""References to the things of a project that the panes select and act on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from PySide6.QtCore import SignalInstance

from rotaplan.core import Project

__all__ = ["Kind", "Ref", "Selector"]


class Kind(Enum):
    """What a reference points at."""

    PEOPLE = "people"
    SCHEDULES = "schedules"
    POLICIES = "policies"
    TIME_OFF_LIST = "time_off_list"
    PERSON = "person"
    SCHEDULE = "schedule"
    LAYER = "layer"
    POLICY = "policy"
    TIME_OFF = "time_off"


@dataclass(frozen=True)
class Ref:
    """A person, schedule, layer (schedule id + layer id), policy, time-off entry or group."""

    kind: Kind
    id: str = ""
    child: str = ""

    @property
    def schedule_id(self) -> str | None:
        """The schedule this points into, if any."""
        return self.id if self.kind in (Kind.SCHEDULE, Kind.LAYER) else None

    def exists(self, project: Project) -> bool:
        """Whether the thing is still in ``project``."""
        if self.kind is Kind.PERSON:
            return self.id in project.people_by_id
        if self.kind is Kind.SCHEDULE:
            return self.id in project.schedules_by_id
        if self.kind is Kind.LAYER:
            schedule = project.schedules_by_id.get(self.id)
            return schedule is not None and any(x.id == self.child for x in schedule.layers)
        if self.kind is Kind.POLICY:
            return self.id in project.policies_by_id
        if self.kind is Kind.TIME_OFF:
            return self.id in project.time_off_by_id
        return True


class Selector(Protocol):
    """What holds the current selection and tells when it changes (the window's project tree)."""

    @property
    def selection_changed(self) -> SignalInstance:
        """Emitted with the newly selected ``Ref`` (or None)."""
        ...

    def current(self) -> Ref | None:
        """What is selected now."""
        ...

    def select(self, ref: Ref, notify: bool = True) -> None:
        """Select ``ref``."""
        ...
