"""Writing an export: one CSV per table (long format, `;`, UTF-8, margins as `Totaal`,
hidden cells `x`; a municipality column has its CBS code beside it), one XLSX with a sheet
per table (plus a column flagging margin rows, and the LEESMIJ as its first sheet),
`LEESMIJ.txt` (export_readme) and `manifest.json` with a SHA-256 per file. Every file is
written atomically; nothing is overwritten."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from emp_desktop import __version__
from emp_desktop.domain import municipalities
from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.region import Region
from emp_desktop.privacy import profiles
from emp_desktop.privacy.disclosure import ProtectedTable, method_summary
from emp_desktop.privacy.tables import TOTAL, Key, Table, cells_with_margins, is_margin
from emp_desktop.services import vault_service
from emp_desktop.services.errors import privacy_refusals, writing
from emp_desktop.services.export_readme import README, readme_text
from emp_desktop.services.export_service import (
    ExportPreview,
    check_before_writing,
    confirm_release,
    parse_period,
    register_pending,
    withdraw_pending,
)
from emp_desktop.services.region_service import region_for_period
from emp_desktop.storage import leftovers
from emp_desktop.storage.atomic import make_private_dir, temp_path, write_atomic
from emp_desktop.storage.vault import OpenVault

HIDDEN = "x"
CODE_COLUMN = "gemeentecode"  # beside every "gemeente" column: the CBS code of the name
MARGIN_COLUMN = "marge"  # XLSX only: "ja" on rows that hold a margin or the total
README_SHEET = "LEESMIJ"
RECORD_COLUMNS = (
    "pseudoniem",
    "registratiejaar",
    "leeftijdsgroep",
    "nationaliteitsgroep",
    "regio",
    "vormen",
    "melder",
    "aangifte",
)


class ExportTargetExists(EmpError):
    key = "export_target_exists"
    exit_code = 1


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: dict[str, str]  # name → sha256
    manifest: Path


def header(table: Table) -> list[str]:
    """The CSV's columns: one per dimension (named as profiles.column_name says), a CBS
    code beside a municipality, then `aantal`."""
    columns = []
    for dim in table.dimensions:
        columns.append(profiles.column_name(table.name, dim))
        if dim == "gemeente":
            columns.append(CODE_COLUMN)
    return [*columns, "aantal"]


def _codes() -> dict[str, str]:
    """Name → CBS code for every Dutch municipality: a table names its region's
    municipalities, whichever region that is."""
    return {municipalities.name(code): code for code in municipalities.all_municipalities()}


def keyed_rows(table: Table, cells: dict) -> list[tuple[Key, list[str]]]:
    """(cell key, CSV row) for every cell, margins included, in category order (Totaal
    last). Groups of municipalities have no CBS code: the code column is empty there."""
    codes, out = _codes(), []
    for key in itertools.product(*table.axes()):
        row = []
        for dim, part in zip(table.dimensions, key, strict=True):
            row.append(part)
            if dim == "gemeente":
                row.append(TOTAL if part == TOTAL else codes.get(part, ""))
        value = cells[key]
        out.append((key, [*row, HIDDEN if value is None else str(value)]))
    return out


def long_rows(table: Table, cells: dict) -> list[list[str]]:
    """Header + one row per cell, margins included, in category order (Totaal last)."""
    return [header(table), *(row for _, row in keyed_rows(table, cells))]


def _sheet_rows(table: Table, cells: dict) -> list[list[str]]:
    """The CSV's rows with the margin flag, for the XLSX (a spreadsheet filters on it)."""
    rows = [[*header(table), MARGIN_COLUMN]]
    rows += [[*row, "ja" if is_margin(key) else "nee"] for key, row in keyed_rows(table, cells)]
    return rows


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _tables(preview: ExportPreview) -> list[tuple[Table, dict]]:
    controlled = [(pt.table, pt.cells) for pt in preview.protected]
    open_tables = [(t, cells_with_margins(t)) for t in preview.open_tables]
    return controlled + open_tables


