"""Release register and per-recipient pseudonym keys.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile", sa.String(32), nullable=False),
        sa.Column("period", sa.String(8), nullable=False),
        sa.Column("recipient", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("files", sa.Text(), nullable=False),
        sa.Column("tables", sa.Text(), nullable=False),
    )
    op.create_index("ix_release_profile", "release", ["profile"])
    op.create_index("ix_release_period", "release", ["period"])
    op.create_table(
        "recipient_key",
        sa.Column("recipient", sa.String(64), primary_key=True),
        sa.Column("key", sa.LargeBinary(32), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("recipient_key")
    op.drop_index("ix_release_period", "release")
    op.drop_index("ix_release_profile", "release")
    op.drop_table("release")
