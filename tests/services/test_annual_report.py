"""The annual report from a real vault: figures from controlled tables, no identity."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.services import demo_service, registry_service, report_service, vault_service
from tests.conftest import CANARY, CHEAP_KDF, PASSPHRASE


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annual") / "kluis"
    opened = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF).vault
    try:
        demo_service.fill_demo(opened, 1200, seed=3, today=date(2026, 3, 1))
        registry_service.register_person(
            opened,
            PersonInput(municipality="GM0866"),
            RegistrationInput(date=date(2025, 5, 5)),
            IdentityInput(first_name=CANARY, surname=CANARY),
        )
        for year, total in ((2012, 66), (2013, 97), (2014, 176)):
            registry_service.set_historic_total(opened, year, total)
        report_service.set_report_texts(
            opened, 2025, "Inleiding met ë en ï (demo).", "- Meer voorlichting op scholen"
        )
        data, tables, _ = report_service.build_annual_data(opened, 2025)
        pdf = report_service.render_annual(opened, 2025)
        register = [line.action for line in vault_service.audit_log(opened, limit=1)]
    finally:
        vault_service.lock(opened)
    return data, tables, pdf, register


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_report_holds_the_controlled_figures(report):
    data, tables, pdf, _ = report
    text = _text(pdf)
    assert "Inleiding met ë en ï (demo)." in text
    assert "Meer voorlichting op scholen" in text
    total = data.tasks.new_reports.value
    assert total is not None and f"{total}" in text
    assert [data.registrations_per_year[y].value for y in (2012, 2013, 2014)] == [66, 97, 176]
    for pt in tables:  # nothing printed that the controlled tables did not publish
        for key, value in pt.cells.items():
            if value is not None:
                assert not (1 <= value < 5), (pt.table.name, key)


def test_hidden_cells_print_as_the_marker(report):
    data, _, pdf, _ = report
    hidden = [f for f in data.forms.rows if f.figures[0].hidden]
    text = _text(pdf)
    assert "<5" not in text
    if hidden:
        assert "niet gepubliceerd ter bescherming van privacy" in text


def test_no_identity_in_the_report(report):
    _, _, pdf, _ = report
    assert CANARY not in _text(pdf) and CANARY.encode() not in pdf
    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    assert all(CANARY not in str(v) for v in meta.values())


def test_report_is_registered_and_audited(report):
    assert report[3] == ["annual_report"]


def test_cli_report(cli, test_vault, tmp_path):
    out = tmp_path / "jaarverslag.pdf"
    args = ("--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file)
    result = cli(*args, "report", "annual", "--year", "2025", "--out", out)
    assert result.code == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    again = cli(*args, "report", "annual", "--year", "2025", "--out", out)
    assert again.code == 2 and "bestaat al" in again.stderr


def test_logo_is_kept_in_the_vault_and_printed(test_vault, tmp_path):
    import struct
    import zlib

    def png(width: int, height: int) -> bytes:
        raw = b"".join(b"\x00" + b"\x60\x30\x90" * width for _ in range(height))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (
                struct.pack(">I", len(data))
                + kind
                + data
                + struct.pack(">I", zlib.crc32(kind + data))
            )

        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b"")
        )

    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        with pytest.raises(vault_service.InvalidLogo):
            vault_service.set_logo(opened, b"GIF89a not a png")
        logo = png(40, 20)
        vault_service.set_logo(opened, logo)
        assert vault_service.logo(opened) == logo
        data, _, _ = report_service.build_annual_data(opened, 2025)
        assert data.logo_png == logo
        with_logo = report_service.prepare_annual(opened, 2025).pdf
        vault_service.set_logo(opened, None)
        without = report_service.prepare_annual(opened, 2025).pdf
        assert b"/Subtype /Image" in with_logo and b"/Subtype /Image" not in without
    finally:
        vault_service.lock(opened)
