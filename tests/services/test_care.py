"""Trajectories, referrals with consent, deadlines, ZRM, outcomes — on a real vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from emp_desktop.domain.care import ZRM_DOMAINS
from emp_desktop.domain.registry import InvalidInput, PersonInput, RegistrationInput
from emp_desktop.services import care_service as care
from emp_desktop.services import network_service as network
from emp_desktop.services import registry_service, vault_service
from emp_desktop.services.care_dto import OutcomeView
from tests.conftest import PASSPHRASE

TODAY = date.today()


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


@pytest.fixture
def person(opened):
    return registry_service.register_person(
        opened,
        PersonInput(municipality="GM0772"),
        RegistrationInput(date=TODAY - timedelta(days=60), forms=("seksueel",)),
    )


@pytest.fixture
def ggz(opened):
    return network.add_organisation(opened, "GGZ Oost Brabant (demo)", "zorg", "GM0772")


def test_trajectory_defaults_and_updates(opened, person):
    assert care.trajectory(opened, person.id).phase == "aanmelding"
    care.set_trajectory(opened, person.id, "traject", "intensief", TODAY + timedelta(days=7))
    view = care.trajectory(opened, person.id)
    assert (view.phase, view.intensity) == ("traject", "intensief")
    with pytest.raises(InvalidInput):
        care.set_trajectory(opened, person.id, "onzin", "intensief", None)


def test_referral_needs_consent_or_a_written_reason(opened, person, ggz):
    requested = TODAY - timedelta(days=20)
    with pytest.raises(care.ConsentRequired):
        care.refer(opened, person.id, ggz, "psychisch", requested)
    referral = care.refer(
        opened,
        person.id,
        ggz,
        "psychisch",
        requested,
        override_reason="Acute crisis, cliënt mondeling akkoord",
    )
    newest = vault_service.audit_log(opened, limit=1)[0]
    assert newest.action == "consent_override" and newest.subject == person.code
    registry_service.give_consent(opened, person.id, "zorg", TODAY - timedelta(days=5), "client")
    second = care.refer(opened, person.id, ggz, "opvang", TODAY - timedelta(days=3))
    views = {r.id: r for r in care.trajectory(opened, person.id).referrals}
    assert views[referral].consent_override and not views[second].consent_override
    assert views[referral].waiting_days == 20


def test_referral_status_flow_and_waiting_days(opened, person, ggz):
    registry_service.give_consent(opened, person.id, "zorg", TODAY - timedelta(days=30), "client")
    rid = care.refer(opened, person.id, ggz, "medisch", TODAY - timedelta(days=30))
    care.advance_referral(opened, rid, "geaccepteerd", TODAY - timedelta(days=25))
    with pytest.raises(InvalidInput):
        care.advance_referral(opened, rid, "afgerond", TODAY)  # must start first
    care.advance_referral(opened, rid, "gestart", TODAY - timedelta(days=18))
    (view,) = care.trajectory(opened, person.id).referrals
    assert view.status == "gestart" and view.waiting_days == 12


def test_deadlines_due_and_overdue(opened, person):
    care.add_deadline(opened, person.id, "bedenktijd", TODAY - timedelta(days=1))
    care.add_deadline(opened, person.id, "zrm", TODAY + timedelta(days=5))
    far = care.add_deadline(opened, person.id, "verblijf", TODAY + timedelta(days=90))
    due = care.due_deadlines(opened, TODAY)
    assert [d.kind for d in due] == ["bedenktijd", "zrm"]
    assert all(d.code == person.code for d in due)
    care.complete_deadline(opened, due[0].id, TODAY)
    assert [d.kind for d in care.due_deadlines(opened, TODAY)] == ["zrm"]
    assert far not in {d.id for d in care.due_deadlines(opened, TODAY)}


def test_zrm_keeps_its_edition_and_gives_progress(opened, person):
    domains = ZRM_DOMAINS["2017"]
    care.record_zrm(
        opened, person.id, "2017", "intake", TODAY - timedelta(days=50), dict.fromkeys(domains, 2)
    )
    care.record_zrm(
        opened,
        person.id,
        "2017",
        "periodiek",
        TODAY,
        {d: 3 if i % 2 else 2 for i, d in enumerate(domains)},
    )
    care.record_zrm(
        opened,
        person.id,
        "2013",
        "intake",
        TODAY - timedelta(days=400),
        dict.fromkeys(ZRM_DOMAINS["2013"], 1),
    )
    view = care.trajectory(opened, person.id)
    assert [a.edition for a in view.assessments] == ["2013", "2017", "2017"]
    progress = care.zrm_progress(view)
    assert [s for _, s in progress["Werk & opleiding"]] == [2, 3]
    with pytest.raises(InvalidInput):
        care.record_zrm(opened, person.id, "2017", "intake", TODAY, {"Financiën": 6})


def test_outcomes_and_incidents(opened, person):
    care.set_outcome(
        opened,
        person.id,
        OutcomeView(safety_plan=True, has_debts="ja", debt_range="1000_5000", debt_help=True),
    )
    care.add_incident(opened, person.id, TODAY, "Bedreiging via telefoon (demo)")
    view = care.trajectory(opened, person.id)
    assert view.outcome.debt_range == "1000_5000" and view.incidents == 1
    for has, amount in (("ja", "geen"), ("nee", "1000_5000")):  # contradicts itself
        with pytest.raises(InvalidInput) as refused:
            care.set_outcome(opened, person.id, OutcomeView(has_debts=has, debt_range=amount))
        assert refused.value.errors == {"debt_range": "err_debts_contradict"}
    assert care.trajectory(opened, person.id).outcome.debt_range == "1000_5000"  # unchanged
