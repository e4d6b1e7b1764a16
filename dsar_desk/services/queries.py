"""Read-side queries: plain row objects for registers, dashboards and detail views."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy import case as sql_case
from sqlmodel import col
from sqlmodel import select as model_select

from dsar_desk.domain.calendars import working_calendar
from dsar_desk.domain.deadlines import Deadlines, Step, add_months, compute_deadline, explain_deadline
from dsar_desk.domain.deadlines import working_days_left as _working_days_left
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import Case, Pause
from dsar_desk.domain.vocabulary import (
    FINISHED_STATUSES,
    PAUSED_STATUSES,
    CaseStatus,
    Country,
    HolidayProfile,
    Right,
)
from dsar_desk.services.audit import AuditEvent, events_for_case
from dsar_desk.services.context import ServiceContext
from dsar_desk.storage.repository import email_key, load_case, name_key
from dsar_desk.storage.tables import AttachmentRow, CaseRow, EntityRow, LetterRow, NoteRow

STATUS_FILTERS = ("open", "overdue", "due-soon", "paused", "extended", "closed", "all")
SORT_KEYS = {
    "reference": (CaseRow.entity_id, CaseRow.year, CaseRow.seq),
    "received": (CaseRow.received, CaseRow.id),
    "due": (CaseRow.due_date, CaseRow.id),
    "status": (CaseRow.status, CaseRow.due_date),
    "requester": (CaseRow.requester_sort_key, CaseRow.id),
    "entity": (EntityRow.code, CaseRow.due_date),
    "handler": (CaseRow.handler, CaseRow.due_date),
    "rights": (CaseRow.rights_summary, CaseRow.id),
}

_OPEN = [s.value for s in FINISHED_STATUSES]
_PAUSED = [s.value for s in PAUSED_STATUSES]
# Conditions name the statuses they keep, not the ones they drop: "status IN (...)" is a
# search on the status index, "NOT IN" a scan of every case (100 ms at 100,000 cases).
_STILL_OPEN = [s.value for s in CaseStatus if s not in FINISHED_STATUSES]
_ACTIVE = [s for s in _STILL_OPEN if s not in (*_PAUSED, CaseStatus.RESPONDED.value)]


@dataclass(frozen=True, slots=True)
class CaseSummary:
    reference: str
    entity: str
    status: str
    rights: tuple[str, ...]
    received: date
    due: date
    extension_notice_by: date
    conservative_due: date
    paused_days: int
    extended: bool
    requester: str
    email: str
    handler: str
    channel: str
    closed_on: date | None
    days_left: int  # working days; negative when overdue; 0 when due today
    country: str
    profile: str

    @property
    def is_open(self) -> bool:
        return self.closed_on is None and self.status not in _OPEN

    @property
    def is_paused(self) -> bool:
        return self.status in _PAUSED

    def as_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "entity": self.entity,
            "status": self.status,
            "rights": list(self.rights),
            "received": self.received.isoformat(),
            "due": self.due.isoformat(),
            "extension_notice_by": self.extension_notice_by.isoformat(),
            "conservative_due": self.conservative_due.isoformat(),
            "paused_days": self.paused_days,
            "extended": self.extended,
            "requester": self.requester,
            "handler": self.handler,
            "channel": self.channel,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "working_days_left": self.days_left,
        }


@dataclass(frozen=True)
class CaseFilter:
    status: str = "open"
    entity: str | None = None
    text: str = ""
    right: Right | None = None
    as_of: date | None = None
    sort: str = "due"
    descending: bool = False
    limit: int | None = None
    offset: int = 0


_COLUMNS = (
    CaseRow.reference,
    EntityRow.code,
    CaseRow.status,
    CaseRow.rights_summary,
    CaseRow.received,
    CaseRow.due_date,
    CaseRow.extension_notice_by,
    CaseRow.conservative_due,
    CaseRow.paused_days,
    CaseRow.extension_notified_on,
    CaseRow.requester_name,
    CaseRow.requester_email,
    CaseRow.handler,
    CaseRow.channel,
    CaseRow.closed_on,
    EntityRow.country,
    EntityRow.profile,
)


def _status_condition(status: str, as_of: date, soon_days: int) -> Any:
    is_open = col(CaseRow.status).in_(_STILL_OPEN)
    # A responded case has had its answer; closing it is bookkeeping, not a deadline.
    active = col(CaseRow.status).in_(_ACTIVE)
    if status == "open":
        return is_open
    if status == "overdue":
        return and_(active, col(CaseRow.due_date) < as_of)
    if status == "due-soon":
        return and_(
            active, col(CaseRow.due_date) >= as_of, col(CaseRow.due_date) <= as_of + timedelta(days=soon_days)
        )
    if status == "paused":
        return col(CaseRow.status).in_(_PAUSED)
    if status == "extended":
        return and_(is_open, col(CaseRow.extension_notified_on).is_not(None))
    if status == "closed":
        return col(CaseRow.status).in_(_OPEN)
    if status == "all":
        return None
    raise ValidationError("status", f"'{status}' is not one of: {', '.join(STATUS_FILTERS)}")


def build_query(
    flt: CaseFilter, as_of: date, soon_days: int, columns: Any = _COLUMNS, join_entity: bool = True
) -> Select[Any]:
    # select_from: a count(*) has no table of its own to join from.
    query = select(*columns).select_from(CaseRow)
    if join_entity or flt.entity:
        query = query.join(EntityRow, col(EntityRow.id) == col(CaseRow.entity_id))
    condition = _status_condition(flt.status, as_of, soon_days)
    if condition is not None:
        query = query.where(condition)
    if flt.entity:
        query = query.where(col(EntityRow.code) == flt.entity.strip().upper())
    if flt.right is not None:
        query = query.where(col(CaseRow.rights_summary).contains(flt.right.value))
    text = flt.text.strip()
    if text:
        pattern = f"%{text.casefold()}%"
        query = query.where(
            or_(
                func.lower(CaseRow.reference).like(pattern),
                col(CaseRow.requester_name_key).like(pattern),
                col(CaseRow.requester_email_key).like(pattern),
            )
        )
    return query


def summary_from(values: Any, as_of: date) -> CaseSummary:
    (
        ref,
        entity,
        status,
        rights,
        received,
        due,
        notice_by,
        conservative,
        paused,
        extended_on,
        requester,
        email,
        handler,
        channel,
        closed_on,
        country,
        profile,
    ) = values
    return CaseSummary(
        ref,
        entity,
        status,
        tuple(rights.split(",")) if rights else (),
        received,
        due,
        notice_by,
        conservative,
        paused,
        extended_on is not None,
        requester,
        email,
        handler,
        channel,
        closed_on,
        _days_left(as_of, due, country, profile),
        country,
        profile,
    )


@lru_cache(maxsize=8192)
def _days_left(as_of: date, due: date, country: str, profile: str) -> int:
    # Thousands of cases share a due date: a page of summaries counts each once.
    return _working_days_left(as_of, due, working_calendar(Country(country), HolidayProfile(profile)))


@dataclass(frozen=True)
class Dashboard:
    open: int
    overdue: int
    due_soon: int
    paused: int
    extended: int
    next_deadlines: list[CaseSummary]


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    kind: str  # audit action, "note", "attachment" or "letter"
    actor: str
    summary: dict[str, Any]


@dataclass(frozen=True)
class RelatedCase:
    reference: str
    received: date
    status: str
    rights: tuple[str, ...]
    matched_on: str  # "email" or "name"


@dataclass
class CaseDetail:
    case: Case
    deadlines: Deadlines
    steps: list[Step]
    working_days_left: int
    paused_days: int
    profile_differs: Deadlines | None
    related: list[RelatedCase]
    timeline: list[TimelineItem] = field(default_factory=list)
    notes: list[tuple[datetime, str, str]] = field(default_factory=list)
    attachments: list[tuple[datetime, str, str, int]] = field(default_factory=list)
    letters: list[dict[str, Any]] = field(default_factory=list)
    events: list[AuditEvent] = field(default_factory=list)
    letter_facts: str = "{}"
    late_pauses: list[Pause] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        case = self.case
        return {
            "reference": case.reference,
            "entity": case.entity.code,
            "status": case.status.value,
            "rights": [line.right.value for line in case.rights],
            "outcomes": {
                line.right.value: {
                    "outcome": line.outcome.value if line.outcome else None,
                    "grounds": line.grounds,
                    "code": line.ground_code,
                    "decided_on": line.decided_on.isoformat() if line.decided_on else None,
                }
                for line in case.rights
            },
            "received": case.received.isoformat(),
            "channel": case.channel.value,
            "due": self.deadlines.due.isoformat(),
            "extension_notice_by": self.deadlines.extension_notice_by.isoformat(),
            "conservative_due": self.deadlines.conservative_due.isoformat(),
            "working_days_left": self.working_days_left,
            "paused_days": self.paused_days,
            "extended": case.extension is not None,
            "extension": (
                {"notified_on": case.extension.notified_on.isoformat(), "reasons": case.extension.reasons}
                if case.extension
                else None
            ),
            "pauses": [
                {
                    "reason": p.reason.value,
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat() if p.end else None,
                }
                for p in case.pauses
            ],
            "identity_checked": (
                {"on": case.identity_checked_on.isoformat(), "method": case.identity_method}
                if case.identity_checked_on
                else None
            ),
            "requester": {
                "name": case.requester.name,
                "email": case.requester.email,
                "phone": case.requester.phone,
                "address": case.requester.address,
                "language": case.requester.language.value if case.requester.language else None,
                "relationship": case.requester.relationship.value,
            },
            "representative": (
                {"name": case.representative.name, "authority_checked": case.representative.authority_checked}
                if case.representative
                else None
            ),
            "scope": case.scope,
            "handler": case.handler,
            "closed_on": case.closed_on.isoformat() if case.closed_on else None,
            "steps": [step.text for step in self.steps],
            "warnings": {
                "late_pauses": [p.start.isoformat() for p in self.late_pauses],
                "other_profile_due": self.profile_differs.due.isoformat() if self.profile_differs else None,
            },
            "related": [
                {"reference": r.reference, "received": r.received.isoformat(), "matched_on": r.matched_on}
                for r in self.related
            ],
        }


def late_pauses(case: Case, allowed_working_days: int) -> list[Pause]:
    """Pauses that began later than "without undue delay" allows (rule book §1.5 validity guard).

    A pause is only credible when the identity or clarification request went out promptly;
    these are flagged so the handler can rely on the conservative date instead.
    """
    cal = working_calendar(case.entity.country, case.entity.profile)
    return [p for p in case.pauses if cal.working_days_between(case.received, p.start) > allowed_working_days]


class CaseQueries:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list_cases(self, flt: CaseFilter) -> list[CaseSummary]:
        as_of = flt.as_of or self._ctx.clock.today()
        query = build_query(flt, as_of, self._ctx.settings.due_soon_days)
        keys = SORT_KEYS.get(flt.sort)
        if keys is None:
            raise ValidationError("sort", f"'{flt.sort}' is not one of: {', '.join(SORT_KEYS)}")
        query = query.order_by(*[col(k).desc() if flt.descending else col(k) for k in keys])
        if flt.limit is not None:
            query = query.limit(flt.limit).offset(flt.offset)
        with self._ctx.reader.connect() as conn:
            return [summary_from(values, as_of) for values in conn.execute(query)]

    def count_cases(self, flt: CaseFilter) -> int:
        as_of = flt.as_of or self._ctx.clock.today()
        query = build_query(flt, as_of, self._ctx.settings.due_soon_days, columns=(func.count(),))
        with self._ctx.reader.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def references(self, flt: CaseFilter) -> list[str]:
        """Only the references, sorted: cheap enough for 100,000 rows."""
        as_of = flt.as_of or self._ctx.clock.today()
        keys = SORT_KEYS.get(flt.sort)
        if keys is None:
            raise ValidationError("sort", f"'{flt.sort}' is not one of: {', '.join(SORT_KEYS)}")
        # Without the entity join SQLite answers from one covering index (0006).
        query = build_query(
            flt,
            as_of,
            self._ctx.settings.due_soon_days,
            columns=(CaseRow.reference,),
            join_entity=flt.sort == "entity",
        )
        query = query.order_by(*[col(k).desc() if flt.descending else col(k) for k in keys])
        with self._ctx.reader.connect() as conn:
            return list(conn.execute(query).scalars())

    def summaries_for(self, references: list[str], as_of: date | None = None) -> dict[str, CaseSummary]:
        day = as_of or self._ctx.clock.today()
        out: dict[str, CaseSummary] = {}
        with self._ctx.reader.connect() as conn:
            for start in range(0, len(references), 500):
                chunk = references[start : start + 500]
                query = (
                    select(*_COLUMNS)  # type: ignore[call-overload]
                    .join(EntityRow, col(EntityRow.id) == col(CaseRow.entity_id))
                    .where(col(CaseRow.reference).in_(chunk))
                )
                for values in conn.execute(query):
                    summary = summary_from(values, day)
                    out[summary.reference] = summary
        return out

    def dashboard(self, as_of: date | None = None, entity: str | None = None) -> Dashboard:
        day = as_of or self._ctx.clock.today()
        soon = self._ctx.settings.due_soon_days
        # Every figure counts open cases: one pass over them instead of five queries.
        figures = [
            func.coalesce(func.sum(sql_case((_status_condition(status, day, soon), 1), else_=0)), 0)
            for status in ("open", "overdue", "due-soon", "paused", "extended")
        ]
        counts = build_query(
            CaseFilter(status="open", entity=entity), day, soon, columns=figures, join_entity=False
        )
        # Only deadlines someone still has to meet: not paused, not already answered.
        query = (
            build_query(CaseFilter(status="open", entity=entity), day, soon)
            .where(col(CaseRow.status).in_(_ACTIVE))
            .order_by(col(CaseRow.due_date), col(CaseRow.id))
            .limit(10)
        )
        with self._ctx.reader.connect() as conn:
            open_, overdue, due_soon, paused, extended = (int(n) for n in conn.execute(counts).one())
            upcoming = [summary_from(values, day) for values in conn.execute(query)]
        return Dashboard(
            open=open_,
            overdue=overdue,
            due_soon=due_soon,
            paused=paused,
            extended=extended,
            next_deadlines=upcoming,
        )

    def related_cases(
        self, name: str, email: str, received: date, exclude: str | None = None
    ) -> list[RelatedCase]:
        """Earlier requests by the same person within 12 months (input to the Art. 12(5) check)."""
        nkey, ekey = name_key(name), email_key(email)
        if not nkey and not ekey:
            return []
        since = add_months(received, -12)
        matches = [col(CaseRow.requester_name_key) == nkey] if nkey else []
        if ekey:
            matches.append(col(CaseRow.requester_email_key) == ekey)
        query = (
            select(  # type: ignore[call-overload]
                CaseRow.reference,
                CaseRow.received,
                CaseRow.status,
                CaseRow.rights_summary,
                CaseRow.requester_email_key,
            )
            .where(or_(*matches), col(CaseRow.received) >= since, col(CaseRow.received) <= received)
            .order_by(col(CaseRow.received).desc())
        )
        with self._ctx.reader.connect() as conn:
            rows: list[Any] = list(conn.execute(query).all())
        return [
            RelatedCase(
                ref, rec, status, tuple(rights.split(",")), "email" if ekey and row_email == ekey else "name"
            )
            for ref, rec, status, rights, row_email in rows
            if ref != exclude
        ]

    def case_detail(self, reference: str) -> CaseDetail:
        today = self._ctx.clock.today()
        counting = self._ctx.settings.pause_counting
        with self._ctx.reading() as session:
            loaded = load_case(session, reference)
            case = loaded.case
            assert loaded.row.id is not None
            case_id = loaded.row.id
            notes = [
                (n.at, n.author, n.text)
                for n in session.exec(
                    model_select(NoteRow).where(col(NoteRow.case_id) == case_id).order_by(col(NoteRow.at))
                )
            ]
            attachments = [
                (a.at, a.original_name, a.sha256, a.size)
                for a in session.exec(
                    model_select(AttachmentRow)
                    .where(col(AttachmentRow.case_id) == case_id)
                    .order_by(col(AttachmentRow.at))
                )
            ]
            letters = [
                {
                    "id": item.id,
                    "kind": item.kind,
                    "language": item.language,
                    "created_at": item.created_at,
                    "sha256": item.sha256,
                    "sent_on": item.sent_on,
                    "sent_channel": item.sent_channel,
                }
                for item in session.exec(
                    model_select(LetterRow)
                    .where(col(LetterRow.case_id) == case_id)
                    .order_by(col(LetterRow.created_at))
                )
            ]
            events = events_for_case(session, case.reference)
            letter_facts = loaded.row.letter_facts
        return self._detail(case, today, counting, notes, attachments, letters, events, letter_facts)

    def _detail(
        self,
        case: Case,
        today: date,
        counting: Any,
        notes: Any,
        attachments: Any,
        letters: Any,
        events: list[AuditEvent],
        letter_facts: str,
    ) -> CaseDetail:
        paused = case.paused_days(counting, today)
        deadlines = case.deadlines(counting, today)
        extended = case.extension is not None
        steps = explain_deadline(
            case.received, case.entity.country, case.entity.profile, paused_days=paused, extended=extended
        )
        other_profile = (
            HolidayProfile.LENIENT if case.entity.profile is HolidayProfile.STRICT else HolidayProfile.STRICT
        )
        alternative = compute_deadline(
            case.received, case.entity.country, other_profile, paused_days=paused, extended=extended
        )
        cal = working_calendar(case.entity.country, case.entity.profile)
        timeline = [TimelineItem(e.at, e.action, e.actor, e.payload) for e in events]
        return CaseDetail(
            case=case,
            deadlines=deadlines,
            steps=steps,
            working_days_left=_working_days_left(today, deadlines.due, cal),
            paused_days=paused,
            profile_differs=alternative if alternative.due != deadlines.due else None,
            late_pauses=late_pauses(case, self._ctx.settings.undue_delay_working_days),
            related=self.related_cases(
                case.requester.name, case.requester.email, case.received, case.reference
            ),
            timeline=timeline,
            notes=notes,
            attachments=attachments,
            letters=letters,
            events=events,
            letter_facts=letter_facts,
        )
