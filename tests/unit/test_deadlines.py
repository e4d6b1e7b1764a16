"""The deadline engine against the rule book (§1.2–1.6) and the EDPB worked examples."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsar_desk.domain.calendars import working_calendar
from dsar_desk.domain.deadlines import (
    StepKind,
    add_months,
    compute_deadline,
    explain_deadline,
    explanation_text,
    working_days_left,
)
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.vocabulary import Country, HolidayProfile

S, L = HolidayProfile.STRICT, HolidayProfile.LENIENT
NO, SE, FI, DK = Country.NO, Country.SE, Country.FI, Country.DK


def due(received: str, country: Country, profile: HolidayProfile = S, **kw: object) -> str:
    return compute_deadline(date.fromisoformat(received), country, profile, **kw).due.isoformat()  # type: ignore[arg-type]


# --- month arithmetic (Reg. 1182/71 Art. 3(2)(c)) ---------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2026-03-05", 1, "2026-04-05"),  # EDPB example 32
        ("2026-08-31", 1, "2026-09-30"),  # EDPB example 33
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),  # leap year
        ("2028-02-29", 1, "2028-03-29"),
        ("2027-02-28", 1, "2027-03-28"),  # not clamped up to 31 March
        ("2026-12-31", 1, "2027-01-31"),  # year boundary
        ("2026-11-30", 3, "2027-02-28"),
        ("2027-11-30", 3, "2028-02-29"),
        ("2026-01-31", 3, "2026-04-30"),
        ("2026-01-15", -12, "2025-01-15"),
    ],
)
def test_add_months_uses_same_day_clamped_to_month_end(start: str, months: int, expected: str) -> None:
    assert add_months(date.fromisoformat(start), months).isoformat() == expected


# --- the worked examples of the rule book ----------------------------------------------


def test_edpb_example_32_five_march_is_due_five_april_rolled_past_easter() -> None:
    # 5 April 2026 is Easter Sunday and 6 April Easter Monday: the raw date rolls to Tuesday.
    assert due("2026-03-05", NO) == "2026-04-07"
    assert due("2027-03-05", NO) == "2027-04-05"  # a plain Monday in 2027


def test_edpb_example_33_thirty_first_august_is_due_thirtieth_september() -> None:
    assert due("2026-08-31", SE) == "2026-09-30"


def test_rule_book_extension_example_is_three_months_from_receipt() -> None:
    result = compute_deadline(date(2026, 1, 31), SE, S, extended=True)
    assert result.due == date(2026, 4, 30)
    assert result.extension_notice_by == date(2026, 3, 2)


def test_pause_is_added_after_clamping_and_before_rolling() -> None:
    # 31 Jan + 1 month = 28 Feb; + 3 paused days = 3 Mar (a Tuesday).
    result = compute_deadline(date(2026, 1, 31), NO, S, paused_days=3)
    assert result.due == date(2026, 3, 3)
    assert result.conservative_due == date(2026, 3, 2)
    assert result.extension_notice_by == date(2026, 3, 3)


def test_receipt_on_a_weekend_or_holiday_still_counts_that_day() -> None:
    assert due("2026-01-03", NO) == "2026-02-03"  # received Saturday
    assert due("2025-12-25", NO) == "2026-01-26"  # received Christmas Day; 25 Jan 2026 is a Sunday


# --- every country's holidays, both profiles ---------------------------------------------


@pytest.mark.parametrize(
    ("received", "country", "profile", "expected", "why"),
    [
        # Norway: Maundy Thu, Good Fri, Easter Mon, 1 May, 17 May, Ascension, Whit Monday, Christmas
        ("2026-03-02", NO, S, "2026-04-07", "2 Apr Maundy Thu, 3 Good Fri, 6 Easter Mon"),
        ("2026-04-01", NO, S, "2026-05-04", "1 May Labour Day then weekend"),
        ("2027-04-17", NO, S, "2027-05-18", "17 May Constitution Day"),
        ("2026-04-14", NO, S, "2026-05-15", "14 May Ascension"),
        ("2026-04-25", NO, S, "2026-05-26", "25 May Whit Monday"),
        ("2026-11-25", NO, S, "2026-12-28", "25-26 Dec and weekend"),
        ("2026-11-24", NO, S, "2026-12-24", "24 Dec is a working day in Norway"),
        ("2026-11-24", NO, L, "2026-12-24", "Norway has no lenient extras"),
        ("2026-11-30+1", NO, S, "2026-12-31", "31 Dec is a working day in Norway"),
        # Sweden: 6 Jan, national day 6 Jun, midsummer eve and Christmas/New Year's eve only in lenient
        ("2026-12-06", SE, S, "2027-01-07", "6 Jan Epiphany"),
        ("2027-05-06", SE, S, "2027-06-07", "6 Jun 2027 Sunday -> Monday 7"),
        ("2026-05-19", SE, S, "2026-06-19", "midsummer eve is a working day in strict"),
        ("2026-05-19", SE, L, "2026-06-22", "midsummer eve rolls in lenient"),
        ("2026-11-24", SE, S, "2026-12-24", "Christmas Eve strict"),
        ("2026-11-24", SE, L, "2026-12-28", "Christmas Eve lenient"),
        ("2026-11-30+1", SE, L, "2027-01-04", "New Year's Eve and Day lenient"),
        ("2026-04-25", SE, S, "2026-05-25", "Whit Monday is no longer a Swedish holiday"),
        # Finland: the library's eves must be dropped in strict
        ("2026-05-19", FI, S, "2026-06-19", "juhannusaatto is a working day in strict"),
        ("2026-05-19", FI, L, "2026-06-22", "juhannusaatto rolls in lenient"),
        ("2026-11-24", FI, S, "2026-12-24", "jouluaatto is a working day in strict"),
        ("2026-11-24", FI, L, "2026-12-28", "jouluaatto rolls in lenient"),
        ("2027-11-06", FI, S, "2027-12-07", "6 Dec Independence Day"),
        ("2026-11-30+1", FI, L, "2026-12-31", "31 Dec is not a Finnish extra day"),
        # Denmark: Store Bededag abolished; 5 June, 24 and 31 Dec only lenient; 1 May never
        ("2026-05-05", DK, S, "2026-06-05", "Grundlovsdag strict is a working day"),
        ("2026-05-05", DK, L, "2026-06-08", "Grundlovsdag lenient"),
        ("2026-04-01", DK, S, "2026-05-01", "1 May is a working day in Denmark"),
        ("2026-04-01", DK, L, "2026-05-01", "1 May is not in the Danish statute either"),
        ("2026-04-02", DK, S, "2026-05-04", "2 May Saturday rolls to Monday"),
        ("2026-03-02", DK, S, "2026-04-07", "Maundy Thursday, Good Friday, Easter Monday"),
        ("2026-11-30+1", DK, L, "2027-01-04", "31 Dec lenient then New Year"),
        ("2026-04-24", DK, S, "2026-05-26", "Whit Sunday then Whit Monday"),
    ],
)
def test_country_holidays(
    received: str, country: Country, profile: HolidayProfile, expected: str, why: str
) -> None:
    # "+N" adds paused days: no one-month period can otherwise end on 31 December.
    day, _, paused = received.partition("+")
    assert due(day, country, profile, paused_days=int(paused or 0)) == expected, why


def test_store_bededag_is_not_a_holiday_any_more() -> None:
    cal = working_calendar(DK, S)
    assert cal.is_working_day(date(2026, 5, 1))  # would have been the fourth Friday after Easter
    assert cal.is_working_day(date(2024, 4, 26))


@pytest.mark.parametrize("country", list(Country))
@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027, 2028, 2029, 2030])
def test_strict_is_a_subset_of_lenient(country: Country, year: int) -> None:
    strict = set(working_calendar(country, S).holidays_in(year))
    lenient = set(working_calendar(country, L).holidays_in(year))
    assert strict <= lenient


def test_strict_finnish_calendar_has_no_eves() -> None:
    names = set(working_calendar(FI, S).holidays_in(2026).values())
    assert "Midsummer Eve" not in names and "Christmas Eve" not in names
    assert {date(2026, 6, 19), date(2026, 12, 24)} <= set(working_calendar(FI, L).holidays_in(2026))


# --- explanation ----------------------------------------------------------------------


def test_explanation_matches_the_issue_example() -> None:
    steps = explain_deadline(date(2026, 1, 31), SE, S)
    assert explanation_text(steps) == (
        "received Sat 31 Jan 2026 (the day of receipt is not counted) → one month: Sat 28 Feb "
        "(31 Feb does not exist) → Sat 28 Feb and Sun 1 Mar are not working days → due Mon 2 Mar 2026"
    )


def test_explanation_names_the_holidays_it_skips() -> None:
    steps = explain_deadline(date(2026, 3, 5), NO, S)
    rolled = next(step for step in steps if step.kind is StepKind.ROLLED_FORWARD)
    assert [s.holiday for s in rolled.skipped] == [None, "Easter Monday"]
    assert "Mon 6 Apr (Easter Monday)" in rolled.text


def test_explanation_shows_pause_and_extension() -> None:
    text = explanation_text(explain_deadline(date(2026, 1, 31), NO, S, paused_days=1, extended=True))
    assert "3 months (extended): Thu 30 Apr" in text
    assert "plus 1 paused day: Fri 1 May" in text
    assert "Fri 1 May (Labor Day)" in text
    assert text.endswith("due Mon 4 May 2026")


def test_negative_pause_is_refused() -> None:
    with pytest.raises(ValidationError, match="paused days"):
        compute_deadline(date(2026, 1, 1), NO, S, paused_days=-1)


def test_working_days_left() -> None:
    cal = working_calendar(NO, S)
    assert working_days_left(date(2026, 4, 1), date(2026, 4, 7), cal) == 1  # 2,3,6 holidays; 4,5 weekend
    assert working_days_left(date(2026, 4, 7), date(2026, 4, 7), cal) == 0
    assert working_days_left(date(2026, 4, 11), date(2026, 4, 10), cal) == -1  # Saturday after a Friday
    assert working_days_left(date(2026, 4, 14), date(2026, 4, 10), cal) == -2


# --- properties ------------------------------------------------------------------------

received_dates = st.dates(min_value=date(2018, 5, 25), max_value=date(2035, 12, 31))
countries = st.sampled_from(list(Country))
profiles = st.sampled_from(list(HolidayProfile))
pauses = st.integers(min_value=0, max_value=120)


@settings(max_examples=400, deadline=None)
@given(received_dates, countries, profiles, pauses, st.booleans())
def test_due_is_a_working_day_and_never_before_the_raw_date(
    received: date, country: Country, profile: HolidayProfile, paused: int, extended: bool
) -> None:
    result = compute_deadline(received, country, profile, paused_days=paused, extended=extended)
    cal = working_calendar(country, profile)
    raw = add_months(received, 3 if extended else 1) + timedelta(days=paused)
    assert cal.is_working_day(result.due)
    assert result.due >= raw
    # Nothing between the raw date and the due date is a working day: it rolled to the *next* one.
    assert all(not cal.is_working_day(raw + timedelta(days=i)) for i in range((result.due - raw).days))
    assert result.conservative_due <= result.due
    assert cal.is_working_day(result.extension_notice_by)


@settings(max_examples=300, deadline=None)
@given(received_dates, countries, profiles, pauses)
def test_due_is_non_decreasing_in_the_received_date(
    received: date, country: Country, profile: HolidayProfile, paused: int
) -> None:
    later = received + timedelta(days=1)
    for extended in (False, True):
        first = compute_deadline(received, country, profile, paused_days=paused, extended=extended)
        second = compute_deadline(later, country, profile, paused_days=paused, extended=extended)
        assert first.due <= second.due


@settings(max_examples=300, deadline=None)
@given(received_dates, countries, profiles, pauses)
def test_extension_is_never_earlier_than_the_base_date(
    received: date, country: Country, profile: HolidayProfile, paused: int
) -> None:
    base = compute_deadline(received, country, profile, paused_days=paused)
    extended = compute_deadline(received, country, profile, paused_days=paused, extended=True)
    assert extended.due >= base.due
    assert extended.extension_notice_by == base.due


@settings(max_examples=200, deadline=None)
@given(received_dates, countries, pauses, st.booleans())
def test_strict_is_never_later_than_lenient(
    received: date, country: Country, paused: int, extended: bool
) -> None:
    strict = compute_deadline(received, country, S, paused_days=paused, extended=extended)
    lenient = compute_deadline(received, country, L, paused_days=paused, extended=extended)
    assert strict.due <= lenient.due


@settings(max_examples=200, deadline=None)
@given(received_dates, countries, profiles, pauses, st.booleans())
def test_explanation_ends_on_the_computed_date(
    received: date, country: Country, profile: HolidayProfile, paused: int, extended: bool
) -> None:
    steps = explain_deadline(received, country, profile, paused_days=paused, extended=extended)
    assert steps[-1].kind is StepKind.DUE
    assert (
        steps[-1].day
        == compute_deadline(received, country, profile, paused_days=paused, extended=extended).due
    )


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31)),
    st.integers(min_value=0, max_value=900),
    countries,
)
def test_working_days_between_matches_counting_day_by_day(start: date, length: int, country: Country) -> None:
    cal = working_calendar(country, S)
    end = start + timedelta(days=length)
    by_hand = sum(cal.is_working_day(start + timedelta(days=i)) for i in range(1, length + 1))
    assert cal.working_days_between(start, end) == by_hand
