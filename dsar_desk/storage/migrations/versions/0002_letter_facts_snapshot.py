"""letter facts snapshot on each saved letter

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 00:20:00

A saved letter keeps the facts it was rendered from (extension reasons, the
case-specific paragraph, ...) so that marking it sent records exactly what the
requester was told, even if the case's letter facts are edited afterwards.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_letter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("facts", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("case_letter", schema=None) as batch_op:
        batch_op.drop_column("facts")
