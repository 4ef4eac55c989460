"""The audit table model and the chain check on the Audit page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from emp_desktop.gui.main_window import Area
from emp_desktop.gui.pages.audit_page import AuditModel, Col, verify_summary
from emp_desktop.services import vault_service
from emp_desktop.services.dto import AuditLine, VerifyReport

LINES = [
    AuditLine(3, "2025-03-07T09:15:00+00:00", "coördinator", "backup", None, {"file": "a.empbak"}),
    AuditLine(2, "2025-03-07T09:00:00+00:00", "coördinator", "unlock", None, {}),
    AuditLine(1, "2025-03-06T08:00:00+00:00", "coördinator", "vault_created", None, {}),
]


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    model = AuditModel()
    qtmodeltester.check(model)
    model.set_lines(LINES)
    qtmodeltester.check(model)
    model.set_lines([])
    qtmodeltester.check(model)


def test_the_model_shows_dutch_headers_dates_and_actions(dutch) -> None:  # noqa: ANN001
    model = AuditModel()
    model.set_lines(LINES)
    header = model.headerData(Col.ACTION, Qt.Orientation.Horizontal)
    assert header == "Handeling"
    assert model.data(model.index(0, Col.ACTION)) == "Back-up gemaakt"
    assert model.data(model.index(2, Col.ACTION)) == "Kluis aangemaakt"
    assert model.data(model.index(0, Col.DETAIL)) == "file: a.empbak"
    assert model.data(model.index(1, Col.TIME)).startswith("07-03-2025")


def test_the_page_lists_the_log_newest_first_and_checks_the_chain(qtbot, unlocked) -> None:  # noqa: ANN001
    window = unlocked.main_window
    window.show_area(Area.AUDIT)
    page = window.audit_page
    expected = vault_service.audit_log(unlocked.session.vault)
    assert page.model.rowCount() == len(expected) >= 2
    first = page.proxy.index(0, Col.ACTION).data()
    assert first == "Ontgrendeld"  # the newest entry is the unlock just done
    page.verify_button.click()
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=10_000)
    assert "De kluis is in orde" in page.result.text()


def test_a_damaged_report_is_spelled_out(dutch) -> None:  # noqa: ANN001
    report = VerifyReport(True, False, 0, True, ("audit:4",))
    text = verify_summary(report)
    assert "Problemen gevonden" in text
    assert "regel 4" in text
    assert "back-up" in text
