"""The annual report: its two texts (kept in the vault per year), a preview of its pages,
and saving it as a PDF.

The preview is the report itself: rendering records it in the release register, and
"Save as PDF" writes exactly the bytes that were shown. Unsaved text survives the lock
as an encrypted draft (draft_service) and is offered back after unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.care.common import chain_tab_order
from emp_desktop.gui.care.forms import DraftBanner
from emp_desktop.gui.export import common
from emp_desktop.gui.export.common import FIRST_YEAR
from emp_desktop.gui.export.page_view import PageView, RenderedReport, render_report
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import draft_service, export_gui_support, report_service

DRAFT_KEY = "export.annual_texts"


class AnnualTab(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded_year: int | None = None  # the year whose texts are in the fields
        self._baseline: tuple[str, str] = ("", "")
        self.report: RenderedReport | None = None
        self.pending_draft: dict | None = None
        self._build_inputs()
        self.pages = PageView(self)
        self._layout()
        self.year.valueChanged.connect(self._year_changed)

    def _build_inputs(self) -> None:
        self.banner = DraftBanner(self)
        self.banner.restore.connect(self.restore_draft)
        self.banner.discard.connect(self.discard_draft)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, QDate.currentDate().year())
        self.year.setValue(QDate.currentDate().year() - 1)  # reports cover a finished year
        self.year.setAccessibleName(self.tr("Year of the report"))
        self.correction = QCheckBox(self.tr("&Corrected version (late changes)"), self)
        self.correction.setToolTip(
            self.tr(
                "A year whose report was released is made again with the same figures. "
                "Check this to count the registrations that arrived or changed since: a "
                "corrected version, allowed only when the difference with every earlier "
                "release cannot point anyone out."
            )
        )
        self.correction.toggled.connect(lambda _checked: self._drop_report())
        self.introduction = self._text(self.tr("Introduction"))
        self.development = self._text(self.tr("Development points"))
        self.save_button = QPushButton(self.tr("&Save texts"), self)
        self.save_button.clicked.connect(self.save_texts)
        self.preview_button = QPushButton(self.tr("Previe&w"), self)
        self.preview_button.clicked.connect(self.make_preview)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress of the annual report"))
        self.progress.hide()
        self.message = MessageLabel(self)

    def _text(self, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)  # Tab moves on; the texts need no tab characters
        return edit

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        year_row = QHBoxLayout()
        year_row.addWidget(self._caption(self.tr("&Year:"), self.year))
        year_row.addWidget(self.year)
        year_row.addWidget(self.correction)
        year_row.addStretch(1)
        column.addLayout(year_row)
        column.addWidget(self._caption(self.tr("&Introduction:"), self.introduction))
        column.addWidget(self.introduction, 2)
        column.addWidget(self._caption(self.tr("D&evelopment points:"), self.development))
        column.addWidget(self.development, 1)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.preview_button, self.pdf_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        chain_tab_order(
            [
                self.year,
                self.correction,
                self.introduction,
                self.development,
                self.save_button,
                self.preview_button,
                self.pdf_button,
                self.pages.previous_button,
                self.pages.next_button,
                self.pages.scroll,
            ]
        )

    # --- texts ------------------------------------------------------------------------

    def texts(self) -> tuple[str, str]:
        return self.introduction.toPlainText(), self.development.toPlainText()

    def is_dirty(self) -> bool:
        return self.loaded_year is not None and self.texts() != self._baseline

    def _load_texts(self, year: int) -> None:
        intro, development = self.session.call(report_service.report_texts, year)
        self.introduction.setPlainText(intro)
        self.development.setPlainText(development)
        self.loaded_year, self._baseline = year, (intro, development)

    def save_texts(self) -> bool:
        if self.loaded_year is None:
            return False
        try:
            self.session.call(report_service.set_report_texts, self.loaded_year, *self.texts())
            self.session.call(draft_service.discard_draft, DRAFT_KEY)
        except Exception as error:  # noqa: BLE001 - shown as text; the typing stays
            self.message.show_error(error_message(error))
            return False
        self._baseline = self.texts()
        self.message.show_info(
            self.tr("Texts for %1 saved in the vault.").replace("%1", str(self.loaded_year))
        )
        return True

    def _year_changed(self, year: int) -> None:
        if not self.session.is_open:
            return
        # Typing for one year never silently vanishes when another year is chosen.
        if self.is_dirty() and not self.save_texts():
            return
        self._load_texts(year)
        self._drop_report()

    # --- drafts -----------------------------------------------------------------------

    def restore_draft(self) -> None:
        draft = self.pending_draft or {}
        year = draft.get("year")
        if isinstance(year, int) and FIRST_YEAR <= year <= self.year.maximum():
            self.year.blockSignals(True)  # the draft replaces the texts; nothing to save first
            self.year.setValue(year)
            self.year.blockSignals(False)
            self._load_texts(year)
        self.introduction.setPlainText(str(draft.get("introduction", "")))
        self.development.setPlainText(str(draft.get("development", "")))
        self.discard_draft()

    def discard_draft(self) -> None:
        self.pending_draft = None
        self.banner.hide()
        if self.session.is_open:
            self.session.call(draft_service.discard_draft, DRAFT_KEY)

    def _offer_draft(self) -> None:
        draft = self.session.call(draft_service.load_draft, DRAFT_KEY)
        self.pending_draft = draft.payload if draft else None
        if draft is None:
            self.banner.hide()
        else:
            self.banner.offer(draft.updated_at)

    # --- preview and PDF --------------------------------------------------------------

    def make_preview(self) -> None:
        if self.is_dirty() and not self.save_texts():
            return  # the report prints the texts from the vault: they must be saved first
        self._drop_report()
        self.preview_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.message.show_info(self.tr("Making the annual report…"))
        self.session.run(
            render_report,
            self.year.value(),
            self.correction.isChecked(),
            on_success=self._rendered,
            on_error=self._render_failed,
            on_progress=lambda done, total: self.progress.setValue(100 * done // max(total, 1)),
        )

    def _rendered(self, result: object) -> None:
        self.preview_button.setEnabled(True)
        self.progress.hide()
        assert isinstance(result, RenderedReport)
        if not self.session.is_open or result.year != self.year.value():
            return  # locked, or another year chosen, while it was being made
        self.report = result
        self.pages.set_pages(result.pages)
        self.pdf_button.setEnabled(True)
        self.message.show_info(
            self.tr("Annual report %1: %2 pages. Saving it records it in the release register.")
            .replace("%1", str(result.year))
            .replace("%2", str(len(result.pages)))
        )

    def _render_failed(self, error: object) -> None:
        self.preview_button.setEnabled(True)
        self.progress.hide()
        self.message.show_error(error_message(error))  # type: ignore[arg-type]

    def save_pdf(self) -> None:
        report = self.report
        if report is None:
            return
        path = common.choose_save_file(
            self, self.tr("Save the annual report"), f"jaarverslag-{report.year}.pdf"
        )
        if not path or self.report is not report:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.session.call(report_service.record_annual_release, report.rendering)
            export_gui_support.save_bytes(path, report.pdf)
        except Exception as error:  # noqa: BLE001 - e.g. a full disk or a read-only folder
            self.message.show_error(error_message(error))
            return
        self.message.show_info(self.tr("Saved as %1.").replace("%1", path))

    def _drop_report(self) -> None:
        self.report = None
        self.pages.set_pages(())
        self.pdf_button.setEnabled(False)

    # --- page life --------------------------------------------------------------------

    def refresh(self) -> None:
        if self.loaded_year is None:
            self._load_texts(self.year.value())
            self._offer_draft()

    def clear(self) -> None:
        if self.is_dirty() and self.session.is_open:
            payload = {"year": self.loaded_year, "introduction": self.texts()[0]}
            payload["development"] = self.texts()[1]
            self.session.call(draft_service.save_draft, DRAFT_KEY, payload)
        self.loaded_year = None
        self._baseline = ("", "")
        self.introduction.clear()
        self.development.clear()
        self.pending_draft = None
        self.banner.hide()
        self._drop_report()
        self.progress.hide()
        self.message.clear_message()
