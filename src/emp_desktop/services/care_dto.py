"""DTOs of trajectories, outcomes, network, meetings, prevention and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TrajectoryView:
    person_id: int
    code: str
    phase: str
    intensity: str
    next_checkin_on: str | None
    goals: tuple[GoalView, ...]
    referrals: tuple[ReferralView, ...]
    deadlines: tuple[DeadlineView, ...]
    assessments: tuple[ZrmView, ...]
    outcome: OutcomeView
    incidents: int


@dataclass(frozen=True)
class GoalView:
    id: int
    description: str
    status: str
    created_on: str


@dataclass(frozen=True)
class ReferralView:
    id: int
    organisation: str
    domain: str
    status: str
    requested_on: str
    accepted_on: str | None
    rejected_on: str | None
    started_on: str | None
    done_on: str | None
    revoked_on: str | None
    waiting_days: int | None
    consent_override: bool


@dataclass(frozen=True)
class DeadlineView:
    id: int
    person_id: int | None
    code: str | None
    kind: str
    due_on: str
    done_on: str | None
    note: str

    @property
    def open(self) -> bool:
        return self.done_on is None


@dataclass(frozen=True)
class ZrmView:
    id: int
    edition: str
    moment: str
    assessed_on: str
    scores: dict[str, int]


@dataclass(frozen=True)
class OutcomeView:
    safety_plan: bool = False
    has_debts: str = "onbekend"
    debt_range: str = "onbekend"
    debt_help: bool = False
    relapse: bool = False
    trauma_complaints: bool = False
    ggz_referral: bool = False


@dataclass(frozen=True)
class OrganisationView:
    id: int
    name: str
    type: str
    municipality: str
    contact_persons: int


@dataclass(frozen=True)
class MeetingView:
    id: int
    kind: str
    date: str
    attendees: tuple[str, ...]
    cases: tuple[AgendaCase, ...]
    actions: tuple[ActionView, ...]
    minutes: str


@dataclass(frozen=True)
class AgendaCase:
    person_id: int
    code: str
    phase: str
    intensity: str
    decision: str


@dataclass(frozen=True)
class ActionView:
    id: int
    code: str | None
    description: str
    owner: str
    due_on: str
    done_on: str | None


@dataclass(frozen=True)
class PreventionView:
    id: int
    kind: str
    date: str
    institution_type: str
    municipality: str
    audience: str
    participants: int
    evaluation_score: float | None
    signals_followed: int


@dataclass(frozen=True)
class Dashboard:
    year: int
    new_registrations: int
    new_registrations_last_year: int
    advice_questions: int
    advice_questions_last_year: int
    active_trajectories: int
    due_actions: int
    overdue_actions: int
    next_zorgoverleg: str | None
    prevention_sessions: int
    people_reached: int
    consultations: int = 0  # network consultations this year, beside the advice questions
