"""Table definitions: the persistence shape only; rules live in `dsar_desk.domain`.

The naming convention is set before any table is declared so that Alembic batch
migrations on SQLite get stable constraint names.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Column, Index, LargeBinary, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class EntityRow(SQLModel, table=True):
    __tablename__ = "entity"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    country: str
    org_number: str = ""
    address: str = ""
    email: str = ""
    dpo: str = ""
    language: str = "en"
    profile: str = "strict"
    retention_years: int = 3
    created_at: datetime


# Every column the register's filters read (see the covering indexes below).
_REGISTER_FILTER_COLUMNS = (
    "status",
    "reference",
    "requester_name_key",
    "requester_email_key",
    "entity_id",
    "rights_summary",
    "extension_notified_on",
)


class CaseRow(SQLModel, table=True):
    __tablename__ = "dsar_case"
    __table_args__ = (
        UniqueConstraint("entity_id", "year", "seq", name="uq_dsar_case_entity_year_seq"),
        Index("ix_dsar_case_status_due", "status", "due_date"),
        # Serves every query by received date, and the monthly log's "received by the
        # month's end and not closed before it" from the index alone (migration 0005).
        Index("ix_dsar_case_received_closed_on", "received", "closed_on"),
        # Covering index of the register (migration 0006): its default order plus every
        # column its filters read, so filtering 100,000 cases never touches the table.
        Index("ix_dsar_case_register", "due_date", "id", *_REGISTER_FILTER_COLUMNS),
        # The same for the register sorted by requester name (Nordic order).
        Index(
            "ix_dsar_case_requester_sort", "requester_sort_key", "id", *_REGISTER_FILTER_COLUMNS, "due_date"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True)
    entity_id: int = Field(foreign_key="entity.id", index=True)
    year: int
    seq: int
    received: date
    channel: str
    status: str = Field(index=True)
    rights_summary: str = ""
    requester_name: str
    requester_name_key: str = Field(default="", index=True)
    # domain.collation.name_sort_key in the store's name order (settings.name_order).
    requester_sort_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    requester_email: str = ""
    requester_email_key: str = Field(default="", index=True)
    requester_phone: str = ""
    requester_address: str = ""
    requester_language: str | None = None
    relationship: str = "other"
    national_id_masked: str = ""
    representative_name: str = ""
    representative_authority_checked: bool = False
    scope: str = ""
    handler: str = ""
    identity_checked_on: date | None = None
    identity_method: str = ""
    extension_notified_on: date | None = None
    extension_reasons: str = ""
    closed_on: date | None = Field(default=None, index=True)
    reopened_count: int = 0
    paused_days: int = 0
    due_date: date = Field(index=True)
    extension_notice_by: date
    conservative_due: date
    calendar_version: str = ""
    letter_facts: str = Field(default="{}", sa_column=Column(Text, nullable=False, server_default="{}"))
    anonymised_at: datetime | None = None
    created_at: datetime
    updated_at: datetime


class CaseRightRow(SQLModel, table=True):
    __tablename__ = "case_right"
    __table_args__ = (UniqueConstraint("case_id", "right", name="uq_case_right_case_id_right"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dsar_case.id", index=True)
    right: str
    outcome: str | None = None
    grounds: str = ""
    ground_code: str = ""
    decided_on: date | None = None


class PauseRow(SQLModel, table=True):
    __tablename__ = "case_pause"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dsar_case.id", index=True)
    reason: str
    start: date
    end: date | None = None


class NoteRow(SQLModel, table=True):
    __tablename__ = "case_note"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dsar_case.id", index=True)
    at: datetime
    author: str
    text: str


class StoredFileRow(SQLModel, table=True):
    """File contents kept inside the database, so they are encrypted with it."""

    __tablename__ = "stored_file"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(index=True)
    size: int
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class AttachmentRow(SQLModel, table=True):
    __tablename__ = "case_attachment"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dsar_case.id", index=True)
    at: datetime
    original_name: str
    file_id: int = Field(foreign_key="stored_file.id")
    sha256: str
    size: int


class LetterRow(SQLModel, table=True):
    __tablename__ = "case_letter"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dsar_case.id", index=True)
    kind: str
    language: str
    created_at: datetime
    file_id: int = Field(foreign_key="stored_file.id")
    sha256: str
    sent_on: date | None = None
    sent_channel: str = ""
    # The facts the letter was rendered from (JSON), so marking it sent uses what was said.
    facts: str = Field(default="{}", sa_column=Column(Text, nullable=False, server_default="{}"))


class ProcessingActivityRow(SQLModel, table=True):
    """One entry of an entity's record of processing (Art. 30), used in access responses."""

    __tablename__ = "processing_activity"
    __table_args__ = (Index("ix_processing_activity_language", "entity_id", "language", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(foreign_key="entity.id", index=True)
    # The letter language of this version; versions of one activity share `key`.
    language: str = "en"
    key: str = ""
    position: int = 0  # among the entity's activities in this language
    name: str
    purposes: str = ""
    legal_basis: str = ""
    data_categories: str = ""
    recipients: str = ""
    retention: str = ""
    source: str = ""
    transfers: str = ""
    automated_decisions: str = ""


class SuppressionRow(SQLModel, table=True):
    """A do-not-contact record that outlives erasure: a keyed hash, never the contact itself."""

    __tablename__ = "suppression"

    id: int | None = Field(default=None, primary_key=True)
    contact_hash: str = Field(index=True)
    channel: str
    recorded_on: date
    entity_id: int = Field(foreign_key="entity.id", index=True)


class AuditEventRow(SQLModel, table=True):
    """Append-only; each event chains to the previous one by hash.

    The one permitted change is retention's redaction of personal values in `payload`
    (marked by `redacted`; `payload_sha256` keeps the original digest). A predecessor
    can be followed only once (unique prev_hash), so concurrent writers cannot fork it.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        UniqueConstraint("prev_hash", name="uq_audit_event_prev_hash"),
        # A case's events, and the closures of reopened cases for the monthly log (0005).
        Index("ix_audit_event_case_ref_action", "case_ref", "action"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    actor: str
    action: str = Field(index=True)
    case_ref: str | None = None
    entity_code: str | None = None
    payload: str = Field(sa_column=Column(Text, nullable=False))
    payload_sha256: str
    prev_hash: str
    hash: str
    redacted: bool = Field(
        default=False,
        sa_column=Column(Boolean, nullable=False, default=False, server_default=false()),
    )


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
