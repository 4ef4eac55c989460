"""Every release of a year is judged with all the others, in any order: a year and its
quarters, both profiles, the annual report, record extracts and late registrations. The
independent attacker (tests/privacy/reference.py) gets everything the register says left."""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date

import pytest

from emp_desktop.domain.errors import OutputNotWritable
from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.privacy.kanonymity import is_k_anonymous
from emp_desktop.privacy.profiles import QUASI_IDENTIFIERS
from emp_desktop.services import (
    demo_service,
    export_files,
    export_service,
    registry_service,
    report_service,
    vault_service,
)
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.privacy.reference import Attacker, truth

YEAR = "2025"
QUARTERS = [f"{YEAR}Q{q}" for q in range(1, 5)]


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("family") / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    demo_service.fill_demo(created.vault, 700, seed=7, today=date(2026, 6, 30))
    vault_service.lock(created.vault)
    return folder


@pytest.fixture
def opened(demo_copy, tmp_path):
    import shutil

    folder = tmp_path / "kluis"
    shutil.copytree(demo_copy, folder)
    vault = vault_service.unlock(folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _release(opened, step, out):
    if step == "report":
        report_service.render_annual(opened, int(YEAR))
        return None
    if step == "late":
        registry_service.register_person(
            opened,
            PersonInput(municipality="GM0772", nationality="NL", gender="v"),
            RegistrationInput(date=date(2025, 12, 15), forms=("seksueel",), melder="school"),
            IdentityInput(first_name="Laat", surname="Gemeld", date_of_birth=date(2010, 3, 1)),
        )
        return None
    profile, period = step
    try:
        preview = export_service.prepare_export(opened, profile, period)
    except export_service.DisclosureFailed as refused:
        # Refusing is safe; it must be a typed refusal with a reason, and only for a
        # quarter whose year already left (its hidden cells are what the quarter threatens).
        assert "Q" in period and refused.params["detail"], refused.params
        return None
    export_files.write_export(opened, preview, out / f"{profile}-{period}")
    return preview


def _assert_family_safe(opened, threshold=5):
    released, seen = [], set()
    for pt in export_service.family_tables(opened, export_service.parse_period(YEAR)):
        if (pt.release, pt.table.name) not in seen:
            seen.add((pt.release, pt.table.name))
            released.append(pt)
    attacker = Attacker(released)
    narrow = []
    for t, pt in enumerate(released):
        values = truth(pt)
        for key in pt.hidden:
            if values[key]:
                low, high = attacker.interval(t, key)
                if high - low < threshold - 1e-6:
                    narrow.append((pt.release, pt.table.name, key, low, high))
    assert narrow == []
    return released


ORDERS = {
    "year_then_quarters": [("comensha", YEAR), *(("comensha", q) for q in QUARTERS)],
    "quarters_then_year": [*(("comensha", q) for q in QUARTERS), ("comensha", YEAR)],
    "gemeente_year_then_quarters": [("gemeente", YEAR), *(("gemeente", q) for q in QUARTERS)],
    "gemeente_quarters_then_year_and_report": [
        *(("gemeente", q) for q in QUARTERS),
        ("gemeente", YEAR),
        "report",
    ],
    "report_late_then_quarters": [
        "report",
        "late",
        *(("comensha", q) for q in QUARTERS),
        ("comensha", YEAR),
    ],
}


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_every_order_of_a_year_family_is_safe_together(opened, tmp_path, order):
    for step in ORDERS[order]:
        _release(opened, step, tmp_path)
    _assert_family_safe(opened)


def test_a_random_interleaving_with_late_registrations(opened, tmp_path):
    steps = [
        *(("comensha", p) for p in [YEAR, *QUARTERS]),
        *(("gemeente", p) for p in [YEAR, *QUARTERS]),
        *(("comensha-records", p) for p in [YEAR, *QUARTERS]),
        "report",
        "late",
        "late",
    ]
    random.Random(20251215).shuffle(steps)
    for step in steps:
        _release(opened, step, tmp_path)
    released = _assert_family_safe(opened)
    _assert_extract_rows_in_published_cells(opened, tmp_path)
    # The year equals the sum of its quarters in every flow table that left.
    by = {(pt.release, pt.table.name): pt for pt in released}
    for (release, name), pt in by.items():
        if release == YEAR and pt.table.additive and all((q, name) in by for q in QUARTERS):
            year_total = truth(pt)[tuple("Totaal" for _ in pt.table.dimensions)]
            parts = [truth(by[(q, name)]) for q in QUARTERS]
            assert year_total == sum(p[tuple("Totaal" for _ in pt.table.dimensions)] for p in parts)


def test_a_late_registration_does_not_change_what_leaves_again(opened, tmp_path):
    first = _release(opened, ("comensha-records", YEAR), tmp_path)
    _release(opened, "late", tmp_path)
    again = export_service.prepare_export(opened, "comensha-records", YEAR)
    assert again.reproduced and again.late_changes == 1
    assert again.records == first.records
    q4 = export_service.prepare_export(opened, "comensha-records", "2025Q4")
    assert q4.late_changes == 1
    year_rows = Counter(tuple(sorted(r.items())) for r in first.records)
    quarter_rows: Counter = Counter()
    for quarter in QUARTERS:
        preview = _release(opened, ("comensha-records", quarter), tmp_path)
        quarter_rows.update(tuple(sorted(r.items())) for r in preview.records)
    # The quarter files are exactly the year file: linking them by pseudonym shows nothing
    # the year file does not, and that view is k-anonymous per quarter.
    assert quarter_rows == year_rows
    assert is_k_anonymous(first.records, QUASI_IDENTIFIERS, first.k)


def test_quarters_of_gemeente_and_their_year_share_one_folding(opened, tmp_path):
    shown = set()
    for quarter in QUARTERS:
        preview = _release(opened, ("gemeente", quarter), tmp_path)
        shown.add(preview.protected[0].table.categories["gemeente"])
    year = _release(opened, ("gemeente", YEAR), tmp_path)
    shown.add(year.protected[0].table.categories["gemeente"])
    assert len(shown) == 1
    # and the annual report after them: no error, the same tables
    report_service.render_annual(opened, int(YEAR))


def test_a_crash_between_register_and_files_counts_as_published(opened, tmp_path):
    preview = export_service.prepare_export(opened, "comensha", YEAR)
    files = {"x.csv": "0" * 64}
    export_service.register_pending(opened, preview, files)  # then the process dies
    _release(opened, "late", tmp_path)
    again = export_service.prepare_export(opened, "comensha", YEAR)
    assert again.reproduced
    assert [pt.cells for pt in again.protected] == [pt.cells for pt in preview.protected]
    statuses = [r.status for r in export_service.release_register(opened)]
    assert statuses == ["pending"]


def test_a_failed_write_before_any_file_withdraws_the_release(opened, tmp_path):
    preview = export_service.prepare_export(opened, "comensha", YEAR)
    target = tmp_path / "bestand"
    target.write_text("geen map")  # the export folder cannot be made
    with pytest.raises(OutputNotWritable):
        export_files.write_export(opened, preview, target / "sub")
    assert export_service.release_register(opened) == []


def _late_registrations(opened, count, start=1):
    for n in range(start, start + count):
        registry_service.register_person(
            opened,
            PersonInput(municipality="GM0772", nationality="NL", gender="v"),
            RegistrationInput(date=date(2025, 11, n), forms=("seksueel",), melder="school"),
            IdentityInput(first_name="Laat", surname=f"Gemeld{n}"),
        )


def test_a_correction_is_refused_while_the_difference_would_show_the_late_person(
    opened, tmp_path
):
    _release(opened, ("comensha", YEAR), tmp_path)
    with pytest.raises(export_service.CorrectionRefused) as nothing:
        export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    assert "niets gewijzigd" in nothing.value.params["detail"]
    _release(opened, "late", tmp_path)
    with pytest.raises(export_service.CorrectionRefused) as refused:
        export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    assert "correctiepool telt 1" in refused.value.params["detail"]
    with pytest.raises(export_service.CorrectionRefused):
        export_service.prepare_export(opened, "comensha", "2025Q4", correction=True)


def test_a_correction_whose_late_persons_share_a_category_is_refused(opened, tmp_path):
    """Twelve late women of one municipality, form and reporter: the difference of the
    revisions shows that every late person is one, so whoever knows one learns the rest."""
    _release(opened, ("comensha", YEAR), tmp_path)
    _late_registrations(opened, 12)
    with pytest.raises(export_service.CorrectionRefused) as refused:
        export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    detail = refused.value.params["detail"]
    assert "vallen er 12 in" in detail and "één categorie" in detail


def _varied_late(opened, count, start=1):
    """Late registrations that differ in every attribute, so no category dominates them."""
    genders, places = ("v", "m", "v", "x", "m"), ("GM0772", "GM0753", "GM0861", "GM0820")
    forms, melders = ("seksueel", "arbeid", "crimineel"), ("school", "politie", "huisarts")
    nationalities, births = ("NL", "PL", "RO", "NG"), (2010, 2005, 1985)
    for n in range(start, start + count):
        registry_service.register_person(
            opened,
            PersonInput(
                municipality=places[n % 4], nationality=nationalities[n % 4], gender=genders[n % 5]
            ),
            RegistrationInput(
                date=date(2025, 10, 1 + n % 28), forms=(forms[n % 3],), melder=melders[n % 3]
            ),
            IdentityInput(
                first_name="Laat", surname=f"Anders{n}", date_of_birth=date(births[n % 3], 5, 1)
            ),
        )


def _assert_differences_wide(released, old, new):
    """Every cell of new − old is zero, at least 5, or not derivable to within 5."""
    attacker = Attacker(released)
    offset_old, offset_new = released.index(old[0]), released.index(new[0])
    for t, (before_pt, after_pt) in enumerate(zip(old, new, strict=True)):
        before, after = truth(before_pt), truth(after_pt)
        for key in after_pt.cells:
            change = after[key] - before[key]
            if not change or abs(change) >= 5:
                continue
            new_var = attacker.index[(offset_new + t, key)]
            old_var = attacker.index[(offset_old + t, key)]
            lows = attacker._optimum({new_var: 1.0, old_var: -1.0})
            highs = -attacker._optimum({new_var: -1.0, old_var: 1.0})
            assert highs - lows >= 5 - 1e-6, (after_pt.table.name, key, change, lows, highs)


def test_every_revision_is_audited_against_every_earlier_one(opened, tmp_path):
    first = _release(opened, ("comensha", YEAR), tmp_path)
    _varied_late(opened, 12)
    second = export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    assert second.revision == 2 and second.corrects == (YEAR,)
    # Once hidden, always hidden: publishing a cell the original hid would reveal it to
    # anyone who assumes that cell did not change.
    for old, new in zip(first.protected, second.protected, strict=True):
        assert set(old.hidden) <= set(new.hidden), old.table.name
    result = export_files.write_export(opened, second, tmp_path / "r2")
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["status"] == "gecorrigeerd" and manifest["revision"] == 2
    again = export_service.prepare_export(opened, "comensha", YEAR)
    assert again.reproduced and again.revision == 2
    # Nothing new since revision 2: no second pattern for the same counts.
    with pytest.raises(export_service.CorrectionRefused) as same:
        export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    assert "Sinds revisie 2" in same.value.params["detail"]
    _varied_late(opened, 7, start=20)
    try:
        third = export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    except export_service.CorrectionRefused as refused:  # refusing is safe, and says why
        assert refused.params["detail"]
        return
    assert third.revision == 3 and set(third.corrects) == {YEAR, second.protected[0].release}
    released = [*first.protected, *second.protected, *third.protected]
    _assert_differences_wide(released, first.protected, third.protected)
    _assert_differences_wide(released, second.protected, third.protected)


def _assert_extract_rows_in_published_cells(opened, tmp_path):
    from emp_desktop.privacy.extract_cells import shows_only_published

    year = export_service.parse_period(YEAR)
    per_quarter = export_service._tables_per_quarter(
        export_service.family_tables(opened, year), year
    )
    for period in (YEAR, *QUARTERS):
        preview = export_service.prepare_export(opened, "comensha-records", period)
        assert preview.reproduced
        for row in preview.records:
            assert shows_only_published(row, per_quarter[row["kwartaal"]]), (period, row)


@pytest.mark.parametrize("extract_first", [True, False])
def test_record_extracts_say_nothing_the_tables_hide(opened, tmp_path, extract_first):
    """Each extract row is a lower bound on every table cell it falls into; in a hidden
    cell that pins it. So no row falls into one (its form or reporter blanked, or left
    out), whether the extracts or the tables leave first."""
    tables = [("comensha", p) for p in (*QUARTERS, YEAR)]
    extracts = [("comensha-records", p) for p in (*QUARTERS, YEAR)]
    for step in (extracts + tables) if extract_first else (tables + extracts):
        _release(opened, step, tmp_path)
    _assert_extract_rows_in_published_cells(opened, tmp_path)
    year_rows = export_service.prepare_export(opened, "comensha-records", YEAR).records
    quarter_rows = [
        row
        for q in QUARTERS
        for row in export_service.prepare_export(opened, "comensha-records", q).records
    ]
    assert sorted(map(str, year_rows)) == sorted(map(str, quarter_rows))
    assert is_k_anonymous(year_rows, (*QUASI_IDENTIFIERS, "kwartaal"), 5)
    _assert_family_safe(opened)


def test_corrections_of_two_profiles_are_judged_together(opened, tmp_path):
    """Comensha corrected, three more late persons, then Gemeente corrected: its total of
    new reports would differ by 3 from Comensha's correction — refused. Same data, same
    population: a correction of the other profile then shares the label."""
    _release(opened, ("comensha", YEAR), tmp_path)
    _release(opened, ("gemeente", YEAR), tmp_path)
    _varied_late(opened, 12)
    comensha = export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    export_files.write_export(opened, comensha, tmp_path / "c-r2")
    try:
        same = export_service.prepare_export(opened, "gemeente", YEAR, correction=True)
    except export_service.CorrectionRefused:
        same = None  # refusing is safe
    if same is not None:
        assert same.protected[0].release == comensha.protected[0].release
    _varied_late(opened, 3, start=40)
    with pytest.raises(export_service.CorrectionRefused) as refused:
        export_service.prepare_export(opened, "gemeente", YEAR, correction=True)
    assert "correctiepool" in refused.value.params["detail"]


def test_the_annual_report_is_a_snapshot_until_it_is_corrected(opened, tmp_path):
    first_data, first_tables, _ = report_service.build_annual_data(opened, int(YEAR))
    report_service.render_annual(opened, int(YEAR))
    _varied_late(opened, 12)
    again, again_tables, _ = report_service.build_annual_data(opened, int(YEAR))
    def cells(tables):
        return {(pt.release, pt.table.name): pt.cells for pt in tables}

    assert cells(again_tables) == cells(first_tables) and again.revision == 1  # as released
    corrected_pdf = report_service.render_annual(opened, int(YEAR), correction=True)
    corrected, tables, keep = report_service.build_annual_data(opened, int(YEAR))
    assert keep.revision == corrected.revision == 2  # the newest report, as released
    assert corrected.tasks.new_reports.value == first_data.tasks.new_reports.value + 12
    from tests.reports.pdftext import all_text

    assert "Gecorrigeerde versie (revisie 2)" in all_text(corrected_pdf)
    # The same correction asked again is that version again, not a third pattern.
    _, tables_again, keep_again = report_service.build_annual_data(
        opened, int(YEAR), correction=True
    )
    assert keep_again.revision == 2 and cells(tables_again) == cells(tables)
    released = export_service.family_tables(opened, export_service.parse_period(YEAR))
    labels = {pt.release for pt in released if pt.release.startswith(f"{YEAR}#")}
    assert len(labels) == 1  # one corrected population, shared by all its tables


def _consenting_late(opened, count, start=1):
    """Late registrations with consent for Comensha, all in one quarter and age group, so
    that their rows can form classes of k in the record extract."""
    genders, forms = ("v", "m", "v", "x", "m"), ("seksueel", "arbeid", "crimineel")
    for n in range(start, start + count):
        person = registry_service.register_person(
            opened,
            PersonInput(municipality="GM0772", nationality="NL", gender=genders[n % 5]),
            RegistrationInput(date=date(2025, 11, 1 + n % 28), forms=(forms[n % 3],),
                              melder=("school", "politie", "huisarts")[n % 3]),
            IdentityInput(first_name="Laat", surname=f"Toestemming{n}",
                          date_of_birth=date(1985, 5, 1)),
        )
        registry_service.give_consent(opened, person.id, "comensha", date(2025, 12, 1), "client")


def test_a_corrected_record_extract_follows_the_corrected_tables(opened, tmp_path):
    first = _release(opened, ("comensha-records", YEAR), tmp_path)
    _release(opened, ("comensha", YEAR), tmp_path)
    _consenting_late(opened, 6)
    with pytest.raises(export_service.CorrectionRefused) as tables_first:
        export_service.prepare_export(opened, "comensha-records", YEAR, correction=True)
    assert "eerst de correctielevering van de Comensha-tabellen" in tables_first.value.params[
        "detail"
    ]
    _varied_late(opened, 12)
    try:
        tables = export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    except export_service.CorrectionRefused as refused:  # safe; nothing to follow then
        assert refused.params["detail"]
        return
    export_files.write_export(opened, tables, tmp_path / "tabellen-r2")
    corrected = export_service.prepare_export(opened, "comensha-records", YEAR, correction=True)
    assert corrected.revision == 2 and corrected.supersedes
    before = {r["pseudoniem"]: r for r in first.records}
    new = [r for r in corrected.records if r["pseudoniem"] not in before]
    classes = Counter(tuple(r[q] for q in (*QUASI_IDENTIFIERS, "kwartaal")) for r in new)
    assert new and min(classes.values()) >= 5  # the rows a diff isolates are k-anonymous
    assert is_k_anonymous(corrected.records, (*QUASI_IDENTIFIERS, "kwartaal"), 5)
    export_files.write_export(opened, corrected, tmp_path / "records-r2")
    again = export_service.prepare_export(opened, "comensha-records", YEAR)
    assert again.reproduced and again.revision == 2 and again.records == corrected.records


def test_a_few_late_rows_in_a_record_extract_correction_are_refused(opened, tmp_path):
    _release(opened, ("comensha-records", YEAR), tmp_path)
    _release(opened, ("comensha", YEAR), tmp_path)
    _consenting_late(opened, 3)
    _varied_late(opened, 12)
    try:
        tables = export_service.prepare_export(opened, "comensha", YEAR, correction=True)
    except export_service.CorrectionRefused:
        return
    export_files.write_export(opened, tables, tmp_path / "tabellen-r2")
    with pytest.raises(export_service.CorrectionRefused) as refused:
        export_service.prepare_export(opened, "comensha-records", YEAR, correction=True)
    assert "van minder dan 5" in refused.value.params["detail"]
