"""A pull into an existing project: what PagerDuty does not hold is kept from the old one.

PagerDuty holds no time off, public holidays, person colours or holiday countries, and its account
has no project name. A refresh takes everything else from the pull and carries these over, a
person's by their PagerDuty user id or, failing that, by email. Time off of a person who is not
in the pull is dropped with them.
"""

from __future__ import annotations

from dataclasses import replace

from rotaplan.core import Project

__all__ = ["carry_local"]


def carry_local(old: Project, pulled: Project) -> Project:
    """``pulled`` with what PagerDuty does not hold kept from ``old``: time off and holidays."""
    by_pd = {p.pagerduty_id: p.id for p in pulled.people if p.pagerduty_id}
    by_email = {p.email.lower(): p.id for p in pulled.people if p.email}
    moved: dict[str, str] = {}
    for person in old.people:
        target = by_pd.get(person.pagerduty_id or "") or by_email.get(person.email.lower())
        if target is not None:
            moved[person.id] = target
    source_of = {new: old_id for old_id, new in moved.items()}
    people = tuple(
        replace(
            p,
            color=old.person(source_of[p.id]).color,
            holiday_countries=old.person(source_of[p.id]).holiday_countries,
        )
        if p.id in source_of
        else p
        for p in pulled.people
    )
    time_off = tuple(
        replace(entry, person=moved[entry.person])
        for entry in old.time_off
        if entry.person in moved
    )
    return replace(
        pulled,
        name=old.name or pulled.name,
        people=people,
        time_off=time_off,
        holidays=old.holidays,
    )
