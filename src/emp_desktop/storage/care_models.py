"""ORM models of care trajectories, outcomes, the partner network, meetings and prevention."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emp_desktop.storage.models import Base

_PERSON_FK = "person.id"


class Trajectory(Base):
    __tablename__ = "trajectory"

    person_id: Mapped[int] = mapped_column(
        ForeignKey(_PERSON_FK, ondelete="CASCADE"), primary_key=True
    )
    phase: Mapped[str] = mapped_column(String(16), index=True)
    intensity: Mapped[str] = mapped_column(String(16))
    next_checkin_on: Mapped[str | None] = mapped_column(String(10), index=True)


class CareGoal(Base):
    __tablename__ = "care_goal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey(_PERSON_FK, ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16))
    created_on: Mapped[str] = mapped_column(String(10))


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    municipality: Mapped[str] = mapped_column(String(16))


class ContactPerson(Base):
    """A professional at a partner organisation (not a client)."""

    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class Referral(Base):
    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_status_requested", "status", "requested_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey(_PERSON_FK, ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    domain: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16))
    requested_on: Mapped[str] = mapped_column(String(10))
    accepted_on: Mapped[str | None] = mapped_column(String(10))
    rejected_on: Mapped[str | None] = mapped_column(String(10))
    started_on: Mapped[str | None] = mapped_column(String(10))
    done_on: Mapped[str | None] = mapped_column(String(10))
    revoked_on: Mapped[str | None] = mapped_column(String(10))
    consent_override: Mapped[bool] = mapped_column(Boolean, default=False)


class Deadline(Base):
    __tablename__ = "deadline"
    # Open deadlines in due order: the due list and the dashboard seek, never sort.
    __table_args__ = (Index("ix_deadline_done_on_due_on", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey(_PERSON_FK, ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    due_on: Mapped[str] = mapped_column(String(10), index=True)
    done_on: Mapped[str | None] = mapped_column(String(10), index=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    action_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_item.id", ondelete="CASCADE"), index=True
    )


class ZrmAssessment(Base):
    __tablename__ = "zrm_assessment"
    __table_args__ = (Index("ix_zrm_assessment_person_date", "person_id", "assessed_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey(_PERSON_FK, ondelete="CASCADE"))
    edition: Mapped[str] = mapped_column(String(8))
    moment: Mapped[str] = mapped_column(String(16))
    assessed_on: Mapped[str] = mapped_column(String(10))
    scores: Mapped[str] = mapped_column(Text)  # JSON {domain: 1..5}, domains of its edition


class Outcome(Base):
    """Safety, finances, demand for care and mental health of one person (latest state)."""

    __tablename__ = "outcome"

    person_id: Mapped[int] = mapped_column(
        ForeignKey(_PERSON_FK, ondelete="CASCADE"), primary_key=True
    )
    safety_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    has_debts: Mapped[str] = mapped_column(String(16), default="onbekend")
    debt_range: Mapped[str] = mapped_column(String(16), default="onbekend")
    debt_help: Mapped[bool] = mapped_column(Boolean, default=False)
    relapse: Mapped[bool] = mapped_column(Boolean, default=False)
    trauma_complaints: Mapped[bool] = mapped_column(Boolean, default=False)
    ggz_referral: Mapped[bool] = mapped_column(Boolean, default=False)


class SafetyIncident(Base):
    __tablename__ = "safety_incident"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey(_PERSON_FK, ondelete="CASCADE"), index=True)
    occurred_on: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text, default="")


class Consultation(Base):
    """Advice given to a professional of a partner; counts as an advice question."""

    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    date: Mapped[str] = mapped_column(String(10), index=True)
    topic: Mapped[str] = mapped_column(String(32))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    date: Mapped[str] = mapped_column(String(10), index=True)
    minutes: Mapped[str] = mapped_column(Text, default="")  # pseudonyms only


class MeetingAttendance(Base):
    __tablename__ = "meeting_attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id"), primary_key=True, index=True
    )


class MeetingCase(Base):
    """A case on the agenda: by pseudonym code (person id), never by name."""

    __tablename__ = "meeting_case"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey(_PERSON_FK, ondelete="CASCADE"), primary_key=True, index=True
    )
    decision: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey(_PERSON_FK, ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(120))
    due_on: Mapped[str] = mapped_column(String(10), index=True)
    done_on: Mapped[str | None] = mapped_column(String(10))


class PreventionSession(Base):
    __tablename__ = "prevention_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    date: Mapped[str] = mapped_column(String(10), index=True)
    institution_type: Mapped[str] = mapped_column(String(32))
    municipality: Mapped[str] = mapped_column(String(16), index=True)
    audience: Mapped[str] = mapped_column(String(16))
    participants: Mapped[int] = mapped_column(Integer, default=0)
    evaluation_score: Mapped[float | None] = mapped_column()
    signals_followed: Mapped[int] = mapped_column(Integer, default=0)
