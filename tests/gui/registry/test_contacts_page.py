"""The Contacten area: every person's contacts, newest first, fetched page by page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.contact_model import Col
from emp_desktop.gui.registry.lazy_model import PAGE
from emp_desktop.services import registry_service


def test_recent_contacts_are_lazy_and_pass_the_model_tester(qtbot, qtmodeltester, crowded) -> None:  # noqa: ANN001
    crowded.window.show_area(Area.CONTACTS)
    page = crowded.window.page(Area.CONTACTS)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE, timeout=5000)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    before = model.rowCount()
    if model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() > before, timeout=5000)
    moments = [model.index(r, Col.AT).data() for r in range(model.rowCount())]
    as_iso = ["-".join(reversed(m[:10].split("-"))) + m[10:] for m in moments]
    assert as_iso == sorted(as_iso, reverse=True)  # newest first, shown as dd-mm-jjjj uu:mm


def test_enter_on_a_contact_opens_its_person(qtbot, registry) -> None:  # noqa: ANN001
    from datetime import datetime

    from emp_desktop.domain.registry import ContactInput

    ref = registry.refs[2]
    registry.call(registry_service.add_contact, ref.id, ContactInput(datetime(2025, 1, 2, 8, 0)))
    registry.window.show_area(Area.CONTACTS)
    page = registry.window.page(Area.CONTACTS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.index(0, Col.MODE).data() == "Persoonlijk gesprek"  # Dutch, not English
    assert page.model.index(0, Col.DURATION).data() == "0 min"
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert registry.window.current_area == Area.CLIENTS
    assert registry.page.detail.title.text() == ref.code
    registry.controller.lock()  # waits for the list query in flight, then locks
    qtbot.waitUntil(lambda: not registry.controller.session.is_open, timeout=5000)
    assert page.model.rowCount() == 0


def test_contacts_are_searched_filtered_and_counted(qtbot, registry) -> None:  # noqa: ANN001
    from datetime import datetime

    from emp_desktop.domain.registry import ContactInput

    first, second = registry.refs[0], registry.refs[1]
    for ref, at, mode, note in (
        (first, datetime(2024, 3, 1, 9, 0), "telefoon", "belde over school"),
        (first, datetime(2025, 3, 1, 9, 0), "outreach", "op straat gezien"),
        (second, datetime(2025, 4, 1, 9, 0), "telefoon", ""),
    ):
        registry.call(registry_service.add_contact, ref.id, ContactInput(at, mode, note=note))
    registry.window.show_area(Area.CONTACTS)
    page = registry.window.page(Area.CONTACTS)
    qtbot.waitUntil(lambda: page.count_label.text() == "3 contactmomenten", timeout=5000)
    page.mode.set_code("telefoon")
    _settled(qtbot, page)
    assert page.count_label.text() == "2 contactmomenten"
    page.year.setCurrentIndex(page.year.findData(2025))
    _settled(qtbot, page)
    assert page.count_label.text() == "1 contactmomenten"
    assert page.model.index(0, Col.CODE).data() == second.code
    page.mode.setCurrentIndex(0)
    page.year.setCurrentIndex(0)
    page.search.setText("straat")
    page.apply()
    _settled(qtbot, page)
    assert page.model.rowCount() == 1 and page.model.index(0, Col.CODE).data() == first.code
    page.search.setText(second.code.lower())
    page.apply()
    _settled(qtbot, page)
    assert page.count_label.text() == "1 contactmomenten"
    registry.controller.lock()
    assert page.search.text() == "" and page.count_label.text() == ""


def _settled(qtbot, page) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not page.model.busy, timeout=5000)
