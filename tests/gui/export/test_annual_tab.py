"""The annual report tab: texts kept in the vault, pages previewed off the GUI thread,
the PDF saved as shown, unsaved typing kept as a draft when the vault locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from emp_desktop.gui.export import common
from emp_desktop.gui.export.annual_tab import DRAFT_KEY, AnnualTab
from emp_desktop.gui.export.area_page import ExportAreaPage
from emp_desktop.gui.workers import running_count
from emp_desktop.services import draft_service, export_service, report_service, vault_service
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock_with
from tests.gui.export.conftest import YEAR


def _tab(area: ExportAreaPage) -> AnnualTab:
    area.tabs.setCurrentWidget(area.annual_tab)
    tab = area.annual_tab
    tab.year.setValue(YEAR)
    return tab


def test_texts_are_saved_in_the_vault(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = _tab(area)
    assert tab.introduction.toPlainText() == report_service.DEFAULT_INTRO
    tab.introduction.setPlainText("Inleiding met ë en ï.")
    tab.development.setPlainText("- Meer voorlichting op scholen")
    assert tab.is_dirty()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert area.session.call(report_service.report_texts, YEAR) == (
        "Inleiding met ë en ï.",
        "- Meer voorlichting op scholen",
    )
    assert not tab.is_dirty() and "opgeslagen" in tab.message.text()


def test_choosing_another_year_keeps_the_typing_of_the_first(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = _tab(area)
    tab.introduction.setPlainText("Tekst voor het eerste jaar")
    tab.year.setValue(YEAR - 1)
    assert tab.introduction.toPlainText() == report_service.DEFAULT_INTRO
    assert area.session.call(report_service.report_texts, YEAR)[0] == "Tekst voor het eerste jaar"


def test_preview_renders_the_pages_off_thread_and_saves_the_pdf(
    qtbot, area: ExportAreaPage, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    tab = _tab(area)
    tab.development.setPlainText("- Ontwikkelpunt uit de test")
    progress: list[int] = []
    tab.progress.valueChanged.connect(progress.append)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert running_count() >= 1 and tab.progress.isVisible()  # the GUI thread is free
    assert not tab.preview_button.isEnabled()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=60_000)
    assert area.session.call(report_service.report_texts, YEAR)[1] == "- Ontwikkelpunt uit de test"
    assert len(tab.pages.pages) > 3 and progress and progress[-1] == 100
    assert not tab.progress.isVisible()
    assert tab.pages.position.text() == f"Pagina 1 van {len(tab.pages.pages)}"
    assert not tab.pages.image.pixmap().isNull()
    qtbot.mouseClick(tab.pages.next_button, Qt.MouseButton.LeftButton)
    assert tab.pages.current == 1 and tab.pages.previous_button.isEnabled()
    before = area.session.call(export_service.release_register)
    assert not any(r.profile == "jaarverslag" for r in before)  # a preview is no release
    target = tmp_path / "verslag"  # no suffix: .pdf is added
    monkeypatch.setattr(common, "choose_save_file", lambda *args: str(target))
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    register = area.session.call(export_service.release_register)
    assert register[0].profile == "jaarverslag" and register[0].period == str(YEAR)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == tab.report.pdf and saved.read_bytes().startswith(b"%PDF")
    assert "Opgeslagen" in tab.message.text()


def test_unsaved_text_is_kept_as_a_draft_when_the_vault_locks(
    qtbot, area: ExportAreaPage, demo
) -> None:  # noqa: ANN001
    tab = _tab(area)
    tab.introduction.setPlainText("Half getypte inleiding")
    demo.lock()
    assert tab.introduction.toPlainText() == "" and tab.report is None
    opened = vault_service.unlock(demo.folder, PASSPHRASE)
    try:
        kept = draft_service.load_draft(opened, DRAFT_KEY)
        assert kept is not None and kept.payload["introduction"] == "Half getypte inleiding"
        assert kept.payload["year"] == YEAR
        assert report_service.report_texts(opened, YEAR)[0] == report_service.DEFAULT_INTRO
    finally:
        vault_service.lock(opened)
    unlock_with(qtbot, demo)
    area.refresh()
    assert tab.banner.isVisible()
    tab.banner.restore_button.click()
    assert tab.introduction.toPlainText() == "Half getypte inleiding" and tab.is_dirty()
    assert area.session.call(draft_service.load_draft, DRAFT_KEY) is None
