"""Exports on a real demo vault: files, manifest, audit, release register, no identity."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date

import pytest

from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.privacy.disclosure import audit
from emp_desktop.privacy.kanonymity import is_k_anonymous
from emp_desktop.privacy.profiles import QUASI_IDENTIFIERS
from emp_desktop.services import (
    demo_service,
    export_files,
    export_service,
    registry_service,
    report_service,
    vault_service,
)
from tests.conftest import CANARY, PASSPHRASE


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    from tests.conftest import CHEAP_KDF

    folder = tmp_path_factory.mktemp("demo") / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    demo_service.fill_demo(created.vault, 1500, seed=11, today=date(2026, 6, 30))
    ref = registry_service.register_person(
        created.vault,
        PersonInput(municipality="GM0866", nationality="NL"),
        RegistrationInput(date=date(2025, 3, 3)),
        IdentityInput(first_name=CANARY, surname=CANARY, date_of_birth=date(2001, 1, 1)),
    )
    registry_service.give_consent(created.vault, ref.id, "comensha", date(2025, 3, 3), "client")
    vault_service.lock(created.vault)
    return folder


@pytest.fixture
def opened(demo_vault):
    vault = vault_service.unlock(demo_vault, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _all_text(folder):
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("profile", export_service.PROFILES)
def test_export_writes_checked_files_and_registers(opened, tmp_path, profile):
    preview = export_service.prepare_export(opened, profile, "2025")
    result = export_files.write_export(opened, preview, tmp_path / profile)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["demo"].startswith("DEMO")  # the vault holds demo data: it says so
    for name, entry in manifest["files"].items():
        data = (tmp_path / profile / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    everything = _all_text(tmp_path / profile)
    for needle in (CANARY, "EMP-2025-", "2001-01-01", "Demostraat", "Demo-contact"):
        assert needle.encode() not in everything
    register = export_service.release_register(opened)
    assert register[0].profile == profile and register[0].files == result.files
    newest = vault_service.audit_log(opened, limit=1)[0]
    assert newest.action == "export" and newest.detail["profile"] == profile


def test_comensha_tables_are_long_with_margins_and_x(opened, tmp_path):
    preview = export_service.prepare_export(opened, "comensha", "2023")
    assert audit(preview.protected, preview.threshold) == []
    export_files.write_export(opened, preview, tmp_path)
    (path,) = tmp_path.glob("comensha_2023_vorm_geslacht.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter=";"))
    assert rows[0] == ["vorm", "geslacht", "aantal"]
    assert rows[-1][:2] == ["Totaal", "Totaal"]
    values = [r[2] for r in rows[1:]]
    assert all(v == "x" or v.isdigit() for v in values)
    assert not any(v.isdigit() and 1 <= int(v) < 5 for v in values)


def test_record_extract_is_k_anonymous_with_stable_pseudonyms(opened):
    first = export_service.prepare_export(opened, "comensha-records", "2025")
    again = export_service.prepare_export(opened, "comensha-records", "2025")
    assert first.records and first.records == again.records
    assert is_k_anonymous(first.records, QUASI_IDENTIFIERS, 5)
    assert all(len(r["pseudoniem"]) == 32 for r in first.records)


def test_same_vault_and_period_give_the_same_tables(opened):
    one = export_service.prepare_export(opened, "gemeente", "2022")
    two = export_service.prepare_export(opened, "gemeente", "2022")
    assert [pt.cells for pt in one.protected] == [pt.cells for pt in two.protected]


def test_quarter_after_year_is_audited_against_the_register(opened, tmp_path):
    year = export_service.prepare_export(opened, "comensha", "2024")
    export_files.write_export(opened, year, tmp_path / "y")
    quarter = export_service.prepare_export(opened, "comensha", "2024Q2")
    prior = export_service.family_tables(opened, export_service.parse_period("2024"))
    assert prior and audit(quarter.protected, quarter.threshold, prior) == []


def test_bad_period_and_existing_files(opened, tmp_path):
    with pytest.raises(export_service.InvalidPeriod):
        export_service.prepare_export(opened, "comensha", "2025-01-01..2025-03-01")
    preview = export_service.prepare_export(opened, "comensha", "2021")
    export_files.write_export(opened, preview, tmp_path)
    with pytest.raises(export_files.ExportTargetExists):
        export_files.write_export(opened, preview, tmp_path)


def test_cli_export_and_register(cli, demo_vault, tmp_path, secrets_dir):
    args = ("--vault", demo_vault, "--passphrase-file", secrets_dir / "pass.txt")
    result = cli(*args, "export", "gemeente", "--period", "2026Q1", "--out", tmp_path / "g")
    assert result.code == 0, result.stderr
    assert (tmp_path / "g" / "manifest.json").exists()
    bad = cli(*args, "export", "gemeente", "--period", "vorige week", "--out", tmp_path / "h")
    assert bad.code == 2 and "Ongeldige periode" in bad.stderr
    listed = json.loads(cli(*args, "releases", "--json").stdout)
    assert any(r["period"] == "2026Q1" for r in listed)


@pytest.mark.parametrize("profile", ["comensha", "gemeente"])
def test_a_released_period_prepared_again_keeps_its_pattern(opened, tmp_path, profile):
    first = export_service.prepare_export(opened, profile, "2025")
    export_files.write_export(opened, first, tmp_path / "eerste")
    again = export_service.prepare_export(opened, profile, "2025")
    assert [pt.cells for pt in again.protected] == [pt.cells for pt in first.protected]
    prior = export_service.family_tables(opened, export_service.parse_period("2025"))
    assert audit(again.protected, again.threshold, prior) == []
    # Exported once more, the register holds the period twice; still the same tables.
    export_files.write_export(opened, again, tmp_path / "tweede")
    third = export_service.prepare_export(opened, profile, "2025")
    assert [pt.cells for pt in third.protected] == [pt.cells for pt in first.protected]


def test_annual_report_after_exports_of_its_year(opened, tmp_path):
    for profile in ("comensha", "gemeente"):
        preview = export_service.prepare_export(opened, profile, "2025")
        export_files.write_export(opened, preview, tmp_path / profile)
    exported = {
        pt.table.name: pt.cells
        for profile in ("comensha", "gemeente")
        for pt in export_service.prepare_export(opened, profile, "2025").protected
    }
    pdf = report_service.render_annual(opened, 2025)
    assert pdf.startswith(b"%PDF")
    _, tables, _ = report_service.build_annual_data(opened, 2025)
    for pt in tables:  # the report shows the tables exactly as they were exported
        if pt.release == "2025" and pt.table.name in exported:
            assert pt.cells == exported[pt.table.name]


def test_a_released_period_with_a_late_registration_is_reproduced(opened, tmp_path):
    # 2019 is used by no other test here: the late registration changes only that year.
    preview = export_service.prepare_export(opened, "comensha", "2019")
    export_files.write_export(opened, preview, tmp_path / "jaar")
    registry_service.register_person(
        opened,
        PersonInput(municipality="GM0866", nationality="NL"),
        RegistrationInput(date=date(2019, 6, 1)),
        IdentityInput(first_name="Laat", surname="Gemeld"),
    )
    again = export_service.prepare_export(opened, "comensha", "2019")
    assert again.reproduced and again.late_changes == 1
    assert [pt.cells for pt in again.protected] == [pt.cells for pt in preview.protected]
    # The quarters count what the year counted: together they still add up to the year.
    year_total = preview.protected[0].cells[("Totaal", "Totaal")]
    quarters = 0
    for q in range(1, 5):
        quarter = export_service.prepare_export(opened, "comensha", f"2019Q{q}")
        assert quarter.late_changes == (1 if q == 2 else 0)
        export_files.write_export(opened, quarter, tmp_path / f"q{q}")
        quarters += quarter.protected[0].table.counts and sum(
            quarter.protected[0].table.counts.values()
        )
    assert quarters == year_total


def test_a_quarter_after_the_annual_report_is_audited_against_the_report(opened, tmp_path):
    from emp_desktop.services import report_service

    report_service.render_annual(opened, 2020)
    prior = export_service.family_tables(opened, export_service.parse_period("2020"))
    assert {pt.table.name for pt in prior} >= {
        "vorm_geslacht",
        "vorm_leeftijd",
        "leeftijd_geslacht",
        "nationaliteit_geslacht",
        "melder",
        "leeftijd_nl_niet_nl",
    }
    quarter = export_service.prepare_export(opened, "comensha", "2020Q3")
    assert audit(quarter.protected, quarter.threshold, prior) == []
    export_files.write_export(opened, quarter, tmp_path / "q3")
