"""Monthly reporting: the month's KPIs, a 12-month series and the request-log exports.

Reads use SQLAlchemy Core selects (tuples, no ORM objects per row), so a month of
10,000 requests loads in a fraction of a second. Every export records one audit event
(who, month, format, entity, names or not, checksum; never personal data).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, or_, select

from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import Entity
from dsar_desk.domain.vocabulary import PauseCounting, Right
from dsar_desk.exports.files import (
    CancelFn,
    ProgressFn,
    Ticker,
    atomic_export,
    check_target,
    never_cancelled,
    no_progress,
)
from dsar_desk.exports.header import ExportHeader
from dsar_desk.exports.log_rows import (
    CaseFacts,
    ClosureEvent,
    LetterFacts,
    MonthCase,
    PauseFacts,
    RightFacts,
    log_columns,
    log_row,
    month_cases,
    sort_key,
)
from dsar_desk.exports.month import Month
from dsar_desk.services.audit import append_event
from dsar_desk.services.context import ServiceContext
from dsar_desk.storage.repository import entity_by_code, entity_from_row
from dsar_desk.storage.tables import AuditEventRow, CaseRightRow, CaseRow, EntityRow, LetterRow, PauseRow

if TYPE_CHECKING:
    from dsar_desk.exports.kpis import MonthKpis

FORMATS = ("csv", "xlsx", "pdf")
SERIES_MONTHS = 12

_case: Any = CaseRow.__table__  # type: ignore[attr-defined]
_entity: Any = EntityRow.__table__  # type: ignore[attr-defined]
_right: Any = CaseRightRow.__table__  # type: ignore[attr-defined]
_pause: Any = PauseRow.__table__  # type: ignore[attr-defined]
_letter: Any = LetterRow.__table__  # type: ignore[attr-defined]
_audit: Any = AuditEventRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class MonthPoint:
    """One month of the 12-month chart."""

    month: Month
    received: int  # requests (a request with two rights counts once)
    received_by_right: dict[str, int]
    closed: int
    on_time: int

    @property
    def on_time_share(self) -> float | None:
        return None if self.closed == 0 else self.on_time / self.closed


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    rows: int
    format: str


@dataclass
class MonthLog:
    month: Month
    entity: Entity | None
    cases: list[MonthCase]
    entities: list[Entity]
    counting: PauseCounting

    @cached_property
    def kpis(self) -> MonthKpis:
        """Computed on first use: a CSV export needs neither them nor their imports."""
        from dsar_desk.exports.kpis import compute_kpis

        codes = [self.entity.code] if self.entity else [e.code for e in self.entities]
        return compute_kpis(self.cases, self.month, self.counting, codes)


def _rows(conn: Connection, query: Any) -> Any:
    """Result rows, typed loosely: Core tuples are unpacked straight into the fact records."""
    return conn.execute(query)


def _month_filter(month: Month, entity_id: int | None) -> Any:
    """Requests received by the month's end and not (finally) closed before it began.

    A reopened request is closed again later than before, so one whose last closure
    precedes the month was closed throughout it. Those that were closed during the
    whole month but reopened after it are fetched and then dropped by `snapshot`,
    which rebuilds their closures from the audit trail. The OR on closed_on lets
    SQLite use the closed_on index for both branches.
    """
    condition = and_(
        or_(_case.c.closed_on.is_(None), _case.c.closed_on >= month.first),
        _case.c.received <= month.last,
    )
    if entity_id is not None:
        condition = and_(condition, _case.c.entity_id == entity_id)
    return condition


def _closure_history(conn: Connection, references: list[str]) -> dict[str, list[ClosureEvent]]:
    """Closures and reopenings of reopened cases, dated by the closure date they recorded."""
    history: dict[str, list[ClosureEvent]] = defaultdict(list)
    for start in range(0, len(references), 500):
        batch = references[start : start + 500]
        query = (
            select(_audit.c.case_ref, _audit.c.action, _audit.c.at, _audit.c.payload)
            .where(_audit.c.case_ref.in_(batch), _audit.c.action.in_(["case.closed", "case.reopened"]))
            .order_by(_audit.c.id)
        )
        for ref, action, at, payload in _rows(conn, query):
            body = json.loads(payload)
            changed = body.get("changed", {})
            closed = action == "case.closed"
            day = at.date()
            status = body.get("status", "")
            if closed and isinstance(changed.get("closed_on"), list) and changed["closed_on"][1]:
                day = date.fromisoformat(changed["closed_on"][1])
            if isinstance(changed.get("status"), list):
                status = changed["status"][1]
            history[ref].append(ClosureEvent(day, closed, status if closed else ""))
    return history


def load_facts(conn: Connection, month: Month, entity_id: int | None, include_names: bool) -> list[CaseFacts]:
    condition = _month_filter(month, entity_id)
    c = _case.c
    columns = [
        c.id,
        c.reference,
        _entity.c.code,
        _entity.c.country,
        _entity.c.profile,
        c.received,
        c.channel,
        c.status,
        c.relationship,
        c.handler,
        c.identity_checked_on,
        c.identity_method,
        c.extension_notified_on,
        c.extension_reasons,
        c.closed_on,
        c.reopened_count,
        c.due_date,
        c.extension_notice_by,
        c.conservative_due,
    ]
    if include_names:
        columns += [c.requester_name, c.requester_email, c.requester_phone, c.requester_address]
    query = select(*columns).join(_entity, _entity.c.id == c.entity_id).where(condition)
    by_id: dict[int, CaseFacts] = {}
    for row in _rows(conn, query):
        names = row[19:] if include_names else ("", "", "", "")
        by_id[row[0]] = CaseFacts(*row[1:19], *names)
    if not by_id:
        return []
    in_month = select(c.id).where(condition)
    rights = select(
        _right.c.case_id,
        _right.c.right,
        _right.c.outcome,
        _right.c.grounds,
        _right.c.ground_code,
        _right.c.decided_on,
    ).where(_right.c.case_id.in_(in_month))
    for case_id, *values in _rows(conn, rights.order_by(_right.c.id)):
        by_id[case_id].rights.append(RightFacts(*values))
    pauses = select(_pause.c.case_id, _pause.c.reason, _pause.c.start, _pause.c.end).where(
        _pause.c.case_id.in_(in_month)
    )
    for case_id, reason, start, end in _rows(conn, pauses.order_by(_pause.c.id)):
        by_id[case_id].pauses.append(PauseFacts(reason, start, end))
    letters = select(_letter.c.case_id, _letter.c.kind, _letter.c.sent_on).where(
        _letter.c.case_id.in_(in_month), _letter.c.sent_on.is_not(None)
    )
    for case_id, kind, sent_on in _rows(conn, letters.order_by(_letter.c.sent_on, _letter.c.id)):
        by_id[case_id].letters.append(LetterFacts(kind, sent_on))
    reopened = [facts.reference for facts in by_id.values() if facts.reopened_count > 0]
    if reopened:
        history = _closure_history(conn, reopened)
        for facts in by_id.values():
            if facts.reopened_count > 0:
                facts.closures = history.get(facts.reference, [])
    return list(by_id.values())


def audit_head(conn: Connection) -> tuple[str, int]:
    """The hash of the newest audit event and the number of events (cheap; no full verify)."""
    row = conn.execute(select(_audit.c.hash, _audit.c.id).order_by(_audit.c.id.desc()).limit(1)).first()
    # Events are append-only with increasing ids, so the newest id is the count; a gap
    # would be a removed event, which `audit verify` reports.
    return (row[0], int(row[1])) if row is not None else ("0" * 64, 0)


class ReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- reading ----------------------------------------------------------------------

    def _entities(self, conn: Connection) -> list[Entity]:
        from sqlmodel import Session
        from sqlmodel import select as model_select

        with Session(bind=conn) as session:
            return [
                entity_from_row(row) for row in session.exec(model_select(EntityRow).order_by(EntityRow.code))
            ]

    def _entity_id(self, conn: Connection, code: str | None) -> tuple[int | None, Entity | None]:
        if not code:
            return None, None
        from sqlmodel import Session

        with Session(bind=conn) as session:
            row = entity_by_code(session, code)
            return row.id, entity_from_row(row)

    def month_log(self, month: Month, entity: str | None = None, include_names: bool = False) -> MonthLog:
        counting = self._ctx.settings.pause_counting
        with self._ctx.engine.connect() as conn:
            entity_id, chosen = self._entity_id(conn, entity)
            entities = self._entities(conn)
            facts = load_facts(conn, month, entity_id, include_names)
        cases = sorted(month_cases(facts, month, counting), key=sort_key)
        return MonthLog(month, chosen, cases, entities, counting)

    def month_kpis(self, month: Month, entity: str | None = None) -> MonthKpis:
        return self.month_log(month, entity).kpis

    def series(
        self, month: Month, entity: str | None = None, months: int = SERIES_MONTHS
    ) -> list[MonthPoint]:
        """Received per right and the on-time share, for `months` months ending with `month`.

        The on-time share uses each closed request's stored due date (fixed at closure).
        """
        first = month.shift(-(months - 1))
        with self._ctx.engine.connect() as conn:
            entity_id, _ = self._entity_id(conn, entity)
            c = _case.c
            scope = [] if entity_id is None else [c.entity_id == entity_id]
            received = (
                select(c.id, c.received, _right.c.right)
                .join(_right, _right.c.case_id == c.id)
                .where(c.received >= first.first, c.received <= month.last, *scope)
            )
            per_right: dict[Month, dict[str, int]] = defaultdict(lambda: {r.value: 0 for r in Right})
            requests: dict[Month, set[int]] = defaultdict(set)
            for case_id, day, right in _rows(conn, received):
                key = Month.of(day)
                per_right[key][right] = per_right[key].get(right, 0) + 1
                requests[key].add(case_id)
            closed = select(c.closed_on, c.due_date).where(
                c.closed_on >= first.first, c.closed_on <= month.last, *scope
            )
            closed_count: dict[Month, int] = defaultdict(int)
            on_time: dict[Month, int] = defaultdict(int)
            for closed_on, due in _rows(conn, closed):
                key = Month.of(closed_on)
                closed_count[key] += 1
                on_time[key] += closed_on <= due
        points = []
        for offset in range(months):
            key = first.shift(offset)
            points.append(
                MonthPoint(key, len(requests[key]), dict(per_right[key]), closed_count[key], on_time[key])
            )
        return points

    # --- exporting --------------------------------------------------------------------

    def export(
        self,
        month: Month,
        entity: str | None,
        format: str,
        path: Path,
        *,
        include_names: bool = False,
        delimiter: str = ";",
        progress: ProgressFn = no_progress,
        cancelled: CancelFn = never_cancelled,
    ) -> ExportResult:
        """Write the month's log; the file appears only when complete (with `<file>.sha256`)."""
        if format not in FORMATS:
            raise ValidationError("format", f"'{format}' is not one of: {', '.join(FORMATS)}")
        if format == "csv":
            from dsar_desk.exports.csv_export import check_delimiter

            check_delimiter(delimiter)
        check_target(path)
        log = self.month_log(month, entity, include_names)
        with self._ctx.engine.connect() as conn:
            head, events = audit_head(conn)
        header = ExportHeader(
            month=month,
            entity_code=log.entity.code if log.entity else None,
            entity_name=log.entity.name if log.entity else "",
            exported_at=self._ctx.clock.now(),
            exported_by=self._ctx.actor,
            include_names=include_names,
            audit_head=head,
            audit_events=events,
            rows=len(log.cases),
        )
        writer = _writer(format, log, header, delimiter)
        total = len(log.cases) * (2 if format == "pdf" else 1)
        ticker = Ticker(total, progress, cancelled)
        ticker.check()
        with atomic_export(path) as temporary:
            writer(temporary, ticker)
            ticker.finish()
        final = check_target(path)
        digest = final.with_name(final.name + ".sha256").read_text(encoding="utf-8").split()[0]
        with self._ctx.writing() as session:
            append_event(
                session,
                self._ctx.clock.now(),
                self._ctx.actor,
                "log.exported",
                {
                    "month": str(month),
                    "format": format,
                    "entity": header.entity_code or "all",
                    "include_names": include_names,
                    "rows": header.rows,
                    "sha256": digest,
                },
                entity_code=header.entity_code,
            )
        return ExportResult(final, digest, header.rows, format)


def _writer(
    format: str, log: MonthLog, header: ExportHeader, delimiter: str
) -> Callable[[Path, Ticker], None]:
    columns = log_columns(header.include_names)

    def rows() -> Any:
        return (log_row(case, header.include_names) for case in log.cases)

    if format == "csv":
        from dsar_desk.exports.csv_export import write_csv

        return lambda path, ticker: write_csv(path, header, columns, rows(), ticker, delimiter)
    if format == "xlsx":
        from dsar_desk.exports.xlsx_export import write_xlsx

        return lambda path, ticker: write_xlsx(path, header, columns, rows(), log.kpis, ticker)
    from dsar_desk.exports.pdf_report import write_pdf

    return lambda path, ticker: write_pdf(path, header, log.cases, log.kpis, log.entities, ticker)
