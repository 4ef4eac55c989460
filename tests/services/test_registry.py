"""Registry services on a real vault: register, list, filter, reveal (audited), validate."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from emp_desktop.domain.registry import (
    AdviceInput,
    ContactInput,
    IdentityInput,
    InvalidInput,
    PersonInput,
    RegistrationInput,
)
from emp_desktop.services import registry_service as registry
from emp_desktop.services import vault_service
from emp_desktop.services.registry_dto import PersonQuery
from tests.conftest import CANARY, PASSPHRASE


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _register(
    opened,
    day=date(2025, 3, 1),
    municipality="GM0772",
    forms=("seksueel",),
    identity=None,
    status="vermoedelijk",
):
    return registry.register_person(
        opened,
        PersonInput(gender="v", nationality="PL", municipality=municipality),
        RegistrationInput(date=day, forms=forms, melder="politie", status=status),
        identity,
    )


def test_codes_are_sequential_per_registration_year(opened):
    codes = [
        _register(opened).code,
        _register(opened).code,
        _register(opened, day=date(2024, 12, 31)).code,
    ]
    assert codes == ["EMP-2025-0001", "EMP-2025-0002", "EMP-2024-0001"]


def test_list_shows_codes_and_no_names(opened):
    _register(
        opened,
        identity=IdentityInput(
            first_name=CANARY, surname="Testpersoon", date_of_birth=date(2009, 1, 2)
        ),
    )
    (row,) = registry.list_persons(opened, PersonQuery())
    assert CANARY not in repr(row) and "Testpersoon" not in repr(row)
    assert row.age_group == "<18" and row.forms == ("seksueel",)


def test_search_and_filters(opened):
    first = _register(opened, identity=IdentityInput(first_name="Anouk", surname="Zonneveld"))
    _register(opened, municipality="GM0753", forms=("arbeid", "crimineel"))
    _register(opened, day=date(2024, 5, 5), status="bevestigd")
    assert [r.id for r in registry.list_persons(opened, PersonQuery(text="anou"))] == [first.id]
    assert registry.count_persons(opened, PersonQuery(text="best")) == 1
    assert registry.count_persons(opened, PersonQuery(form="arbeid")) == 1
    assert registry.count_persons(opened, PersonQuery(year=2024)) == 1
    assert registry.count_persons(opened, PersonQuery(status="bevestigd")) == 1
    assert registry.count_persons(opened, PersonQuery(text="EMP-2025")) == 2
    rows = registry.list_persons(opened, PersonQuery(sort="registration_date", descending=True))
    assert [r.registration_date for r in rows] == sorted(
        (r.registration_date for r in rows), reverse=True
    )


def test_reveal_identity_is_audited(opened):
    ref = _register(
        opened, identity=IdentityInput(first_name="Mila", tussenvoegsel="van der", surname="Berg")
    )
    identity = registry.reveal_identity(opened, ref.id)
    assert identity.display_name == "Mila van der Berg"
    newest = vault_service.audit_log(opened, limit=1)[0]
    assert (newest.action, newest.subject) == ("identity_revealed", ref.code)
    assert "Mila" not in repr(newest)


def test_contacts_update_the_last_contact(opened):
    ref = _register(opened)
    registry.add_contact(
        opened,
        ref.id,
        ContactInput(at=datetime(2025, 3, 5, 14, 30), mode="outreach", note="Gesprek op straat"),
    )
    registry.add_contact(opened, ref.id, ContactInput(at=datetime(2025, 3, 4, 9, 0)))
    (row,) = registry.list_persons(opened, PersonQuery())
    assert row.last_contact_at == "2025-03-05T14:30"
    assert [c.at for c in registry.contacts_of(opened, ref.id)] == [
        "2025-03-05T14:30",
        "2025-03-04T09:00",
    ]


def test_invalid_input_changes_nothing_and_names_each_field(opened):
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(InvalidInput) as caught:
        registry.register_person(
            opened,
            PersonInput(gender="q", municipality="Atlantis"),
            RegistrationInput(date=tomorrow, forms=(), melder="niemand"),
            IdentityInput(phone="06-abc"),
        )
    assert set(caught.value.errors) == {
        "gender",
        "municipality",
        "date",
        "forms",
        "melder",
        "phone",
    }
    assert registry.registry_counts(opened).persons == 0


def test_advice_questions_have_no_person(opened):
    registry.register_advice(
        opened,
        AdviceInput(
            date=date(2025, 2, 1),
            organisation_type="school",
            topic="signalen",
            municipality="GM0861",
            duration_minutes=20,
        ),
    )
    counts = registry.registry_counts(opened)
    assert (counts.persons, counts.advice_questions) == (0, 1)


def test_consent_given_and_withdrawn(opened):
    ref = _register(opened)
    consent = registry.give_consent(opened, ref.id, "comensha", date(2025, 3, 1), "client")
    registry.withdraw_consent(opened, consent, date(2025, 4, 1))
    (view,) = registry.person_detail(opened, ref.id).consents
    assert not view.active and view.withdrawn_on == "2025-04-01"
    with pytest.raises(InvalidInput):
        registry.withdraw_consent(opened, consent, date(2025, 5, 1))


def test_historic_totals(opened):
    for year, total in ((2015, 66), (2016, 97), (2017, 176)):
        registry.set_historic_total(opened, year, total)
    assert registry.historic_totals(opened) == {2015: 66, 2016: 97, 2017: 176}
