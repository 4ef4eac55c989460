"""Area Adviesvragen: every advice question, searchable and filterable, newest first.

Enter (or Open) shows one in a dialog where it can be corrected or deleted; a deletion
asks for a reason, which goes into the audit trail. The count above the table says how
many questions the filters match, with the same definition the dashboard uses.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.vocabulary import ADVICE_TOPICS, ORGANISATION_TYPES
from emp_desktop.gui.headers import column_header
from emp_desktop.gui.registry import display
from emp_desktop.gui.registry.advice_dialog import AdviceDialog
from emp_desktop.gui.registry.contact_model import duration_text
from emp_desktop.gui.registry.fields import VocabCombo, plain
from emp_desktop.gui.registry.lazy_model import PAGE, LazyTableModel, Loader, lazy_table
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message, shared_text
from emp_desktop.gui.widgets import MessageLabel, heading, name_clear_button
from emp_desktop.services import advice_service
from emp_desktop.services.advice_service import AdviceQuery, AdviceView

_Index = QModelIndex | QPersistentModelIndex
FIRST_YEAR = 2010


class Col(IntEnum):
    DATE = 0
    ORGANISATION = 1
    TOPIC = 2
    MUNICIPALITY = 3
    DURATION = 4
    ADVICE = 5


def column_titles() -> dict[Col, str]:
    return {
        Col.DATE: QCoreApplication.translate("AdviceModel", "Date"),
        Col.ORGANISATION: QCoreApplication.translate("AdviceModel", "Organisation type"),
        Col.TOPIC: QCoreApplication.translate("AdviceModel", "Topic"),
        Col.MUNICIPALITY: QCoreApplication.translate("AdviceModel", "Municipality"),
        Col.DURATION: QCoreApplication.translate("AdviceModel", "Duration"),
        Col.ADVICE: QCoreApplication.translate("AdviceModel", "Advice given"),
    }


COLUMN_CHARS = {Col.DATE: 11, Col.ORGANISATION: 20, Col.TOPIC: 22, Col.MUNICIPALITY: 18}


class AdviceModel(LazyTableModel):
    columns = len(Col)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.query = AdviceQuery()

    def first_loader(self) -> Loader:
        return advice_service.first_page, (self.query, PAGE)

    def page_loader(self, last: object) -> Loader:
        # Advice questions are few (a few thousand a decade): paging by count is enough.
        return advice_service.list_advice, (self.query, len(self._rows), PAGE)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return column_header(section, orientation, role, Col, column_titles(), len(Col))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: AdviceView | None = self.row_at(index.row()) if index.isValid() else None
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return _display(row, Col(index.column()))


def _display(row: AdviceView, col: Col) -> str:
    if col == Col.DATE:
        return display.date_text(row.date)
    if col == Col.ORGANISATION:
        return display.label(ORGANISATION_TYPES, row.organisation_type)
    if col == Col.TOPIC:
        return display.label(ADVICE_TOPICS, row.topic)
    if col == Col.MUNICIPALITY:
        return display.municipality_name(row.municipality)
    if col == Col.DURATION:
        return duration_text(row.duration_minutes)
    return " ".join(row.advice.split())


class AdvicePage(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.quick_entry = None  # set by build_pages: QuickEntry
        self.dialog: AdviceDialog | None = None
        self.model = AdviceModel(session, self)
        self.table = lazy_table(
            self, self.model, self.tr("Advice questions"), COLUMN_CHARS, column_titles()
        )
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of advice questions"))
        self.message = MessageLabel(self)
        self._filters()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.new_button = QPushButton(self.tr("&New… (Ctrl+N)"), self)
        self._layout()
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.new_button.clicked.connect(self._new)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(lambda error: self.message.show_error(error_message(error)))

    def _filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("words in the advice"))
        name_clear_button(self.search)
        self.year = QComboBox(self)
        self.year.addItem(self.tr("all years"), None)
        for year in range(date.today().year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(year), year)
        self.organisation = VocabCombo(ORGANISATION_TYPES, self, any_text=self.tr("all"))
        self.topic = VocabCombo(ADVICE_TOPICS, self, any_text=self.tr("all"))
        self.search.textChanged.connect(self.apply)
        for combo in (self.year, self.organisation, self.topic):
            combo.currentIndexChanged.connect(self.apply)

    def _layout(self) -> None:
        row = QHBoxLayout()
        fields = (
            (self.tr("&Search:"), self.search),
            (self.tr("&Year:"), self.year),
            (self.tr("Organisa&tion type:"), self.organisation),
            (self.tr("To&pic:"), self.topic),
        )
        for text, widget in fields:
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(plain(text))
            row.addWidget(caption)
            row.addWidget(widget, 2 if widget is self.search else 0)
        intro = QLabel(
            self.tr(
                "Advice questions and short contacts from professionals, newest first. "
                "Enter opens one to correct or delete it."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Advice questions"), self))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        order = [*self.filter_fields(), self.table, self.open_button, self.new_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def filter_fields(self) -> list[QWidget]:
        return [self.search, self.year, self.organisation, self.topic]

    def query(self) -> AdviceQuery:
        return AdviceQuery(
            search=self.search.text(),
            year=self.year.currentData(),
            organisation_type=self.organisation.code(),
            topic=self.topic.code(),
            municipality=self._municipality,
        )

    _municipality: str | None = None

    def apply(self) -> None:
        self.model.query = self.query()
        self.model.reload()

    def apply_filters(self, **filters: object) -> None:
        """From a dashboard tile or the map: exactly the questions that figure counts."""
        blockers = self.filter_fields()
        for widget in blockers:
            widget.blockSignals(True)
        self.search.clear()
        found = self.year.findData(filters.get("year"))
        self.year.setCurrentIndex(max(found, 0))
        self.organisation.set_code(None)
        self.topic.set_code(None)
        self._municipality = filters.get("municipality")  # type: ignore[assignment]
        for widget in blockers:
            widget.blockSignals(False)
        self.apply()

    def _show_count(self) -> None:
        text = self.tr("%1 advice questions").replace("%1", QLocale().toString(self.model.total))
        self.count_label.setText(text)
        self.count_label.setToolTip(shared_text("def_advice_questions"))
        self.count_label.setAccessibleDescription(shared_text("def_advice_questions"))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def open_row(self, row: int) -> AdviceDialog | None:
        found: AdviceView | None = self.model.row_at(row)
        if found is None or not self.session.is_open:
            return None
        self.dialog = AdviceDialog(self.session, found, self.window())
        self.dialog.changed.connect(self._changed)
        self.dialog.open()
        return self.dialog

    def _changed(self, text: str) -> None:
        self.message.show_info(text)
        self.model.reload()

    def _new(self) -> None:
        if self.quick_entry is not None:
            self.quick_entry.open()
            self.quick_entry.dialog.set_mode(1)

    def refresh(self) -> None:
        if self.session.is_open:
            self.apply()

    def clear(self) -> None:
        self.model.clear()
        self.count_label.clear()
        self.message.clear_message()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
