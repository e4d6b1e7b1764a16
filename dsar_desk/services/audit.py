"""The audit trail: append-only events chained by SHA-256 (tamper-evident).

Each event's hash covers the previous event's hash and its own canonical content,
so altering, deleting or reordering any event breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from dsar_desk.storage.tables import AuditEventRow

GENESIS = "0" * 64


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(f"cannot record {type(value).__name__} in the audit trail")


def canonical_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default)


def event_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    case_ref: str | None,
    entity: str | None,
    payload_sha256: str,
) -> str:
    content = canonical_json(
        {
            "prev": prev_hash,
            "at": _utc(at).isoformat(),
            "actor": actor,
            "action": action,
            "case": case_ref,
            "entity": entity,
            "payload": payload_sha256,
        }
    )
    return hashlib.sha256(content.encode()).hexdigest()


def sha256_text(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime
    actor: str
    action: str
    case_ref: str | None
    entity_code: str | None
    payload: dict[str, Any]


def last_hash(session: Session) -> str:
    value = session.exec(select(AuditEventRow.hash).order_by(col(AuditEventRow.id).desc()).limit(1)).first()
    return value or GENESIS


def make_event(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    payload: dict[str, Any],
    *,
    case_ref: str | None = None,
    entity_code: str | None = None,
) -> AuditEventRow:
    body = canonical_json(payload)
    digest = sha256_text(body)
    return AuditEventRow(
        at=at,
        actor=actor,
        action=action,
        case_ref=case_ref,
        entity_code=entity_code,
        payload=body,
        payload_sha256=digest,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, at, actor, action, case_ref, entity_code, digest),
    )


def append_event(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    payload: dict[str, Any],
    *,
    case_ref: str | None = None,
    entity_code: str | None = None,
) -> AuditEventRow:
    row = make_event(
        last_hash(session), at, actor, action, payload, case_ref=case_ref, entity_code=entity_code
    )
    session.add(row)
    session.flush()
    return row


def events_for_case(session: Session, reference: str) -> list[AuditEvent]:
    rows = session.exec(
        select(AuditEventRow).where(AuditEventRow.case_ref == reference).order_by(col(AuditEventRow.id))
    ).all()
    return [
        AuditEvent(r.id or 0, r.at, r.actor, r.action, r.case_ref, r.entity_code, json.loads(r.payload))
        for r in rows
    ]


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    head: str
    first_bad_id: int | None = None
    problem: str = ""


def verify_chain(conn: Connection) -> ChainReport:
    """Walk every event in order and name the first one whose hash does not hold."""
    prev = GENESIS
    count = 0
    table = AuditEventRow.__table__  # type: ignore[attr-defined]
    for row in conn.execute(sa_select(table).order_by(table.c.id)):
        count += 1
        if row.prev_hash != prev:
            return ChainReport(False, count, prev, row.id, "does not follow the event before it")
        if sha256_text(row.payload) != row.payload_sha256:
            return ChainReport(False, count, prev, row.id, "its content was changed")
        expected = event_hash(
            row.prev_hash,
            row.at,
            row.actor,
            row.action,
            row.case_ref,
            row.entity_code,
            row.payload_sha256,
        )
        if expected != row.hash:
            return ChainReport(False, count, prev, row.id, "its recorded facts were changed")
        prev = row.hash
    return ChainReport(True, count, prev)


def _utc(moment: datetime) -> datetime:
    """Hash the instant, not its representation: storage hands times back in UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
