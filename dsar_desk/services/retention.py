"""Anonymise closed cases whose retention period has run out.

Runs only when a person asks (`dsar-desk retention run`, a menu action), never at
start-up. Per case, in one transaction with the rest of the run: the requester's
personal fields, the scope, free-text reasons and grounds, note texts and identity
method are wiped; attachments and letters (their stored bytes) are deleted; the
statistics stay (dates, rights, outcomes, ground codes, channel, relationship,
entity, deadlines) and so does the audit skeleton, whose payloads for the case are
redacted and vouched for by a `case.anonymised` event (see services.audit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from dsar_desk.domain.retention import anonymise_on, is_due
from dsar_desk.domain.vocabulary import FINISHED_STATUSES
from dsar_desk.services.audit import (
    REDACTION_ACTION,
    REDACTION_KEY,
    append_event,
    canonical_json,
    sha256_text,
)
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.redaction import redact_payload
from dsar_desk.storage.engine import erase_on_delete, flush_write_ahead_log
from dsar_desk.storage.tables import (
    AttachmentRow,
    AuditEventRow,
    CaseRightRow,
    CaseRow,
    EntityRow,
    LetterRow,
    NoteRow,
    StoredFileRow,
)

# Case columns wiped, with the value they are set to.
PERSONAL_FIELDS: dict[str, Any] = {
    "requester_name": "",
    "requester_name_key": "",
    "requester_sort_key": "",
    "requester_email": "",
    "requester_email_key": "",
    "requester_phone": "",
    "requester_address": "",
    "national_id_masked": "",
    "representative_name": "",
    "scope": "",
    "identity_method": "",
    "extension_reasons": "",
    "letter_facts": "{}",
}
# Shown in a plan, by name only; the *_key columns follow their fields.
SHOWN_FIELDS = [name for name in PERSONAL_FIELDS if not name.endswith("_key")]


@dataclass(frozen=True)
class RetentionItem:
    """One case due for anonymisation and what would go. Never a name or a value."""

    reference: str
    entity_code: str
    status: str
    closed_on: date
    due_on: date
    fields: tuple[str, ...]
    grounds: int
    notes: int
    attachments: int
    attachment_bytes: int
    letters: int
    audit_events: int

    def describe(self) -> str:
        parts = []
        if self.fields:
            parts.append("fields " + ", ".join(self.fields))
        if self.grounds:
            parts.append(f"{self.grounds} grounds text(s)")
        if self.notes:
            parts.append(f"{self.notes} note text(s)")
        if self.attachments:
            parts.append(f"{self.attachments} attachment(s) ({self.attachment_bytes} bytes)")
        if self.letters:
            parts.append(f"{self.letters} letter(s)")
        if self.audit_events:
            parts.append(f"personal values in {self.audit_events} audit event(s)")
        return "; ".join(parts) or "nothing personal left"


@dataclass(frozen=True)
class RetentionReport:
    as_of: date
    dry_run: bool
    items: list[RetentionItem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


class RetentionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def plan(self, as_of: date | None = None) -> list[RetentionItem]:
        """What a run on `as_of` (default today) would anonymise; changes nothing."""
        day = as_of or self._ctx.clock.today()
        with self._ctx.reading() as session:
            return [_inspect(session, row, code, due) for row, code, due in _due_cases(session, day)]

    def run(self, *, dry_run: bool = False) -> RetentionReport:
        """Anonymise every case due today, all in one transaction, each one audited."""
        today = self._ctx.clock.today()
        if dry_run:
            return RetentionReport(today, True, self.plan(today))
        items: list[RetentionItem] = []
        with self._ctx.writing() as session:
            erase_on_delete(session.connection())
            for row, code, due in _due_cases(session, today):
                item = _inspect(session, row, code, due)
                self._anonymise(session, row, item)
                items.append(item)
            if items:
                append_event(
                    session,
                    self._ctx.clock.now(),
                    self._ctx.actor,
                    "retention.run",
                    {"as_of": today.isoformat(), "anonymised": [item.reference for item in items]},
                )
        if items:
            flush_write_ahead_log(self._ctx.engine)
        refs = frozenset(item.reference for item in items)
        return RetentionReport(today, False, items, Changes(case_refs=refs))

    def _anonymise(self, session: Session, row: CaseRow, item: RetentionItem) -> None:
        assert row.id is not None
        now = self._ctx.clock.now()
        for name, blank in PERSONAL_FIELDS.items():
            setattr(row, name, blank)
        row.anonymised_at = now
        row.updated_at = now
        session.add(row)
        for right in session.exec(select(CaseRightRow).where(CaseRightRow.case_id == row.id)):
            right.grounds = ""
            session.add(right)
        for note in session.exec(select(NoteRow).where(NoteRow.case_id == row.id)):
            note.text = ""
            session.add(note)
        _delete_files(session, row.id)
        vouched = _redact_events(session, row.reference)
        append_event(
            session,
            now,
            self._ctx.actor,
            REDACTION_ACTION,
            {
                "closed_on": item.closed_on.isoformat(),
                "due_on": item.due_on.isoformat(),
                "fields": list(item.fields),
                "grounds": item.grounds,
                "notes": item.notes,
                "attachments": item.attachments,
                "letters": item.letters,
                REDACTION_KEY: vouched,
            },
            case_ref=row.reference,
            entity_code=item.entity_code,
        )


def _due_cases(session: Session, as_of: date) -> list[tuple[CaseRow, str, date]]:
    finished = [status.value for status in FINISHED_STATUSES]
    rows = session.exec(
        select(CaseRow, EntityRow)
        .join(EntityRow, col(EntityRow.id) == col(CaseRow.entity_id))
        .where(
            col(CaseRow.status).in_(finished),
            col(CaseRow.closed_on).is_not(None),
            col(CaseRow.anonymised_at).is_(None),
        )
        .order_by(col(CaseRow.closed_on), col(CaseRow.reference))
    ).all()
    due: list[tuple[CaseRow, str, date]] = []
    for case_row, entity_row in rows:
        assert case_row.closed_on is not None
        if is_due(case_row.closed_on, entity_row.retention_years, as_of):
            due.append(
                (case_row, entity_row.code, anonymise_on(case_row.closed_on, entity_row.retention_years))
            )
    return due


def _inspect(session: Session, row: CaseRow, entity_code: str, due_on: date) -> RetentionItem:
    assert row.id is not None and row.closed_on is not None
    fields = tuple(name for name in SHOWN_FIELDS if getattr(row, name) not in ("", None, "{}"))
    grounds = _count(session, CaseRightRow, CaseRightRow.case_id == row.id, col(CaseRightRow.grounds) != "")
    notes = _count(session, NoteRow, NoteRow.case_id == row.id, col(NoteRow.text) != "")
    attachment_bytes = session.exec(
        select(func.coalesce(func.sum(AttachmentRow.size), 0)).where(AttachmentRow.case_id == row.id)
    ).one()
    return RetentionItem(
        reference=row.reference,
        entity_code=entity_code,
        status=row.status,
        closed_on=row.closed_on,
        due_on=due_on,
        fields=fields,
        grounds=grounds,
        notes=notes,
        attachments=_count(session, AttachmentRow, AttachmentRow.case_id == row.id),
        attachment_bytes=int(attachment_bytes),
        letters=_count(session, LetterRow, LetterRow.case_id == row.id),
        audit_events=len(_redactions(session, row.reference)),
    )


def _count(session: Session, table: Any, *conditions: Any) -> int:
    return int(session.exec(select(func.count()).select_from(table).where(*conditions)).one())


def _delete_files(session: Session, case_id: int) -> None:
    file_ids = set(session.exec(select(AttachmentRow.file_id).where(AttachmentRow.case_id == case_id)).all())
    file_ids |= set(session.exec(select(LetterRow.file_id).where(LetterRow.case_id == case_id)).all())
    session.exec(delete(AttachmentRow).where(col(AttachmentRow.case_id) == case_id))
    session.exec(delete(LetterRow).where(col(LetterRow.case_id) == case_id))
    for file_id in file_ids:
        # A stored file is shared only if another row still points at it.
        still_used = _count(session, AttachmentRow, AttachmentRow.file_id == file_id) + _count(
            session, LetterRow, LetterRow.file_id == file_id
        )
        if not still_used:
            session.exec(delete(StoredFileRow).where(col(StoredFileRow.id) == file_id))


def _redactions(session: Session, reference: str) -> list[tuple[AuditEventRow, str]]:
    """The case's events whose payload changes under redaction, with the new text."""
    rows = session.exec(
        select(AuditEventRow)
        .where(
            AuditEventRow.case_ref == reference,
            col(AuditEventRow.redacted).is_(False),
            AuditEventRow.action != REDACTION_ACTION,
        )
        .order_by(col(AuditEventRow.id))
    ).all()
    changed: list[tuple[AuditEventRow, str]] = []
    for event in rows:
        try:
            payload = json.loads(event.payload)
        except ValueError:
            continue
        if not isinstance(payload, dict):
            continue
        text = canonical_json(redact_payload(payload))
        if text != event.payload:
            changed.append((event, text))
    return changed


def _redact_events(session: Session, reference: str) -> dict[str, str]:
    vouched: dict[str, str] = {}
    for event, text in _redactions(session, reference):
        event.payload = text
        event.redacted = True
        session.add(event)
        vouched[str(event.id)] = sha256_text(text)
    session.flush()
    return vouched
