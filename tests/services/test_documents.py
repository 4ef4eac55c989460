"""Subject access and handover leave only encrypted; agendas carry codes, never names."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from emp_desktop.domain.registry import ContactInput, IdentityInput, PersonInput, RegistrationInput
from emp_desktop.reports.container import open_json_container
from emp_desktop.services import (
    care_service,
    document_service,
    network_service,
    registry_service,
    vault_service,
)
from tests.conftest import CANARY, PASSPHRASE

PASSWORD = "een-lang-wachtwoord-voor-de-pdf"


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


@pytest.fixture
def person(opened):
    ref = registry_service.register_person(
        opened,
        PersonInput(gender="v", municipality="GM0772"),
        RegistrationInput(date=date(2025, 2, 1), forms=("seksueel",)),
        IdentityInput(first_name=CANARY, surname="Demo", date_of_birth=date(2007, 3, 4)),
    )
    registry_service.add_contact(
        opened, ref.id, ContactInput(at=datetime(2025, 2, 2, 10, 0), note="Eerste gesprek")
    )
    return ref


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_subject_access_is_encrypted_and_complete(opened, person):
    pdf = document_service.subject_access_pdf(opened, person.id, PASSWORD)
    assert CANARY.encode() not in pdf
    assert PdfReader(io.BytesIO(pdf)).is_encrypted
    text = _text(pdf, PASSWORD)
    assert CANARY.split()[0] in text and person.code in text and "Eerste gesprek" in text
    actions = [line.action for line in vault_service.audit_log(opened, subject=person.code)]
    assert actions[:2] == ["subject_access_export", "identity_revealed"]


def test_subject_access_container_round_trips(opened, person):
    blob = document_service.subject_access_container(opened, person.id, PASSWORD)
    assert CANARY.encode() not in blob
    assert CANARY in str(open_json_container(blob, PASSWORD))


def test_handover_needs_care_consent(opened, person):
    with pytest.raises(care_service.ConsentRequired):
        document_service.handover_pdf(opened, person.id, "GGZ (demo)", "Samenvatting", PASSWORD)
    registry_service.give_consent(opened, person.id, "zorg", date(2025, 2, 1), "client")
    pdf = document_service.handover_pdf(opened, person.id, "GGZ (demo)", "Samenvatting", PASSWORD)
    assert "GGZ (demo)" in _text(pdf, PASSWORD)


def test_meeting_agenda_shows_codes_not_names(opened, person):
    org = network_service.add_organisation(opened, "Humanitas (demo)", "zorg", "GM0772")
    meeting_id = network_service.plan_meeting(
        opened, "zorgoverleg", date.today(), [org], [person.id]
    )
    text = _text(document_service.meeting_agenda_pdf(opened, meeting_id))
    assert person.code in text and "Humanitas" in text
    assert "Zzqcanary" not in text and "Demo" not in text.replace("(demo)", "")
