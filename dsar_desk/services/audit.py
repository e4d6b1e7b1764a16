"""The audit trail: append-only events chained by SHA-256 (tamper-evident).

Each event's hash covers the previous event's hash, its time, actor, action, case,
entity and the SHA-256 of its payload, so altering, deleting or reordering any event
breaks the chain at that event. The payload itself is covered through its digest,
which is what lets retention redact personal values from an old payload without
breaking the chain: the digest stays, the payload is replaced, the event is marked
`redacted`, and the anonymisation event (itself chained) vouches for the digest of
the redacted text. A chain can always be rewritten wholesale by someone with write
access; an anchor (a head hash written down or exported earlier) detects that.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, String, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from dsar_desk.storage.engine import WRITE_OPTION
from dsar_desk.storage.tables import AuditEventRow

GENESIS = "0" * 64
# The event that vouches for redacted payloads: {"redacted_events": {"<id>": "<sha256>"}}.
REDACTION_ACTION = "case.anonymised"
REDACTION_KEY = "redacted_events"

log = logging.getLogger(__name__)


class AuditWriteError(RuntimeError):
    """An event was appended outside a write transaction (a programming error)."""


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(f"cannot record {type(value).__name__} in the audit trail")


def canonical_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default)


def canonical_time(moment: datetime) -> str:
    """The instant in UTC, whatever zone it was handed in (stores hand times back in UTC).

    ISO form as written by the first release, so existing chains keep verifying; it is
    exact to the microsecond, which both SQLite (text) and PostgreSQL keep.
    """
    return _utc(moment).isoformat()


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
            "at": canonical_time(at),
            "actor": actor,
            "action": action,
            "case": case_ref,
            "entity": entity,
            "payload": payload_sha256,
        }
    )
    return hashlib.sha256(content.encode()).hexdigest()


def sha256_text(value: str) -> str:
    # surrogatepass: a stored payload is hashed as it is, even if it was tampered into invalid UTF-16.
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime
    actor: str
    action: str
    case_ref: str | None
    entity_code: str | None
    payload: dict[str, Any]
    redacted: bool = False


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


def _in_write_transaction(session: Session) -> bool:
    return bool(session.connection().get_execution_options().get(WRITE_OPTION))


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
    """Append one event; only inside `ServiceContext.writing()`.

    The writer's transaction began IMMEDIATE, so the previous hash read here cannot
    change before this event commits; the unique index on prev_hash turns any writer
    that slips past that (another database kind, a raw connection) into an error
    instead of a fork in the chain.
    """
    if not _in_write_transaction(session):
        raise AuditWriteError(f"audit event {action} appended outside a write transaction")
    row = make_event(
        last_hash(session), at, actor, action, payload, case_ref=case_ref, entity_code=entity_code
    )
    session.add(row)
    session.flush()
    # References and the action only: payloads may hold personal data and never reach the log.
    log.info("event %s %s case=%s entity=%s", row.id, action, case_ref or "-", entity_code or "-")
    return row


def events_for_case(session: Session, reference: str) -> list[AuditEvent]:
    rows = session.exec(
        select(AuditEventRow).where(AuditEventRow.case_ref == reference).order_by(col(AuditEventRow.id))
    ).all()
    return [
        AuditEvent(
            r.id or 0,
            r.at,
            r.actor,
            r.action,
            r.case_ref,
            r.entity_code,
            _payload_dict(r.payload),
            bool(r.redacted),
        )
        for r in rows
    ]


def _payload_dict(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"unreadable": True}
    return value if isinstance(value, dict) else {"value": value}


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the whole trail.

    `head` is the hash of the last event (what an export or printout should record);
    `first_bad_id` names the earliest event that fails, `problem` says why, and
    `problems` counts every failing event.
    """

    ok: bool
    events: int
    head: str
    first_bad_id: int | None = None
    problem: str = ""
    problems: int = 0
    redacted: int = 0
    anchor: str | None = None
    anchor_found: bool | None = None


FOLLOW = "does not follow the event before it (an event was removed, inserted or moved)"
FACTS = "its recorded facts (time, actor, action, case or entity) were changed"
CONTENT = "its content was changed"
REDACTED_CHANGED = "its redacted content was changed"
REDACTED_UNVOUCHED = "is marked redacted but no anonymisation record vouches for it"


def verify_chain(conn: Connection, anchor: str | None = None) -> ChainReport:
    """Walk every event in order and name the first one that does not hold.

    Every event is checked (not only up to the first failure) so that the report can
    say how many fail; `first_bad_id` is the earliest. With `anchor`, a head recorded
    earlier must still be the hash of some event in the trail.
    """
    prev = GENESIS
    count = 0
    problems: dict[int, str] = {}
    pending: dict[int, str] = {}  # redacted event id -> digest of its current text
    redacted = 0
    anchor_found = False
    table = AuditEventRow.__table__  # type: ignore[attr-defined]
    # The time is read as stored and parsed here, so a row tampered into an unreadable
    # time is reported as a bad event instead of stopping the walk.
    columns = [c if c.name != "at" else type_coerce(c, String).label("at") for c in table.c]
    for row in conn.execute(sa_select(*columns).order_by(table.c.id)):
        count += 1
        event_id = int(row.id)
        if row.prev_hash != prev:
            problems.setdefault(event_id, FOLLOW)
        at = _stored_time(row.at)
        expected = (
            None
            if at is None
            else event_hash(
                row.prev_hash, at, row.actor, row.action, row.case_ref, row.entity_code, row.payload_sha256
            )
        )
        if expected != row.hash:
            problems.setdefault(event_id, FACTS)
        current = sha256_text(row.payload)
        if row.redacted:
            redacted += 1
            pending[event_id] = current
        elif current != row.payload_sha256:
            problems.setdefault(event_id, CONTENT)
        if row.action == REDACTION_ACTION and event_id not in problems:
            for vouched_id, digest in _vouched(row.payload).items():
                if vouched_id in pending and pending.pop(vouched_id) != digest:
                    problems.setdefault(vouched_id, REDACTED_CHANGED)
        if anchor is not None and row.hash == anchor:
            anchor_found = True
        prev = row.hash
    for event_id in pending:
        problems.setdefault(event_id, REDACTED_UNVOUCHED)
    first = min(problems) if problems else None
    anchor_ok = None if anchor is None else anchor_found
    return ChainReport(
        ok=not problems and anchor_ok is not False,
        events=count,
        head=prev,
        first_bad_id=first,
        problem=problems[first] if first is not None else "",
        problems=len(problems),
        redacted=redacted,
        anchor=anchor,
        anchor_found=anchor_ok,
    )


def _stored_time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _vouched(payload: str) -> dict[int, str]:
    raw = _payload_dict(payload).get(REDACTION_KEY, {})
    if not isinstance(raw, dict):
        return {}
    vouched: dict[int, str] = {}
    for key, digest in raw.items():
        if str(key).isdigit() and isinstance(digest, str):
            vouched[int(key)] = digest
    return vouched


def _utc(moment: datetime) -> datetime:
    """Hash the instant, not its representation: storage hands times back in UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
