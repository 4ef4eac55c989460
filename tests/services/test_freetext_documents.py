"""The blocking check before documents with free text, and the import's free-text and
handover-consent columns."""

from __future__ import annotations

from datetime import date

import pytest

from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.privacy.freetext_guard import Resolution
from emp_desktop.services import (
    document_service,
    freetext_service,
    import_service,
    network_service,
    registry_service,
    vault_service,
)
from tests.conftest import PASSPHRASE
from tests.services.test_documents import _text


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def test_agenda_with_a_phone_number_in_a_decision_waits_for_a_decision(opened):
    ref = registry_service.register_person(
        opened,
        PersonInput(gender="v", municipality="GM0772"),
        RegistrationInput(date=date(2025, 2, 1)),
        IdentityInput(first_name="Ilse", surname="Verhoeven"),
    )
    org = network_service.add_organisation(opened, "Humanitas", "zorg", "GM0772")
    meeting_id = network_service.plan_meeting(opened, "zorgoverleg", date.today(), [org], [ref.id])
    network_service.record_decision(opened, meeting_id, ref.id, "Ilse belt zelf 06-98765432.")
    with pytest.raises(freetext_service.FreeTextUnresolved):
        document_service.meeting_minutes_pdf(opened, meeting_id)
    assert "meeting_minutes_printed" not in [a.action for a in vault_service.audit_log(opened)]
    pdf = document_service.meeting_minutes_pdf(opened, meeting_id, Resolution.replace_everything())
    text = _text(pdf)
    assert "[telefoon]" in text and "[naam]" in text and "98765432" not in text


def test_import_takes_the_note_and_the_handover_consent(opened, tmp_path):
    csv = tmp_path / "m.csv"
    csv.write_text(
        "datum_melding;type;geslacht;gemeente;notitie;toestemming_overdracht\n"
        "01-03-2025;melding;v;Eindhoven;Belt vanaf 06-98765432;ja\n"
        "02-03-2025;melding;m;Eindhoven;;\n",
        encoding="utf-8",
    )
    import_service.run_import(opened, csv)
    codes = [line.code for line in freetext_service.scan_vault(opened)]
    assert codes == ["EMP-2025-0001"]
    person = registry_service.find_person(opened, "EMP-2025-0001")
    detail = registry_service.person_detail(opened, person.id)
    assert detail.registrations[0].note == "Belt vanaf 06-98765432"
    assert [c.purpose for c in detail.consents] == ["overdracht"]
    again = import_service.preview_import(opened, csv)
    assert again.duplicates == [2, 3]


def test_import_key_of_rows_without_the_new_columns_is_unchanged():
    from emp_desktop.domain.import_rows import _import_key

    old = {"datum_melding": "01-03-2025", "type": "melding"}
    assert _import_key(old) == _import_key({**old, "notitie": "", "toestemming_overdracht": " "})
    assert _import_key(old) != _import_key({**old, "notitie": "x"})
