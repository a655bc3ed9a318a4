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
    """A person who could cover, and why they rank where they do: away (with the time-off
    note, possibly empty), on call in another schedule, or how many hours they carried."""

    person_id: str
    available: bool
    member: bool
    hours: float
    away_note: str | None = None
    busy_in: str | None = None


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
        candidates.append(
            Candidate(
                person.id,
                person.id not in away and person.id not in busy,
                person.id in members,
                hours.get(person.id, 0.0),
                away.get(person.id),
                None if person.id in away else busy.get(person.id),
            )
        )
    return sorted(candidates, key=lambda c: (not c.available, not c.member, c.hours))
