"""The person list: lazy pages off the GUI thread, search, filters, sorting; no names."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.lazy_model import PAGE
from emp_desktop.gui.registry.person_model import ID_ROLE, Col, PersonListModel
from emp_desktop.services.registry_dto import PersonQuery
from tests.conftest import CANARY
from tests.gui.conftest import unlock_with
from tests.gui.registry.conftest import wait_loaded


def _column(model: PersonListModel, col: Col) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, crowded) -> None:  # noqa: ANN001
    model = crowded.page.model
    assert model.rowCount() == PAGE and model.total == 450
    qtmodeltester.check(model)
    wait_loaded(qtbot, crowded.page)
    model.clear()
    qtmodeltester.check(model)


def test_pages_arrive_lazily_until_the_total(qtbot, crowded) -> None:  # noqa: ANN001
    page = crowded.page
    model = page.model
    assert page.count_label.text() == "Personen: 450"
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    wait_loaded(qtbot, page)
    assert model.rowCount() == 2 * PAGE
    model.fetchMore()
    wait_loaded(qtbot, page)
    assert model.rowCount() == 450 and not model.canFetchMore()
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(450)]
    assert len(set(ids)) == 450


def test_scrolling_to_the_end_fetches_more(qtbot, crowded) -> None:  # noqa: ANN001
    table = crowded.page.table
    table.resize(800, 400)
    table.scrollToBottom()
    wait_loaded(qtbot, crowded.page)
    assert crowded.page.model.rowCount() > PAGE


def test_search_as_you_type_narrows_the_list(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    assert page.model.total == 3
    qtbot.keyClicks(page.filters.search, "best")  # a municipality
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert _column(page.model, Col.MUNICIPALITY) == ["Best"]
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=3000)


def test_a_name_finds_the_person_but_never_shows(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    qtbot.keyClicks(page.filters.search, CANARY.split()[0][:6])
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    cells = [
        str(page.model.index(row, col).data())
        for row in range(page.model.rowCount())
        for col in Col
    ]
    assert registry.refs[0].code in cells
    assert not any(part in cell for cell in cells for part in (*CANARY.split(), "Testpersoon"))


def test_results_of_an_older_query_are_dropped(qtbot, crowded) -> None:  # noqa: ANN001
    model = crowded.page.model
    model.set_query(PersonQuery(text="EMP-2015"))
    model.set_query(PersonQuery(text="EMP-2016"))
    wait_loaded(qtbot, crowded.page)
    codes = _column(model, Col.CODE)
    assert codes and all(code.startswith("EMP-2016") for code in codes)


def test_filters_and_apply_filters_from_other_areas(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    registry.window.navigate(Area.CLIENTS, municipality="GM0772")
    wait_loaded(qtbot, page)
    assert _column(page.model, Col.MUNICIPALITY) == ["Eindhoven"]
    assert page.filters.municipality.currentText() == "Eindhoven"
    page.filters.apply(municipality=None, year=2024)
    wait_loaded(qtbot, page)
    assert _column(page.model, Col.CODE) == [registry.refs[2].code]
    page.filters.reset()
    page.filters.form.setCurrentIndex(page.filters.form.findData("arbeid"))
    wait_loaded(qtbot, page)
    assert _column(page.model, Col.FORMS) == ["Arbeidsuitbuiting, Criminele uitbuiting"]


def _click_header(qtbot, page, col: Col) -> None:  # noqa: ANN001
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_loaded(qtbot, page)


def test_a_header_click_sorts_in_the_database(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    page.table.resize(1200, 400)
    page.show()
    _click_header(qtbot, page, Col.MUNICIPALITY)
    assert page.model.query.sort == "municipality"
    names = _column(page.model, Col.MUNICIPALITY)
    assert names in (
        ["Best", "Eindhoven", "Geldrop-Mierlo"],
        ["Geldrop-Mierlo", "Eindhoven", "Best"],
    )
    _click_header(qtbot, page, Col.MUNICIPALITY)
    assert _column(page.model, Col.MUNICIPALITY) == names[::-1]
    before = page.model.query
    _click_header(qtbot, page, Col.FORMS)  # not sortable: nothing changes
    assert page.model.query == before
    assert page.table.horizontalHeader().sortIndicatorSection() == Col.MUNICIPALITY


def test_dutch_headers_labels_and_dates(registry) -> None:  # noqa: ANN001
    model = registry.page.model
    assert model.headerData(Col.AGE_GROUP, Qt.Orientation.Horizontal) == "Leeftijdsgroep"
    row = next(r for r in range(3) if model.index(r, Col.CODE).data() == registry.refs[2].code)
    assert model.index(row, Col.REGISTERED).data() == "05-05-2024"
    assert model.index(row, Col.GENDER).data() == "Vrouw"
    assert model.index(row, Col.STATUS).data() == "Vermoedelijk"
    assert model.index(row, Col.AGE_GROUP).data() == "23+"


def test_searches_and_filters_are_cleared_on_lock(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    qtbot.keyClicks(page.filters.search, "EMP-2025")
    page.filters.year.setCurrentIndex(2)
    wait_loaded(qtbot, page)
    registry.controller.lock()
    assert page.filters.search.text() == ""
    assert page.filters.year.currentIndex() == 0
    assert page.model.rowCount() == 0 and page.count_label.text() == ""
    unlock_with(qtbot, registry.controller)
    wait_loaded(qtbot, page)
    assert page.model.total == 3 and page.filters.search.text() == ""


def test_enter_in_the_search_field_moves_to_the_list(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # and Enter in the list opens the person
    assert page.stack.currentWidget() is page.detail
    assert QApplication.instance() is not None
