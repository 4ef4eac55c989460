"""Import of the old registration: all or nothing, a report per bad row, no duplicates,
formulas never interpreted, wrong encodings refused with a clear message."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emp_desktop.services import import_service, registry_service, vault_service
from emp_desktop.services.import_service import ImportRejected, ImportUnreadable
from tests.conftest import PASSPHRASE

HEADER = (
    "datum_melding;type;voornaam;tussenvoegsel;achternaam;geboortedatum;geslacht;"
    "nationaliteit;gemeente;uitbuitingsvormen;melder;status;aangifte;toestemming_comensha"
)
GOOD = [
    "01-03-2025;melding;Demi;van;Testhuizen;2008-04-01;v;Nederlandse;Nuenen;seksueel, arbeid;"
    "politie;vermoedelijk;nee;ja",
    "2025-03-05;adviesvraag;;;;;;;Den Haag;;;;;",
    "2024-11-30;Melding;;;;;M;Roemenië;GM0772;Arbeid;school;bevestigd;ja;nee",
]


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _write(tmp_path: Path, lines: list[str], name="meldingen.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def test_good_file_imports_and_reimport_adds_nothing(opened, tmp_path):
    path = _write(tmp_path, [HEADER, *GOOD])
    report = import_service.run_import(opened, path)
    assert (report.meldingen, report.advice_questions, report.imported) == (2, 1, True)
    counts = registry_service.registry_counts(opened)
    again = import_service.run_import(opened, path)
    assert again.duplicates == [2, 3, 4] and again.meldingen == 0
    assert registry_service.registry_counts(opened) == counts
    detail = registry_service.person_detail(opened, 1)
    assert detail.municipality == "GM0820" and detail.consents[0].purpose == "comensha"


def test_bom_and_comma_separator(opened, tmp_path):
    lines = [HEADER.replace(";", ","), GOOD[2].replace(";", ",").replace("Arbeid", "arbeid")]
    path = _write(tmp_path, lines, encoding="utf-8-sig")
    assert import_service.run_import(opened, path).meldingen == 1


def test_one_bad_row_means_nothing_is_imported(opened, tmp_path):
    bad = "31-02-2025;melding;;;;;v;Atlantis-land;Atlantis;vliegen;niemand;;;"
    path = _write(tmp_path, [HEADER, GOOD[0], bad, GOOD[1]])
    with pytest.raises(ImportRejected) as caught:
        import_service.run_import(opened, path)
    report = caught.value.report
    assert report.bad_lines == [3]
    columns = {p.column for p in report.problems}
    assert {"datum_melding", "nationaliteit", "gemeente", "uitbuitingsvormen", "melder"} <= columns
    assert registry_service.registry_counts(opened).persons == 0


def test_formula_cells_are_refused_not_run(opened, tmp_path):
    row = "01-03-2025;melding;=cmd|' /C calc'!A0;;@SUM(1+1);;v;NL;Eindhoven;seksueel;politie;;;"
    path = _write(tmp_path, [HEADER, row])
    with pytest.raises(ImportRejected) as caught:
        import_service.run_import(opened, path)
    assert {p.key for p in caught.value.report.problems} == {"err_formula"}


def test_formula_in_xlsx_arrives_as_text_and_is_refused(opened, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(";"))
    sheet.append(["01-03-2025", "melding", '=HYPERLINK("x")', "", "Test"] + [""] * 9)
    good = GOOD[2].split(";")
    sheet.append(good)
    path = tmp_path / "meldingen.xlsx"
    book.save(path)
    with pytest.raises(ImportRejected) as caught:
        import_service.run_import(opened, path)
    assert caught.value.report.bad_lines == [2]


def test_xlsx_with_real_dates(opened, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Datum_Melding", "TYPE", "gemeente"])
    sheet.append([datetime(2025, 1, 7), "melding", "Veldhoven"])
    path = tmp_path / "m.xlsx"
    book.save(path)
    assert import_service.run_import(opened, path).meldingen == 1


def test_wrong_encoding_is_a_clear_message(opened, tmp_path):
    path = _write(tmp_path, [HEADER, GOOD[0].replace("Roemenië", "x") + ";Zoë"], encoding="utf-16")
    with pytest.raises(ImportUnreadable):
        import_service.run_import(opened, path)


def test_huge_field_is_reported(opened, tmp_path):
    row = "01-03-2025;melding;" + "A" * 50_000 + ";;;;v;NL;Eindhoven;seksueel;politie;;;"
    with pytest.raises(ImportRejected) as caught:
        import_service.run_import(opened, _write(tmp_path, [HEADER, row]))
    assert caught.value.report.problems[0].key == "err_too_long"


def test_missing_required_column(opened, tmp_path):
    with pytest.raises(import_service.ImportMissingColumns):
        import_service.run_import(opened, _write(tmp_path, ["voornaam;achternaam", "A;B"]))


_cell = st.text(alphabet=string.printable + 'ëïéüö€;,"', max_size=40)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(_cell, min_size=14, max_size=14), min_size=1, max_size=8))
def test_any_rows_either_import_fully_or_change_nothing(opened, tmp_path, rows):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADER.split(";"))
    writer.writerows(rows)
    path = tmp_path / "h.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    before = registry_service.registry_counts(opened)
    try:
        report = import_service.run_import(opened, path)
    except ImportRejected as rejected:
        assert rejected.report.bad_lines
        assert registry_service.registry_counts(opened) == before
    else:
        after = registry_service.registry_counts(opened)
        assert after.persons - before.persons == report.meldingen
        assert after.advice_questions - before.advice_questions == report.advice_questions
