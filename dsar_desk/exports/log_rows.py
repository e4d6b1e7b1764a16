"""The monthly request log: which requests belong to month M and what each looked like at its end.

Pure: the service fetches `CaseFacts` with a few SQL selects and this module turns them
into `MonthCase` snapshots (as at the month's last day, so a log exported in July for
March shows March as March ended) and into rows with typed cells.

One row per request, with a column per right's outcome: a row count is a request
count, sums and pivots never double count, and filtering "Outcome: erasure = refused"
works directly (the README explains the choice).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from dsar_desk.domain.deadlines import compute_deadline
from dsar_desk.domain.vocabulary import (
    PAUSE_STATUS,
    PAUSED_STATUSES,
    CaseStatus,
    Country,
    HolidayProfile,
    Outcome,
    PauseCounting,
    PauseReason,
    Right,
)
from dsar_desk.exports.month import Month

_NOT_OVERDUE = frozenset({s.value for s in PAUSED_STATUSES} | {CaseStatus.RESPONDED.value})
REFUSALS = frozenset({Outcome.REFUSED.value, Outcome.PARTLY_FULFILLED.value})


@dataclass(frozen=True, slots=True)
class RightFacts:
    right: str
    outcome: str | None
    grounds: str
    ground_code: str
    decided_on: date | None


@dataclass(frozen=True, slots=True)
class PauseFacts:
    reason: str
    start: date
    end: date | None

    def days(self, counting: PauseCounting, as_of: date) -> int:
        end = self.end if self.end is not None and self.end <= as_of else as_of
        diff = max(0, (end - self.start).days)
        return diff + 1 if counting is PauseCounting.INCLUSIVE else diff


@dataclass(frozen=True, slots=True)
class LetterFacts:
    kind: str
    sent_on: date


@dataclass(frozen=True, slots=True)
class ClosureEvent:
    """A closure or reopening from the audit trail (only needed for reopened cases)."""

    on: date
    closed: bool
    status: str = ""


@dataclass(slots=True)
class CaseFacts:
    """Everything the log needs about one request, as stored now."""

    reference: str
    entity_code: str
    country: str
    profile: str
    received: date
    channel: str
    status: str
    relationship: str
    handler: str
    identity_checked_on: date | None
    identity_method: str
    extension_notified_on: date | None
    extension_reasons: str
    closed_on: date | None
    reopened_count: int
    due_date: date
    extension_notice_by: date
    conservative_due: date
    requester_name: str = ""
    requester_email: str = ""
    requester_phone: str = ""
    requester_address: str = ""
    rights: list[RightFacts] = field(default_factory=list)
    pauses: list[PauseFacts] = field(default_factory=list)
    letters: list[LetterFacts] = field(default_factory=list)
    closures: list[ClosureEvent] | None = None  # None: derive from closed_on


@dataclass(slots=True)
class MonthCase:
    """One request as it stood at the end of the month."""

    facts: CaseFacts
    closed_on: date | None  # the response date if closed by month end
    status: str  # status at month end
    paused_days: int
    pauses: list[PauseFacts]  # pauses started by month end, ends after it blanked
    extended_on: date | None
    due: date
    one_month_due: date
    conservative_due: date
    outcomes: dict[str, RightFacts]  # decided by month end
    letters: list[LetterFacts]
    identity_checked_on: date | None
    overdue_at_end: bool

    @property
    def is_open_at_end(self) -> bool:
        return self.closed_on is None

    @property
    def days_taken(self) -> int | None:
        return None if self.closed_on is None else (self.closed_on - self.facts.received).days

    @property
    def on_time(self) -> bool | None:
        return None if self.closed_on is None else self.closed_on <= self.due


def _closures(facts: CaseFacts) -> list[ClosureEvent]:
    if facts.closures is not None:
        return sorted(facts.closures, key=lambda event: event.on)
    if facts.closed_on is None:
        return []
    return [ClosureEvent(facts.closed_on, True, facts.status)]


def snapshot(facts: CaseFacts, month: Month, counting: PauseCounting) -> MonthCase | None:
    """The request as at the end of `month`, or None when it does not belong in that month's log."""
    start, end = month.first, month.last
    if facts.received > end:
        return None
    closures = _closures(facts)
    open_at_start = facts.received < start
    closed_at: ClosureEvent | None = None
    touched = month.contains(facts.received)
    for event in closures:
        if event.on < start:
            open_at_start = not event.closed
        if event.on <= end:
            closed_at = event if event.closed else None
        if month.contains(event.on):
            touched = True
    if not (touched or open_at_start):
        return None

    closed_on = closed_at.on if closed_at is not None else None
    as_of = closed_on or end
    pauses = (
        [
            PauseFacts(p.reason, p.start, p.end if p.end is not None and p.end <= as_of else None)
            for p in facts.pauses
            if p.start <= as_of
        ]
        if facts.pauses
        else []
    )
    paused_days = sum(p.days(counting, as_of) for p in pauses) if pauses else 0
    extended_on = facts.extension_notified_on
    if extended_on is not None and extended_on > as_of:
        extended_on = None
    settled = extended_on == facts.extension_notified_on and all(
        p.end is not None and p.end <= as_of for p in facts.pauses
    )
    if (closed_on is not None and closed_on == facts.closed_on) or (closed_on is None and settled):
        # Stored dates fixed at closure are the historical truth. When every pause had
        # ended by the month's end and the extension state was the same, the stored
        # dates already hold for that day too, so the calendar is not consulted.
        due, one_month, conservative = facts.due_date, facts.extension_notice_by, facts.conservative_due
    else:
        deadlines = compute_deadline(
            facts.received,
            Country(facts.country),
            HolidayProfile(facts.profile),
            paused_days=paused_days,
            extended=extended_on is not None,
        )
        due, one_month = deadlines.due, deadlines.extension_notice_by
        conservative = deadlines.conservative_due
    outcomes = {
        r.right: r for r in facts.rights if r.outcome is not None and r.decided_on and r.decided_on <= as_of
    }
    if closed_at is not None:
        status = closed_at.status or CaseStatus.CLOSED.value
    else:
        status = _open_status(facts, pauses, outcomes, end)
    identity = facts.identity_checked_on
    return MonthCase(
        facts=facts,
        closed_on=closed_on,
        status=status,
        paused_days=paused_days,
        pauses=pauses,
        extended_on=extended_on,
        due=due,
        one_month_due=one_month,
        conservative_due=conservative,
        outcomes=outcomes,
        letters=[letter for letter in facts.letters if letter.sent_on <= as_of],
        identity_checked_on=identity if identity is not None and identity <= as_of else None,
        # As in the case list: a paused or responded request is not overdue (rule book §1.5).
        overdue_at_end=closed_on is None and due < end and status not in _NOT_OVERDUE,
    )


