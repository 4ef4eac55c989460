"""Hand-made releases whose weak spot is known: the audit must find it, protect must fix it."""

from __future__ import annotations

import pytest

from emp_desktop.privacy.disclosure import (
    AuditFailure,
    ProtectedTable,
    Relation,
    audit,
    derived_share,
    method_summary,
    period_relations,
    protect,
)
from emp_desktop.privacy.tables import Table, cells_with_margins
from tests.privacy.reference import Attacker, dominated_lines, truth


def table(name: str, dims: tuple[str, ...], cats: dict, counts: dict) -> Table:
    return Table(name, dims, cats, counts, "personen")


def as_published(t: Table, release: str, hide: tuple = ()) -> ProtectedTable:
    """What naive primary-only suppression would ship."""
    cells = {k: (None if k in hide else v) for k, v in cells_with_margins(t).items()}
    return ProtectedTable(t, cells, {k: "primary" for k in hide}, release=release)


FORM_GENDER = table(
    "vorm × geslacht",
    ("vorm", "geslacht"),
    {"vorm": ("seksueel", "arbeid"), "geslacht": ("Vrouw", "Man")},
    {
        ("seksueel", "Vrouw"): 20,
        ("seksueel", "Man"): 3,
        ("arbeid", "Vrouw"): 10,
        ("arbeid", "Man"): 12,
    },
)


def test_primary_only_suppression_is_caught_and_fixed() -> None:
    naive = as_published(FORM_GENDER, "2025", hide=(("seksueel", "Man"),))
    assert audit([naive], 5) == [
        AuditFailure("vorm × geslacht", ("seksueel", "Man"), 3.0, 3.0, "2025", "interval")
    ]
    [fixed] = protect([FORM_GENDER], release="2025")
    # The cheapest repair: the rectangle of inner cells; every margin stays published.
    assert set(fixed.hidden) == {(f, g) for f in ("seksueel", "arbeid") for g in ("Vrouw", "Man")}
    assert fixed.reasons[("seksueel", "Man")] == "primary"
    assert fixed.reasons[("arbeid", "Vrouw")] == "secondary"
    assert "Cel seksueel × Man verborgen: minder dan 5 personen." in fixed.notes
    assert audit([fixed], 5) == []
    # Every line of the 2 × 2 is fully hidden, so it might be a collapsed group with hidden
    # zeros: the attacker cannot even assume the cell is at least 1.
    low, high = Attacker([fixed]).interval(0, ("seksueel", "Man"))
    assert (low, high) == pytest.approx((0.0, 15.0))


GENDERS, AGES = ("Vrouw", "Man", "X"), ("<18", "18-22", "23+")
GENDER_AGE_COUNTS = {
    ("Vrouw", "18-22"): 6,
    ("Vrouw", "23+"): 3,
    ("Man", "<18"): 2,
    ("Man", "18-22"): 12,
    ("Man", "23+"): 1,
    ("X", "<18"): 12,
    ("X", "18-22"): 2,
}


def test_linked_tables_are_protected_together() -> None:
    cross = table(
        "geslacht × leeftijd",
        ("geslacht", "leeftijd"),
        {"geslacht": GENDERS, "leeftijd": AGES},
        GENDER_AGE_COUNTS,
    )
    totals = {(g,): sum(v for (h, _), v in GENDER_AGE_COUNTS.items() if h == g) for g in GENDERS}
    gender = table("geslacht", ("geslacht",), {"geslacht": GENDERS}, totals)
    alone = protect([gender], release="2025") + protect([cross], release="2025")
    # Each is safe on its own, but the 1-D table gives away the total of X, and with it the
    # X × 18-22 cell of 2 persons.
    assert audit(alone[:1], 5) == [] and audit(alone[1:], 5) == []
    leaks = audit(alone, 5)
    assert AuditFailure("geslacht × leeftijd", ("X", "18-22"), 2.0, 2.0, "2025") in leaks
    together = protect([gender, cross], release="2025")
    assert audit(together, 5) == []
    assert together[0].cells[("X",)] is None and together[1].cells[("X", "Totaal")] is None


