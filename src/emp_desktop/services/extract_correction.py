"""A corrected record extract of a year: the late changes, in rows a recipient can diff.

Whoever holds the extract and its correction compares them row by row (the pseudonyms are
stable), so the rules are about what that comparison shows:

* The rows that are new (late registrations) must be k-anonymous *among themselves*:
  diffing isolates them, and one late minor in a class of her own would be recognisable.
* A person whose quasi-identifiers changed is left out of the correction: linking her old
  and new row by pseudonym would narrow her class to herself.
* Every row falls only into cells the tables publish (privacy.extract_cells) — now
  including the corrected Comensha tables, which count the late persons; those must have
  left first, so that the extract follows them and never the other way round.
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
        late = release_family.load(session, period.year).late_changes(period)
        now = release_family.load(session, period.year, as_now=True)
    label = f"{period.label}#{ex._state_of(now)}"
    family = ex.family_tables(opened, period.year)
    if not any(pt.release == label and pt.table.name in ex._COMENSHA_TABLES for pt in family):
        raise ex.CorrectionRefused(
            detail=f"Maak eerst de correctielevering van de Comensha-tabellen van "
            f"{period.label}: het recordbestand volgt de tabellen, zodat geen regel iets "
            "zegt wat die verbergen."
        )
    region = region_for_period(opened, period)
    mine = ex._extractor(opened, region)(now.rows("new_registrations", period))
    result = apply_levels(mine, _QIS, ex._FAMILY_HIERARCHIES, levels, k)
    before = {row["pseudoniem"]: row for row in newest["rows"]}
    steady = [r for r in result.records if _same_identifiers(r, before.get(r["pseudoniem"]))]
    rows, left_out = extract_cells.keep_consistent(
        steady, ex._tables_per_quarter(family, period.year), release_family.QUARTER, _QIS, k
    )
    rows = sorted(rows, key=lambda r: r["pseudoniem"])
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
        result.suppressed + left_out + len(result.records) - len(steady),
        {q: v for q, v in levels.items() if q in profiles.QUASI_IDENTIFIERS},
        late_changes=late,
        revision=newest["revision"] + 1,
        supersedes=newest["id"],
        region=region,
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
            f"registraties (de correctiepool telt er nu {late}) of lever de correctie samen "
            "met de definitieve cijfers van het jaar."
        )
