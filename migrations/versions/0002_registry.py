"""Registry: persons, identities, registrations, advice questions, consents, contacts,
historic totals and drafts.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_S = sa.String


def _person() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", _S(16), nullable=False, unique=True),
        sa.Column("tier", _S(16), nullable=False),
        sa.Column("created_on", _S(10), nullable=False),
        sa.Column("gender", _S(16), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("nationality", _S(16), nullable=False),
        sa.Column("municipality", _S(16), nullable=False),
        sa.Column("flag_minor", sa.Boolean(), nullable=False),
        sa.Column("flag_lvb", sa.Boolean(), nullable=False),
        sa.Column("flag_boy_prostitution", sa.Boolean(), nullable=False),
        sa.Column("registration_date", _S(10), nullable=True),
        sa.Column("registration_year", sa.Integer(), nullable=True),
        sa.Column("status", _S(16), nullable=True),
        sa.Column("forms_mask", sa.Integer(), nullable=False),
        sa.Column("closed_on", _S(10), nullable=True),
        sa.Column("last_contact_at", _S(16), nullable=True),
        sa.Column("next_action", _S(200), nullable=True),
        sa.Column("next_action_on", _S(10), nullable=True),
    )
    for column in (
        "gender",
        "municipality",
        "registration_date",
        "registration_year",
        "status",
        "closed_on",
        "last_contact_at",
        "next_action_on",
    ):
        op.create_index(f"ix_person_{column}", "person", [column])


def _identity() -> None:
    op.create_table(
        "identity",
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("first_name", _S(100), nullable=False),
        sa.Column("tussenvoegsel", _S(30), nullable=False),
        sa.Column("surname", _S(100), nullable=False),
        sa.Column("aliases", _S(300), nullable=False),
        sa.Column("date_of_birth", _S(10), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("phone", _S(40), nullable=False),
        sa.Column("address", _S(300), nullable=False),
    )
    op.create_table(
        "name_token",
        sa.Column("token", _S(100), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_name_token_person_id", "name_token", ["person_id"])


def _registration() -> None:
    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("date", _S(10), nullable=False),
        sa.Column("status", _S(16), nullable=False),
        sa.Column("melder", _S(32), nullable=False),
        sa.Column("forms_mask", sa.Integer(), nullable=False),
        sa.Column("aangifte", _S(16), nullable=False),
        sa.Column("aangifte_on", _S(10), nullable=True),
        sa.Column("closed_on", _S(10), nullable=True),
        sa.Column("closure_reason", _S(32), nullable=True),
        sa.Column("import_key", _S(64), nullable=True, unique=True),
    )
    op.create_index("ix_registration_date", "registration", ["date"])
    op.create_index("ix_registration_person_date", "registration", ["person_id", "date"])


def _advice_and_consent() -> None:
    op.create_table(
        "advice_question",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("date", _S(10), nullable=False),
        sa.Column("organisation_type", _S(32), nullable=False),
        sa.Column("topic", _S(32), nullable=False),
        sa.Column("municipality", _S(16), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("import_key", _S(64), nullable=True, unique=True),
    )
    op.create_index("ix_advice_question_date", "advice_question", ["date"])
    op.create_index("ix_advice_question_municipality", "advice_question", ["municipality"])
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("purpose", _S(32), nullable=False),
        sa.Column("given_on", _S(10), nullable=False),
        sa.Column("signer", _S(16), nullable=False),
        sa.Column("withdrawn_on", _S(10), nullable=True),
    )
    op.create_index("ix_consent_person_id", "consent", ["person_id"])


def _contact_and_rest() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", _S(16), nullable=False),
        sa.Column("mode", _S(16), nullable=False),
        sa.Column("with_whom", _S(200), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_contact_at", "contact", ["at"])
    op.create_index("ix_contact_person_at", "contact", ["person_id", "at"])
    op.create_table(
        "historic_total",
        sa.Column("year", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("registrations", sa.Integer(), nullable=False),
        sa.Column("advice_questions", sa.Integer(), nullable=True),
    )
    op.create_table(
        "draft",
        sa.Column("key", _S(64), primary_key=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", _S(32), nullable=False),
    )


def upgrade() -> None:
    _person()
    _identity()
    _registration()
    _advice_and_consent()
    _contact_and_rest()


def downgrade() -> None:
    for table in (
        "draft",
        "historic_total",
        "contact",
        "consent",
        "advice_question",
        "registration",
        "identity",
        "person",
    ):
        op.drop_table(table)