def _open_status(
    facts: CaseFacts, pauses: list[PauseFacts], outcomes: dict[str, RightFacts], end: date
) -> str:
    running = next((p for p in pauses if p.end is None), None)
    if running is not None:
        return PAUSE_STATUS[PauseReason(running.reason)].value
    if facts.rights and len(outcomes) == len(facts.rights):
        return CaseStatus.RESPONDED.value
    if facts.status == CaseStatus.RECEIVED.value and not pauses and not outcomes:
        return CaseStatus.RECEIVED.value
    return CaseStatus.IN_PROGRESS.value


def month_cases(facts: Iterable[CaseFacts], month: Month, counting: PauseCounting) -> list[MonthCase]:
    out = []
    for item in facts:
        case = snapshot(item, month, counting)
        if case is not None:
            out.append(case)
    return out


# --- columns and rows -----------------------------------------------------------------

Kind = Literal["text", "date", "int"]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    kind: Kind = "text"
    width: int = 12  # spreadsheet characters


RIGHT_LABELS = {
    Right.ACCESS.value: "access",
    Right.RECTIFICATION.value: "rectification",
    Right.ERASURE.value: "erasure",
    Right.RESTRICTION.value: "restriction",
    Right.PORTABILITY.value: "portability",
    Right.OBJECTION.value: "objection",
    Right.MARKETING_OBJECTION.value: "marketing objection",
    Right.CONSENT_WITHDRAWAL.value: "consent withdrawal",
}
PENDING = "pending"
RIGHT_VALUES = tuple(right.value for right in Right)  # enum access is slow in a 10,000-row loop
NAME_COLUMNS = (
    Column("requester", "Requester", width=24),
    Column("email", "E-mail", width=26),
    Column("phone", "Phone", width=16),
    Column("address", "Address", width=30),
)
_BEFORE_NAMES = (Column("reference", "Reference", width=16),)
_AFTER_NAMES = (
    Column("entity", "Entity", width=8),
    Column("received", "Received", "date", 11),
    Column("channel", "Channel", width=10),
    Column("rights", "Rights", width=24),
    Column("relationship", "Relationship", width=14),
    Column("identity_on", "Identity checked", "date", 11),
    Column("identity_method", "Identity method", width=20),
    Column("paused_days", "Paused days", "int", 8),
    Column("extended_on", "Extension notice", "date", 11),
    Column("extension_reasons", "Extension reasons", width=30),
    Column("due", "Due", "date", 11),
    Column("conservative_due", "Conservative due", "date", 11),
    Column("responded", "Response date", "date", 11),
    Column("days_taken", "Days taken", "int", 8),
    Column("on_time", "On time", width=8),
    *(
        Column(f"outcome_{right.value}", f"Outcome: {RIGHT_LABELS[right.value]} ({right.article})", width=14)
        for right in Right
    ),
    Column("grounds", "Legal grounds for refusals", width=40),
    Column("handler", "Handler", width=18),
    Column("letters", "Letters sent", width=28),
    Column("status", "Status at month end", width=18),
    Column("overdue", "Overdue at month end", width=10),
)


