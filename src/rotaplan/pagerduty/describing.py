"""How a plan reads: instants, turns, restrictions, layers, overrides and rules in a step's text.

Times are written in the schedule's own zone, to the minute (a midnight as a bare date).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from rotaplan.core import EscalationPolicy, Layer, Override, zone
from rotaplan.pagerduty.mapping import parse_time
from rotaplan.pagerduty.remote import JsonObject, layer_key

__all__ = [
    "layer_text",
    "override_text",
    "remote_override_text",
    "restriction_text",
    "rule_texts",
    "turn_text",
    "when",
]


def when(value: datetime, tz_name: str) -> str:
    """``2026-03-02 09:00`` in the zone ``tz_name``, or ``2026-03-02`` at midnight."""
    local = value.astimezone(zone(tz_name))
    return (
        local.strftime("%Y-%m-%d %H:%M")
        if local.time() != local.time().min
        else (local.strftime("%Y-%m-%d"))
    )


def turn_text(seconds: int) -> str:
    """A turn length in weeks, days or hours: ``1 w``, ``2 d``, ``12 h``."""
    if seconds % 604_800 == 0:
        return f"{seconds // 604_800} w"
    if seconds % 86_400 == 0:
        return f"{seconds // 86_400} d"
    return f"{seconds / 3600:g} h"


def restriction_text(layer: JsonObject) -> str:
    """The restrictions of a PagerDuty layer, e.g. ``weekly day 1 09:00:00 +8 h``; or ``none``."""
    parts = []
    for r in layer_key(layer)["restrictions"]:
        day = f" day {r['day']}" if r["day"] else ""
        parts.append(f"{r['type'].split('_')[0]}{day} {r['start']} +{turn_text(r['duration'])}")
    return ", ".join(parts) or "none"


def layer_text(layer: Layer, now: datetime, tz: str) -> str:
    """A layer added by a push: name, members, turn, and when it takes effect."""
    return (
        f"{layer.name or layer.id} ({', '.join(layer.members)}, turn "
        f"{turn_text(layer.turn_length_seconds)}) from "
        f"{when(max(layer.start, now), tz)}"
    )


def override_text(o: Override, tz: str) -> str:
    """A project override: who, from, to."""
    return f"{o.person} {when(o.start, tz)} – {when(o.end, tz)}"


def remote_override_text(
    r: JsonObject, person_of: Mapping[str, str], tz: str, unknown: str | None = None
) -> str:
    """A PagerDuty override: its user's person (else ``unknown``, else the user id), from, to."""
    user = str(r.get("user", {}).get("id"))
    who = person_of.get(user, user if unknown is None else unknown)
    return (
        f"{who} {when(parse_time(r.get('start'), 's'), tz)} – "
        f"{when(parse_time(r.get('end'), 'e'), tz)}"
    )


def rule_texts(policy: EscalationPolicy) -> list[str]:
    """The rules of a policy, one line each, and its repeats."""
    return [
        f"rule {i + 1}: {', '.join(f'{t.kind} {t.id}' for t in rule.targets)}, "
        f"then {rule.delay_minutes} min"
        for i, rule in enumerate(policy.rules)
    ] + ([f"repeat {policy.num_loops} more time(s)"] if policy.num_loops else [])
