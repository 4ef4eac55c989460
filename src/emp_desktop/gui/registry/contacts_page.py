"""Area Contacten: the contact moments of all persons, newest first, found by code or
words, filtered by mode and year, with the number the filters match."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.registry import EARLIEST_DATE
from emp_desktop.domain.vocabulary import CONTACT_MODES
from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.contact_model import CODE_ROLE, Col, ContactModel
from emp_desktop.gui.registry.fields import VocabCombo, plain
from emp_desktop.gui.registry.filter_bar import SEARCH_DELAY_MS
from emp_desktop.gui.registry.lazy_model import lazy_table
from emp_desktop.gui.registry.presentation import PresentationMode
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel, heading, name_clear_button
from emp_desktop.services.contact_list import ContactQuery

COLUMN_CHARS = {Col.CODE: 17, Col.AT: 17, Col.MODE: 14, Col.WITH_WHOM: 18, Col.DURATION: 8}


class ContactsPage(QWidget):
    def __init__(
        self,
        session: VaultSession,
        presentation: PresentationMode,
        navigate: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.navigate = navigate
        self.quick_entry = None  # set by build_pages: QuickEntry
        self.model = ContactModel(session, self)
        self.table = self._table()
        self.message = MessageLabel(self)
        self.presentation_label = QLabel(self)
        self.presentation_label.setStyleSheet("font-weight: bold;")
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of contact moments"))
        self._filters()
        self.open_button = QPushButton(self.tr("&Open person"), self)
        self.new_button = QPushButton(self.tr("&New contact… (Ctrl+N)"), self)
        self._layout()
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        self.new_button.clicked.connect(self._new)
        self.model.failed.connect(lambda error: self.message.show_error(error_message(error)))
        self.model.loaded.connect(self._show_count)
        presentation.changed.connect(self.set_presentation)
        self.set_presentation(presentation.active)

    def _filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("code (EMP-2025-…) or words in the note"))
        name_clear_button(self.search)
        self.mode = VocabCombo(CONTACT_MODES, self, any_text=self.tr("All modes"))
        self.year = QComboBox(self)
        self.year.addItem(self.tr("All years"), None)
        for year in range(date.today().year, EARLIEST_DATE.year - 1, -1):
            self.year.addItem(str(year), year)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self.timer.start)
        self.mode.currentIndexChanged.connect(self.apply)
        self.year.currentIndexChanged.connect(self.apply)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("&Search:"), self.search),
            (self.tr("&Mode:"), self.mode),
            (self.tr("&Year:"), self.year),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(plain(text))
            row.addWidget(caption)
            row.addWidget(widget, 2 if widget is self.search else 0)
        return row

    def apply(self) -> None:
        self.timer.stop()
        self.model.query = ContactQuery(
            search=self.search.text(), mode=self.mode.code(), year=self.year.currentData()
        )
        self.model.reload()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 contact moments").replace("%1", QLocale().toString(self.model.total))
        )

    def _table(self) -> QTableView:
        return lazy_table(self, self.model, self.tr("Recent contact moments"), COLUMN_CHARS)

    def _layout(self) -> None:
        intro = QLabel(
            self.tr("Contact moments of all persons, newest first. Enter opens the person."),
            self,
        )
        intro.setWordWrap(True)
        title = QHBoxLayout()
        title.addWidget(heading(self.tr("Contacts"), self))
        title.addStretch(1)
        title.addWidget(self.presentation_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(intro)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search, self.mode)
        QWidget.setTabOrder(self.mode, self.year)
        QWidget.setTabOrder(self.year, self.table)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_button)

    def _open(self, row: int) -> None:
        code = self.model.data(self.model.index(row, Col.CODE), CODE_ROLE) if row >= 0 else None
        if code:
            self.navigate(Area.CLIENTS, code=code)

    def _new(self) -> None:
        if self.quick_entry is not None:
            self.quick_entry.open()

    def set_presentation(self, active: bool) -> None:
        self.model.set_hide_private(active)
        for col in (Col.WITH_WHOM, Col.NOTE):
            self.table.setColumnHidden(col, active)
        text = self.tr("Presentation mode: notes hidden")
        self.presentation_label.setText(text if active else "")

    def refresh(self) -> None:
        if self.session.is_open:
            self.apply()

    def clear(self) -> None:
        """The vault locks: no search term may stay on screen either."""
        self.timer.stop()
        for widget in (self.search, self.mode, self.year):
            widget.blockSignals(True)
        self.search.clear()
        self.mode.setCurrentIndex(0)
        self.year.setCurrentIndex(0)
        for widget in (self.search, self.mode, self.year):
            widget.blockSignals(False)
        self.model.query = ContactQuery()
        self.model.clear()
        self.count_label.clear()
        self.message.clear_message()
