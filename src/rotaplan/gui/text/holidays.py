"""Public holidays of the project's countries, named, for shading the timeline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from rotaplan.core import holiday_names

__all__ = ["HolidayCalendar"]


class HolidayCalendar:
    """Holiday names by date for a set of countries; the core caches the calendars."""

    def dates(self, countries: Iterable[str], years: Iterable[int]) -> Mapping[date, str]:
        """Every holiday of ``countries`` in ``years`` (unknown country codes are skipped)."""
        years = tuple(years)
        found: dict[date, str] = {}
        for country in countries:
            for year in years:
                for day, name in holiday_names(country, year).items():
                    named = f"{name} ({country})"
                    found[day] = f"{found[day]}; {named}" if day in found else named
        return found
