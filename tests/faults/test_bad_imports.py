"""Bad import files: each is refused with exit 7 and one line, and nothing is imported.

The big ones are generated here (never committed): a cell bomb that unpacks to 8 MB,
a sheet with 250,001 rows, a sparse sheet that claims a millionth row. The figures of
the large versions are in bench/bench_import_limits.py.
"""

from __future__ import annotations

import zipfile

import pytest

from emp_desktop.services import import_check, vault_service
from tests.conftest import PASSPHRASE, run_cli
from tests.faults.conftest import one_line_error

HEADER = "meldingsdatum;soort;vorm van uitbuiting;gemeente\n"

_CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/></Types>'
)
_WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_ROOT_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)


def write_xlsx(path, sheet_chunks, prolog=""):
    """A minimal XLSX whose sheet XML is streamed from `sheet_chunks` (never all in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                (
                    f'<?xml version="1.0"?>{prolog}<worksheet xmlns="http://schemas.openxmlformats'
                    '.org/spreadsheetml/2006/main"><sheetData>'
                ).encode()
            )
            for chunk in sheet_chunks:
                sheet.write(chunk.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def _cell_bomb(megabytes):
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>'
    for _ in range(megabytes):
        yield "A" * (1 << 20)
    yield "</t></is></c></row>"


def _many_rows(rows):
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
    yield "<row/>" * rows


def _bad_files(tmp):
    files = {}
    files["map"] = tmp / "een-map"
    files["map"].mkdir()
    files["bestaat-niet"] = tmp / "weg.csv"
    (tmp / "leeg.csv").write_bytes(b"")
    files["leeg"] = tmp / "leeg.csv"
    (tmp / "utf16.csv").write_bytes(HEADER.encode("utf-16"))
    files["utf16"] = tmp / "utf16.csv"
    latin1 = HEADER + "01-02-2025;melding;seksueel;Café\n"
    (tmp / "latin1.csv").write_bytes(latin1.encode("latin-1"))
    files["latin1"] = tmp / "latin1.csv"
    (tmp / "grote-cel.csv").write_text(HEADER + "01-02-2025;melding;" + "x" * 140_000 + ";GM0772\n")
    files["cel-128k-csv"] = tmp / "grote-cel.csv"
    (tmp / "open-quote.csv").write_text(HEADER + '01-02-2025;"melding;' + "y" * 200_000)
    files["open-aanhalingsteken"] = tmp / "open-quote.csv"
    with open(tmp / "veel.csv", "w") as handle:
        handle.write(HEADER)
        handle.write("x\n" * 200_001)
    files["200001-regels-csv"] = tmp / "veel.csv"
    (tmp / "breed.csv").write_text(";".join(f"k{i}" for i in range(300)) + "\n")
    files["300-kolommen"] = tmp / "breed.csv"
    files["celbom-xlsx"] = write_xlsx(tmp / "bom.xlsx", _cell_bomb(8))
    files["250001-rijen-xlsx"] = write_xlsx(tmp / "rijen.xlsx", _many_rows(250_001))
    files["ijle-rij-xlsx"] = write_xlsx(
        tmp / "ijl.xlsx", ['<row r="1000000"><c r="A1000000"><v>1</v></c></row>']
    )
    files["kolom-xfd"] = write_xlsx(tmp / "xfd.xlsx", ['<row r="1"><c r="XFD1"><v>1</v></c></row>'])
    files["dtd-xlsx"] = write_xlsx(
        tmp / "dtd.xlsx", ["<row/>"], prolog='<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
    )
    (tmp / "kapot.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    files["kapotte-zip"] = tmp / "kapot.xlsx"
    with zipfile.ZipFile(tmp / "geen-xlsx.xlsx", "w") as archive:
        archive.writestr("iets.txt", "hallo")
    files["zip-zonder-werkblad"] = tmp / "geen-xlsx.xlsx"
    return files


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    return _bad_files(tmp_path_factory.mktemp("slecht"))


CASES = [
    "map", "bestaat-niet", "leeg", "utf16", "latin1", "cel-128k-csv", "open-aanhalingsteken",
    "200001-regels-csv", "300-kolommen", "celbom-xlsx", "250001-rijen-xlsx", "ijle-rij-xlsx",
    "kolom-xfd", "dtd-xlsx", "kapotte-zip", "zip-zonder-werkblad",
]


@pytest.mark.parametrize("case", CASES)
def test_a_bad_import_file_is_refused_before_anything_is_read_in(bad_files, case):
    with pytest.raises((import_check.ImportTooLarge, import_check.ImportUnreadable)):
        import_check.check_file(bad_files[case])


@pytest.mark.parametrize("case", ["map", "celbom-xlsx"])
def test_the_cli_refuses_it_with_exit_7_and_imports_nothing(bad_files, template, case):
    before = _persons(template.folder)
    result = run_cli(
        "--vault", template.folder, "--passphrase-file", template.passphrase_file, "import",
        "registrations", bad_files[case],
    )
    assert result.code == 7, (case, result.code, result.stderr)
    one_line_error(result)
    assert _persons(template.folder) == before


def _persons(folder) -> int:
    opened = vault_service.unlock(folder, PASSPHRASE)
    try:
        return vault_service.vault_info(opened).record_counts["person"]
    finally:
        vault_service.lock(opened)


def test_a_good_xlsx_still_passes_the_check(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["meldingsdatum", "soort"])
    book.active.append(["01-02-2025", "melding"])
    book.save(tmp_path / "goed.xlsx")
    shape = import_check.check_file(tmp_path / "goed.xlsx")
    assert (shape.kind, shape.rows, shape.columns) == ("xlsx", 2, 2)
