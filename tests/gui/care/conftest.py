"""A small vault with known care data, unlocked in a real controller."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from emp_desktop.domain.registry import AdviceInput, IdentityInput, PersonInput, RegistrationInput
from emp_desktop.services import care_service, network_service, prevention_service, registry_service
from emp_desktop.services.care_dto import PreventionView
from emp_desktop.services.registry_dto import PersonRef
from tests.conftest import CANARY

TODAY = date.today()
EARLIER = max(TODAY - timedelta(days=20), date(TODAY.year, 1, 1))  # always this year


@dataclass
class Seeded:
    consented: PersonRef  # active, consent for care and for the zorgoverleg
    unconsented: PersonRef  # active, no consent at all
    closed: PersonRef  # trajectory closed, consent for the zorgoverleg
    last_year: PersonRef
    humanitas: int
    overdue_deadline: int
    soon_deadline: int


def _person(opened, on: date, phase: str, consents: tuple[str, ...], name: str = "") -> PersonRef:  # noqa: ANN001
    identity = IdentityInput(first_name=name, surname="Testpersoon") if name else None
    ref = registry_service.register_person(
        opened, PersonInput(municipality="GM0772"), RegistrationInput(date=on), identity
    )
    care_service.set_trajectory(opened, ref.id, phase, "intensief", None)
    for purpose in consents:
        registry_service.give_consent(opened, ref.id, purpose, on, "client")
    return ref


def seed(opened) -> Seeded:  # noqa: ANN001
    consented = _person(opened, EARLIER, "traject", ("zorg", "zorgoverleg"), CANARY)
    unconsented = _person(opened, EARLIER, "intake", ())
    closed = _person(opened, EARLIER, "afgesloten", ("zorgoverleg",))
    last_year = _person(opened, date(TODAY.year - 1, 6, 1), "traject", ())
    registry_service.register_advice(opened, AdviceInput(date=EARLIER))
    humanitas = network_service.add_organisation(opened, "Humanitas (test)", "zorg", "GM0772")
    overdue = care_service.add_deadline(
        opened, consented.id, "bedenktijd", TODAY - timedelta(days=3), "bedenktijd loopt af"
    )
    soon = care_service.add_deadline(opened, unconsented.id, "checkin", TODAY + timedelta(days=5))
    network_service.plan_meeting(
        opened, "zorgoverleg", TODAY + timedelta(days=7), [humanitas], [consented.id]
    )
    prevention_service.record_session(
        opened,
        PreventionView(
            0, "voorlichting", EARLIER.isoformat(), "school", "GM0772", "jongeren", 40, 8.0, 1
        ),
    )
    return Seeded(consented, unconsented, closed, last_year, humanitas, overdue, soon)


@pytest.fixture
def seeded(unlocked) -> Seeded:  # noqa: ANN001
    """The seeded vault behind an unlocked main window (pages refreshed on demand)."""
    return seed(unlocked.session.vault)
