"""processing activities get a letter language and a key shared by their language versions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 12:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Frozen here (not imported from the domain) so that this step stays what it was.
_LETTER_LANGUAGES = ("nb", "sv", "fi", "da", "en")


def _key(name: str, taken: set[str]) -> str:
    base = re.sub(r"[\W_]+", "-", name.casefold()).strip("-")[:56].strip("-") or "activity"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    taken.add(key)
    return key


def upgrade() -> None:
    # Plain ALTER TABLE with defaults; the rows are then given their entity's letter language.
    op.add_column(
        "processing_activity", sa.Column("language", sa.String(), nullable=False, server_default="en")
    )
    op.add_column("processing_activity", sa.Column("key", sa.String(), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT a.id, a.entity_id, a.name, e.language FROM processing_activity a "
            "JOIN entity e ON e.id = a.entity_id ORDER BY a.entity_id, a.position, a.id"
        )
    ).all()
    taken: dict[int, set[str]] = {}
    updates = []
    for row_id, entity_id, name, entity_language in rows:
        language = "nb" if entity_language == "nn" else entity_language
        if language not in _LETTER_LANGUAGES:
            language = "en"
        updates.append(
            {"row_id": row_id, "language": language, "key": _key(name, taken.setdefault(entity_id, set()))}
        )
    if updates:
        conn.execute(
            sa.text("UPDATE processing_activity SET language = :language, key = :key WHERE id = :row_id"),
            updates,
        )
    op.create_index(
        "ix_processing_activity_language", "processing_activity", ["entity_id", "language", "position"]
    )


def downgrade() -> None:
    # Older versions know one language: keep each entity's default-language versions only.
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "DELETE FROM processing_activity WHERE language != COALESCE(("
            "SELECT CASE e.language WHEN 'nn' THEN 'nb' ELSE e.language END "
            "FROM entity e WHERE e.id = processing_activity.entity_id), language)"
        )
    )
    op.drop_index("ix_processing_activity_language", table_name="processing_activity")
    with op.batch_alter_table("processing_activity") as batch:
        batch.drop_column("key")
        batch.drop_column("language")
