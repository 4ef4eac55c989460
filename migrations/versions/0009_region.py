"""Releases record the region they were made for (a JSON snapshot of its name and CBS
codes), so that changing the vault's region keeps every earlier release reproducible.
Additive: releases from before this revision have none and were made for the Eindhoven
region, the only one there was.

Revision ID: 0009
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("release") as batch:
        batch.add_column(sa.Column("region", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("release") as batch:
        batch.drop_column("region")
