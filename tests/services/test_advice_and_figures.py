"""Advice questions can be found, corrected and deleted (audited); a count has one meaning
on the dashboard and in the list it opens; a vault with demo data says so."""

from __future__ import annotations

from datetime import date

import pytest

from emp_desktop.domain.registry import (
    ANY_REPORT_STATUS,
    AdviceInput,
    InvalidInput,
    PersonInput,
    RegistrationInput,
)
from emp_desktop.services import (
    advice_service,
    dashboard_service,
    demo_service,
    registry_service,
    report_service,
    vault_service,
)
from emp_desktop.services.advice_service import AdviceNotFound, AdviceQuery, ReasonRequired
from emp_desktop.services.registry_dto import PersonQuery
from tests.conftest import PASSPHRASE

TODAY = date.today()


@pytest.fixture
def opened(test_vault):  # noqa: ANN001, ANN201
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _advice(opened, day: date, topic: str = "signalen", text: str = "") -> int:  # noqa: ANN001
    return registry_service.register_advice(
        opened, AdviceInput(date=day, organisation_type="school", topic=topic, advice=text)
    )


def test_advice_questions_are_listed_newest_first_and_filtered(opened) -> None:  # noqa: ANN001
    old = _advice(opened, date(2024, 2, 1), text="Over loverboys op school")
    new = _advice(opened, date(2025, 5, 1), topic="juridisch", text="Verblijfsrecht")
    assert [a.id for a in advice_service.list_advice(opened, AdviceQuery())] == [new, old]
    assert advice_service.count_advice(opened, AdviceQuery(year=2024)) == 1
    assert advice_service.count_advice(opened, AdviceQuery(topic="juridisch")) == 1
    found = advice_service.list_advice(opened, AdviceQuery(search="LOVERBOYS"))
    assert [a.id for a in found] == [old]


def test_a_correction_is_audited_without_the_advice_text(opened) -> None:  # noqa: ANN001
    advice_id = _advice(opened, date(2025, 1, 3), text="geheim")
    corrected = AdviceInput(date=date(2025, 1, 4), organisation_type="zorg", advice="geheim")
    advice_service.update_advice(opened, advice_id, corrected)
    view = advice_service.advice_detail(opened, advice_id)
    assert view.date == date(2025, 1, 4) and view.organisation_type == "zorg"
    entry = vault_service.audit_log(opened, limit=1)[0]
    assert entry.action == "advice_changed"
    assert entry.detail["velden"] == ["datum", "type organisatie", "onderwerp"]
    assert "geheim" not in str(entry.detail)


def test_bad_corrections_and_deletions_change_nothing(opened) -> None:  # noqa: ANN001
    advice_id = _advice(opened, date(2025, 1, 3))
    entries = len(vault_service.audit_log(opened))
    with pytest.raises(InvalidInput):
        advice_service.update_advice(
            opened, advice_id, AdviceInput(date=date(2025, 1, 3), organisation_type="??")
        )
    with pytest.raises(ReasonRequired):
        advice_service.delete_advice(opened, advice_id, "   ")
    assert advice_service.advice_detail(opened, advice_id).organisation_type == "school"
    assert len(vault_service.audit_log(opened)) == entries


def test_a_deletion_needs_a_reason_and_leaves_it_in_the_audit(opened) -> None:  # noqa: ANN001
    advice_id = _advice(opened, date(2025, 1, 3))
    advice_service.delete_advice(opened, advice_id, "dubbel ingevoerd")
    with pytest.raises(AdviceNotFound):
        advice_service.advice_detail(opened, advice_id)
    entry = vault_service.audit_log(opened, limit=1)[0]
    assert entry.action == "advice_deleted" and entry.detail["reden"] == "dubbel ingevoerd"
    with pytest.raises(AdviceNotFound):
        advice_service.delete_advice(opened, advice_id, "nogmaals")


def test_new_reports_on_the_dashboard_equal_the_list_they_open(opened) -> None:  # noqa: ANN001
    for status in ("vermoedelijk", "bevestigd", "geen"):
        registry_service.register_person(
            opened, PersonInput(), RegistrationInput(date=TODAY, status=status)
        )
    board = dashboard_service.dashboard(opened, TODAY)
    listed = PersonQuery(year=TODAY.year, status=ANY_REPORT_STATUS)
    assert board.new_registrations == 2  # 'geen mensenhandel' is not a new report
    assert registry_service.count_persons(opened, listed) == board.new_registrations
    active = PersonQuery(open_state="active")
    assert registry_service.count_persons(opened, active) == board.active_trajectories == 2


def test_a_vault_with_demo_data_says_so_in_its_report(opened) -> None:  # noqa: ANN001
    assert not vault_service.holds_demo_data(opened)
    demo_service.fill_demo(opened, 60, seed=3, contacts_per_person=1)
    assert vault_service.holds_demo_data(opened)
    data, _tables, _ = report_service.build_annual_data(opened, TODAY.year)
    assert data.demo
