"""Loading and saving cases: the translation between table rows and domain objects."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from dsar_desk.domain.collation import NameOrder, name_sort_key
from dsar_desk.domain.errors import NotFound
from dsar_desk.domain.model import (
    Case,
    Entity,
    Extension,
    Pause,
    Representative,
    Requester,
    RightLine,
)
from dsar_desk.domain.vocabulary import (
    CaseStatus,
    Channel,
    Country,
    HolidayProfile,
    Language,
    Outcome,
    PauseReason,
    Relationship,
    Right,
)
from dsar_desk.storage.tables import CaseRightRow, CaseRow, EntityRow, PauseRow


def name_key(name: str) -> str:
    """A folded form of a name for repeat-request matching ('Åse  Ødegård' ~ 'åse ødegård')."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def email_key(email: str) -> str:
    return email.strip().casefold()


def entity_from_row(row: EntityRow) -> Entity:
    return Entity(
        code=row.code,
        name=row.name,
        country=Country(row.country),
        org_number=row.org_number,
        address=row.address,
        email=row.email,
        dpo=row.dpo,
        language=Language(row.language),
        profile=HolidayProfile(row.profile),
    )


def entity_by_code(session: Session, code: str) -> EntityRow:
    row = session.exec(select(EntityRow).where(EntityRow.code == code.strip().upper())).first()
    if row is None:
        known = ", ".join(session.exec(select(EntityRow.code).order_by(EntityRow.code)).all())
        hint = f"known entities: {known}" if known else "add one first with 'entity add'"
        raise NotFound(f"entity: no entity with code '{code}' ({hint})")
    return row


@dataclass
class LoadedCase:
    row: CaseRow
    case: Case
    rights: dict[Right, CaseRightRow]
    pauses: list[PauseRow]


def case_row_by_reference(session: Session, reference: str) -> CaseRow:
    row = session.exec(select(CaseRow).where(CaseRow.reference == reference.strip().upper())).first()
    if row is None:
        raise NotFound(f"reference: no case '{reference}' (see 'case list --status all')")
    return row


def load_case(session: Session, reference: str) -> LoadedCase:
    row = case_row_by_reference(session, reference)
    entity_row = session.get(EntityRow, row.entity_id)
    assert entity_row is not None
    right_rows = session.exec(
        select(CaseRightRow).where(CaseRightRow.case_id == row.id).order_by(col(CaseRightRow.id))
    ).all()
    pause_rows = list(
        session.exec(select(PauseRow).where(PauseRow.case_id == row.id).order_by(col(PauseRow.id))).all()
    )
    case = Case(
        reference=row.reference,
        entity=entity_from_row(entity_row),
        received=row.received,
        channel=Channel(row.channel),
        requester=Requester(
            name=row.requester_name,
            email=row.requester_email,
            phone=row.requester_phone,
            address=row.requester_address,
            language=Language(row.requester_language) if row.requester_language else None,
            relationship=Relationship(row.relationship),
            national_id_masked=row.national_id_masked,
        ),
        rights=[
            RightLine(
                right=Right(r.right),
                outcome=Outcome(r.outcome) if r.outcome else None,
                grounds=r.grounds,
                ground_code=r.ground_code,
                decided_on=r.decided_on,
            )
            for r in right_rows
        ],
        status=CaseStatus(row.status),
        representative=(
            Representative(row.representative_name, row.representative_authority_checked)
            if row.representative_name
            else None
        ),
        scope=row.scope,
        handler=row.handler,
        pauses=[Pause(PauseReason(p.reason), p.start, p.end) for p in pause_rows],
        extension=(
            Extension(row.extension_notified_on, row.extension_reasons) if row.extension_notified_on else None
        ),
        identity_checked_on=row.identity_checked_on,
        identity_method=row.identity_method,
        closed_on=row.closed_on,
        reopened_count=row.reopened_count,
    )
    return LoadedCase(row, case, {Right(r.right): r for r in right_rows}, pause_rows)


def row_snapshot(row: Any) -> dict[str, Any]:
    """Plain values of a row's columns, for audit diffs."""
    return {key: getattr(row, key) for key in type(row).model_fields}


def apply_case(row: CaseRow, case: Case, name_order: NameOrder) -> None:
    """Copy the domain case's mutable facts onto its row (deadlines are set separately)."""
    row.status = case.status.value
    row.rights_summary = ",".join(line.right.value for line in case.rights)
    row.requester_name = case.requester.name
    row.requester_name_key = name_key(case.requester.name)
    row.requester_sort_key = name_sort_key(case.requester.name, name_order)
    row.requester_email = case.requester.email
    row.requester_email_key = email_key(case.requester.email)
    row.requester_phone = case.requester.phone
    row.requester_address = case.requester.address
    row.requester_language = case.requester.language.value if case.requester.language else None
    row.relationship = case.requester.relationship.value
    row.national_id_masked = case.requester.national_id_masked
    row.representative_name = case.representative.name if case.representative else ""
    row.representative_authority_checked = (
        case.representative.authority_checked if case.representative else False
    )
    row.scope = case.scope
    row.handler = case.handler
    row.identity_checked_on = case.identity_checked_on
    row.identity_method = case.identity_method
    row.extension_notified_on = case.extension.notified_on if case.extension else None
    row.extension_reasons = case.extension.reasons if case.extension else ""
    row.closed_on = case.closed_on
    row.reopened_count = case.reopened_count


def refresh_sort_keys(session: Session, name_order: NameOrder) -> int:
    """Recompute every case's name sort key (after the name order setting changed)."""
    rows = session.exec(select(CaseRow.id, CaseRow.requester_name)).all()
    values = [{"row_id": row_id, "key": name_sort_key(name, name_order)} for row_id, name in rows]
    if values:
        table = CaseRow.__table__  # type: ignore[attr-defined]
        session.connection().execute(
            table.update()
            .where(table.c.id == bindparam("row_id"))
            .values(requester_sort_key=bindparam("key")),
            values,
        )
    return len(values)


def save_lines(session: Session, loaded: LoadedCase) -> None:
    """Write right outcomes and pauses back; pauses are only ever appended or ended."""
    assert loaded.row.id is not None
    for line in loaded.case.rights:
        right_row = loaded.rights[line.right]
        right_row.outcome = line.outcome.value if line.outcome else None
        right_row.grounds = line.grounds
        right_row.ground_code = line.ground_code
        right_row.decided_on = line.decided_on
        session.add(right_row)
    for index, pause in enumerate(loaded.case.pauses):
        if index < len(loaded.pauses):
            loaded.pauses[index].end = pause.end
            session.add(loaded.pauses[index])
        else:
            new = PauseRow(case_id=loaded.row.id, reason=pause.reason.value, start=pause.start, end=pause.end)
            session.add(new)
            loaded.pauses.append(new)


def next_sequence(session: Session, entity_id: int, year: int) -> int:
    from sqlalchemy import func

    current = session.exec(
        select(func.max(CaseRow.seq)).where(CaseRow.entity_id == entity_id, CaseRow.year == year)
    ).one()
    return int(current or 0) + 1


def format_reference(entity_code: str, year: int, seq: int) -> str:
    return f"{entity_code}-{year}-{seq:04d}"


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
