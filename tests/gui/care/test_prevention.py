"""The prevention page: the year's sessions and recording one, with per-field errors."""

from __future__ import annotations

from datetime import date

import pytest

from emp_desktop.gui.areas import Area
from emp_desktop.gui.care.common import set_combo_code
from emp_desktop.gui.care.prevention_page import PreventionPage
from emp_desktop.services import prevention_service


@pytest.fixture
def page(unlocked, seeded) -> PreventionPage:  # noqa: ANN001
    window = unlocked.main_window
    window.show_area(Area.PREVENTION)
    return window.page(Area.PREVENTION)


def _sessions(unlocked) -> list:  # noqa: ANN001
    return prevention_service.sessions(unlocked.session.vault, date.today().year)


def _fill(page: PreventionPage) -> None:
    form = page.entry
    set_combo_code(form.kind, "training_2")
    set_combo_code(form.institution, "huisartsen")
    form.municipality.setEditText("Veldhoven")
    set_combo_code(form.audience, "professionals")
    form.participants.setValue(18)
    form.signals.setValue(2)


def test_the_year_is_listed_with_its_reach(page) -> None:  # noqa: ANN001
    assert page.model.rowCount() == 1
    assert page.summary.text().startswith(
        "1 bijeenkomsten, 40 deelnemers, gemiddelde evaluatie 8,0"
    )


@pytest.mark.parametrize("score", ["11", "0", "zeven"])
def test_an_invalid_score_is_refused_and_nothing_saved(unlocked, page, score: str) -> None:  # noqa: ANN001
    _fill(page)
    page.entry.score.setText(score)
    page.entry.save_button.click()
    assert page.entry.field_errors["evaluation_score"].text() == "Score van 1 tot en met 10."
    assert page.entry.message.text().startswith("Niet opgeslagen")
    assert len(_sessions(unlocked)) == 1
    assert page.entry.participants.value() == 18  # the input stays for correction


def test_a_session_is_recorded(unlocked, page) -> None:  # noqa: ANN001
    page.entry.save_button.click()  # nothing chosen yet: three choices missing
    errors = page.entry.field_errors
    assert errors["kind"].text() == errors["audience"].text() == "Kies een waarde uit de lijst."
    _fill(page)
    page.entry.score.setText("7,5")
    page.entry.save_button.click()
    saved = [s for s in _sessions(unlocked) if s.kind == "training_2"]
    assert len(saved) == 1
    assert saved[0].evaluation_score == 7.5 and saved[0].municipality == "GM0861"
    assert saved[0].participants == 18 and saved[0].signals_followed == 2
    assert page.model.rowCount() == 2
    assert page.entry.message.text() == "Bijeenkomst opgeslagen."
    assert page.entry.participants.value() == 0  # empty for the next one
