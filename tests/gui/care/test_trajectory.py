"""The trajectory page: choose a case by code, phase, goals, referrals with the consent
check, deadlines, ZRM entry with its chart, outcomes and incidents."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from emp_desktop.domain.care import ZRM_DOMAINS
from emp_desktop.gui.areas import Area
from emp_desktop.gui.care import referrals
from emp_desktop.gui.care.common import set_combo_code
from emp_desktop.gui.care.consent_dialog import OverrideReasonDialog
from emp_desktop.gui.care.dashboard_page import DashboardPage
from emp_desktop.gui.care.trajectory_page import TrajectoryPage
from emp_desktop.services import care_service, vault_service


@pytest.fixture
def page(unlocked, seeded) -> TrajectoryPage:  # noqa: ANN001
    window = unlocked.main_window
    window.navigate(Area.TRAJECTORY, person_id=seeded.consented.id)
    return window.page(Area.TRAJECTORY)


def _view(unlocked, person_id: int):  # noqa: ANN001, ANN202
    return care_service.trajectory(unlocked.session.vault, person_id)


def test_a_case_is_chosen_by_its_code(qtbot, unlocked, seeded) -> None:  # noqa: ANN001
    window = unlocked.main_window
    window.show_area(Area.TRAJECTORY)
    page: TrajectoryPage = window.page(Area.TRAJECTORY)
    assert not page.tabs.isEnabled()  # nothing chosen yet
    assert seeded.unconsented.code in page.picker.codes.stringList()  # the completer's codes
    page.picker.code.setText(seeded.unconsented.code.lower())
    page.picker.open_button.click()
    assert page.person_id == seeded.unconsented.id
    assert page.tabs.isEnabled()
    assert seeded.unconsented.code in page.title.text()
    page.picker.code.setText("EMP-1999-9999")
    page.picker.open_button.click()
    assert "Geen casus met code" in page.picker.message.text()
    assert page.person_id == seeded.unconsented.id  # still the last one


def test_change_phase_and_add_a_goal(unlocked, seeded, page) -> None:  # noqa: ANN001
    set_combo_code(page.header.phase, "nazorg")
    page.header.planned.setChecked(True)
    page.header.checkin.setDate(QDate.currentDate().addDays(10))
    page.header.save_button.click()
    view = _view(unlocked, seeded.consented.id)
    assert view.phase == "nazorg"
    assert view.next_checkin_on == QDate.currentDate().addDays(10).toString("yyyy-MM-dd")
    assert page.header.message.text() == "Traject opgeslagen."
    form = page.goals.goal_form
    form.add_button.click()  # an empty goal is refused under its field
    assert form.field_errors["description"].text() == "Verplicht veld."
    assert _view(unlocked, seeded.consented.id).goals == ()
    form.description.setText("Veilige woonplek")
    form.add_button.click()
    goals = _view(unlocked, seeded.consented.id).goals
    assert [g.description for g in goals] == ["Veilige woonplek"]
    assert page.goals.model.rowCount() == 1
    page.goals.table.selectRow(0)
    set_combo_code(page.goals.status_form.status, "bereikt")
    page.goals.status_form.set_button.click()
    assert _view(unlocked, seeded.consented.id).goals[0].status == "bereikt"


def _fill_referral(page: TrajectoryPage, organisation: int) -> None:
    form = page.referrals.refer_form
    set_combo_code(form.organisation, organisation)
    set_combo_code(form.domain, "opvang")


def test_referral_without_consent_asks_a_reason_that_is_audited(
    monkeypatch, unlocked, seeded, page
) -> None:  # noqa: ANN001
    page.load(seeded.unconsented.id)
    asked = []

    def answer(parent) -> str:  # noqa: ANN001
        asked.append(parent)
        return "Acuut onveilig, geen tijd voor toestemming"

    monkeypatch.setattr(referrals, "ask_override_reason", answer)
    _fill_referral(page, seeded.humanitas)
    page.referrals.refer_form.refer_button.click()
    assert asked  # the dialog was shown
    saved = _view(unlocked, seeded.unconsented.id).referrals
    assert len(saved) == 1 and saved[0].consent_override
    assert page.referrals.model.rowCount() == 1
    audit = vault_service.audit_log(unlocked.session.vault)
    override = [line for line in audit if line.action == "consent_override"]
    assert override and override[0].subject == seeded.unconsented.code
    assert override[0].detail["reason"] == "Acuut onveilig, geen tijd voor toestemming"


def test_cancelling_the_reason_refers_nothing(monkeypatch, unlocked, seeded, page) -> None:  # noqa: ANN001
    page.load(seeded.unconsented.id)
    monkeypatch.setattr(referrals, "ask_override_reason", lambda parent: None)
    _fill_referral(page, seeded.humanitas)
    page.referrals.refer_form.refer_button.click()
    assert _view(unlocked, seeded.unconsented.id).referrals == ()
    assert "Niet verwezen" in page.referrals.refer_form.message.text()


def test_referral_with_consent_needs_no_reason_and_moves_on(
    monkeypatch, unlocked, seeded, page
) -> None:  # noqa: ANN001
    monkeypatch.setattr(referrals, "ask_override_reason", lambda parent: pytest.fail("asked"))
    _fill_referral(page, seeded.humanitas)
    page.referrals.refer_form.refer_button.click()
    referral = _view(unlocked, seeded.consented.id).referrals[0]
    assert not referral.consent_override and referral.status == "aangevraagd"
    page.referrals.table.selectRow(0)
    steps = [page.referrals.advance_form.status.itemData(i) for i in range(3)]
    assert sorted(steps) == ["afgewezen", "geaccepteerd", "ingetrokken"]
    set_combo_code(page.referrals.advance_form.status, "geaccepteerd")
    page.referrals.advance_form.advance_button.click()
    assert _view(unlocked, seeded.consented.id).referrals[0].accepted_on == date.today().isoformat()


def test_the_reason_dialog_needs_ten_characters(qtbot, dutch) -> None:  # noqa: ANN001
    dialog = OverrideReasonDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText("te kort")
    assert not dialog.ok.isEnabled() and "Nog 3 tekens" in dialog.count.text()
    dialog.reason.setPlainText("lang genoeg nu")
    assert dialog.ok.isEnabled()


def test_zrm_with_all_thirteen_scores_is_saved_and_drawn(unlocked, seeded, page) -> None:  # noqa: ANN001
    form = page.zrm.zrm_form
    assert len(form.scores) == 13
    set_combo_code(form.moment, "intake")
    form.assessed.setDate(QDate.currentDate().addDays(-30))
    for number, box in enumerate(form.scores.values()):
        set_combo_code(box, 1 + number % 5)
    del_one = list(form.scores.values())[-1]
    set_combo_code(del_one, 0)  # one domain not scored: refused, nothing saved
    form.save_button.click()
    assert "elk ZRM-domein" in form.scores_error.text()
    assert _view(unlocked, seeded.consented.id).assessments == ()
    set_combo_code(del_one, 3)
    form.save_button.click()
    set_combo_code(form.moment, "periodiek")
    for box in form.scores.values():
        set_combo_code(box, 4)
    form.save_button.click()
    assessments = _view(unlocked, seeded.consented.id).assessments
    assert len(assessments) == 2 and set(assessments[0].scores) == set(ZRM_DOMAINS["2017"])
    chart = page.zrm.chart
    assert len(chart.series) == 13
    assert [score for _, score in chart.series["Financiën"]] == [1, 4]
    assert chart.series["Justitie"][-1] == (date.today().isoformat(), 4)
    assert chart.grab().width() > 0  # it paints
    assert page.zrm.model.rowCount() == 2


def test_the_2013_edition_has_its_own_domains(page) -> None:  # noqa: ANN001
    form = page.zrm.zrm_form
    set_combo_code(form.edition, "2013")
    assert list(form.scores) == list(ZRM_DOMAINS["2013"])


def test_a_completed_deadline_leaves_the_dashboard(unlocked, seeded, page) -> None:  # noqa: ANN001
    panel = page.deadlines
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    panel.complete_form.complete_button.click()
    assert _view(unlocked, seeded.consented.id).deadlines[0].done_on == date.today().isoformat()
    assert panel.table.proxy.index(0, 2).data().startswith("afgerond op")
    unlocked.main_window.show_area(Area.DASHBOARD)
    dashboard: DashboardPage = unlocked.main_window.page(Area.DASHBOARD)
    assert [row.id for row in dashboard.due_model.rows()] == [seeded.soon_deadline]


def test_add_a_deadline(unlocked, seeded, page) -> None:  # noqa: ANN001
    form = page.deadlines.deadline_form
    form.add_button.click()
    assert form.field_errors["kind"].text() == "Kies een waarde uit de lijst."
    set_combo_code(form.kind, "verblijf")
    form.note.setText("IND-procedure")
    form.add_button.click()
    kinds = [d.kind for d in _view(unlocked, seeded.consented.id).deadlines]
    assert sorted(kinds) == ["bedenktijd", "verblijf"]


def test_outcomes_and_incidents(unlocked, seeded, page) -> None:  # noqa: ANN001
    form = page.outcomes.outcome_form
    form.flags["safety_plan"].setChecked(True)
    set_combo_code(form.has_debts, "ja")
    set_combo_code(form.debt_range, "1000_5000")
    form.flags["ggz_referral"].setChecked(True)
    form.save_button.click()
    outcome = _view(unlocked, seeded.consented.id).outcome
    assert outcome.safety_plan and outcome.ggz_referral and outcome.debt_range == "1000_5000"
    assert form.flags["safety_plan"].isChecked()  # shown again after the reload
    assert form.aangifte.text() == "Onbekend"
    incident = page.outcomes.incident_form
    incident.description.setText("Bedreigd via telefoon")
    incident.add_button.click()
    assert _view(unlocked, seeded.consented.id).incidents == 1
    assert page.outcomes.model.rowCount() == 1
    assert "Veiligheidsincidenten: 1" in page.facts.text()
