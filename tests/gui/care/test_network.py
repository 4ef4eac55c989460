"""The network page: organisations with validation, consultations, planning a zorgoverleg
from consented active cases only, decisions, action items and the agenda PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from emp_desktop.gui.areas import Area
from emp_desktop.gui.care import meeting_detail
from emp_desktop.gui.care.common import set_combo_code
from emp_desktop.gui.care.meeting_plan import checked_ids, set_checked
from emp_desktop.gui.care.network_page import NetworkPage
from emp_desktop.services import care_gui_support, care_service, network_service, vault_service
from tests.conftest import CANARY


@pytest.fixture
def page(unlocked, seeded) -> NetworkPage:  # noqa: ANN001
    window = unlocked.main_window
    window.show_area(Area.NETWORK)
    return window.page(Area.NETWORK)


def _names(unlocked) -> list[str]:  # noqa: ANN001
    return [o.name for o in network_service.organisations(unlocked.session.vault)]


def test_add_an_organisation_after_a_validation_error(unlocked, seeded, page) -> None:  # noqa: ANN001
    form = page.organisations.organisation_form
    form.name.setText("Humanitas (test)")  # exists already
    form.municipality.setEditText("Atlantis")
    form.add_button.click()
    assert form.field_errors["type"].text() == "Kies een waarde uit de lijst."
    assert form.field_errors["municipality"].text().startswith("Onbekende gemeente")
    assert _names(unlocked) == ["Humanitas (test)"]
    form.name.setText("Lunet zorg (test)")
    set_combo_code(form.type, "zorg")
    form.municipality.setEditText("Veldhoven")
    form.add_button.click()
    assert form.field_errors["municipality"].text() == ""
    assert "Lunet zorg (test)" in _names(unlocked)
    added = next(
        o
        for o in network_service.organisations(unlocked.session.vault)
        if o.name.startswith("Lunet")
    )
    assert added.municipality == "GM0861"
    assert page.organisations.model.rowCount() == 2
    assert form.name.text() == ""  # the form is empty for the next one


def test_contact_person_of_the_chosen_organisation(unlocked, seeded, page) -> None:  # noqa: ANN001
    panel = page.organisations
    panel.table.selectRow(0)
    panel.contact_form.name.setText("R. de Vries")
    panel.contact_form.role.setText("Jeugdarts")
    panel.contact_form.add_button.click()
    found = care_gui_support.contact_persons(unlocked.session.vault, seeded.humanitas)
    assert [c.name for c in found] == ["R. de Vries"]
    assert panel.contacts.rowCount() == 1
    assert panel.model.rows()[0].contact_persons == 1


def test_a_consultation_counts(unlocked, seeded, page) -> None:  # noqa: ANN001
    form = page.consultations.consultation_form
    form.add_button.click()
    assert form.field_errors["organisation"].text() == "Verplicht veld."
    set_combo_code(form.organisation, seeded.humanitas)
    set_combo_code(form.topic, "signalen")
    form.duration.setValue(45)
    form.add_button.click()
    rows = care_gui_support.consultations(unlocked.session.vault, date.today().year)
    assert [(r.organisation, r.duration_minutes) for r in rows] == [("Humanitas (test)", 45)]
    assert page.consultations.model.rowCount() == 1


def test_plan_a_zorgoverleg_from_consented_active_cases(unlocked, seeded, page) -> None:  # noqa: ANN001
    form = page.plan.plan_form
    offered = [form.cases.item(i).text() for i in range(form.cases.count())]
    assert len(offered) == 1 and offered[0].startswith(seeded.consented.code)
    assert all(CANARY not in text for text in offered)  # codes only, never a name
    # The date proposed is the next in the 4-weekly rhythm (no zorgoverleg held yet: today).
    assert form.on.date().toString("yyyy-MM-dd") == date.today().isoformat()
    assert checked_ids(form.organisations) == [seeded.humanitas]  # as at the last zorgoverleg
    set_checked(form.organisations, [])
    form.plan_button.click()
    assert form.field_errors["organisations"].text() == "Verplicht veld."
    assert len(network_service.meetings(unlocked.session.vault)) == 1  # nothing planned
    set_checked(form.organisations, [seeded.humanitas])
    form._tick_intensive()
    assert checked_ids(form.cases) == [seeded.consented.id]
    form.plan_button.click()
    assert page.tabs.currentWidget() is page.meetings
    detail = page.meetings.detail
    assert detail.view is not None and detail.view.date == date.today().isoformat()
    assert [c.code for c in detail.view.cases] == [seeded.consented.code]
    assert detail.view.attendees == ("Humanitas (test)",)


def _open_first_meeting(page: NetworkPage) -> meeting_detail.MeetingDetail:
    page.tabs.setCurrentWidget(page.meetings)
    page.meetings.table.selectRow(0)
    return page.meetings.detail


def test_decision_and_action_item_reach_the_trajectory(unlocked, seeded, page) -> None:  # noqa: ANN001
    detail = _open_first_meeting(page)
    detail.agenda_table.selectRow(0)
    detail.decision_form.decision.setText("Verwijzen naar opvang")
    detail.decision_form.save_button.click()
    assert detail.view.cases[0].decision == "Verwijzen naar opvang"
    form = detail.action_form
    form.add_button.click()
    assert form.field_errors["description"].text() == "Verplicht veld."
    set_combo_code(form.case, seeded.consented.id)
    form.description.setText("Opvangplek zoeken")
    form.owner.setEditText("Humanitas (test)")
    form.add_button.click()
    assert [a.description for a in detail.view.actions] == ["Opvangplek zoeken"]
    deadlines = care_service.trajectory(unlocked.session.vault, seeded.consented.id).deadlines
    assert any(d.kind == "actiepunt" and "Opvangplek zoeken" in d.note for d in deadlines)
    window = unlocked.main_window
    window.navigate(Area.TRAJECTORY, person_id=seeded.consented.id)
    trajectory = window.page(Area.TRAJECTORY)
    notes = [r.note for r in trajectory.deadlines.model.rows()]
    assert "Opvangplek zoeken (Humanitas (test))" in notes
    page.meetings.detail.actions_table.selectRow(0)
    detail.complete_button.click()
    assert detail.view.actions[0].done_on == date.today().isoformat()


def test_minutes_are_saved(unlocked, seeded, page) -> None:  # noqa: ANN001
    detail = _open_first_meeting(page)
    detail.minutes_form.minutes.setPlainText("Besproken: EMP-casus, vervolg over vier weken.")
    detail.minutes_form.save_button.click()
    saved = network_service.meeting(unlocked.session.vault, detail.view.id).minutes
    assert saved == "Besproken: EMP-casus, vervolg over vier weken."
    assert detail.minutes_form.minutes.toPlainText() == saved


@pytest.mark.parametrize(
    ("button", "action"),
    [("print_button", "meeting_agenda_printed"), ("minutes_button", "meeting_minutes_printed")],
)
def test_agenda_and_minutes_print_to_pdf_with_codes_only(
    qtbot, monkeypatch, tmp_path: Path, unlocked, seeded, page, button: str, action: str
) -> None:  # noqa: ANN001
    detail = _open_first_meeting(page)
    target = tmp_path / "overleg.pdf"
    monkeypatch.setattr(meeting_detail, "ask_pdf_path", lambda parent, suggested: str(target))
    getattr(detail, button).click()
    qtbot.waitUntil(detail.print_button.isEnabled, timeout=20_000)
    assert "Opgeslagen als" in detail.print_message.text(), detail.print_message.text()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert seeded.consented.code in text
    assert "Testpersoon" not in text and CANARY.split()[0] not in text
    actions = [line.action for line in vault_service.audit_log(unlocked.session.vault)]
    assert action in actions


def test_cancelling_the_file_dialog_prints_nothing(monkeypatch, unlocked, seeded, page) -> None:  # noqa: ANN001
    detail = _open_first_meeting(page)
    monkeypatch.setattr(meeting_detail, "ask_pdf_path", lambda parent, suggested: "")
    detail.print_button.click()
    assert detail.print_button.isEnabled() and detail.print_message.text() == ""
    actions = [line.action for line in vault_service.audit_log(unlocked.session.vault)]
    assert "meeting_agenda_printed" not in actions


def test_attendance_per_partner(unlocked, seeded, page) -> None:  # noqa: ANN001
    opened = unlocked.session.vault
    network_service.plan_meeting(opened, "zorgoverleg", date.today(), [seeded.humanitas], [])
    page.reload()
    expected = network_service.attendance(opened, date.today().year)
    assert page.attendance.model.rows() == [(name, *n) for name, n in expected.items()]
    assert page.attendance.table.proxy.index(0, 0).data() == "Humanitas (test)"
    assert page.attendance.table.proxy.index(0, 3).data() == "100%"
