"""A period released again: with the same data it keeps its pattern and passes the audit;
with data changed since (late or corrected registrations) it is refused, because the two
releases together would show the change (see the docstring of privacy/system.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from emp_desktop.privacy.disclosure import (
    DisclosureControlFailed,
    ProtectedTable,
    audit,
    protect,
)
from emp_desktop.privacy.release import SECONDARY
from emp_desktop.privacy.tables import Table
from tests.privacy.reference import truth
from tests.privacy.registries import comensha_tables, person, registries
from tests.privacy.test_disclosure_properties import YEAR_TABLES, assert_cell_rules, assert_safe

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHANGED = "al eerder geleverd met andere aantallen"


def patterns(released: list[ProtectedTable]) -> list[dict]:
    return [pt.cells for pt in released]


def _table(name: str, counts: dict[tuple[str, ...], int]) -> Table:
    cats = {"vorm": ("seksueel", "arbeid", "crimineel"), "geslacht": ("Vrouw", "Man")}
    return Table(name, ("vorm", "geslacht"), cats, counts, "personen")


# A table whose small cell needs secondary suppression: the re-release of such a table
# failed before (issue: re-releasing a period after its export).
WITH_SECONDARY = _table(
    "vorm × geslacht",
    {
        ("seksueel", "Vrouw"): 20,
        ("seksueel", "Man"): 3,
        ("arbeid", "Vrouw"): 9,
        ("arbeid", "Man"): 8,
        ("crimineel", "Vrouw"): 7,
        ("crimineel", "Man"): 6,
    },
)


def test_a_period_released_again_keeps_its_secondary_cells() -> None:
    [first] = protect([WITH_SECONDARY], release="2025")
    assert SECONDARY in first.reasons.values()
    [again] = protect([WITH_SECONDARY], 5, [first], release="2025")
    assert again.cells == first.cells and again.reasons == first.reasons
    assert again.notes == first.notes
    assert audit([again], 5, [first]) == []
    # Exported twice already: the register holds it twice.
    assert protect([WITH_SECONDARY], 5, [first, again], release="2025") == [again]


def test_publishing_what_the_same_period_hid_fails_the_audit() -> None:
    [first] = protect([WITH_SECONDARY], release="2025")
    key = next(k for k, why in first.reasons.items() if why == SECONDARY)
    cells = dict(first.cells)
    cells[key] = truth(first)[key]
    revealing = ProtectedTable(first.table, cells, {}, (), "2025")
    value = truth(first)[key]
    failures = audit([revealing], 5, [first])
    assert any(f.cell == key and f.lower == f.upper == value for f in failures)


def test_a_period_released_again_with_other_numbers_is_refused() -> None:
    [first] = protect([WITH_SECONDARY], release="2025")
    late = dict(WITH_SECONDARY.counts)
    late[("arbeid", "Man")] += 1  # one person registered after the export
    changed = _table(WITH_SECONDARY.name, late)
    with pytest.raises(DisclosureControlFailed, match=CHANGED) as refused:
        protect([changed], 5, [first], release="2025")
    assert "correctielevering" in str(refused.value)
    # The audit refuses to reason about it just as clearly.
    [shown] = protect([changed], release="2025")
    with pytest.raises(DisclosureControlFailed, match=CHANGED):
        audit([shown], 5, [first])
    # A change that only a linked table shows is refused too.
    counts = {("seksueel",): 23, ("arbeid",): 18, ("crimineel",): 13}
    margin = Table(
        "vorm", ("vorm",), {"vorm": WITH_SECONDARY.categories["vorm"]}, counts, "personen"
    )
    with pytest.raises(DisclosureControlFailed, match=CHANGED):
        protect([margin], 5, [first], release="2025")
    # Another period is another population.
    assert protect([changed], 5, [first], release="2026") == protect([changed], release="2026")


def test_a_year_after_its_quarters_with_a_late_registration_is_refused_clearly() -> None:
    quarter = _table("vorm × geslacht", {("seksueel", "Vrouw"): 10, ("arbeid", "Man"): 6})
    prior: list[ProtectedTable] = []
    for q in "1234":
        prior += protect([quarter], 5, prior, release=f"2025Q{q}")
    year = {k: 4 * v for k, v in quarter.counts.items()}
    year[("seksueel", "Vrouw")] += 1  # registered late, in Q2, after Q2 was released
    with pytest.raises(DisclosureControlFailed, match="niet de som van .*correctielevering"):
        protect([_table("vorm × geslacht", year)], 5, prior, release="2025")


@SETTINGS
@given(records=registries(), threshold=st.sampled_from([3, 5, 7]))
def test_same_period_same_data_gives_the_same_release(
    records: list[dict[str, str]], threshold: int
) -> None:
    tables = comensha_tables(records)
    first = protect(tables, threshold, release="2025")
    again = protect(tables, threshold, first, release="2025")
    assert patterns(again) == patterns(first)
    assert [pt.reasons for pt in again] == [pt.reasons for pt in first]
    assert audit(again, threshold, first) == []
    assert audit(first, threshold, again) == []
    assert protect(tables, threshold, first + again, release="2025") == again
    # Each table on its own, against only its own earlier release (a partial re-release).
    for table, earlier in zip(tables, first, strict=True):
        [alone] = protect([table], threshold, [earlier], release="2025")
        assert alone.cells == earlier.cells
    # Whoever holds both releases holds the same cells twice; the independent attacker's
    # view of them is tested in test_disclosure_properties and in the year test below.


@SETTINGS
@given(
    records=registries(250),
    late=st.lists(person(), min_size=1, max_size=3),
    corrected=st.integers(min_value=0, max_value=2),
)
def test_same_period_changed_data_is_refused(
    records: list[dict[str, str]], late: list[dict[str, str]], corrected: int
) -> None:
    """Late registrations, and corrections that drop a person, change the period."""
    assume(len(records) >= corrected)
    first = protect(comensha_tables(records), 5, release="2025")
    tables = comensha_tables(records[corrected:] + late)
    assume([t.counts for t in tables] != [pt.table.counts for pt in first])
    with pytest.raises(DisclosureControlFailed, match=CHANGED):
        protect(tables, 5, first, release="2025")


@SETTINGS
@given(records=registries(250), index=st.integers(min_value=0), moved=person())
def test_a_corrected_attribute_is_refused_unless_nothing_changed(
    records: list[dict[str, str]], index: int, moved: dict[str, str]
) -> None:
    assume(records)
    first = protect(comensha_tables(records), 5, release="2025")
    now = list(records)
    now[index % len(now)] = {**moved, "kwartaal": now[index % len(now)]["kwartaal"]}
    tables = comensha_tables(now)
    if [t.counts for t in tables] == [pt.table.counts for pt in first]:
        assert patterns(protect(tables, 5, first, release="2025")) == patterns(first)
    else:
        with pytest.raises(DisclosureControlFailed, match=CHANGED):
            protect(tables, 5, first, release="2025")


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=registries(200), year_first=st.booleans())
def test_year_and_quarters_then_the_same_period_again(
    records: list[dict[str, str]], year_first: bool
) -> None:
    """Quarters-then-year and year-then-quarters, then the year and a quarter once more."""

    def quarter(q: str) -> list[Table]:
        return comensha_tables([r for r in records if r["kwartaal"] == q], YEAR_TABLES)

    year_tables = comensha_tables(records, YEAR_TABLES)
    prior: list[ProtectedTable] = []
    if year_first:
        prior += protect(year_tables, 5, prior, release="2025")
    for q in "1234":
        prior += protect(quarter(q), 5, prior, release=f"2025Q{q}")
    if not year_first:
        prior += protect(year_tables, 5, prior, release="2025")
    year = [pt for pt in prior if pt.release == "2025"]
    again = protect(year_tables, 5, prior, release="2025")
    assert patterns(again) == patterns(year)
    assert audit(again, 5, prior) == []
    q2 = [pt for pt in prior if pt.release == "2025Q2"]
    q2_again = protect(quarter("2"), 5, prior, release="2025Q2")
    assert patterns(q2_again) == patterns(q2)
    assert audit(q2_again, 5, prior) == []
    assert_cell_rules(again + q2_again, 5)
    # The reference check measures what the year could not repair against the year's own
    # baseline; with the year first, each quarter had its own baseline (a published year of
    # 6 and two empty quarters leave [1, 5] for the other two, whatever they hide).
    if not year_first:
        assert_safe(prior + again, 5, "2025")
