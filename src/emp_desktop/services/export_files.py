"""Writing an export: one CSV per table (long format, `;`, UTF-8, margins as `Totaal`,
hidden cells `x`), one XLSX with a sheet per table, and `manifest.json` with a SHA-256
per file. Every file is written atomically; nothing is overwritten."""

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
from emp_desktop.domain.errors import EmpError
from emp_desktop.privacy import profiles
from emp_desktop.privacy.disclosure import ProtectedTable, method_summary
from emp_desktop.privacy.tables import Table, cells_with_margins
from emp_desktop.services import vault_service
from emp_desktop.services.export_service import (
    ExportPreview,
    check_before_writing,
    register_release,
)
from emp_desktop.storage.atomic import make_private_dir, write_atomic
from emp_desktop.storage.vault import OpenVault

HIDDEN = "x"
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


def long_rows(table: Table, cells: dict) -> list[list[str]]:
    """Header + one row per cell, margins included, in category order (Totaal last)."""
    rows = [[*table.dimensions, "aantal"]]
    for key in itertools.product(*table.axes()):
        value = cells[key]
        rows.append([*key, HIDDEN if value is None else str(value)])
    return rows


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _tables(preview: ExportPreview) -> list[tuple[Table, dict]]:
    controlled = [(pt.table, pt.cells) for pt in preview.protected]
    open_tables = [(t, cells_with_margins(t)) for t in preview.open_tables]
    return controlled + open_tables


def _xlsx_bytes(sheets: dict[str, list[list[str]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name[:31])
        for row in rows:
            # Counts as numbers, everything else as text: never a formula.
            sheet.append([int(v) if v.isdigit() else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _contents(preview: ExportPreview) -> dict[str, tuple[bytes, dict]]:
    """File name → (bytes, manifest entry)."""
    stem = f"{preview.profile}_{preview.period}"
    if preview.profile == "comensha-records":
        rows = [list(RECORD_COLUMNS)] + [[r[c] for c in RECORD_COLUMNS] for r in preview.records]
        return {
            f"{stem}.csv": (_csv_bytes(rows), {"records": len(preview.records)}),
            f"{stem}.xlsx": (_xlsx_bytes({"records": rows}), {}),
        }
    files: dict[str, tuple[bytes, dict]] = {}
    sheets: dict[str, list[list[str]]] = {}
    for table, cells in _tables(preview):
        rows = long_rows(table, cells)
        sheets[table.name] = rows
        controlled = any(pt.table is table for pt in preview.protected)
        files[f"{stem}_{table.name}.csv"] = (
            _csv_bytes(rows),
            {
                "table": table.name,
                "dimensions": list(table.dimensions),
                "unit": table.unit,
                "disclosure_control": controlled,
            },
        )
    files[f"{stem}.xlsx"] = (_xlsx_bytes(sheets), {"sheets": list(sheets)})
    return files


DEMO_NOTE = "DEMO: synthetische demogegevens, geen echte cliënten"


def _manifest(
    preview: ExportPreview, files: dict[str, tuple[bytes, dict]], *, demo: bool = False
) -> bytes:
    document = {
        "profile": preview.profile,
        "period": preview.period,
        "recipient": preview.recipient,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "counting_unit": "personen" if preview.profile != "gemeente" else "zie per tabel",
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), **entry}
            for name, (data, entry) in sorted(files.items())
        },
    }
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
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def write_export(opened: OpenVault, preview: ExportPreview, folder: Path) -> ExportResult:
    """Audits again, writes every file atomically, then records the release."""
    check_before_writing(opened, preview)
    files = _contents(preview)
    manifest = _manifest(preview, files, demo=vault_service.holds_demo_data(opened))
    names = [*files, "manifest.json"]
    if folder.exists() and any((folder / n).exists() for n in names):
        raise ExportTargetExists(folder=folder)
    make_private_dir(folder)
    for name, (data, _) in files.items():
        write_atomic(folder / name, data)
    write_atomic(folder / "manifest.json", manifest)  # last: its presence means complete
    hashes = {name: hashlib.sha256(data).hexdigest() for name, (data, _) in files.items()}
    register_release(opened, preview, hashes, hashlib.sha256(manifest).hexdigest())
    return ExportResult(folder, hashes, folder / "manifest.json")


def preview_rows(pt: ProtectedTable) -> list[list[str]]:
    """What the preview shows: the same rows as the CSV."""
    return long_rows(pt.table, pt.cells)
