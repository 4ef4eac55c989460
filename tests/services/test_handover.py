"""Handover between two real vaults: round trip, no plaintext in the file, foreign,
tampered and duplicate files refused with nothing changed, consent and free-text
findings required first, and closing that leaves released figures as they were."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from emp_desktop.domain.registry import (
    ContactInput,
    IdentityInput,
    PersonInput,
    RegistrationInput,
)
from emp_desktop.privacy.freetext_guard import Resolution
from emp_desktop.services import (
    care_service,
    freetext_service,
    handover_service,
    registry_service,
    vault_service,
)
from tests.conftest import CANARY, CHEAP_KDF, PASSPHRASE


def _vault(tmp_path, name):
    created = vault_service.create_vault(tmp_path / name, PASSPHRASE, kdf=CHEAP_KDF)
    return created.vault


@pytest.fixture
def sender(tmp_path):
    opened = _vault(tmp_path, "zender")
    yield opened
    vault_service.lock(opened)


@pytest.fixture
def receiver(tmp_path):
    opened = _vault(tmp_path, "ontvanger")
    yield opened
    vault_service.lock(opened)


def _person(opened, note: str = "", consent: bool = True):
    ref = registry_service.register_person(
        opened,
        PersonInput(gender="v", municipality="GM0772"),
        RegistrationInput(date=date(2025, 2, 1), forms=("seksueel",), note=note),
        IdentityInput(
            first_name=CANARY,
            surname="Oosterhout",
            date_of_birth=date(2007, 3, 4),
            phone="0612345678",
        ),
    )
    registry_service.add_contact(
        opened, ref.id, ContactInput(at=datetime(2025, 2, 2, 10, 0), note="Eerste gesprek")
    )
    care_service.add_goal(opened, ref.id, "Veilige woonplek vinden")
    if consent:
        registry_service.give_consent(opened, ref.id, "overdracht", date(2025, 2, 2), "client")
    return ref


def _persons(opened) -> int:
    return vault_service.vault_info(opened).record_counts["person"]


def test_round_trip_between_two_vaults(sender, receiver, tmp_path):
    ref = _person(sender)
    out = tmp_path / "overdracht.age"
    recipient = handover_service.receiving_recipient(receiver)
    assert recipient.startswith("age1")
    handover_service.export_handover(sender, ref.id, recipient, out, None, "EMP Eindhoven")

    blob = out.read_bytes()
    for needle in (CANARY, "Oosterhout", "Eerste gesprek", "0612345678", ref.code):
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in blob
    preview = handover_service.preview_handover(receiver, out)
    assert (preview.sender_code, preview.counts["contacts"]) == (ref.code, 1)
    assert _persons(receiver) == 0  # a preview changes nothing

    local, _ = handover_service.import_handover(receiver, out)
    assert local.code != "" and handover_service.received_from(receiver, local.id) == ref.code
    identity = registry_service.reveal_identity(receiver, local.id)
    assert identity.first_name == CANARY and identity.phone == "0612345678"
    detail = registry_service.person_detail(receiver, local.id)
    assert [c.purpose for c in detail.consents] == ["overdracht"]
    assert registry_service.contacts_of(receiver, local.id)[0].note == "Eerste gesprek"
    assert care_service.trajectory(receiver, local.id).goals[0].description.startswith("Veilig")
    assert "handover_sent" in [a.action for a in vault_service.audit_log(sender)]
    assert "handover_received" in [a.action for a in vault_service.audit_log(receiver)]
    # found again by name in the receiving vault
    assert registry_service.find_person(receiver, local.code).id == local.id


def test_foreign_tampered_and_duplicate_files_change_nothing(sender, receiver, tmp_path):
    ref = _person(sender)
    other = _vault(tmp_path, "derde")
    try:
        out = tmp_path / "o.age"
        handover_service.export_handover(
            sender, ref.id, handover_service.receiving_recipient(receiver), out, None
        )
        with pytest.raises(handover_service.HandoverNotForThisVault):
            handover_service.import_handover(other, out)
        assert _persons(other) == 0

        tampered = bytearray(out.read_bytes())
        tampered[-20] ^= 0x01
        bad = tmp_path / "bad.age"
        bad.write_bytes(bytes(tampered))
        with pytest.raises(handover_service.HandoverDamaged):
            handover_service.import_handover(receiver, bad)
        assert _persons(receiver) == 0

        handover_service.import_handover(receiver, out)
        audit_before = len(vault_service.audit_log(receiver))
        with pytest.raises(handover_service.HandoverDuplicate):
            handover_service.import_handover(receiver, out)
        assert _persons(receiver) == 1 and len(vault_service.audit_log(receiver)) == audit_before
    finally:
        vault_service.lock(other)


def test_no_handover_without_consent(sender, receiver, tmp_path):
    ref = _person(sender, consent=False)
    out = tmp_path / "o.age"
    with pytest.raises(handover_service.HandoverConsentMissing):
        handover_service.export_handover(
            sender, ref.id, handover_service.receiving_recipient(receiver), out, None
        )
    assert not out.exists()


def test_invalid_recipient_is_refused(sender, tmp_path):
    ref = _person(sender)
    with pytest.raises(handover_service.InvalidRecipient):
        handover_service.export_handover(sender, ref.id, "age1nietgeldig", tmp_path / "o", None)


def test_findings_must_be_decided_and_replace_reaches_the_file(sender, receiver, tmp_path):
    ref = _person(sender, note="Belt vanaf 06-98765432, pooier heet Daan de Vries.")
    recipient = handover_service.receiving_recipient(receiver)
    out = tmp_path / "o.age"
    with pytest.raises(freetext_service.FreeTextUnresolved):
        handover_service.export_handover(sender, ref.id, recipient, out, None)
    assert not out.exists()
    with pytest.raises(freetext_service.FreeTextReasonMissing):
        handover_service.export_handover(
            sender, ref.id, recipient, out, Resolution.keep_everything(" ")
        )

    handover_service.export_handover(
        sender, ref.id, recipient, out, Resolution.replace_everything()
    )
    local, _ = handover_service.import_handover(receiver, out)
    note = registry_service.person_detail(receiver, local.id).registrations[0].note
    assert note == "Belt vanaf [telefoon], pooier heet [naam]."
    decided = [a for a in vault_service.audit_log(sender) if a.action == "freetext_decided"]
    assert decided[-1].detail["replaced"] == {"telefoon": 1, "naam": 1}
    assert "06-98765432" not in json.dumps([a.detail for a in vault_service.audit_log(sender)])


def test_keep_is_audited_with_its_reason(sender, receiver, tmp_path):
    ref = _person(sender, note="Nieuw nummer 06-98765432.")
    recipient = handover_service.receiving_recipient(receiver)
    keep = Resolution.keep_everything("ontvanger moet haar kunnen bellen")
    handover_service.export_handover(sender, ref.id, recipient, tmp_path / "o.age", keep)
    local, _ = handover_service.import_handover(receiver, tmp_path / "o.age")
    assert "06-98765432" in registry_service.person_detail(receiver, local.id).registrations[0].note
    decided = [a for a in vault_service.audit_log(sender) if a.action == "freetext_decided"][-1]
    assert decided.detail["kept"] == {"telefoon": 1}
    assert decided.detail["reasons"] == ["ontvanger moet haar kunnen bellen"]


def test_notes_scan_reports_kinds_never_text(sender):
    ref = _person(sender, note="BSN 111222333, mail ilse.v@hotmail.com")
    lines = freetext_service.scan_vault(sender)
    assert {(line.code, line.field, line.kind) for line in lines} >= {
        (ref.code, "melding.notitie", "bsn"),
        (ref.code, "melding.notitie", "email"),
    }
    assert "111222333" not in repr(lines) and "hotmail" not in repr(lines)


def test_close_after_handover_keeps_released_figures(sender, receiver, tmp_path):
    from emp_desktop.services import demo_service, export_files, export_service

    demo_service.fill_demo(sender, 300, seed=3, today=date(2026, 6, 30))
    ref = _person(sender)
    released = export_service.prepare_export(sender, "gemeente", "2025")
    export_files.write_export(sender, released, tmp_path / "gemeente")
    with pytest.raises(handover_service.HandoverNotSent):
        handover_service.close_handed_over(sender, ref.id, "EMP Tilburg")
    handover_service.export_handover(
        sender, ref.id, handover_service.receiving_recipient(receiver), tmp_path / "o.age", None
    )
    handover_service.close_handed_over(sender, ref.id, "EMP Tilburg")

    reg = registry_service.person_detail(sender, ref.id).registrations[0]
    assert (reg.closure_reason, reg.date, reg.status) == (
        "overgedragen",
        "2025-02-01",
        "vermoedelijk",
    )
    assert handover_service.handed_over_to(sender, ref.id) == "EMP Tilburg"
    again = export_service.prepare_export(sender, "gemeente", "2025")  # not refused
    assert [p.cells for p in again.protected] == [p.cells for p in released.protected]


def _crafted(sender, person_id, recipient, change) -> bytes:
    """A file anyone who knows the public recipient could make, with one value changed."""
    import pyrage
    from pyrage import x25519

    from emp_desktop.storage import handover_repo

    with sender.transaction() as session:
        document = handover_repo.person_document(session, person_id)
    change(document)
    payload = {
        "format": "emp-overdracht",
        "version": 1,
        "handover_id": "00000000-0000-4000-8000-000000000001",
        "sender_code": "EMP-2025-0001",
        "document": document,
    }
    plain = json.dumps(payload).encode()
    return pyrage.encrypt(plain, [x25519.Recipient.from_str(recipient)])


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["registrations"][0].update(status="verzonnen"),
        lambda d: d["person"].update(municipality="GM9999"),
        lambda d: d["contacts"][0].update(at="gisteren"),
        lambda d: d["consents"][0].update(purpose=["lijst"]),
        lambda d: d["identity"].update(first_name="x" * 5000),
    ],
)
def test_a_crafted_file_with_invalid_values_changes_nothing(sender, receiver, tmp_path, change):
    ref = _person(sender)
    recipient = handover_service.receiving_recipient(receiver)
    path = tmp_path / "crafted.age"
    path.write_bytes(_crafted(sender, ref.id, recipient, change))
    audit_before = len(vault_service.audit_log(receiver))
    with pytest.raises(handover_service.HandoverDamaged):
        handover_service.import_handover(receiver, path)
    assert _persons(receiver) == 0 and len(vault_service.audit_log(receiver)) == audit_before
