"""Sort keys and indexes for 100,000 persons and 1,000,000 contacts: the municipality's
Dutch name as a stored, indexed column (instead of a CASE expression over 350 codes
evaluated for every row), an index for sorting on age, and covering indexes from which
the dashboard counts (open cases, reports per year) and the due list seeks.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

from emp_desktop.domain import municipalities

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "person",
        sa.Column("municipality_sort", sa.String(100), nullable=False, server_default=""),
    )
    # Existing persons: one UPDATE per municipality in use (a few hundred at most), each
    # through ix_person_municipality; the key is what the services write from now on.
    connection = op.get_bind()
    codes = connection.execute(sa.text("SELECT DISTINCT municipality FROM person")).scalars()
    for code in list(codes):
        connection.execute(
            sa.text("UPDATE person SET municipality_sort = :key WHERE municipality = :code"),
            {"key": municipalities.sort_key(code), "code": code},
        )
    op.create_index("ix_person_municipality_sort", "person", ["municipality_sort"])
    op.create_index("ix_person_age", "person", ["age"])
    op.create_index("ix_person_closed_on_status", "person", ["closed_on", "status"])
    op.create_index("ix_registration_date_status", "registration", ["date", "status"])
    op.create_index("ix_deadline_done_on_due_on", "deadline", ["done_on", "due_on"])


def downgrade() -> None:
    op.drop_index("ix_deadline_done_on_due_on", "deadline")
    op.drop_index("ix_registration_date_status", "registration")
    op.drop_index("ix_person_closed_on_status", "person")
    op.drop_index("ix_person_age", "person")
    op.drop_index("ix_person_municipality_sort", "person")
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table: dropping the old
    # `person` with foreign keys on would cascade to every registration and contact.
    op.drop_column("person", "municipality_sort")
