"""A covering index for the dashboard's new reports: persons per registration year and
status. The count follows the person list (a person counts once, in the year of her latest
registration), so it reads `person`, and without this index it fetched every row of the
year to read its status.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_person_registration_year_status", "person", ["registration_year", "status"])


def downgrade() -> None:
    op.drop_index("ix_person_registration_year_status", "person")
