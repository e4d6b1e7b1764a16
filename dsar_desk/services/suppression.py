"""The marketing suppression list: who must never be contacted for marketing again.

An objection to direct marketing (Art. 21(2)-(3)) that is fulfilled leaves a minimal
record that outlives erasure and anonymisation: a keyed hash (HMAC-SHA256) of the
normalised e-mail address or phone number, the channel, the date and the entity.
The key is a random per-store secret in the `setting` table, so the hashes are
worthless outside this store (no dictionary of phone numbers reverses them) and are
encrypted with it. The contact itself is never stored here, logged or echoed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from contextlib import suppress
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dsar_desk.domain.contacts import looks_like_email, normalise_email, phone_forms
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import Case
from dsar_desk.services.audit import events_for_case
from dsar_desk.services.context import ServiceContext
from dsar_desk.storage.tables import EntityRow, SettingRow, SuppressionRow

SECRET_SETTING = "suppression_secret"
EMAIL = "email"
PHONE = "phone"


@dataclass(frozen=True)
class SuppressionHit:
    entity_code: str
    channel: str
    recorded_on: date


def _secret(session: Session, *, create: bool) -> bytes | None:
    row = session.get(SettingRow, SECRET_SETTING)
    if row is not None:
        return bytes.fromhex(json.loads(row.value))
    if not create:
        return None
    value = secrets.token_bytes(32)
    session.add(SettingRow(key=SECRET_SETTING, value=json.dumps(value.hex())))
    session.flush()
    return value


def contact_hash(secret: bytes, normalised: str) -> str:
    return hmac.new(secret, normalised.encode(), hashlib.sha256).hexdigest()


def case_contacts(case: Case) -> list[tuple[str, str]]:
    """(channel, normal form) for the requester's e-mail and phone, where present and valid."""
    found: list[tuple[str, str]] = []
    # A contact the list cannot read (an old, oddly typed number) is skipped, never a reason
    # to refuse the outcome: the audit event then shows what was (not) recorded.
    with suppress(ValidationError):
        if case.requester.email:
            found.append((EMAIL, normalise_email(case.requester.email)))
    with suppress(ValidationError):
        if case.requester.phone:
            found.append((PHONE, phone_forms(case.requester.phone, case.entity.country)[0]))
    return found


def record_suppression(session: Session, case: Case, entity_id: int, on: date) -> list[dict[str, object]]:
    """Add the case's contacts to the list (inside the caller's write transaction).

    Returns [{"id", "channel"}] for the audit trail (rule book §4 item 9: the
    suppression-list entry id), never the contact or its hash.
    """
    contacts = case_contacts(case)
    if not contacts:
        return []
    secret = _secret(session, create=True)
    assert secret is not None
    entries: list[dict[str, object]] = []
    for channel, normal in contacts:
        digest = contact_hash(secret, normal)
        existing = session.exec(
            select(SuppressionRow).where(
                SuppressionRow.contact_hash == digest, SuppressionRow.entity_id == entity_id
            )
        ).first()
        if existing is None:
            existing = SuppressionRow(
                contact_hash=digest, channel=channel, recorded_on=on, entity_id=entity_id
            )
            session.add(existing)
            session.flush()
        entries.append({"id": existing.id, "channel": channel})
    return entries


def candidate_forms(contact: str) -> list[str]:
    """Normal forms to look up; raises ValidationError (without echoing) if it is neither kind."""
    if looks_like_email(contact):
        return [normalise_email(contact)]
    return phone_forms(contact, None)


class SuppressionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check(self, contact: str) -> list[SuppressionHit]:
        """Entries that match the contact, oldest first; empty if it may be contacted."""
        forms = candidate_forms(contact)
        with self._ctx.reading() as session:
            secret = _secret(session, create=False)
            if secret is None:
                return []
            digests = [contact_hash(secret, form) for form in forms]
            rows = session.exec(
                select(SuppressionRow, EntityRow)
                .join(EntityRow, col(EntityRow.id) == col(SuppressionRow.entity_id))
                .where(col(SuppressionRow.contact_hash).in_(digests))
                .order_by(col(SuppressionRow.recorded_on), col(EntityRow.code))
            ).all()
            return [SuppressionHit(entity.code, row.channel, row.recorded_on) for row, entity in rows]

    def entries_for_case(self, reference: str) -> list[dict[str, object]]:
        """The suppression entries a case's outcomes recorded, as the audit trail lists them."""
        with self._ctx.reading() as session:
            entries: list[dict[str, object]] = []
            for event in events_for_case(session, reference.strip().upper()):
                recorded = event.payload.get("suppression")
                if isinstance(recorded, list):
                    entries.extend(item for item in recorded if isinstance(item, dict))
            return entries

    def count(self) -> int:
        with self._ctx.reading() as session:
            return len(session.exec(select(SuppressionRow.id)).all())
