"""Public holiday calendars: which countries count for whom, and their holidays by year.

The calendars come from the ``holidays`` package, loaded on first use (a noticeable import) and
cached per country and year, so the timeline, fairness and the checks build each one once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from rotaplan.core.model import Project

__all__ = ["holiday_countries", "holiday_dates", "holiday_names", "known_country"]


@lru_cache(maxsize=1024)
def known_country(code: str) -> bool:
    """Whether the ``holidays`` package knows this country code."""
    import holidays as holiday_calendars  # deferred: a noticeable import, needed only here

    try:
        holiday_calendars.country_holidays(code.upper(), years=2026)
    except (NotImplementedError, KeyError, ValueError):
        return False
    return True


@lru_cache(maxsize=1024)
def holiday_names(code: str, year: int) -> Mapping[date, str]:
    """One country's public holidays in one year, by date (none for an unknown code)."""
    if not known_country(code):
        return MappingProxyType({})
    import holidays as holiday_calendars  # loaded by known_country already

    return MappingProxyType(dict(holiday_calendars.country_holidays(code.upper(), years=year)))


@lru_cache(maxsize=1024)
def _holidays_of(code: str, year: int) -> frozenset[date]:
    return frozenset(holiday_names(code, year))


def holiday_dates(countries: Iterable[str], years: Iterable[int]) -> frozenset[date]:
    """Public holidays of the countries in the years (unknown countries contribute none)."""
    result: set[date] = set()
    for code in countries:
        for year in years:
            result |= _holidays_of(code, year)
    return frozenset(result)


def holiday_countries(project: Project, person_id: str) -> tuple[str, ...]:
    """The countries whose holidays count for a person: the project's and the person's own."""
    person = project.person(person_id)
    return tuple(
        sorted({c.upper() for c in (*project.holidays.countries, *person.holiday_countries)})
    )