def form(seksueel: int, arbeid: int) -> Table:
    return table(
        "vorm",
        ("vorm",),
        {"vorm": ("seksueel", "arbeid")},
        {("seksueel",): seksueel, ("arbeid",): arbeid},
    )


def test_year_minus_an_earlier_quarter_is_protected() -> None:
    q1 = protect([form(10, 10)], release="2025Q1")
    year = form(30, 12)
    # Everything in the year is ≥ 5, but 12 − 10 = 2 persons in arbeid after the first quarter.
    assert audit([as_published(year, "2025")], 5, q1) == [
        AuditFailure("vorm", ("arbeid",), 2.0, 2.0, "2025 zonder 2025Q1", "derived")
    ]
    released = protect([year], release="2025", prior=q1)
    assert released[0].cells[("arbeid",)] is None
    assert audit(released, 5, q1) == []


def test_year_cannot_reveal_a_hidden_quarter_cell() -> None:
    quarters: list[ProtectedTable] = []
    for number, counts in enumerate([(10, 2), (10, 10), (10, 10), (10, 10)], start=1):
        quarters += protect([form(*counts)], release=f"2025Q{number}", prior=quarters)
    assert quarters[0].cells[("arbeid",)] is None
    failures = audit([as_published(form(40, 32), "2025")], 5, quarters)
    assert AuditFailure("vorm", ("arbeid",), 2.0, 2.0, "2025Q1") in failures
    year = protect([form(40, 32)], release="2025", prior=quarters)
    assert audit(year, 5, quarters) == []
    assert year[0].cells[("Totaal",)] == 72
    # Without the relation the audit would not see it: relations are part of the model.
    assert audit([as_published(form(40, 32), "2025")], 5, quarters, relations=[]) == []


MUNICIPALITY_REPORTS = table(
    "gemeente × aangifte",
    ("gemeente", "aangifte"),
    {"gemeente": ("Eindhoven", "Best", "Bergeijk"), "aangifte": ("ja", "nee", "onbekend")},
    {
        ("Eindhoven", "ja"): 20,
        ("Eindhoven", "nee"): 15,
        ("Eindhoven", "onbekend"): 6,
        ("Best", "ja"): 3,
        ("Best", "nee"): 6,
        ("Best", "onbekend"): 5,
        ("Bergeijk", "ja"): 7,
    },
)


def test_a_group_wholly_in_one_category_is_collapsed() -> None:
    naive = as_published(MUNICIPALITY_REPORTS, "2025", hide=(("Best", "ja"),))
    assert any(f.kind == "group" and f.cell == ("Bergeijk", "ja") for f in audit([naive], 5))
    [released] = protect([MUNICIPALITY_REPORTS], release="2025")
    for answer in ("ja", "nee", "onbekend"):  # zeros included: they are what reveals it
        assert released.cells[("Bergeijk", answer)] is None
        assert released.reasons[("Bergeijk", answer)] == "group"
    assert released.cells[("Bergeijk", "Totaal")] == 7
    assert any(note.startswith("Groep Bergeijk: 100 % valt in ja") for note in released.notes)
    assert audit([released], 5) == []
    attacker = Attacker([released])
    for top, total in dominated_lines(released):
        assert attacker.dominance_margin(0, top, total) > 0


def test_a_population_in_one_category_is_noted_not_hidden() -> None:
    everyone = table(
        "geslacht × leeftijd",
        ("geslacht", "leeftijd"),
        {"geslacht": ("Vrouw", "Man"), "leeftijd": ("<18", "18+")},
        {("Vrouw", "<18"): 30, ("Vrouw", "18+"): 25},
    )
    [released] = protect([everyone], release="2025")
    assert released.hidden == []
    assert any(note.startswith("Let op: 100 % van alle personen") for note in released.notes)


