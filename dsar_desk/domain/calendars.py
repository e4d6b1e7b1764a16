"""Working-day calendars per country and holiday profile (rule book §1.3).

The `holidays` package is pure computation (no I/O), so the domain may use it; its
categories are adjusted so that STRICT holds only official public holidays on weekdays
and LENIENT adds the extra days of the national deadline statute.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from importlib.metadata import version as _package_version

import holidays as _holidays

from dsar_desk.domain.vocabulary import Country, HolidayProfile

_CATEGORIES: dict[tuple[Country, HolidayProfile], tuple[str, ...]] = {
    (Country.NO, HolidayProfile.STRICT): ("public",),
    (Country.NO, HolidayProfile.LENIENT): ("public",),
    (Country.SE, HolidayProfile.STRICT): ("public",),
    (Country.SE, HolidayProfile.LENIENT): ("public", "de_facto"),
    (Country.FI, HolidayProfile.STRICT): ("public",),
    (Country.FI, HolidayProfile.LENIENT): ("public",),
    (Country.DK, HolidayProfile.STRICT): ("public",),
    (Country.DK, HolidayProfile.LENIENT): ("public", "optional"),
}


def _midsummer_eve(year: int) -> date:
    """The Friday between 19 and 25 June."""
    day = date(year, 6, 19)
    return day + timedelta(days=(4 - day.weekday()) % 7)


def _dropped_days(country: Country, profile: HolidayProfile, year: int) -> set[date]:
    # The library files Finnish eves as public holidays, but they are not official ones:
    # the strict profile must not roll over them (rule book §1.3).
    if country is Country.FI and profile is HolidayProfile.STRICT:
        return {_midsummer_eve(year), date(year, 12, 24)}
    # Danish "optional" days include 1 May, which forældelsesloven § 27(2) does not list.
    if country is Country.DK and profile is HolidayProfile.LENIENT:
        return {date(year, 5, 1)}
    return set()


def calendar_data_version() -> str:
    """Identifies the holiday data, so stored due dates can be recomputed when it changes."""
    return f"holidays-{_package_version('holidays')}"


class WorkingCalendar:
    """Answers whether a day is a working day for one country and profile.

    Years are loaded lazily and kept, because deadline arithmetic asks about the same
    few years over and over and must stay fast (100,000 deadlines a second).
    """

    def __init__(self, country: Country, profile: HolidayProfile) -> None:
        self.country = country
        self.profile = profile
        self._names: dict[date, str] = {}
        self._years: set[int] = set()
        self._cumulative: dict[int, list[int]] = {}

    def _load(self, year: int) -> None:
        table = _holidays.country_holidays(
            self.country.value,
            years=year,
            categories=_CATEGORIES[(self.country, self.profile)],
            language="en_US",
        )
        dropped = _dropped_days(self.country, self.profile, year)
        for day, name in table.items():
            if day not in dropped and day.weekday() < 5:
                self._names[day] = name
        self._years.add(year)

    def holiday_name(self, day: date) -> str | None:
        """The holiday's English name when `day` is a weekday holiday, else None."""
        if day.year not in self._years:
            self._load(day.year)
        return self._names.get(day)

    def is_working_day(self, day: date) -> bool:
        if day.weekday() >= 5:
            return False
        if day.year not in self._years:
            self._load(day.year)
        return day not in self._names

    def working_days_before(self, day: date) -> int:
        """Working days from 1 January of `day`'s year up to, not including, `day`."""
        year = day.year
        table = self._cumulative.get(year)
        if table is None:
            table, count, current = [], 0, date(year, 1, 1)
            while current.year == year:
                table.append(count)
                count += self.is_working_day(current)
                current += timedelta(days=1)
            table.append(count)
            self._cumulative[year] = table
        return table[day.timetuple().tm_yday - 1]

    def _up_to(self, day: date) -> int:
        """Working days from 1 January up to and including `day`."""
        return self.working_days_before(day) + self.is_working_day(day)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in the half-open interval (start, end]; O(years), not O(days)."""
        if end <= start:
            return 0
        whole_years = sum(self._up_to(date(year, 12, 31)) for year in range(start.year, end.year))
        return whole_years + self._up_to(end) - self._up_to(start)

    def holidays_in(self, year: int) -> dict[date, str]:
        """Weekday holidays of one year, for display and tests."""
        if year not in self._years:
            self._load(year)
        return {d: n for d, n in self._names.items() if d.year == year}


@cache
def working_calendar(country: Country, profile: HolidayProfile) -> WorkingCalendar:
    return WorkingCalendar(country, profile)
