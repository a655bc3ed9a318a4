"""The problem value: severity, code, message, what it concerns, and the values of its sentence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Literal

from rotaplan.core.timeutil import Instant

__all__ = [
    "CODES",
    "MESSAGE_ARGS",
    "NO_ARGS",
    "SEVERITIES",
    "MessageArg",
    "Problem",
    "Severity",
    "has_errors",
    "message_args",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
CODES = (
    "GAP",
    "TIME_OFF",
    "DOUBLE_BOOKED",
    "REST",
    "LONG_SHIFT",
    "ESCALATION_NOBODY",
    "DST",
    "NIGHT_HANDOFF",
    "PAGERDUTY",
    "UNUSED",
    "HOLIDAY_COUNTRY",
)
# The sentence kinds of each code's messages and the keys of their ``args``.
MESSAGE_ARGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "gap": ("zone",),
        "gap_paged": ("zone",),
        "time_off": ("zone",),
        "time_off_note": ("zone", "note"),
        "double_booked": ("zone",),
        "double_booked_paged": ("zone",),
        "rest": ("zone", "limit"),
        "long_shift": ("zone", "limit"),
        "long_shift_clipped": ("zone", "limit"),
        "nobody_first_rule": ("zone", "delay", "paged_rule"),
        "nobody_at_all": ("zone",),
        "nobody_later_rule": ("zone",),
        "dst_handoff_skipped": ("zone", "wall"),
        "dst_handoff_repeated": ("zone", "wall"),
        "dst_handoff_twice": ("zone", "wall", "day"),
        "dst_turns_move": ("zone", "turn", "shift", "day"),
        "dst_restriction_skipped": ("zone", "restriction", "edge", "wall"),
        "dst_restriction_repeated": ("zone", "restriction", "edge", "wall"),
        "night_takes_over": ("zone",),
        "night_hands_over": ("zone",),
        "pagerduty_utc": (),
        "pagerduty_no_layer": (),
        "pagerduty_schedule_name_long": ("limit",),
        "pagerduty_description_long": ("limit",),
        "pagerduty_layer_seconds": (),
        "pagerduty_layer_end_seconds": (),
        "pagerduty_mixed_restrictions": (),
        "pagerduty_no_email": (),
        "pagerduty_person_name_long": ("limit",),
        "pagerduty_policy_name_shared": ("first", "name"),
        "unused": (),
        "holiday_country_project": ("country",),
        "holiday_country_person": ("country",),
    }
)

# A value of a message: a string, a count or a duration/instant in microseconds, a date.
MessageArg = str | int | date | None
NO_ARGS: Mapping[str, MessageArg] = MappingProxyType({})


def message_args(**values: MessageArg) -> Mapping[str, MessageArg]:
    """The read-only ``args`` of a problem."""
    return MappingProxyType(values)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the plan, with the ids of what it involves and its message's values."""

    severity: Severity
    code: str
    message: str
    start: Instant | None = None
    end: Instant | None = None
    schedule: str | None = None
    layer: str | None = None
    override: str | None = None
    person: str | None = None
    policy: str | None = None
    rule: int | None = None
    other_schedule: str | None = None
    kind: str = ""
    args: Mapping[str, MessageArg] = field(default_factory=lambda: NO_ARGS, hash=False)

    def sort_key(self) -> tuple[int, int, str, str, str, str]:
        """Time first, then severity, code and the ids (timeless problems first)."""
        return (
            -(2**62) if self.start is None else self.start,
            SEVERITIES.index(self.severity),
            self.code,
            self.schedule or "",
            self.person or "",
            self.policy or "",
        )


def has_errors(problems: Sequence[Problem]) -> bool:
    """Whether any problem is an error."""
    return any(p.severity == "error" for p in problems)
