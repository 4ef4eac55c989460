"""A corrected record extract of a year: the late changes, in rows a recipient can diff.

Whoever holds the extract and its correction compares them row by row (the pseudonyms are
stable), so the rules are about what that comparison shows:

* The rows that are new (late registrations) must be k-anonymous *among themselves*:
  diffing isolates them, and one late minor in a class of her own would be recognisable.
* A person whose quasi-identifiers changed is left out of the correction: linking her old
  and new row by pseudonym would narrow her class to herself.
* A person the earlier extract left out stays out: her row appearing now would show that
  it fell into a hidden cell then.
* A row that did not change stays exactly as it was (it agreed with the tables that count
  her then); new and changed rows fall only into cells the *corrected* Comensha tables
  publish (privacy.extract_cells), so those must have left first: the extract follows the
  tables, never the other way round.
* Nothing changed since the newest revision: refused, a plain export repeats it.
"""

from __future__ import annotations

from collections import Counter

from emp_desktop.privacy import extract_cells, profiles
from emp_desktop.privacy.kanonymity import apply_levels
from emp_desktop.privacy.periods import Period
from emp_desktop.services import export_service as ex
from emp_desktop.services import release_family
from emp_desktop.services.region_service import region_for_period
from emp_desktop.storage.vault import OpenVault

_QIS = (*profiles.QUASI_IDENTIFIERS, release_family.QUARTER)


def prepare(opened: OpenVault, period: Period, k: int) -> ex.ExportPreview:
    levels, stored = ex._family_records(opened, period.year)
    if levels is None or period.label not in stored:
        raise ex.CorrectionRefused(
            detail=f"Het recordbestand van {period.label} is nog niet geleverd."
        )
    newest = stored[period.label]
    with opened.transaction() as session:
        frozen = release_family.load(session, period.year)
        now = release_family.load(session, period.year, as_now=True)
    late = frozen.late_changes(period)
    label = ex.correction_label(period, now)
    family = ex.family_tables(opened, period.year)
    if not any(pt.release == label and pt.table.name in ex._COMENSHA_TABLES for pt in family):
        raise ex.CorrectionRefused(
            detail=f"Maak eerst de correctielevering van de Comensha-tabellen van "
            f"{period.label}: het recordbestand volgt de tabellen, zodat geen regel iets "
            "zegt wat die verbergen."
        )
    region = region_for_period(opened, period)
    extract = ex._extractor(opened, region)
    counted = {r["pseudoniem"] for r in extract(frozen.rows("new_registrations", period))}
    mine = extract(now.rows("new_registrations", period))
    result = apply_levels(mine, _QIS, ex._FAMILY_HIERARCHIES, levels, k)
    before = {row["pseudoniem"]: row for row in newest["rows"]}
    # Rows of the earlier extract, and rows of persons that are new since: someone the
    # earlier extract left out (her row fell into a hidden cell) stays out, or the
    # difference would show where she was.
    candidates = [
        r for r in result.records if r["pseudoniem"] in before or r["pseudoniem"] not in counted
    ]
    steady = [r for r in candidates if _same_identifiers(r, before.get(r["pseudoniem"]))]
    # A person whose row did not change keeps it exactly (blanks included): it was checked
    # against the tables that count her then. New and changed rows describe the year as it
    # is now: they follow the corrected tables, which count it.
    kept, changed = [], []
    for row in steady:
        if _unchanged(row, before):
            kept.append(before[row["pseudoniem"]])
        else:
            changed.append(row)
    corrected_tables = [pt for pt in family if pt.release == label]
    moved, _ = extract_cells.keep_consistent(
        changed,
        {q.label: corrected_tables for q in period.year.quarters()},
        release_family.QUARTER,
        _QIS,
        1,
    )
    rows, _ = extract_cells.keep_consistent(
        [*kept, *moved], {}, release_family.QUARTER, _QIS, k
    )
    left_out = len(steady) - len(rows)
    rows = sorted(rows, key=lambda r: r["pseudoniem"])
    if rows == sorted(newest["rows"], key=lambda r: r["pseudoniem"]) and late:
        raise ex.CorrectionRefused(
            detail=f"De {late} latere wijziging(en) vallen allemaal in cellen die de "
            "gecorrigeerde tabellen verbergen, of in te kleine groepen: er is nog niets dat "
            "veilig in het recordbestand kan. Wacht op meer latere registraties."
        )
    if rows == sorted(newest["rows"], key=lambda r: r["pseudoniem"]):
        raise ex.NothingNewSinceRevision(
            detail=f"Sinds revisie {newest['revision']} van het recordbestand van "
            f"{period.label} is er niets gewijzigd; een gewone export levert die opnieuw.",
            label=label,
        )
    _refuse_small_new_classes([r for r in rows if r["pseudoniem"] not in before], k, late)
    return ex.ExportPreview(
        "comensha-records",
        period.label,
        "Comensha",
        k,
        [],
        [],
        rows,
        k,
        result.suppressed + left_out + len(result.records) - len(steady),  # incl. left out
        {q: v for q, v in levels.items() if q in profiles.QUASI_IDENTIFIERS},
        late_changes=late,
        revision=newest["revision"] + 1,
        supersedes=newest["id"],
        region=region,
    )


def _unchanged(row: dict, before: dict[str, dict]) -> bool:
    """The person's earlier row says the same (a blank there hid the value, not a change)."""
    earlier = before.get(row["pseudoniem"])
    return earlier is not None and all(
        earlier.get(field) in (value, "*") for field, value in row.items()
    )


def _same_identifiers(row: dict, earlier: dict | None) -> bool:
    return earlier is None or all(row[q] == earlier[q] for q in _QIS)


def _refuse_small_new_classes(new_rows: list[dict], k: int, late: int) -> None:
    classes = Counter(tuple(r[q] for q in _QIS) for r in new_rows)
    small = sum(n for n in classes.values() if n < k)
    if small:
        raise ex.CorrectionRefused(
            detail=f"Van de nieuwe regels in het recordbestand vallen er {small} in een "
            f"groep (jaar, leeftijd, nationaliteit, gebied, kwartaal) van minder dan {k}: wie "
            "de oude en de nieuwe versie vergelijkt, ziet hen apart. Wacht op meer latere "
            f"registraties (de correctiepool telt er nu {late})."
        )
