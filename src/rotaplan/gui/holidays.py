"""Public holidays of the project's countries, loaded on first use (the library is slow to load)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

__all__ = ["HolidayCalendar"]


class HolidayCalendar:
    """Holiday names by date for a set of countries, cached per (country, year)."""

    def __init__(self) -> None:
        self._years: dict[tuple[str, int], dict[date, str]] = {}

    def dates(self, countries: Iterable[str], years: Iterable[int]) -> Mapping[date, str]:
        """Every holiday of ``countries`` in ``years`` (unknown country codes are skipped)."""
        import holidays  # deferred: importing it costs a noticeable part of a second

        found: dict[date, str] = {}
        for country in countries:
            for year in years:
                key = (country, year)
                if key not in self._years:
                    try:
                        calendar = dict(holidays.country_holidays(country, years=year))
                    except NotImplementedError:
                        calendar = {}
                    self._years[key] = {
                        day: f"{name} ({country})" for day, name in calendar.items()
                    }
                for day, name in self._years[key].items():
                    found[day] = f"{found[day]}; {name}" if day in found else name
        return found
