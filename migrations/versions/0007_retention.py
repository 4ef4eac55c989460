"""Erasure and retention: when a person's identity and free text were removed, and when
an advice question's free text was; the coded rows stay so released figures reproduce.

Revision ID: 0007
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("erased_on", sa.String(10), nullable=True))
    op.create_index("ix_person_erased_on", "person", ["erased_on"])
    with op.batch_alter_table("advice_question") as batch:
        batch.add_column(sa.Column("anonymised_on", sa.String(10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("advice_question") as batch:
        batch.drop_column("anonymised_on")
    op.drop_index("ix_person_erased_on", "person")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("erased_on")
