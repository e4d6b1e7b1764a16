"""Case actions: each one validates, changes the case, stores it and audits it, atomically."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from dsar_desk.domain import model
from dsar_desk.domain.errors import InvalidTransition, ValidationError
from dsar_desk.domain.model import Case, Representative, Requester
from dsar_desk.domain.vocabulary import Channel, Outcome, PauseReason, Right
from dsar_desk.services.audit import append_event
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.deadline_refresh import store_deadlines
from dsar_desk.services.suppression import record_suppression
from dsar_desk.storage.repository import (
    LoadedCase,
    apply_case,
    entity_by_code,
    entity_from_row,
    format_reference,
    jsonable,
    load_case,
    next_sequence,
    row_snapshot,
    save_lines,
)
from dsar_desk.storage.tables import AttachmentRow, CaseRightRow, CaseRow, NoteRow, StoredFileRow

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class NewCaseRequest:
    entity_code: str
    rights: list[Right]
    requester: Requester
    channel: Channel = Channel.EMAIL
    received: date | None = None
    scope: str = ""
    handler: str = ""
    representative: Representative | None = None


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    skip = {
        "updated_at",
        "calendar_version",
        "requester_name_key",
        "requester_email_key",
        "requester_sort_key",
    }
    return {
        key: [jsonable(before[key]), jsonable(after[key])]
        for key in after
        if key not in skip and before.get(key) != after[key]
    }


def _refuse_anonymised(row: CaseRow) -> None:
    if row.anonymised_at is not None:
        raise InvalidTransition(
            f"case {row.reference} was anonymised under the retention rule; it can no longer be changed"
        )


class KeepRepresentative:
    """`update_requester`'s default: the representative stays as it is."""


KEEP_REPRESENTATIVE = KeepRepresentative()


class CaseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- intake ---------------------------------------------------------------------

    def new_case(self, request: NewCaseRequest) -> tuple[str, Changes]:
        today = self._ctx.clock.today()
        received = request.received or today
        with self._ctx.writing() as session:
            entity_row = entity_by_code(session, request.entity_code)
            assert entity_row.id is not None
            entity = entity_from_row(entity_row)
            # Validate everything before a reference number is taken.
            case = model.new_case(
                reference="",
                entity=entity,
                received=received,
                today=today,
                channel=request.channel,
                requester=request.requester,
                rights=request.rights,
                representative=request.representative,
                scope=request.scope,
                handler=request.handler,
            )
            seq = next_sequence(session, entity_row.id, received.year)
            case.reference = format_reference(entity.code, received.year, seq)
            now = self._ctx.clock.now()
            deadlines = case.deadlines(self._ctx.settings.pause_counting, today)
            row = CaseRow(
                reference=case.reference,
                entity_id=entity_row.id,
                year=received.year,
                seq=seq,
                received=received,
                channel=case.channel.value,
                status=case.status.value,
                requester_name=case.requester.name,
                due_date=deadlines.due,
                extension_notice_by=deadlines.extension_notice_by,
                conservative_due=deadlines.conservative_due,
                created_at=now,
                updated_at=now,
            )
            apply_case(row, case, self._ctx.settings.name_order)
            store_deadlines(row, case, self._ctx.settings.pause_counting, today)
            session.add(row)
            session.flush()
            assert row.id is not None
            for line in case.rights:
                session.add(CaseRightRow(case_id=row.id, right=line.right.value))
            created = {
                k: jsonable(v) for k, v in row_snapshot(row).items() if k not in ("id", "letter_facts")
            }
            append_event(
                session,
                now,
                self._ctx.actor,
                "case.created",
                created,
                case_ref=case.reference,
                entity_code=entity.code,
            )
        return case.reference, Changes(case_refs=frozenset({case.reference}))

    # --- state changes --------------------------------------------------------------

    def _act(
        self,
        reference: str,
        action: str,
        change: Callable[[Case], dict[str, Any] | None],
        after: Callable[[Session, LoadedCase], dict[str, Any]] | None = None,
    ) -> Changes:
        """Load, change (domain rules), store and audit one case in one transaction.

        `after` runs in the same transaction once the case is stored, for records that
        follow from the change (the suppression entry); what it returns joins the event.
        """
        today = self._ctx.clock.today()
        with self._ctx.writing() as session:
            loaded: LoadedCase = load_case(session, reference)
            _refuse_anonymised(loaded.row)
            before = row_snapshot(loaded.row)
            extra = change(loaded.case) or {}
            apply_case(loaded.row, loaded.case, self._ctx.settings.name_order)
            store_deadlines(loaded.row, loaded.case, self._ctx.settings.pause_counting, today)
            loaded.row.updated_at = self._ctx.clock.now()
            save_lines(session, loaded)
            session.add(loaded.row)
            if after is not None:
                extra = {**extra, **after(session, loaded)}
            payload = {"changed": _diff(before, row_snapshot(loaded.row)), **extra}
            append_event(
                session,
                self._ctx.clock.now(),
                self._ctx.actor,
                action,
                payload,
                case_ref=loaded.row.reference,
                entity_code=loaded.case.entity.code,
            )
            return Changes(case_refs=frozenset({loaded.row.reference}))

    def pause(self, reference: str, reason: PauseReason, on: date | None = None) -> Changes:
        today = self._ctx.clock.today()
        day = on or today

        def change(case: Case) -> dict[str, Any]:
            model.pause(case, reason, day, today)
            return {"pause": {"reason": reason.value, "start": day.isoformat()}}

        return self._act(reference, "case.paused", change)

    def resume(self, reference: str, on: date | None = None) -> Changes:
        today = self._ctx.clock.today()
        day = on or today

        def change(case: Case) -> dict[str, Any]:
            ended = model.resume(case, day, today)
            counting = self._ctx.settings.pause_counting
            return {
                "pause": {
                    "reason": ended.reason.value,
                    "start": ended.start.isoformat(),
                    "end": day.isoformat(),
                    "days": ended.days(counting, day),
                }
            }

        return self._act(reference, "case.resumed", change)

    def verify_identity(self, reference: str, method: str, on: date | None = None) -> Changes:
        today = self._ctx.clock.today()
        return self._act(
            reference,
            "case.identity-verified",
            lambda case: model.verify_identity(case, method, on or today, today),
        )

    def extend(self, reference: str, reasons: str, on: date | None = None) -> Changes:
        today = self._ctx.clock.today()
        counting = self._ctx.settings.pause_counting
        return self._act(
            reference,
            "case.extended",
            lambda case: model.extend(case, reasons, on or today, today, counting),
        )

    def record_outcome(
        self,
        reference: str,
        right: Right,
        outcome: Outcome,
        *,
        grounds: str = "",
        code: str = "",
        on: date | None = None,
    ) -> Changes:
        today = self._ctx.clock.today()
        day = on or today

        def change(case: Case) -> dict[str, Any]:
            line = model.record_outcome(case, right, outcome, day, today, grounds=grounds, code=code)
            return {
                "right": right.value,
                "outcome": outcome.value,
                "grounds": line.grounds,
                "code": line.ground_code,
            }

        def suppress_marketing(session: Session, loaded: LoadedCase) -> dict[str, Any]:
            assert loaded.row.entity_id is not None
            return {"suppression": record_suppression(session, loaded.case, loaded.row.entity_id, day)}

        marketing_stopped = right is Right.MARKETING_OBJECTION and outcome is Outcome.FULFILLED
        return self._act(
            reference, "case.outcome-recorded", change, suppress_marketing if marketing_stopped else None
        )

    def close(self, reference: str, on: date | None = None) -> Changes:
        today = self._ctx.clock.today()
        return self._act(reference, "case.closed", lambda case: model.close(case, on or today, today))

    def reopen(self, reference: str, reason: str) -> Changes:
        def change(case: Case) -> dict[str, Any]:
            model.reopen(case, reason)
            return {"reason": reason.strip()}

        return self._act(reference, "case.reopened", change)

    def assign_handler(self, reference: str, handler: str) -> Changes:
        name = model.clean_name(handler, "handler")

        def change(case: Case) -> None:
            case.handler = name

        return self._act(reference, "case.handler-assigned", change)

    def update_requester(
        self,
        reference: str,
        requester: Requester,
        representative: Representative | KeepRepresentative | None = KEEP_REPRESENTATIVE,
    ) -> Changes:
        """Correct the requester's details (typos, a new address for the reply).

        With `representative`, the person acting for them is corrected in the same change:
        a Representative replaces it, None removes it; by default it is left as it is.
        """

        def change(case: Case) -> None:
            name = model.clean_name(requester.name, "name")
            if not name:
                raise ValidationError("name", "the requester's name is required", kind="required")
            updated = Requester(
                name=name,
                email=model.validate_email(requester.email),
                phone=model.validate_phone(requester.phone),
                address=model.clean_text(requester.address, "address", limit=500),
                language=requester.language,
                relationship=requester.relationship,
                national_id_masked=case.requester.national_id_masked,
            )
            if not isinstance(representative, KeepRepresentative):
                case.representative = model.validate_representative(representative)
            case.requester = updated

        return self._act(reference, "case.requester-updated", change)

    # --- notes and attachments ------------------------------------------------------

    def add_note(self, reference: str, text: str) -> Changes:
        body = model.clean_text(text, "note")
        if not body:
            raise ValidationError("note", "write something first")
        with self._ctx.writing() as session:
            loaded = load_case(session, reference)
            _refuse_anonymised(loaded.row)
            assert loaded.row.id is not None
            now = self._ctx.clock.now()
            session.add(NoteRow(case_id=loaded.row.id, at=now, author=self._ctx.actor, text=body))
            append_event(
                session,
                now,
                self._ctx.actor,
                "case.note-added",
                {"text": body},
                case_ref=loaded.row.reference,
                entity_code=loaded.case.entity.code,
            )
        return Changes(case_refs=frozenset({loaded.row.reference}))

    def add_attachment(self, reference: str, source: Path) -> Changes:
        """Keep a copy of a file with the case; its bytes live inside the (encrypted) store."""
        # The name is the user's file system's: show it printable and short in messages.
        shown = "".join(ch if ch.isprintable() else "?" for ch in source.name[:80])
        try:
            if not source.is_file():
                raise ValidationError("file", f"'{shown}' is not a readable file")
            with source.open("rb") as handle:
                # Read one byte past the limit rather than trust a size that may change meanwhile.
                content = handle.read(MAX_ATTACHMENT_BYTES + 1)
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "unusable name"
            raise ValidationError("file", f"cannot read '{shown}' ({reason})") from None
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise ValidationError("file", "is larger than 50 MB; attach a smaller file or a summary")
        digest = hashlib.sha256(content).hexdigest()
        name = model.clean_text(source.name, "file name", limit=255, single_line=True)
        with self._ctx.writing() as session:
            loaded = load_case(session, reference)
            _refuse_anonymised(loaded.row)
            assert loaded.row.id is not None
            stored = StoredFileRow(sha256=digest, size=len(content), content=content)
            session.add(stored)
            session.flush()
            assert stored.id is not None
            now = self._ctx.clock.now()
            session.add(
                AttachmentRow(
                    case_id=loaded.row.id,
                    at=now,
                    original_name=name,
                    file_id=stored.id,
                    sha256=digest,
                    size=len(content),
                )
            )
            append_event(
                session,
                now,
                self._ctx.actor,
                "case.attachment-added",
                {"name": name, "sha256": digest, "size": len(content)},
                case_ref=loaded.row.reference,
                entity_code=loaded.case.entity.code,
            )
        return Changes(case_refs=frozenset({loaded.row.reference}))
