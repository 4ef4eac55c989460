"""Care: trajectories, goals, referrals, deadlines, ZRM, outcomes, the partner network,
meetings with agendas and action items, and prevention sessions.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_date"), ["date"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("municipality", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "prevention_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("institution_type", sa.String(length=32), nullable=False),
        sa.Column("municipality", sa.String(length=16), nullable=False),
        sa.Column("audience", sa.String(length=16), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("evaluation_score", sa.Double(), nullable=True),
        sa.Column("signals_followed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("prevention_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prevention_session_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_prevention_session_municipality"), ["municipality"], unique=False
        )

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.String(length=10), nullable=False),
        sa.Column("done_on", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_person_id"), ["person_id"], unique=False)

    op.create_table(
        "care_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_on", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("care_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_goal_person_id"), ["person_id"], unique=False)

    op.create_table(
        "consultation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultation_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consultation_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "contact_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_person_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "meeting_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.PrimaryKeyConstraint("meeting_id", "organisation_id"),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_attendance_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "meeting_case",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "person_id"),
    )
    with op.batch_alter_table("meeting_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_case_person_id"), ["person_id"], unique=False)

    op.create_table(
        "outcome",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("safety_plan", sa.Boolean(), nullable=False),
        sa.Column("has_debts", sa.String(length=16), nullable=False),
        sa.Column("debt_range", sa.String(length=16), nullable=False),
        sa.Column("debt_help", sa.Boolean(), nullable=False),
        sa.Column("relapse", sa.Boolean(), nullable=False),
        sa.Column("trauma_complaints", sa.Boolean(), nullable=False),
        sa.Column("ggz_referral", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_on", sa.String(length=10), nullable=False),
        sa.Column("accepted_on", sa.String(length=10), nullable=True),
        sa.Column("rejected_on", sa.String(length=10), nullable=True),
        sa.Column("started_on", sa.String(length=10), nullable=True),
        sa.Column("done_on", sa.String(length=10), nullable=True),
        sa.Column("revoked_on", sa.String(length=10), nullable=True),
        sa.Column("consent_override", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_domain"), ["domain"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "ix_referral_status_requested", ["status", "requested_on"], unique=False
        )

    op.create_table(
        "safety_incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("safety_incident", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_safety_incident_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "trajectory",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("intensity", sa.String(length=16), nullable=False),
        sa.Column("next_checkin_on", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id"),
    )
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_next_checkin_on"), ["next_checkin_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_trajectory_phase"), ["phase"], unique=False)

    op.create_table(
        "zrm_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("edition", sa.String(length=8), nullable=False),
        sa.Column("moment", sa.String(length=16), nullable=False),
        sa.Column("assessed_on", sa.String(length=10), nullable=False),
        sa.Column("scores", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("zrm_assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_zrm_assessment_person_date", ["person_id", "assessed_on"], unique=False
        )

    op.create_table(
        "deadline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("due_on", sa.String(length=10), nullable=False),
        sa.Column("done_on", sa.String(length=10), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("action_item_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_action_item_id"), ["action_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deadline_done_on"), ["done_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_person_id"), ["person_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_person_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_due_on"))
        batch_op.drop_index(batch_op.f("ix_deadline_done_on"))
        batch_op.drop_index(batch_op.f("ix_deadline_action_item_id"))

    op.drop_table("deadline")
    with op.batch_alter_table("zrm_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_zrm_assessment_person_date")

    op.drop_table("zrm_assessment")
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_phase"))
        batch_op.drop_index(batch_op.f("ix_trajectory_next_checkin_on"))

    op.drop_table("trajectory")
    with op.batch_alter_table("safety_incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_incident_person_id"))

    op.drop_table("safety_incident")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_status_requested")
        batch_op.drop_index(batch_op.f("ix_referral_person_id"))
        batch_op.drop_index(batch_op.f("ix_referral_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_referral_domain"))

    op.drop_table("referral")
    op.drop_table("outcome")
    with op.batch_alter_table("meeting_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_case_person_id"))

    op.drop_table("meeting_case")
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_organisation_id"))

    op.drop_table("meeting_attendance")
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_person_organisation_id"))

    op.drop_table("contact_person")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_date"))

    op.drop_table("consultation")
    with op.batch_alter_table("care_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_goal_person_id"))

    op.drop_table("care_goal")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_person_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_due_on"))

    op.drop_table("action_item")
    with op.batch_alter_table("prevention_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prevention_session_municipality"))
        batch_op.drop_index(batch_op.f("ix_prevention_session_date"))

    op.drop_table("prevention_session")
    op.drop_table("organisation")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_date"))

    op.drop_table("meeting")
