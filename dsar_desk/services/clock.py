"""The real clock, kept out of the domain so that the domain stays testable."""

from __future__ import annotations

from datetime import date, datetime


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        # The controller's local calendar date is the date of receipt (rule book §1.2).
        return date.today()
