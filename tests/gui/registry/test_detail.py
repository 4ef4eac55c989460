"""Person detail: edit and save, per-field Dutch errors with nothing saved, leaving asks,
contacts and consents, and the way to the care trajectory."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry import detail_view
from emp_desktop.gui.registry.detail_view import Answer
from emp_desktop.gui.translation import shared_text
from emp_desktop.services import registry_service, vault_service


@pytest.fixture
def detail(registry):  # noqa: ANN001, ANN201
    """The first person (16, has an identity) opened from the list with Enter."""
    page = registry.page
    row = page.model.row_of(registry.refs[0].id)
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.table.setFocus()
    return page.detail


def _open_with_enter(qtbot, registry, detail) -> None:  # noqa: ANN001
    qtbot.keyClick(registry.page.table, Qt.Key.Key_Return)
    assert registry.page.stack.currentWidget() is detail
    assert detail.title.text() == registry.refs[0].code


def test_enter_opens_the_person_and_saving_changes_the_vault(qtbot, registry, detail) -> None:  # noqa: ANN001
    _open_with_enter(qtbot, registry, detail)
    tab = detail.registration
    assert tab.date.text() == "01-03-2025" and tab.municipality.text() == "Eindhoven"
    tab.status.setCurrentIndex(tab.status.findData("bevestigd"))
    tab.municipality.clear()
    qtbot.keyClicks(tab.municipality, "Nuenen")  # an alias of Nuenen, Gerwen en Nederwetten
    tab.next_action.clear()
    qtbot.keyClicks(tab.next_action, "Bellen met school")
    assert detail.is_dirty()
    qtbot.keyClick(detail, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not detail.is_dirty(), detail.message.text()
    saved = registry.call(registry_service.person_detail, registry.refs[0].id)
    assert saved.registrations[0].status == "bevestigd"
    assert saved.municipality == "GM0820" and saved.next_action == "Bellen met school"
    assert detail.message.text() == "Opgeslagen."


def test_every_wrong_field_says_why_in_dutch_and_nothing_is_saved(qtbot, registry, detail) -> None:  # noqa: ANN001
    _open_with_enter(qtbot, registry, detail)
    tab = detail.registration
    before = registry.call(registry_service.person_detail, registry.refs[0].id)
    tab.gender.setCurrentIndex(tab.gender.findData("m"))  # valid, but must not be saved alone
    for field, text in ((tab.date, "01-01-2099"), (tab.municipality, "Atlantis")):
        field.clear()
        qtbot.keyClicks(field, text)
    tab.closed_on.setText("31-02-2025")
    tab.forms.set_codes(())
    assert not detail.save_all()
    person, melding = tab.person_form, tab.melding_form
    assert melding.error_text("date") == shared_text("err_date")
    assert melding.error_text("date").startswith("Datum moet tussen 01-01-2000 en vandaag")
    assert person.error_text("municipality").startswith("Onbekende gemeente")
    assert melding.error_text("closed_on") == "Onleesbare datum: gebruik dd-mm-jjjj of jjjj-mm-dd."
    assert melding.error_text("forms").startswith("Kies minstens één vorm")
    assert person.error_text("gender") == ""
    assert tab.municipality.accessibleDescription() == person.error_text("municipality")
    assert detail.message.text().startswith("Niet opgeslagen")
    assert registry.call(registry_service.person_detail, registry.refs[0].id) == before
    assert detail.is_dirty()


def test_leaving_with_unsaved_changes_asks(qtbot, registry, detail, monkeypatch) -> None:  # noqa: ANN001
    page = registry.page
    _open_with_enter(qtbot, registry, detail)
    qtbot.keyClicks(detail.registration.next_action, "Huisbezoek")
    answers = [Answer.CANCEL, Answer.SAVE]
    monkeypatch.setattr(detail_view, "ask_unsaved", lambda _parent: answers.pop(0))
    qtbot.keyClick(detail.registration.next_action, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is detail  # cancelled: still here, still typed
    assert detail.registration.next_action.text() == "Huisbezoek"
    detail.back_button.click()
    assert page.stack.currentWidget() is not detail
    saved = registry.call(registry_service.person_detail, registry.refs[0].id)
    assert saved.next_action == "Huisbezoek"
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == registry.refs[0].id


def test_discarding_leaves_the_vault_as_it_was(qtbot, registry, detail, monkeypatch) -> None:  # noqa: ANN001
    _open_with_enter(qtbot, registry, detail)
    qtbot.keyClicks(detail.registration.next_action, "Weg ermee")
    monkeypatch.setattr(detail_view, "ask_unsaved", lambda _parent: Answer.DISCARD)
    assert registry.page.open_person(registry.refs[1].id)
    assert detail.title.text() == registry.refs[1].code and not detail.is_dirty()
    first = registry.call(registry_service.person_detail, registry.refs[0].id)
    assert first.next_action is None


def test_a_contact_is_added_from_the_contacts_tab(qtbot, registry, detail) -> None:  # noqa: ANN001
    _open_with_enter(qtbot, registry, detail)
    tab = detail.contacts
    detail.tabs.setCurrentWidget(tab)
    tab.at.setText("99-99-2025 10:00")
    qtbot.keyClicks(tab.note, "Gesprek op school")
    assert not tab.save()
    assert tab.form.error_text("at").startswith("Onleesbare datum")
    assert registry.call(registry_service.contacts_of, registry.refs[0].id) == []
    tab.at.setText("03-03-2025 10:15")
    tab.duration.setValue(30)
    tab.add_button.click()
    (contact,) = registry.call(registry_service.contacts_of, registry.refs[0].id)
    assert contact.at == "2025-03-03T10:15" and contact.note == "Gesprek op school"
    assert tab.model.index(0, 1).data() == "03-03-2025 10:15"
    assert tab.note.toPlainText() == "" and not detail.is_dirty()


def test_consent_is_given_and_withdrawn_and_audited(qtbot, registry, detail) -> None:  # noqa: ANN001
    _open_with_enter(qtbot, registry, detail)
    tab = detail.consent
    assert tab.signer.code() == "client"  # 16: signs herself
    tab.purpose.setCurrentIndex(tab.purpose.findData("comensha"))
    tab.given_on.setText("02-03-2025")
    tab.give_button.click()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Registratie bij Comensha"
    assert tab.table.item(0, 3).text() == "geldig"
    tab.table.selectRow(0)
    tab.withdrawn_on.setText("01-03-2025")  # before it was given
    assert not tab.withdraw()
    assert tab.withdraw_form.error_text("withdrawn_on") == shared_text("err_date")
    tab.withdrawn_on.setText("04-03-2025")
    tab.withdraw_button.click()
    assert tab.table.item(0, 3).text() == "04-03-2025"
    actions = [
        line.action for line in registry.call(vault_service.audit_log, None, registry.refs[0].code)
    ]
    assert actions[:2] == ["consent_withdrawn", "consent_given"]
    assert detail.audit_model.index(0, 2).data() == "Toestemming ingetrokken"


def test_under_sixteen_a_parent_signs(qtbot, registry) -> None:  # noqa: ANN001
    from tests.gui.registry.conftest import register

    young = register(registry.controller, estimated_age=14)
    page = registry.page
    assert page.open_person(young.id)
    tab = page.detail.consent
    assert tab.signer.code() == "ouder"
    tab.signer.set_code("client")
    tab.given_on.setText("02-03-2025")
    assert not tab.give()
    assert tab.give_form.error_text("signer") == "Onder de 16 jaar tekent een ouder of voogd."
    assert registry.call(registry_service.person_detail, young.id).consents == ()


def test_open_trajectory_goes_to_the_care_area(qtbot, registry, detail) -> None:  # noqa: ANN001
    _open_with_enter(qtbot, registry, detail)
    seen = []
    registry.page.navigate = lambda area, **filters: seen.append((area, filters))
    detail.trajectory_button.click()
    assert seen == [(Area.TRAJECTORY, {"person_id": registry.refs[0].id})]


def test_the_real_navigation_reaches_the_trajectory_page(qtbot, registry, detail) -> None:  # noqa: ANN001
    _open_with_enter(qtbot, registry, detail)
    detail.trajectory_button.click()
    assert registry.window.current_area == Area.TRAJECTORY


def test_a_person_opens_by_code_from_another_area(qtbot, registry) -> None:  # noqa: ANN001
    registry.window.show_area(Area.CONTACTS)
    registry.window.navigate(Area.CLIENTS, code=registry.refs[1].code.lower())
    page = registry.page
    assert registry.window.current_area == Area.CLIENTS
    assert page.detail.title.text() == registry.refs[1].code
    assert page.detail.registration.gender.code() == "m"
    assert date.today().year > 2000