def test_zeros_are_published_and_protect_is_deterministic() -> None:
    tables = [form(23, 22), FORM_GENDER]
    assert protect(tables, release="2025") == protect(tables, release="2025")
    empty = table("vorm", ("vorm",), {"vorm": ("seksueel", "orgaan")}, {("seksueel",): 12})
    [released] = protect([empty], release="2025")
    assert released.cells == {("seksueel",): 12, ("orgaan",): 0, ("Totaal",): 12}


def test_everything_hidden_when_almost_nobody_is_registered() -> None:
    few = table("vorm", ("vorm",), {"vorm": ("seksueel", "arbeid")}, {("seksueel",): 2})
    [released] = protect([few], release="2025")
    assert released.cells == {("seksueel",): None, ("arbeid",): 0, ("Totaal",): None}
    assert audit([released], 5) == []


def test_tables_of_one_unit_must_count_one_population() -> None:
    partial = form(10, 10)
    other = table("geslacht", ("geslacht",), {"geslacht": ("Vrouw",)}, {("Vrouw",): 19})
    with pytest.raises(ValueError, match="niet dezelfde populatie"):
        protect([partial, other], release="2025")
    # Another unit is another population: no link, no error.
    referrals = Table(
        "verwijzingen", ("geslacht",), {"geslacht": ("Vrouw",)}, {("Vrouw",): 19}, "verwijzingen"
    )
    assert len(protect([partial, referrals], release="2025")) == 2


def test_a_period_released_again_must_not_change() -> None:
    first = protect([form(10, 10)], release="2025Q1")
    again = protect([form(10, 10)], release="2025Q1", prior=first)
    assert audit(again, 5, first) == []
    with pytest.raises(ValueError, match="niet dezelfde populatie"):
        protect([form(10, 11)], release="2025Q1", prior=first)


def test_invalid_calls_are_refused() -> None:
    with pytest.raises(ValueError):
        protect([form(10, 10)], threshold=1)
    with pytest.raises(ValueError):
        protect([form(10, 10), form(1, 1)])
    with pytest.raises(ValueError):
        protect([form(10, 10)], prior=protect([form(10, 10)], release="2025"))
    with pytest.raises(ValueError):
        Relation("2025", ())
    with pytest.raises(ValueError):
        Relation("2025", ("2025", "2025Q1"))


def test_year_and_quarter_relations_come_from_the_labels() -> None:
    assert period_relations(["2025Q3", "2024", "geen periode"]) == [
        Relation("2024", ("2024Q1", "2024Q2", "2024Q3", "2024Q4")),
        Relation("2025", ("2025Q1", "2025Q2", "2025Q3", "2025Q4")),
    ]
    assert Relation("2025", ("2025-correctie",)).kind == "equal"
    assert "x" in method_summary(5) and "4" in method_summary(5)


def test_derived_shares_only_from_published_cells() -> None:
    assert derived_share(3, 7) == "42,9%"
    assert derived_share(None, 7) is None
    assert derived_share(3, None) is None
    assert derived_share(0, 0) is None
    released = protect([FORM_GENDER], release="2025")[0]
    values = truth(released)
    part, whole = ("seksueel", "Totaal"), ("Totaal", "Totaal")
    share = derived_share(released.cells[part], released.cells[whole])
    assert share == derived_share(values[part], values[whole]) == "51,1%"
    assert derived_share(released.cells[("seksueel", "Man")], 45) is None


def test_other_years_do_not_constrain_this_release() -> None:
    earlier = protect([form(10, 10)], release="2024")
    earlier += protect([form(5, 5)], release="2024Q1", prior=earlier)
    assert protect([form(12, 3)], release="2025", prior=earlier) == protect(
        [form(12, 3)], release="2025"
    )


def test_a_published_small_count_is_reported() -> None:
    shown = as_published(form(12, 3), "2025")
    assert AuditFailure("vorm", ("arbeid",), 3, 3, "2025", "published") in audit([shown], 5)
