"""Who could cover an interval: a ranking for the override picker.

People on time off or already on call in another schedule at that time come last; members of
the schedule's layers come before outsiders; fewer on-call hours in the four weeks around the
interval come first.
"""

from __future__ import annotations

from dataclasses import dataclass

from rotaplan.core import DAY, HOUR, Instant, Project, Window, instant, render_schedule

__all__ = ["Candidate", "rank_cover"]


@dataclass(frozen=True)
class Candidate:
    """A person who could cover, and why they rank where they do."""

    person_id: str
    available: bool
    member: bool
    hours: float
    reason: str


def rank_cover(project: Project, schedule_id: str, start: Instant, end: Instant) -> list[Candidate]:
    """Everyone, best cover first."""
    schedule = project.schedule(schedule_id)
    members = {m for layer in schedule.layers for m in layer.members}
    around = Window(start - 14 * DAY, end + 14 * DAY)
    hours: dict[str, float] = {}
    busy: dict[str, str] = {}
    for other in project.schedules:
        render = render_schedule(other, around)
        for span in render.final:
            hours[span.person] = hours.get(span.person, 0.0) + (span.end - span.start) / HOUR
            if other.id != schedule_id and span.start < end and span.end > start:
                busy.setdefault(span.person, other.name)
    away = {
        entry.person: entry.note
        for entry in project.time_off
        if instant(entry.start) < end and instant(entry.end) > start
    }
    candidates = []
    for person in project.people:
        if person.id in away:
            reason = f"away ({away[person.id]})" if away[person.id] else "away"
        elif person.id in busy:
            reason = f"on call for {busy[person.id]}"
        else:
            reason = f"{hours.get(person.id, 0.0):.0f} h on call in the 4 weeks around"
        candidates.append(
            Candidate(
                person.id,
                person.id not in away and person.id not in busy,
                person.id in members,
                hours.get(person.id, 0.0),
                reason,
            )
        )
    return sorted(candidates, key=lambda c: (not c.available, not c.member, c.hours))
