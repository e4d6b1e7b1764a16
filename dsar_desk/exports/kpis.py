"""The month's key figures (rule book §4 "Monthly report KPIs"), per entity and in total.

Definitions (also in the README):
- received: requests received in the month; by right counts each right of a request.
- closed: requests closed in the month (closed, withdrawn or closed unverified).
- within one month: closed requests answered by the one-month due date (pauses added).
- within three months when extended: extended requests closed in the month, answered by
  the extended due date.
- on time: closed requests answered by their applicable due date.
- extensions: extension notices given in the month, with their reasons.
- pauses: pauses started in the month; the median covers those that ended by month end.
- refusals by ground: right outcomes refused or partly fulfilled in the month, per ground.
- open / overdue at month end: requests still open on the last day / past their due date.
- median days to respond: calendar days from receipt to closure, closed requests.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from dsar_desk.domain.vocabulary import Channel, PauseCounting, Right
from dsar_desk.exports.log_rows import REFUSALS, MonthCase
from dsar_desk.exports.month import Month

TOTAL = "all"


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


@dataclass
class Kpis:
    scope: str  # an entity code, or "all"
    received: int = 0
    received_by_right: dict[str, int] = field(default_factory=lambda: {r.value: 0 for r in Right})
    received_by_channel: dict[str, int] = field(default_factory=lambda: {c.value: 0 for c in Channel})
    closed: int = 0
    on_time: int = 0
    within_one_month: int = 0
    closed_extended: int = 0
    extended_within_three_months: int = 0
    extensions: int = 0
    extension_reasons: dict[str, int] = field(default_factory=dict)
    pauses_started: int = 0
    pauses_ended: int = 0
    median_pause_days: float | None = None
    refusals: int = 0
    refusals_by_ground: dict[str, int] = field(default_factory=dict)
    open_at_end: int = 0
    overdue_at_end: int = 0
    median_days_to_respond: float | None = None
    # Right -> closed in the month / of which on time, for the per-right chart.
    closed_by_right: dict[str, int] = field(default_factory=lambda: {r.value: 0 for r in Right})
    on_time_by_right: dict[str, int] = field(default_factory=lambda: {r.value: 0 for r in Right})

    @property
    def on_time_share(self) -> float | None:
        return _share(self.on_time, self.closed)

    @property
    def within_one_month_share(self) -> float | None:
        return _share(self.within_one_month, self.closed)

    @property
    def extended_within_three_months_share(self) -> float | None:
        return _share(self.extended_within_three_months, self.closed_extended)

    def on_time_share_for(self, right: str) -> float | None:
        return _share(self.on_time_by_right[right], self.closed_by_right[right])

    def as_json(self) -> dict[str, Any]:
        return {
            "scope": self.scope,
            "received": self.received,
            "received_by_right": self.received_by_right,
            "received_by_channel": self.received_by_channel,
            "closed": self.closed,
            "on_time": self.on_time,
            "on_time_share": self.on_time_share,
            "within_one_month": self.within_one_month,
            "within_one_month_share": self.within_one_month_share,
            "closed_extended": self.closed_extended,
            "extended_within_three_months": self.extended_within_three_months,
            "extended_within_three_months_share": self.extended_within_three_months_share,
            "extensions": self.extensions,
            "extension_reasons": self.extension_reasons,
            "pauses_started": self.pauses_started,
            "pauses_ended": self.pauses_ended,
            "median_pause_days": self.median_pause_days,
            "refusals": self.refusals,
            "refusals_by_ground": self.refusals_by_ground,
            "open_at_end": self.open_at_end,
            "overdue_at_end": self.overdue_at_end,
            "median_days_to_respond": self.median_days_to_respond,
        }


@dataclass
class MonthKpis:
    month: Month
    total: Kpis
    per_entity: dict[str, Kpis]

    def as_json(self) -> dict[str, Any]:
        return {
            "month": str(self.month),
            "total": self.total.as_json(),
            "entities": {code: kpis.as_json() for code, kpis in self.per_entity.items()},
        }


class _Accumulator:
    def __init__(self, scope: str) -> None:
        self.kpis = Kpis(scope)
        self.pause_lengths: list[int] = []
        self.days_taken: list[int] = []
        self.reasons: Counter[str] = Counter()
        self.grounds: Counter[str] = Counter()

    def add(self, case: MonthCase, month: Month, counting: PauseCounting) -> None:
        k, facts = self.kpis, case.facts
        if month.contains(facts.received):
            k.received += 1
            for line in facts.rights:
                k.received_by_right[line.right] = k.received_by_right.get(line.right, 0) + 1
            k.received_by_channel[facts.channel] = k.received_by_channel.get(facts.channel, 0) + 1
        if case.closed_on is not None and month.contains(case.closed_on):
            k.closed += 1
            on_time = case.closed_on <= case.due
            k.on_time += on_time
            k.within_one_month += case.closed_on <= case.one_month_due
            if case.extended_on is not None:
                k.closed_extended += 1
                k.extended_within_three_months += on_time
            for line in facts.rights:
                k.closed_by_right[line.right] = k.closed_by_right.get(line.right, 0) + 1
                k.on_time_by_right[line.right] = k.on_time_by_right.get(line.right, 0) + on_time
            self.days_taken.append((case.closed_on - facts.received).days)
        if month.contains(case.extended_on):
            k.extensions += 1
            self.reasons[facts.extension_reasons] += 1
        for pause in case.pauses:
            if month.contains(pause.start):
                k.pauses_started += 1
                if pause.end is not None:
                    k.pauses_ended += 1
                    self.pause_lengths.append(pause.days(counting, pause.end))
        for line in case.outcomes.values():
            if line.outcome in REFUSALS and month.contains(line.decided_on):
                k.refusals += 1
                self.grounds[line.ground_code or "(no code)"] += 1
        if case.is_open_at_end:
            k.open_at_end += 1
            k.overdue_at_end += case.overdue_at_end

    def result(self) -> Kpis:
        k = self.kpis
        k.median_pause_days = float(median(self.pause_lengths)) if self.pause_lengths else None
        k.median_days_to_respond = float(median(self.days_taken)) if self.days_taken else None
        k.extension_reasons = dict(self.reasons.most_common())
        k.refusals_by_ground = dict(self.grounds.most_common())
        return k


def compute_kpis(
    cases: list[MonthCase], month: Month, counting: PauseCounting, entity_codes: list[str]
) -> MonthKpis:
    """KPIs for the month; `entity_codes` lists the entities to report (even with no requests)."""
    total = _Accumulator(TOTAL)
    per_entity = {code: _Accumulator(code) for code in entity_codes}
    for case in cases:
        total.add(case, month, counting)
        code = case.facts.entity_code
        if code not in per_entity:
            per_entity[code] = _Accumulator(code)
        per_entity[code].add(case, month, counting)
    return MonthKpis(month, total.result(), {code: acc.result() for code, acc in sorted(per_entity.items())})


# --- the KPI table shared by the XLSX and PDF exports ---------------------------------

CHANNEL_LABELS = {
    Channel.EMAIL.value: "e-mail",
    Channel.LETTER.value: "letter",
    Channel.PHONE.value: "phone",
    Channel.WEB_FORM.value: "web form",
    Channel.IN_PERSON.value: "in person",
    Channel.OTHER.value: "other",
}


@dataclass(frozen=True)
class KpiLine:
    label: str
    values: list[int | float | None]  # one per scope: total first, then each entity
    percent: bool = False
    indent: bool = False


def kpi_scopes(month_kpis: MonthKpis) -> list[Kpis]:
    return [month_kpis.total, *month_kpis.per_entity.values()]


def kpi_lines(month_kpis: MonthKpis) -> list[KpiLine]:
    from dsar_desk.exports.log_rows import RIGHT_LABELS

    scopes = kpi_scopes(month_kpis)

    def line(label: str, get: Any, *, percent: bool = False, indent: bool = False) -> KpiLine:
        return KpiLine(label, [get(k) for k in scopes], percent, indent)

    lines = [line("Requests received", lambda k: k.received)]
    for right in Right:
        lines.append(
            line(
                f"{RIGHT_LABELS[right.value]} ({right.article})",
                lambda k, r=right.value: k.received_by_right.get(r, 0),
                indent=True,
            )
        )
    for channel in Channel:
        lines.append(
            line(
                f"by {CHANNEL_LABELS[channel.value]}",
                lambda k, c=channel.value: k.received_by_channel.get(c, 0),
                indent=True,
            )
        )
    lines += [
        line("Requests closed", lambda k: k.closed),
        line("answered on time", lambda k: k.on_time_share, percent=True, indent=True),
        line("answered within one month", lambda k: k.within_one_month_share, percent=True, indent=True),
        line("closed after an extension", lambda k: k.closed_extended, indent=True),
        line(
            "of which within three months",
            lambda k: k.extended_within_three_months_share,
            percent=True,
            indent=True,
        ),
        line("Median days to respond", lambda k: k.median_days_to_respond),
        line("Extensions notified", lambda k: k.extensions),
        line("Pauses started", lambda k: k.pauses_started),
        line("Median pause length (days)", lambda k: k.median_pause_days),
        line("Refusals (whole or partial)", lambda k: k.refusals),
        line("Open at month end", lambda k: k.open_at_end),
        line("of which overdue", lambda k: k.overdue_at_end, indent=True),
    ]
    return lines


def format_kpi(value: int | float | None, percent: bool) -> str:
    if value is None:
        return "–"
    if percent:
        return f"{value * 100:.1f} %"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
