"""Import of the old registration (CSV or XLSX): preview, then all or nothing.

Any invalid row means nothing is imported; every bad row is reported with its line
number and reason. Rows imported before (same content) are reported as duplicates and
skipped, so importing a file twice adds nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.import_rows import REQUIRED, ParsedRow, map_header, parse_row
from emp_desktop.services import import_check
from emp_desktop.services.registry_service import add_person_in_session
from emp_desktop.storage.registry_models import AdviceQuestion, Consent, Registration
from emp_desktop.storage.vault import OpenVault

# The limits and the streaming check live in import_check; re-exported for callers.
MAX_ROWS = import_check.MAX_ROWS
MAX_BYTES = import_check.MAX_BYTES
ImportUnreadable = import_check.ImportUnreadable
ImportTooLarge = import_check.ImportTooLarge
check_file = import_check.check_file


class ImportMissingColumns(EmpError):
    key = "import_missing_columns"
    exit_code = 7


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    key: str
    value: str


@dataclass
class ImportReport:
    total_rows: int = 0
    meldingen: int = 0
    advice_questions: int = 0
    duplicates: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    imported: bool = False

    @property
    def bad_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems})


class ImportRejected(EmpError):
    key = "import_failed"
    exit_code = 7

    def __init__(self, report: ImportReport) -> None:
        super().__init__(bad=len(report.bad_lines), total=report.total_rows)
        self.report = report


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _read_xlsx(path: Path, shape: import_check.FileShape) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        # data_only=False: a formula arrives as its text ("=…") and is refused, never run.
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # noqa: BLE001 - any parse failure is "unreadable"
        raise ImportUnreadable(detail=type(error).__name__) from None
    try:
        sheet = book.worksheets[0]
        # Bounded by what the check counted: a sheet that declares a huge dimension is
        # never padded out to it.
        cells = sheet.iter_rows(
            max_row=max(1, shape.rows), max_col=max(1, shape.columns), values_only=True
        )
        return [[_cell_text(v) for v in row] for row in cells]
    except Exception as error:  # noqa: BLE001 - a damaged part shows up only while reading
        raise ImportUnreadable(detail=type(error).__name__) from None
    finally:
        book.close()


def read_table(path: Path) -> list[list[str]]:
    shape = check_file(path)
    is_xlsx = shape.kind == "xlsx"
    rows = _read_xlsx(path, shape) if is_xlsx else list(import_check.csv_rows(path))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ImportUnreadable(detail="leeg bestand")
    return rows


def parse_file(path: Path, today: date | None = None) -> tuple[list[ParsedRow], list[str]]:
    rows = read_table(path)
    mapping, unknown = map_header(rows[0])
    missing = [c for c in REQUIRED if c not in mapping]
    if missing:
        raise ImportMissingColumns(columns=", ".join(missing))
    parsed = []
    for offset, cells in enumerate(rows[1:], start=2):
        values = {name: cells[i] if i < len(cells) else "" for name, i in mapping.items()}
        parsed.append(parse_row(values, offset, today or date.today()))
    return parsed, unknown


def _known_keys(session) -> set[str]:  # noqa: ANN001
    keys = set(
        session.scalars(select(Registration.import_key).where(Registration.import_key.is_not(None)))
    )
    keys |= set(
        session.scalars(
            select(AdviceQuestion.import_key).where(AdviceQuestion.import_key.is_not(None))
        )
    )
    return keys


def _report(parsed: list[ParsedRow], unknown: list[str], known: set[str]) -> ImportReport:
    report = ImportReport(total_rows=len(parsed), unknown_columns=unknown)
    seen = set(known)
    for row in parsed:
        report.problems += [RowProblem(row.line, p.column, p.key, p.value) for p in row.problems]
        if row.ok and row.import_key in seen:
            report.duplicates.append(row.line)
        elif row.ok:
            seen.add(row.import_key)
            if row.kind == "adviesvraag":
                report.advice_questions += 1
            else:
                report.meldingen += 1
    return report


def preview_import(opened: OpenVault, path: Path) -> ImportReport:
    parsed, unknown = parse_file(path)
    with opened.transaction() as session:
        return _report(parsed, unknown, _known_keys(session))


def run_import(opened: OpenVault, path: Path) -> ImportReport:
    """All or nothing, in one transaction; raises ImportRejected with the full report."""
    parsed, unknown = parse_file(path)
    with opened.transaction() as session:
        known = _known_keys(session)
        report = _report(parsed, unknown, known)
        if report.problems:
            raise ImportRejected(report)
        duplicates = set(report.duplicates)
        for row in parsed:
            if row.line not in duplicates:
                _store(session, row)
        report.imported = True
        return report


def _store(session, row: ParsedRow) -> None:  # noqa: ANN001
    if row.kind == "adviesvraag":
        a = row.advice
        session.add(
            AdviceQuestion(
                date=a.date.isoformat(),
                organisation_type=a.organisation_type,
                topic=a.topic,
                municipality=a.municipality,
                duration_minutes=0,
                advice="",
                import_key=row.import_key,
            )
        )
        return
    person = add_person_in_session(
        session, row.person, row.registration, row.identity, row.import_key
    )
    if row.note:
        registration = session.scalar(
            select(Registration).where(Registration.person_id == person.id)
        )
        registration.note = row.note
    signer = "ouder" if person.age is not None and person.age < 16 else "client"
    consents = (("comensha", row.comensha_consent), ("overdracht", row.handover_consent))
    for purpose, answer in consents:
        if answer == "ja":
            session.add(
                Consent(
                    person_id=person.id,
                    purpose=purpose,
                    given_on=row.registration.date.isoformat(),
                    signer=signer,
                )
            )
