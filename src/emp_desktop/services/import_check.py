"""Import files are checked while they are read, before anything is kept in memory.

A registration file is small: a few thousand rows of short cells. A file that is not
(a "cell bomb" that unpacks a megabyte into gigabytes, millions of rows, a sheet ten
thousand columns wide) is refused within seconds and with bounded memory: the XLSX
parts are streamed through expat in 64 KiB pieces and counted as they pass, the CSV
through the csv module line by line. Only a file that passes is read for real.
"""

from __future__ import annotations

import csv
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from emp_desktop.domain.errors import EmpError

MAX_ROWS = 200_000
MAX_BYTES = 100 * 1024 * 1024
MAX_CELL_CHARS = 128 * 1024
MAX_COLUMNS = 256
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # all parts of an XLSX together, as declared
MAX_PART_BYTES = 16 * 1024 * 1024  # styles, workbook … (not the sheet or shared strings)
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed, for parts over 1 MiB: real sheets pack 5–30x
MAX_PARTS = 1000
PIECE = 64 * 1024


class ImportTooLarge(EmpError):
    key = "import_too_large"
    exit_code = 7


class ImportUnreadable(EmpError):
    key = "import_unreadable"
    exit_code = 7


@dataclass(frozen=True)
class FileShape:
    """What the check saw: enough to read the file for real without surprises."""

    kind: str  # "csv" or "xlsx"
    rows: int
    columns: int
    sheet: str = ""  # the first worksheet's part name (xlsx)


def check_file(path: Path) -> FileShape:
    """Raises ImportUnreadable or ImportTooLarge (exit 7); never holds the file in memory."""
    if not path.exists():
        raise ImportUnreadable(detail="bestand niet gevonden")
    if not path.is_file():
        raise ImportUnreadable(detail="dit is een map, geen bestand")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            is_zip = handle.read(4) == b"PK\x03\x04"
    except OSError:
        raise ImportUnreadable(detail="bestand niet te openen") from None
    if size > MAX_BYTES:
        raise ImportTooLarge(detail="bestand groter dan 100 MB")
    shape = _check_xlsx(path) if is_zip else _check_csv(path)
    if shape.rows == 0:
        raise ImportUnreadable(detail="leeg bestand")
    return shape


# --- CSV ------------------------------------------------------------------------------


def csv_rows(path: Path) -> Iterator[list[str]]:
    """Rows of a UTF-8 CSV (with or without BOM), `;` or `,`, each cell at most 128 KiB."""
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
            delimiter = ";" if first.count(";") >= first.count(",") else ","
            handle.seek(0)
            if handle.read(1) != "\ufeff":
                handle.seek(0)
            yield from csv.reader(handle, delimiter=delimiter)
    except UnicodeDecodeError:
        raise ImportUnreadable(detail="geen UTF-8; sla het bestand op als CSV UTF-8") from None
    except csv.Error:
        raise ImportTooLarge(detail="een cel is groter dan 128 KiB of onafgesloten") from None
    except OSError:
        raise ImportUnreadable(detail="bestand niet te lezen") from None


def _check_csv(path: Path) -> FileShape:
    rows = columns = 0
    for row in csv_rows(path):
        rows += 1
        columns = max(columns, len(row))
        _check_counts(rows, columns)
    return FileShape("csv", rows, columns)


def _check_counts(rows: int, columns: int) -> None:
    if rows > MAX_ROWS + 1:
        raise ImportTooLarge(detail=f"meer dan {MAX_ROWS} regels")
    if columns > MAX_COLUMNS:
        raise ImportTooLarge(detail=f"meer dan {MAX_COLUMNS} kolommen")


# --- XLSX -----------------------------------------------------------------------------


def _check_xlsx(path: Path) -> FileShape:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_parts(parts)
            sheet = _first_sheet(archive)
            _quick_scan(archive, sheet)
            if "xl/sharedStrings.xml" in archive.NameToInfo:
                _quick_scan(archive, "xl/sharedStrings.xml")
                _Scan(archive, "xl/sharedStrings.xml", shared_strings=True).run()
            scan = _Scan(archive, sheet)
            scan.run()
    except (ImportTooLarge, ImportUnreadable):
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, expat.ExpatError):
        raise ImportUnreadable(detail="geen geldig XLSX-bestand") from None
    return FileShape("xlsx", scan.rows, scan.columns, sheet)


