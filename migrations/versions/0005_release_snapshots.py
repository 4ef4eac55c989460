"""Releases as snapshots: two-phase status, revisions, the frozen data of each quarter.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("release") as batch:
        # Releases made before this revision were registered after their files: confirmed.
        batch.add_column(
            sa.Column("status", sa.String(16), nullable=False, server_default="confirmed")
        )
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("supersedes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("records", sa.Text(), nullable=True))
        batch.add_column(sa.Column("plan", sa.Text(), nullable=True))
    op.create_table(
        "frozen_quarter",
        sa.Column("quarter", sa.String(8), primary_key=True),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("frozen_at", sa.String(32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("frozen_quarter")
    with op.batch_alter_table("release") as batch:
        batch.drop_column("plan")
        batch.drop_column("records")
        batch.drop_column("supersedes")
        batch.drop_column("revision")
        batch.drop_column("status")
