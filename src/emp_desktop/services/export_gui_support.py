"""What the Export & rapportage screens and the dashboard need beyond export_service,
export_files and report_service: the preview in the shape a table view shows it, the
names of the files an export will write (for the confirmation), the dashboard's trend
and map figures, and writing the annual report's bytes to a chosen file.

The dashboard's figures come from exactly the code paths the annual report uses — the
same protected one-way table per year and the same protected `nieuwe_meldingen` table of
the municipality export — so the app never shows a number the report would hide.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from emp_desktop.domain.region import EINDHOVEN
from emp_desktop.privacy.tables import TOTAL, cells_with_margins, label
from emp_desktop.reports.dto import Figure, LabelledFigure
from emp_desktop.services import export_files, export_service, report_service
from emp_desktop.services.errors import privacy_refusals, writing
from emp_desktop.services.export_files import header, keyed_rows, long_rows
from emp_desktop.services.export_readme import README
from emp_desktop.services.export_service import ExportPreview
from emp_desktop.storage.atomic import write_atomic
from emp_desktop.storage.vault import OpenVault

MANIFEST = "manifest.json"
GROUP = "group"


@dataclass(frozen=True)
class PreviewTable:
    """One table as it will leave: the CSV's rows, and per row why its count is hidden."""

    name: str
    file_name: str
    unit: str
    controlled: bool  # False: an activity table (sessions, people reached), not about persons
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    reasons: tuple[str | None, ...]  # per row: "primary", "secondary", "group" or None
    group_notes: tuple[str, ...]  # per row: the note of the collapsed group, else ""
    notes: tuple[str, ...]

    @property
    def hidden(self) -> int:
        return sum(reason is not None for reason in self.reasons)


@dataclass(frozen=True)
class PreparedExport:
    preview: ExportPreview
    tables: tuple[PreviewTable, ...]
    files: tuple[str, ...]  # the names write_export will write, manifest.json last
    readme: str = ""  # the LEESMIJ.txt among them, word for word


def prepare(
    opened: OpenVault,
    profile: str,
    period: str,
    threshold: int = 5,
    k: int = 5,
    correction: bool = False,
) -> PreparedExport:
    """export_service.prepare_export, plus everything the preview screen shows."""
    with privacy_refusals():
        preview = export_service.prepare_export(
            opened, profile, period, threshold, k, correction=correction
        )
    readme = export_files.readme_for(opened, preview)
    return PreparedExport(preview, preview_tables(preview), planned_files(preview), readme)


def _stem(preview: ExportPreview) -> str:
    return f"{preview.profile}_{preview.period}"


def planned_files(preview: ExportPreview) -> tuple[str, ...]:
    """The file names export_files.write_export uses (a GUI test holds the two together)."""
    stem = _stem(preview)
    if preview.profile == "comensha-records":
        return (f"{stem}.csv", f"{stem}.xlsx", README, MANIFEST)
    tables = [pt.table for pt in preview.protected] + list(preview.open_tables)
    return (*(f"{stem}_{t.name}.csv" for t in tables), f"{stem}.xlsx", README, MANIFEST)


def preview_tables(preview: ExportPreview) -> tuple[PreviewTable, ...]:
    stem = _stem(preview)
    found = []
    for pt in preview.protected:
        keyed = keyed_rows(pt.table, pt.cells)
        rows = [header(pt.table), *(row for _, row in keyed)]
        keys = [key for key, _ in keyed]
        reasons = tuple(pt.reasons.get(key) for key in keys)
        found.append(
            PreviewTable(
                pt.table.name,
                f"{stem}_{pt.table.name}.csv",
                pt.table.unit,
                True,
                tuple(rows[0]),
                tuple(tuple(row) for row in rows[1:]),
                reasons,
                tuple(
                    _group_note(pt.table.dimensions, key, pt.notes) if why == GROUP else ""
                    for key, why in zip(keys, reasons, strict=True)
                ),
                tuple(pt.notes),
            )
        )
    for table in preview.open_tables:
        rows = long_rows(table, cells_with_margins(table))
        found.append(
            PreviewTable(
                table.name,
                f"{stem}_{table.name}.csv",
                table.unit,
                False,
                tuple(rows[0]),
                tuple(tuple(row) for row in rows[1:]),
                tuple(None for _ in rows[1:]),
                tuple("" for _ in rows[1:]),
                (),
            )
        )
    return tuple(found)


def _group_note(dimensions: tuple[str, ...], key: tuple[str, ...], notes: tuple[str, ...]) -> str:
    """The note of the collapsed group this cell belongs to. privacy.groups writes one note
    per group ("Groep <name>: … de uitsplitsing naar <dimension> is verborgen …"); a cell
    belongs to the group named by its other coordinates, along the dimension it varies in."""
    for free, dimension in enumerate(dimensions):
        name = label(tuple(p for i, p in enumerate(key) if i != free and p != TOTAL))
        for note in notes:
            if note.startswith(f"Groep {name}:") and f"uitsplitsing naar {dimension} " in note:
                return note
    return ""


# --- dashboard ------------------------------------------------------------------------


@dataclass(frozen=True)
class ResidenceMap:
    year: int
    counts: dict[str, Figure]  # per region municipality shown apart (CBS code)
    outside: tuple[LabelledFigure, ...]  # Overig <provincie> (each), Elders, Onbekend
    region_codes: tuple[str, ...] = ()  # the region of that year (see region_service)
    folded: tuple[str, ...] = ()  # counted only in "Overige regiogemeenten"
    folded_total: Figure | None = None


def registration_trend(opened: OpenVault, year: int, threshold: int = 5) -> dict[int, Figure]:
    """Registrations per year up to `year`, historic years included, as the report has them."""
    return report_service._per_year(opened, year, threshold)


def residence_map(opened: OpenVault, year: int, threshold: int = 5) -> ResidenceMap:
    """New reports per home municipality of `year`, from the municipality export's table."""
    preview = export_service.prepare_export(opened, "gemeente", str(year), threshold)
    (table,) = [pt for pt in preview.protected if pt.table.name == "nieuwe_meldingen"]
    region = preview.region or EINDHOVEN
    figures = report_service.map_figures(table, region)
    return ResidenceMap(
        year,
        figures.counts,
        figures.outside,
        region.codes,
        figures.folded,
        figures.folded_total,
    )


def dashboard_figures(opened: OpenVault, year: int) -> tuple[dict[int, Figure], dict[str, Figure]]:
    """The trend and the map counts together (the dashboard loads them separately, so that
    one failing does not take the other with it)."""
    return registration_trend(opened, year), residence_map(opened, year).counts


# --- files ----------------------------------------------------------------------------


def save_bytes(path: Path, data: bytes) -> None:
    """Writes a generated document (the annual report) atomically: a crash or a full disk
    leaves the previous file or none, never half a PDF."""
    with writing(path):
        write_atomic(Path(path), data)