def log_columns(include_names: bool) -> tuple[Column, ...]:
    return _BEFORE_NAMES + (NAME_COLUMNS if include_names else ()) + _AFTER_NAMES


def _yes_no(value: bool | None) -> str:
    return "open" if value is None else ("yes" if value else "no")


def grounds_text(case: MonthCase) -> str:
    parts = []
    for right, line in case.outcomes.items():
        if line.outcome in REFUSALS:
            label = RIGHT_LABELS.get(right, right)
            code = f" [{line.ground_code}]" if line.ground_code else ""
            parts.append(f"{label}{code}: {line.grounds}".strip())
    return "; ".join(parts)


def letters_text(case: MonthCase) -> str:
    return "; ".join(f"{letter.kind} {letter.sent_on.isoformat()}" for letter in case.letters)


Cell = str | int | date | None


def log_row(case: MonthCase, include_names: bool) -> tuple[Cell, ...]:
    facts = case.facts
    requested = {r.right for r in facts.rights}
    outcomes: list[Cell] = []
    for right in RIGHT_VALUES:
        if right not in requested:
            outcomes.append("")
        else:
            decided = case.outcomes.get(right)
            outcomes.append(decided.outcome if decided is not None and decided.outcome else PENDING)
    names: tuple[Cell, ...] = (
        (facts.requester_name, facts.requester_email, facts.requester_phone, facts.requester_address)
        if include_names
        else ()
    )
    return (
        facts.reference,
        *names,
        facts.entity_code,
        facts.received,
        facts.channel,
        ", ".join(RIGHT_LABELS.get(r.right, r.right) for r in facts.rights),
        facts.relationship,
        case.identity_checked_on,
        facts.identity_method if case.identity_checked_on else "",
        case.paused_days,
        case.extended_on,
        facts.extension_reasons if case.extended_on else "",
        case.due,
        case.conservative_due,
        case.closed_on,
        case.days_taken,
        _yes_no(case.on_time),
        *outcomes,
        grounds_text(case),
        facts.handler,
        letters_text(case),
        case.status,
        "yes" if case.overdue_at_end else "no",
    )


def sort_key(case: MonthCase) -> tuple[str, date, str]:
    return (case.facts.entity_code, case.facts.received, case.facts.reference)
