"""indexes for the monthly log: cases by (received, closed_on), audit events by (case_ref, action)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 03:00:00

The monthly log selects requests received by the month's end and not closed before it
began; with both dates in one index SQLite decides that from the index alone and reads
only the matching rows (without it, every request received by the month's end). The
closure history of reopened requests is read by case reference and action; without the
pair in one index SQLite chose the action index and walked every closure in the trail.
Each new index starts with the column of the one it replaces, so every query that used
the old index can use the new one.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_dsar_case_received_closed_on", "dsar_case", ["received", "closed_on"], unique=False)
    op.drop_index("ix_dsar_case_received", table_name="dsar_case")
    op.create_index("ix_audit_event_case_ref_action", "audit_event", ["case_ref", "action"], unique=False)
    op.drop_index("ix_audit_event_case_ref", table_name="audit_event")


def downgrade() -> None:
    op.create_index("ix_audit_event_case_ref", "audit_event", ["case_ref"], unique=False)
    op.drop_index("ix_audit_event_case_ref_action", table_name="audit_event")
    op.create_index("ix_dsar_case_received", "dsar_case", ["received"], unique=False)
    op.drop_index("ix_dsar_case_received_closed_on", table_name="dsar_case")
