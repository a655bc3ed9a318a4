"""Problems of the project itself, at no particular time: UNUSED and HOLIDAY_COUNTRY."""

from __future__ import annotations

from collections.abc import Iterator

from rotaplan.core.catalogue import PROBLEM_MESSAGES
from rotaplan.core.holidays import known_country
from rotaplan.core.model import Project
from rotaplan.core.problems.lookups import targets
from rotaplan.core.problems.problem import Problem, message_args
from rotaplan.core.problems.text import quoted

__all__ = ["holiday_countries", "unused"]


def unused(project: Project) -> Iterator[Problem]:
    """UNUSED: a schedule that no escalation policy targets."""
    targeted = targets(project, "schedule")
    for schedule in project.schedules:
        if schedule.id not in targeted:
            yield Problem(
                "info",
                "UNUSED",
                PROBLEM_MESSAGES["unused"].english(schedule.name),
                schedule=schedule.id,
                kind="unused",
            )


def holiday_countries(project: Project) -> Iterator[Problem]:
    """HOLIDAY_COUNTRY: a holiday country code the holiday tables do not know."""
    for country in project.holidays.countries:
        if not known_country(country):
            yield Problem(
                "warning",
                "HOLIDAY_COUNTRY",
                PROBLEM_MESSAGES["holiday_country_project"].english(quoted(country)),
                kind="holiday_country_project",
                args=message_args(country=country),
            )
    for person in project.people:
        for country in person.holiday_countries:
            if not known_country(country):
                yield Problem(
                    "warning",
                    "HOLIDAY_COUNTRY",
                    PROBLEM_MESSAGES["holiday_country_person"].english(
                        quoted(country), person.name
                    ),
                    person=person.id,
                    kind="holiday_country_person",
                    args=message_args(country=country),
                )