def _check_parts(parts: list[zipfile.ZipInfo]) -> None:
    if len(parts) > MAX_PARTS:
        raise ImportTooLarge(detail="te veel onderdelen in het XLSX-bestand")
    if sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
        raise ImportTooLarge(detail="uitgepakt groter dan 512 MB")
    for part in parts:
        is_sheet = part.filename.startswith("xl/worksheets/")
        limit = MAX_SHARED_STRINGS_BYTES if part.filename == "xl/sharedStrings.xml" else None
        if limit is None and not is_sheet and part.file_size > MAX_PART_BYTES:
            raise ImportTooLarge(detail=f"onderdeel {part.filename} is te groot")
        if limit is not None and part.file_size > limit:
            raise ImportTooLarge(detail="tabel met teksten groter dan 64 MB")
        if part.file_size > (1 << 20) and part.file_size > MAX_RATIO * max(1, part.compress_size):
            raise ImportTooLarge(detail="uitgepakt meer dan 100 keer zo groot als het bestand")


def _quick_scan(archive: zipfile.ZipFile, part: str) -> None:
    """A first pass at C speed (bytes.count, split): millions of rows or a giant text run
    are refused here in seconds, before the exact expat pass counts cell by cell.

    Text cannot hold a raw "<", so a run without one longer than 4 bytes per allowed
    character is a cell over the limit whatever its encoding.
    """
    rows, run = 0, 0
    with archive.open(part) as stream:
        for piece in iter(lambda: stream.read(16 * PIECE), b""):
            rows += piece.count(b"<row ") + piece.count(b"<row>")
            if rows > MAX_ROWS + 1:
                raise ImportTooLarge(detail=f"meer dan {MAX_ROWS} regels")
            parts = piece.split(b"<")
            longest = run + len(parts[0])
            if len(parts) > 1:
                longest = max(longest, *map(len, parts[1:]))
                run = len(parts[-1])
            else:
                run = longest
            if longest > 4 * MAX_CELL_CHARS:
                raise ImportTooLarge(detail="een cel is groter dan 128 KiB")


_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _first_sheet(archive: zipfile.ZipFile) -> str:
    """The part of the first worksheet, as openpyxl picks it (workbook order)."""
    from xml.etree import ElementTree

    workbook = ElementTree.fromstring(_small_part(archive, "xl/workbook.xml"))
    first = next((e for e in workbook.iter() if e.tag.endswith("}sheet")), None)
    rels = ElementTree.fromstring(_small_part(archive, "xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if first is not None and rel.get("Id") == first.get(_REL_ID):
            target = rel.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else "xl/" + target
            return posixpath.normpath(name)
    raise ImportUnreadable(detail="geen werkblad gevonden")


def _small_part(archive: zipfile.ZipFile, name: str) -> bytes:
    data = archive.read(name)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ImportUnreadable(detail="XLSX met DTD of entiteiten")
    return data


_COLUMN = re.compile(r"([A-Z]{1,3})")


def _column_number(reference: str) -> int:
    letters = _COLUMN.match(reference)
    number = 0
    for char in letters.group(1) if letters else "A":
        number = number * 26 + ord(char) - 64
    return number


class _Scan:
    """Counts rows, columns and the characters of each cell while expat reads the part."""

    def __init__(self, archive: zipfile.ZipFile, part: str, shared_strings: bool = False) -> None:
        self._archive = archive
        self._part = part
        self._cell_tag = "si" if shared_strings else "c"
        self._shared = shared_strings
        self.rows = self.columns = 0
        self._cell_chars = 0
        self._column_in_row = 0
        self._parser = expat.ParserCreate()
        self._parser.StartElementHandler = self._start
        self._parser.CharacterDataHandler = self._text
        self._parser.StartDoctypeDeclHandler = self._doctype
        self._parser.EntityDeclHandler = self._doctype

    def run(self) -> None:
        with self._archive.open(self._part) as stream:
            for piece in iter(lambda: stream.read(PIECE), b""):
                self._parser.Parse(piece, False)
            self._parser.Parse(b"", True)

    def _doctype(self, *_args: object) -> None:
        raise ImportUnreadable(detail="XLSX met DTD of entiteiten")

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local == self._cell_tag:
            self._cell_chars = 0
            if not self._shared:
                self._column_in_row += 1
                column = _column_number(attributes.get("r", "")) if "r" in attributes else 0
                self.columns = max(self.columns, column, self._column_in_row)
                _check_counts(self.rows, self.columns)
        elif local == "row" and not self._shared:
            # openpyxl fills the rows a sparse sheet skips, so `r="900000"` counts as such.
            declared = attributes.get("r", "")
            self.rows = max(self.rows + 1, int(declared) if declared.isdigit() else 0)
            self._column_in_row = 0
            _check_counts(self.rows, self.columns)

    def _text(self, data: str) -> None:
        self._cell_chars += len(data)
        if self._cell_chars > MAX_CELL_CHARS:
            raise ImportTooLarge(detail="een cel is groter dan 128 KiB")
