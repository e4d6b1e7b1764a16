"""The statutory deadline engine (GDPR Art. 12(3)-(4), Regulation 1182/71; rule book §1).

`compute_deadline` is the hot path (registers, reports and demo data call it for every
case), so it builds no text; `explain_deadline` produces the steps that show the working.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from dsar_desk.domain.calendars import WorkingCalendar, working_calendar
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.vocabulary import Country, HolidayProfile

BASE_MONTHS = 1
EXTENDED_MONTHS = 3


def add_months(day: date, months: int) -> date:
    """Same-numbered day `months` later, clamped to the month's end (1182/71 Art. 3(2)(c))."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def roll_forward(day: date, cal: WorkingCalendar) -> date:
    """The day itself if it is a working day, else the next one (1182/71 Art. 3(4))."""
    while not cal.is_working_day(day):
        day += timedelta(days=1)
    return day


@dataclass(frozen=True, slots=True)
class Deadlines:
    """Every date the law sets for one case.

    Attributes:
        due: the date by which the response must be given (extended if extended).
        extension_notice_by: last day to notify an extension and, equally, to give an
            Art. 12(4) refusal notice.
        conservative_due: the due date ignoring every pause, for staff who want to be safe.
        extended_due: what `due` becomes (or became) with the extension.
    """

    due: date
    extension_notice_by: date
    conservative_due: date
    extended_due: date


def compute_deadline(
    received: date,
    country: Country,
    profile: HolidayProfile = HolidayProfile.STRICT,
    *,
    paused_days: int = 0,
    extended: bool = False,
) -> Deadlines:
    if paused_days < 0:
        raise ValidationError("paused days", "must be zero or more")
    cal = working_calendar(country, profile)
    pause = timedelta(days=paused_days)
    one_month = add_months(received, BASE_MONTHS)
    three_months = add_months(received, EXTENDED_MONTHS)
    notice_by = roll_forward(one_month + pause, cal)
    extended_due = roll_forward(three_months + pause, cal)
    if extended:
        due, conservative = extended_due, roll_forward(three_months, cal)
    else:
        due = notice_by
        conservative = roll_forward(one_month, cal) if paused_days else notice_by
    return Deadlines(due, notice_by, conservative, extended_due)


class StepKind(StrEnum):
    RECEIVED = "received"
    MONTHS_ADDED = "months-added"
    PAUSE_ADDED = "pause-added"
    ROLLED_FORWARD = "rolled-forward"
    DUE = "due"


@dataclass(frozen=True, slots=True)
class SkippedDay:
    day: date
    holiday: str | None  # None for a Saturday or Sunday


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the working, as data; `text` renders it in English.

    The UI renders the same fields through its own translations.
    """

    kind: StepKind
    day: date
    months: int = 0
    missing_day: int | None = None  # the day number that does not exist in the target month
    paused_days: int = 0
    skipped: tuple[SkippedDay, ...] = field(default=())

    @property
    def text(self) -> str:
        return describe_step(self)


def explain_deadline(
    received: date,
    country: Country,
    profile: HolidayProfile = HolidayProfile.STRICT,
    *,
    paused_days: int = 0,
    extended: bool = False,
) -> list[Step]:
    """The steps from receipt to the due date, mirroring `compute_deadline` exactly."""
    cal = working_calendar(country, profile)
    months = EXTENDED_MONTHS if extended else BASE_MONTHS
    steps = [Step(StepKind.RECEIVED, received)]
    raw = add_months(received, months)
    missing = received.day if raw.day != received.day else None
    steps.append(Step(StepKind.MONTHS_ADDED, raw, months=months, missing_day=missing))
    day = raw
    if paused_days:
        day = raw + timedelta(days=paused_days)
        steps.append(Step(StepKind.PAUSE_ADDED, day, paused_days=paused_days))
    skipped: list[SkippedDay] = []
    while not cal.is_working_day(day):
        skipped.append(SkippedDay(day, cal.holiday_name(day)))
        day += timedelta(days=1)
    if skipped:
        steps.append(Step(StepKind.ROLLED_FORWARD, day, skipped=tuple(skipped)))
    steps.append(Step(StepKind.DUE, day))
    return steps


def format_day(day: date, *, year: bool = True) -> str:
    """English short form used in the working: 'Sat 31 Jan 2026'."""
    text = f"{day:%a} {day.day} {day:%b}"
    return f"{text} {day.year}" if year else text


def describe_step(step: Step) -> str:
    if step.kind is StepKind.RECEIVED:
        return f"received {format_day(step.day)} (the day of receipt is not counted)"
    if step.kind is StepKind.MONTHS_ADDED:
        label = "one month" if step.months == 1 else f"{step.months} months (extended)"
        text = f"{label}: {format_day(step.day, year=False)}"
        if step.missing_day is not None:
            month_name = f"{step.day:%b}"
            text += f" ({step.missing_day} {month_name} does not exist)"
        return text
    if step.kind is StepKind.PAUSE_ADDED:
        unit = "day" if step.paused_days == 1 else "days"
        return f"plus {step.paused_days} paused {unit}: {format_day(step.day, year=False)}"
    if step.kind is StepKind.ROLLED_FORWARD:
        parts = []
        for skipped in step.skipped:
            name = f" ({skipped.holiday})" if skipped.holiday else ""
            parts.append(f"{format_day(skipped.day, year=False)}{name}")
        verb = "is not a working day" if len(parts) == 1 else "are not working days"
        return f"{_join_words(parts)} {verb}"
    return f"due {format_day(step.day)}"


def _join_words(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def explanation_text(steps: list[Step]) -> str:
    return " → ".join(step.text for step in steps)


def working_days_left(today: date, due: date, cal: WorkingCalendar) -> int:
    """Working days from tomorrow up to and including `due`; negative once overdue."""
    if due >= today:
        return cal.working_days_between(today, due)
    # An overdue case is at least one day late even when the days since were a weekend.
    return min(-1, -cal.working_days_between(due, today))
