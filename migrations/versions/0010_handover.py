"""Free-text note on a registration; the vault's receiving key for handovers; handovers
sent and received (a received file is recorded so that importing it twice is refused).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "vault_key",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("recipient", sa.String(100), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "handover_sent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("handover_id", sa.String(36), nullable=False, unique=True),
        sa.Column("recipient", sa.String(100), nullable=False),
        sa.Column("sent_at", sa.String(32), nullable=False),
        sa.Column("closed_on", sa.String(10), nullable=True),
        sa.Column("closed_to", sa.String(120), nullable=True),
    )
    op.create_index("ix_handover_sent_person_id", "handover_sent", ["person_id"])
    op.create_table(
        "handover_received",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("handover_id", sa.String(36), nullable=False, unique=True),
        sa.Column("file_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("sender_code", sa.String(16), nullable=False),
        sa.Column("sender_organisation", sa.String(120), nullable=False, server_default=""),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_handover_received_person_id", "handover_received", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_handover_received_person_id", "handover_received")
    op.drop_table("handover_received")
    op.drop_index("ix_handover_sent_person_id", "handover_sent")
    op.drop_table("handover_sent")
    op.drop_table("vault_key")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_column("note")
