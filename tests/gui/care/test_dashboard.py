"""The dashboard: this year's counts against last year, and the due list that opens a case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from emp_desktop.gui.areas import Area
from emp_desktop.gui.care.dashboard_page import CHARTS_AREA, DashboardPage, DueCol
from emp_desktop.gui.care.trajectory_page import TrajectoryPage
from emp_desktop.services import care_service
from tests.gui.care.conftest import TODAY


def _page(unlocked) -> DashboardPage:  # noqa: ANN001
    window = unlocked.main_window
    window.show_area(Area.DASHBOARD)
    page = window.page(Area.DASHBOARD)
    page.refresh()
    return page


def test_counts_of_a_small_vault(unlocked, seeded) -> None:  # noqa: ANN001
    page = _page(unlocked)
    assert page.reports.value.text() == "3"
    assert page.reports.detail.text() == f"{TODAY.year - 1}: 1 (verschil +2)"
    assert page.advice.value.text() == "1"
    assert page.active.value.text() == "3"  # the closed trajectory does not count
    assert page.actions.value.text() == "1"  # overdue
    assert page.actions.detail.text() == "nog 1 binnen 14 dagen"
    assert page.meeting.value.text() == (TODAY.fromordinal(TODAY.toordinal() + 7)).strftime(
        "%d-%m-%Y"
    )
    assert page.prevention.value.text() == "1"
    assert page.prevention.detail.text() == "40 mensen bereikt"
    assert page.findChild(type(page.charts), CHARTS_AREA) is page.charts


def test_due_list_shows_code_kind_and_date_and_enter_opens_the_case(
    qtbot, unlocked, seeded
) -> None:  # noqa: ANN001
    page = _page(unlocked)
    model = page.due_model
    assert model.rowCount() == 2
    first = page.due_table.proxy.index(0, DueCol.CODE)
    assert first.data() == seeded.consented.code  # overdue comes first
    assert page.due_table.proxy.index(0, DueCol.KIND).data() == "Einde bedenktijd"
    assert page.due_table.proxy.index(0, DueCol.STATE).data() == "te laat"
    page.due_table.setFocus()
    page.due_table.setCurrentIndex(first)
    qtbot.keyClick(page.due_table, Qt.Key.Key_Return)
    window = unlocked.main_window
    assert window.current_area == Area.TRAJECTORY
    trajectory: TrajectoryPage = window.page(Area.TRAJECTORY)
    assert trajectory.person_id == seeded.consented.id
    assert trajectory.picker.code.text() == seeded.consented.code


def test_a_completed_deadline_leaves_the_due_list(unlocked, seeded) -> None:  # noqa: ANN001
    opened = unlocked.session.vault
    care_service.complete_deadline(opened, seeded.soon_deadline, date.today())
    page = _page(unlocked)
    assert [row.id for row in page.due_model.rows()] == [seeded.overdue_deadline]


def test_lock_empties_the_dashboard(unlocked, seeded) -> None:  # noqa: ANN001
    page = _page(unlocked)
    page.clear()
    assert page.due_model.rowCount() == 0
    assert page.reports.value.text() == ""
