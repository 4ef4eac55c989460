"""Exports a recipient can use without asking: a complete LEESMIJ, long CSVs with CBS
codes beside municipality names, a margin flag in the XLSX only, the Dutch / non-Dutch
table consistent with the others, activity tables never folded."""

from __future__ import annotations

import csv
import json
import re

import pytest
from openpyxl import load_workbook

from emp_desktop.domain import municipalities
from emp_desktop.privacy import profiles
from emp_desktop.services import export_service
from tests.services.conftest import SENDER, Published

T = "Totaal"


@pytest.fixture(scope="module")
def folders(published: Published) -> dict:
    return published.folders


def _csv(path):
    return list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter=";"))


def _cells(folder, name):
    (path,) = folder.glob(f"*_2025_{name}.csv")
    rows = _csv(path)
    return {tuple(r[:-1]): r[-1] for r in rows[1:]}


@pytest.mark.parametrize("profile", export_service.PROFILES)
def test_every_export_folder_has_a_complete_leesmij(folders, profile) -> None:
    folder = folders[profile]
    text = (folder / "LEESMIJ.txt").read_text(encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert "LEESMIJ.txt" in manifest["files"]  # checked by its hash like every file
    for needed in (
        f"Afzender:   {SENDER}",
        f"Ontvanger:  {manifest['recipient']}",
        "regio Zuidoost-Brabant: Eindhoven (GM0772)",
        "Periode:    2025, 01-01-2025 t/m 31-12-2025",
        f"Profiel:    {profile}",
        "Status:     voorlopig",
    ):
        assert needed in text, needed
    described = re.findall(r"^  ([a-z_]+): ", text, re.MULTILINE)
    for path in folder.glob("*.csv"):
        assert path.name in text  # every file is described
        for column in _csv(path)[0]:
            assert column in described, (path.name, column)  # every column is defined
    if profile == "comensha-records":
        assert f"k = {manifest['k']}" in text and "* betekent" in text
    else:
        assert "  x       niet gepubliceerd ter bescherming van privacy" in text
        assert f"  {T}  in een dimensiekolom" in text and "Drempel n = 5." in text


@pytest.mark.parametrize("profile", ["comensha", "gemeente"])
def test_csv_files_are_long_with_codes_beside_names(folders, profile) -> None:
    codes = {municipalities.name(c): c for c in municipalities.region_codes()}
    manifest = json.loads((folders[profile] / "manifest.json").read_text(encoding="utf-8"))
    for path in folders[profile].glob("*.csv"):
        header, *rows = _csv(path)
        assert header[-1] == "aantal" and "marge" not in header
        assert header[:-1] == manifest["files"][path.name]["dimensions"]
        for row in rows:
            assert len(row) == len(header)
            assert row[-1] == "x" or row[-1].isdigit()
        if "gemeente" not in header:
            continue
        at = header.index("gemeente")
        assert header[at + 1] == "gemeentecode"
        for row in rows:
            name, code = row[at], row[at + 1]
            assert code == (T if name == T else codes.get(name, "")), (path.name, row)
        assert any(re.fullmatch(r"GM\d{4}", row[at + 1]) for row in rows)


def test_xlsx_flags_margin_rows_and_opens_with_the_leesmij(folders) -> None:
    folder = folders["gemeente"]
    book = load_workbook(folder / "gemeente_2025.xlsx", read_only=True)
    assert book.sheetnames[0] == "LEESMIJ"
    readme = [r[0] or "" for r in book["LEESMIJ"].iter_rows(values_only=True)]
    assert readme == (folder / "LEESMIJ.txt").read_text(encoding="utf-8").splitlines()
    for path in folder.glob("*.csv"):
        name = path.stem.removeprefix("gemeente_2025_")
        header, *rows = _csv(path)
        sheet = [
            [("" if v is None else str(v)) for v in r]
            for r in book[name].iter_rows(values_only=True)
        ]
        assert sheet[0] == [*header, "marge"]
        dims = len(header) - 1
        for csv_row, sheet_row in zip(rows, sheet[1:], strict=True):
            assert sheet_row[:-1] == csv_row
            assert sheet_row[-1] == ("ja" if T in csv_row[:dims] else "nee")


def test_dutch_non_dutch_table_agrees_with_the_other_tables(folders) -> None:
    folder = folders["comensha"]
    new = _cells(folder, "leeftijd_nl_niet_nl")
    age = _cells(folder, "leeftijd_geslacht")
    nat = _cells(folder, "nationaliteit_geslacht")
    assert {k[1] for k in new} == {"NL", "niet-NL", "onbekend", T}
    assert _csv(next(folder.glob("*_leeftijd_nl_niet_nl.csv")))[0] == [
        "leeftijdsgroep",
        "nl_niet_nl",
        "aantal",
    ]
    for group in profiles.AGE:
        assert new[(group, T)] == age[(group, T)]  # linked: equal, or hidden in both
    assert new[(T, "NL")] == nat[("NL", T)] and new[(T, "onbekend")] == nat[("onbekend", T)]
    assert new[(T, T)] == age[(T, T)] == nat[(T, T)]
    parts = [nat[("EU", T)], nat[("niet-EU", T)]]
    if "x" not in parts and new[(T, "niet-NL")] != "x":
        assert int(new[(T, "niet-NL")]) == sum(int(p) for p in parts)


def test_activity_tables_are_never_folded(folders) -> None:
    folder = folders["gemeente"]
    regio = {municipalities.name(c) for c in municipalities.region_codes()}
    assert (profiles.OTHER_REGION, "") in _cells(folder, "nieuwe_meldingen")  # the demo folds
    for name in ("preventie_bijeenkomsten", "preventie_bereik"):
        places = {key[0] for key in _cells(folder, name)}
        assert regio <= places and profiles.OTHER_REGION not in places


def test_record_extract_is_one_csv_with_its_quasi_identifiers(folders) -> None:
    folder = folders["comensha-records"]
    (path,) = folder.glob("*.csv")
    header = _csv(path)[0]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert header[0] == "pseudoniem"
    assert set(manifest["quasi_identifiers"]) <= set(header)
