"""Network, meetings (agenda by pseudonym, consent-aware), prevention and dashboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from emp_desktop.domain.registry import AdviceInput, PersonInput, RegistrationInput
from emp_desktop.services import care_service as care
from emp_desktop.services import (
    dashboard_service,
    prevention_service,
    registry_service,
    vault_service,
)
from emp_desktop.services import network_service as network
from emp_desktop.services.care_dto import PreventionView
from tests.conftest import PASSPHRASE

TODAY = date.today()


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _case(opened, consent=True, phase="traject"):
    ref = registry_service.register_person(
        opened,
        PersonInput(municipality="GM0772"),
        RegistrationInput(date=TODAY - timedelta(days=9)),
    )
    care.set_trajectory(opened, ref.id, phase, "intensief", None)
    if consent:
        registry_service.give_consent(
            opened, ref.id, "zorgoverleg", TODAY - timedelta(days=9), "client"
        )
    return ref


def test_agenda_lists_consented_active_cases_by_code(opened):
    included = _case(opened)
    _case(opened, consent=False)
    _case(opened, phase="afgesloten")
    assert [c.code for c in network.agenda_candidates(opened)] == [included.code]


def test_meeting_with_attendance_decisions_and_actions(opened):
    ref = _case(opened)
    humanitas = network.add_organisation(opened, "Humanitas (demo)", "zorg", "GM0772")
    avim = network.add_organisation(opened, "Politie AVIM (demo)", "politie", "GM0772")
    meeting_id = network.plan_meeting(opened, "zorgoverleg", TODAY, [humanitas, avim], [ref.id])
    network.record_decision(opened, meeting_id, ref.id, "Verwijzen naar opvang")
    action = network.add_action(
        opened, meeting_id, ref.id, "Opvangplek zoeken", "Humanitas", TODAY + timedelta(days=3)
    )
    view = network.meeting(opened, meeting_id)
    assert view.attendees == ("Humanitas (demo)", "Politie AVIM (demo)")
    assert view.cases[0].code == ref.code and view.cases[0].decision == "Verwijzen naar opvang"
    deadlines = care.trajectory(opened, ref.id).deadlines
    assert deadlines[0].kind == "actiepunt" and "Opvangplek" in deadlines[0].note
    network.complete_action(opened, action, TODAY)
    assert care.trajectory(opened, ref.id).deadlines[0].done_on == TODAY.isoformat()
    assert network.attendance(opened, TODAY.year)["Humanitas (demo)"] == (1, 1)
    assert network.next_zorgoverleg_date(opened, TODAY) == TODAY + timedelta(weeks=4)


def test_prevention_and_dashboard(opened):
    prevention_service.record_session(
        opened,
        PreventionView(
            0, "voorlichting", TODAY.isoformat(), "school", "GM0861", "jongeren", 120, 8.1, 2
        ),
    )
    prevention_service.record_session(
        opened,
        PreventionView(
            0, "training_2", TODAY.isoformat(), "huisartsen", "GM0772", "professionals", 14, None, 0
        ),
    )
    _case(opened)
    registry_service.register_advice(opened, AdviceInput(date=TODAY, municipality="GM0772"))
    org = network.add_organisation(opened, "Lunet (demo)", "zorg", "GM0772")
    network.add_consultation(opened, org, TODAY, "signalen", 30)
    board = dashboard_service.dashboard(opened, TODAY)
    assert (board.prevention_sessions, board.people_reached) == (2, 134)
    assert board.new_registrations == 1 and board.advice_questions == 1
    assert board.consultations == 1  # counted apart, not hidden in the advice figure
    assert board.active_trajectories == 1


def test_prevention_validation(opened):
    from emp_desktop.domain.registry import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        prevention_service.record_session(
            opened,
            PreventionView(0, "feest", "2999-01-01", "school", "Atlantis", "jongeren", -1, 11.0, 0),
        )
    assert set(caught.value.errors) == {
        "kind",
        "date",
        "municipality",
        "participants",
        "evaluation_score",
    }