def _xlsx_bytes(sheets: dict[str, list[list[str]]], readme: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    sheets = {README_SHEET: [[line] for line in readme.splitlines()], **sheets}
    for name, rows in sheets.items():
        sheet = book.create_sheet(name[:31])
        for row in rows:
            # Counts as numbers, everything else as text: never a formula.
            sheet.append([int(v) if v.isdigit() else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _contents(preview: ExportPreview, sender: str, document: dict) -> dict[str, tuple[bytes, dict]]:
    """File name → (bytes, manifest entry); `document` is the manifest's head."""
    stem = _stem(preview)
    if preview.profile == "comensha-records":
        readme = readme_text(document, sender, [])
        rows = [list(RECORD_COLUMNS)] + [[r[c] for c in RECORD_COLUMNS] for r in preview.records]
        return {
            f"{stem}.csv": (_csv_bytes(rows), {"records": len(preview.records)}),
            f"{stem}.xlsx": (_xlsx_bytes({"records": rows}, readme), {}),
            README: (readme.encode("utf-8"), {"readme": True}),
        }
    files: dict[str, tuple[bytes, dict]] = {}
    sheets: dict[str, list[list[str]]] = {}
    described = []
    for table, cells in _tables(preview):
        name = f"{stem}_{table.name}.csv"
        sheets[table.name] = _sheet_rows(table, cells)
        controlled = any(pt.table is table for pt in preview.protected)
        files[name] = (
            _csv_bytes(long_rows(table, cells)),
            {
                "table": table.name,
                "dimensions": header(table)[:-1],
                "unit": table.unit,
                "disclosure_control": controlled,
            },
        )
        described.append((name, table, header(table)))
    readme = readme_text(document, sender, described)
    files[f"{stem}.xlsx"] = (_xlsx_bytes(sheets, readme), {"sheets": [README_SHEET, *sheets]})
    files[README] = (readme.encode("utf-8"), {"readme": True})
    return files


DEMO_NOTE = "DEMO: synthetische demogegevens, geen echte cliënten"


def _region_entry(region: Region) -> dict:
    """Which municipalities the rows name (CBS codes), and what 'Overig' covers."""
    return {
        "name": region.name,
        "municipalities": [{"code": c, "name": municipalities.name(c)} for c in region],
        "other_provinces": [profiles.other_in(p) for p in region.provinces_with_rest],
    }


def _head(opened: OpenVault, preview: ExportPreview) -> dict:
    """The manifest without its file list, naming the region the release is made for (a
    profile that does not depend on it is still about that region's persons)."""
    region = preview.region or region_for_period(opened, parse_period(preview.period))
    return _document(preview, vault_service.holds_demo_data(opened), region)


def _document(preview: ExportPreview, demo: bool = False, region: Region | None = None) -> dict:
    """The manifest without its file list: what the LEESMIJ describes too."""
    document = {
        "revision": preview.revision,
        "status": "gecorrigeerd" if preview.supersedes else "voorlopig",
        "supersedes": preview.supersedes,
        "profile": preview.profile,
        "period": preview.period,
        "recipient": preview.recipient,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "counting_unit": "personen" if preview.profile != "gemeente" else "zie per tabel",
    }
    if (region or preview.region) is not None:
        document["region"] = _region_entry(region or preview.region)
    if demo:  # a recipient must never mistake a demo vault's figures for real ones
        document["demo"] = DEMO_NOTE
    if preview.profile == "comensha-records":
        document.update(
            {
                "quasi_identifiers": list(profiles.QUASI_IDENTIFIERS),
                "k": preview.k,
                "generalisation_levels": preview.levels,
                "suppressed_records": preview.suppressed_records,
                "pseudonym": "HMAC-SHA-256 met een sleutel per ontvanger",
            }
        )
    else:
        document.update(
            {
                "threshold": preview.threshold,
                "method": method_summary(preview.threshold),
                "hidden_value": HIDDEN,
                "margin_value": "Totaal",
            }
        )
    return document


def _manifest(head: dict, files: dict[str, tuple[bytes, dict]], release_id: int) -> bytes:
    document = {**head, "release_id": release_id}
    document["files"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), **entry}
        for name, (data, entry) in sorted(files.items())
    }
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def write_export(opened: OpenVault, preview: ExportPreview, folder: Path) -> ExportResult:
    """Audits again, registers the release (pending), writes every file atomically with the
    manifest last, then confirms the release. A crash in between leaves a pending release,
    which every later audit counts as published; a failure before any file got its final
    name withdraws it."""
    with privacy_refusals():
        check_before_writing(opened, preview)
    head = _head(opened, preview)
    files = _contents(preview, _sender(opened), head)
    names = [*files, "manifest.json"]
    if folder.exists() and any((folder / n).exists() for n in names):
        raise ExportTargetExists(folder=folder)
    hashes = {name: hashlib.sha256(data).hexdigest() for name, (data, _) in files.items()}
    release_id = register_pending(opened, preview, hashes)
    manifest = _manifest(head, files, release_id)
    written = 0
    try:
        with writing(folder):
            make_private_dir(folder)
            # Listed while writing: a kill half-way leaves hidden temp files, removed at the
            # next unlock.
            temps = [temp_path(folder / n) for n in names]
            with leftovers.tracked(opened.paths.folder, temps):
                for name, (data, _) in files.items():
                    write_atomic(folder / name, data)
                    written += 1
                write_atomic(folder / "manifest.json", manifest)  # last: it means complete
    except BaseException:
        if not written:
            withdraw_pending(opened, release_id)
        raise
    confirm_release(opened, preview, release_id, hashlib.sha256(manifest).hexdigest())
    return ExportResult(folder, hashes, folder / "manifest.json")


def readme_for(opened: OpenVault, preview: ExportPreview) -> str:
    """The LEESMIJ.txt `write_export` would write for `preview`, for the confirmation."""
    head = _head(opened, preview)
    if preview.profile == "comensha-records":
        return readme_text(head, _sender(opened), [])
    described = [(f"{_stem(preview)}_{t.name}.csv", t, header(t)) for t, _ in _tables(preview)]
    return readme_text(head, _sender(opened), described)


def _stem(preview: ExportPreview) -> str:
    return f"{preview.profile}_{preview.period}"


def _sender(opened: OpenVault) -> str:
    from emp_desktop.services.vault_service import organisation_name

    return organisation_name(opened)


def preview_rows(pt: ProtectedTable) -> list[list[str]]:
    """What the preview shows: the same rows as the CSV."""
    return long_rows(pt.table, pt.cells)
