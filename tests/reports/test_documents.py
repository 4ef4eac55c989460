"""Documents with personal data: encrypted with AES-256, opened by pypdf as an independent
reader, and never written to disk in plaintext."""

from __future__ import annotations

import builtins
import json
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PasswordType
from pypdf.errors import FileNotDecryptedError

from emp_desktop.reports.container import (
    MAGIC,
    Argon2Settings,
    ContainerError,
    encrypted_json_container,
    open_json_container,
)
from emp_desktop.reports.documents import (
    render_handover,
    render_subject_access,
    subject_access_payload,
)
from emp_desktop.reports.dto import Consent, Field, HandoverData, RecordTable
from emp_desktop.reports.sample import sample_subject_access
from tests.reports.pdftext import CANARY, PASSWORD, all_text, metadata_text, reader

WRONG = "dit-is-niet-het-goede-wachtwoord"


def _subject_access() -> bytes:
    data = sample_subject_access()
    identity = (Field("Naam", CANARY), *data.identity[1:])
    return render_subject_access(replace(data, identity=identity), PASSWORD)


def _handover_data() -> HandoverData:
    return HandoverData(
        organisation_name="Expertisecentrum Mensenhandel en (jeugd)Prostitutie",
        recipient_organisation="GGZ Oost Brabant",
        pseudonym="EMP-2025-0042",
        consent=Consent("Zorg en doorverwijzing", date(2025, 2, 3), "Cliënt (16+)"),
        identity=(Field("Naam", CANARY), Field("Geboortedatum", "12-05-2007")),
        summary="Cliënte is gemotiveerd; traject GGZ gewenst.",
        risks=(Field("Veiligheid", "Contact met dader mogelijk"),),
        trajectory=RecordTable(("Onderdeel", "Status"), (("Doorverwijzing GGZ", "Aangevraagd"),)),
        assessments=RecordTable(("Datum", "Scores"), (("04-02-2025", "Financiën 2"),)),
        coordinator_contact="Zorgcoördinator mensenhandel, 040-0000000",
        generated_at=datetime(2025, 6, 2, 14, 0),
    )


@pytest.mark.parametrize(
    "render",
    [_subject_access, lambda: render_handover(_handover_data(), PASSWORD)],
    ids=["subject_access", "handover"],
)
def test_unreadable_without_the_password(render) -> None:  # noqa: ANN001
    pdf = render()
    assert CANARY.encode() not in pdf and CANARY.encode("utf-16-be") not in pdf
    assert b"EMP-2025-0042" not in pdf
    locked = reader(pdf)
    assert locked.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        locked.pages[0].extract_text()
    assert locked.decrypt(WRONG) == PasswordType.NOT_DECRYPTED
    opened = reader(pdf)
    assert opened.decrypt(PASSWORD) != PasswordType.NOT_DECRYPTED
    assert CANARY in all_text(pdf, PASSWORD)


def test_encryption_is_aes_256() -> None:
    encrypt = reader(_subject_access()).trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert encrypt["/StmF"] == "/StdCF" and encrypt["/StrF"] == "/StdCF"


def test_subject_access_holds_every_section_and_no_identity_in_metadata() -> None:
    pdf = _subject_access()
    text = all_text(pdf, PASSWORD)
    for expected in (
        "Inzage persoonsgegevens (AVG artikel 15)",
        "EMP-2025-0042",
        "Contactmomenten",
        "Intakegesprek, zorgen geüit.",
        "Toestemmingen",
        "Identiteit getoond",
        "Autoriteit Persoonsgegevens",
        "28 mei 2025",
    ):
        assert expected in text, expected
    meta = metadata_text(pdf, PASSWORD)
    assert CANARY not in meta and "EMP-2025-0042" not in meta
    assert reader(pdf, PASSWORD).trailer["/Root"]["/Lang"] == "nl-NL"


def test_handover_prints_the_consent() -> None:
    text = all_text(render_handover(_handover_data(), PASSWORD), PASSWORD)
    assert "Zorg en doorverwijzing – gegeven op 3 februari 2025 door Cliënt (16+)" in text
    assert "GGZ Oost Brabant" in text


@pytest.mark.parametrize("password", ["", "kort", "   elf-tekens"[:11]])
def test_short_passwords_are_refused(password: str) -> None:
    with pytest.raises(ValueError, match="wachtwoord"):
        render_subject_access(sample_subject_access(), password)


def test_plaintext_never_touches_the_disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Any file opened for writing, or a temp file, during rendering fails the test."""
    real_open = builtins.open

    def guarded_open(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"write to {file!r} while rendering")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    _subject_access()
    render_handover(_handover_data(), PASSWORD)
    assert list(tmp_path.iterdir()) == []


def test_json_container_round_trips() -> None:
    payload = subject_access_payload(sample_subject_access())
    blob = encrypted_json_container(payload, PASSWORD)
    assert blob.startswith(MAGIC)
    assert b"Voorbeeld Persoon" not in blob
    assert open_json_container(blob, PASSWORD) == json.loads(json.dumps(payload))


def test_json_container_header_documents_its_parameters() -> None:
    blob = encrypted_json_container({"a": "ë"}, PASSWORD)
    length = int.from_bytes(blob[8:12], "big")
    header = json.loads(blob[12 : 12 + length])
    assert header["kdf"]["name"] == "argon2id" and header["kdf"]["memory_kib"] >= 64 * 1024
    assert header["cipher"]["name"] == "AES-256-GCM"
    other = encrypted_json_container({"a": "ë"}, PASSWORD)
    assert other != blob  # fresh salt and nonce every time


def test_json_container_refuses_wrong_password_and_tampering() -> None:
    blob = encrypted_json_container({"naam": CANARY}, PASSWORD)
    with pytest.raises(ContainerError):
        open_json_container(blob, WRONG)
    tampered_header = blob.replace(b'"iterations": 3', b'"iterations": 4')
    with pytest.raises(ContainerError):
        open_json_container(tampered_header, PASSWORD)
    flipped = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(ContainerError):
        open_json_container(flipped, PASSWORD)
    with pytest.raises(ContainerError):
        open_json_container(b"PK\x03\x04" + blob[4:], PASSWORD)


def test_json_container_password_is_unicode_normalised() -> None:
    blob = encrypted_json_container({"x": 1}, "wachtwoord-met-ë-erin")
    decomposed = "wachtwoord-met-e\u0308-erin"
    assert open_json_container(blob, decomposed) == {"x": 1}


def test_weak_argon2_settings_are_refused() -> None:
    with pytest.raises(ContainerError):
        encrypted_json_container({}, PASSWORD, Argon2Settings(memory_kib=1024))
