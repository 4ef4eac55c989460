"""A region far from Eindhoven on a real vault: set (audited), demo data, import, the
Gemeente export, the annual report with its map, and releases that keep their region."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from emp_desktop.domain.region import EINDHOVEN, UnknownMunicipalities
from emp_desktop.privacy.periods import Period
from emp_desktop.services import (
    demo_service,
    export_files,
    export_service,
    import_service,
    region_service,
    report_service,
    vault_service,
)
from emp_desktop.storage import stats_repo
from emp_desktop.storage.release_models import Release
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.reports.pdftext import all_text, page_texts

RIJNMOND = ("GM0599", "GM0606", "GM0622", "GM0556", "GM0502")
HEADER = "datum_melding;type;geslacht;nationaliteit;gemeente;uitbuitingsvormen;melder;status"
PLACES = ("Rotterdam", "Schiedam", "vlaardingen", "Maassluis", "Capelle aan den IJssel")


def _import_file(folder: Path) -> Path:
    """Reports of 2025 named as a coordinator types them: names, a former name, elsewhere."""
    lines = [HEADER]
    for i in range(60):
        place = PLACES[i % 5] if i < 50 else ("Brielle", "Den Haag", "Eindhoven", "GM0193")[i % 4]
        lines.append(f"2025-{1 + i % 12:02d}-11;melding;v;NL;{place};seksueel;politie;bevestigd")
    path = folder / "meldingen.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rijnmond(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rijnmond") / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    region_service.set_region(created.vault, "Rijnmond", ["Rotterdam", *RIJNMOND[1:]])
    demo_service.fill_demo(created.vault, 400, seed=5, today=date(2026, 6, 30))
    report = import_service.run_import(created.vault, _import_file(folder.parent))
    assert report.imported and report.meldingen == 60
    vault_service.lock(created.vault)
    return folder


@pytest.fixture
def opened(rijnmond):
    vault = vault_service.unlock(rijnmond, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _places(opened, start: str = "2015-01-01", end: str = "2026-12-31") -> Counter:
    with opened.transaction() as session:
        return Counter(r["municipality"] for r in stats_repo.new_registrations(session, start, end))


def test_a_vault_without_a_region_serves_the_eindhoven_preset(test_vault) -> None:
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        view = region_service.region_view(opened)
        assert view.is_default and view.codes == EINDHOVEN.codes
        assert region_service.current_region(opened) == EINDHOVEN
    finally:
        vault_service.lock(opened)


def test_the_region_is_stored_and_its_change_audited(opened) -> None:
    view = region_service.region_view(opened)
    assert (view.name, view.codes, view.is_default) == ("Rijnmond", RIJNMOND, False)
    assert view.provinces == ("Zuid-Holland",)
    changes = [a for a in vault_service.audit_log(opened) if a.action == "region_changed"]
    assert changes and changes[-1].detail["gemeenten"] == ",".join(RIJNMOND)


def test_a_bad_region_changes_nothing(opened) -> None:
    before = len(vault_service.audit_log(opened))
    with pytest.raises(UnknownMunicipalities):
        region_service.set_region(opened, "Rijnmond", ["GM0599", "GM9999"])
    assert region_service.region_view(opened).codes == RIJNMOND
    assert len(vault_service.audit_log(opened)) == before


def test_demo_data_spreads_over_the_configured_region(opened) -> None:
    places = _places(opened, end="2024-12-31")  # the demo's years (2025 has the import)
    total = sum(places.values())
    in_region = sum(places[c] for c in RIJNMOND)
    assert places.most_common(1)[0][0] == "GM0599"  # the centrumgemeente first
    assert in_region / total > 0.6
    assert sum(places[c] for c in EINDHOVEN.codes) / total < 0.05  # nationwide share only


def test_import_resolves_names_against_all_dutch_municipalities(opened) -> None:
    places = _places(opened, "2025-01-01", "2025-12-31")
    assert all(places[c] >= 10 for c in RIJNMOND)
    assert places["GM1992"] >= 1  # Brielle, merged into Voorne aan Zee
    assert places["GM0518"] >= 1 and places["GM0193"] >= 1


def test_the_gemeente_export_names_the_region_and_its_province(opened, tmp_path) -> None:
    preview = export_service.prepare_export(opened, "gemeente", "2025")
    result = export_files.write_export(opened, preview, tmp_path / "gemeente")
    with open(tmp_path / "gemeente" / "gemeente_2025_nieuwe_meldingen.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";"))
    places = [row[0] for row in rows[1:]]
    assert "Rotterdam" in places and "Overig Zuid-Holland" in places
    assert not any("Brabant" in p or p == "Eindhoven" for p in places)
    codes = {row[0]: row[1] for row in rows[1:]}
    assert codes["Rotterdam"] == "GM0599" and codes["Overig Zuid-Holland"] == ""
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert [m["code"] for m in manifest["region"]["municipalities"]] == list(RIJNMOND)
    assert manifest["region"]["other_provinces"] == ["Overig Zuid-Holland"]
    register = export_service.release_register(opened)
    assert register[0].region == "Rijnmond"


def test_the_annual_report_and_its_map_follow_the_region(opened) -> None:
    rendering = report_service.prepare_annual(opened, 2025)
    text = all_text(rendering.pdf)
    assert "regio Rijnmond" in text and "Zuidoost-Brabant" not in text
    assert "Capelle aan den IJssel" in text and "Overig Zuid-Holland" in text
    assert "Nieuwe meldingen per woongemeente" in text
    map_page = next(p for p in page_texts(rendering.pdf) if "Buiten de regio" in p)
    assert "Zuid-Holland" in map_page and "Eindhoven" not in map_page
    assert rendering.region.codes == RIJNMOND
    print(f"Rijnmond annual report 2025: {len(page_texts(rendering.pdf))} pages")


def test_changing_the_region_keeps_a_released_year_reproducible(opened, tmp_path) -> None:
    first = export_service.prepare_export(opened, "gemeente", "2024Q1")
    export_files.write_export(opened, first, tmp_path / "q1")
    try:
        region_service.set_region(opened, "Zwolle", ["Zwolle", "Kampen", "Hattem"])
        again = export_service.prepare_export(opened, "gemeente", "2024Q1")
        assert again.region is not None and again.region.codes == RIJNMOND
        assert [pt.cells for pt in again.protected] == [pt.cells for pt in first.protected]
        assert "regio Rijnmond" in again.region_note and "regio Zwolle" in again.region_note
        year = region_service.region_for_period(opened, Period.parse("2024"))  # year family
        assert year.name == "Rijnmond"
        fresh = export_service.prepare_export(opened, "gemeente", "2023")
        assert fresh.region is not None and fresh.region.name == "Zwolle"
        assert fresh.region_note == ""
        places = fresh.protected[0].table.categories["gemeente"]
        assert "Overig Overijssel" in places and "Overig Gelderland" in places
    finally:
        region_service.set_region(opened, "Rijnmond", RIJNMOND)


def test_releases_from_before_regions_count_as_eindhoven(opened) -> None:
    with opened.transaction() as session:
        session.add(
            Release(
                profile="gemeente",
                period="2019Q2",
                recipient="Gemeenten (monitoring)",
                created_at="2020-01-01T00:00:00+00:00",
                threshold=5,
                manifest_sha256="0" * 64,
                files="{}",
                tables="[]",
                region=None,
            )
        )
    assert region_service.region_for_period(opened, Period.parse("2019")) == EINDHOVEN
    assert region_service.region_for_period(opened, Period.parse("2018")).name == "Rijnmond"


def test_the_leesmij_names_the_region_of_the_release(opened, tmp_path) -> None:
    """Comensha's tables do not depend on the region, but they are about its persons."""
    for profile in ("comensha", "gemeente"):
        preview = export_service.prepare_export(opened, profile, "2025")
        export_files.write_export(opened, preview, tmp_path / profile)
        readme = (tmp_path / profile / "LEESMIJ.txt").read_text(encoding="utf-8")
        assert "Regio:      regio Rijnmond: Rotterdam (GM0599)" in readme, profile
        assert "Eindhoven" not in readme and "Zuidoost-Brabant" not in readme
