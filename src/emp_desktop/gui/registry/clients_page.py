"""Area Cliënten: the person list with search and filters, and one person's detail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.detail_view import PersonDetailView
from emp_desktop.gui.registry.draft_banner import QUICK_ENTRY_KEY, DraftBanner, person_key
from emp_desktop.gui.registry.filter_bar import FilterBar
from emp_desktop.gui.registry.lazy_model import lazy_table
from emp_desktop.gui.registry.person_model import SORT_KEYS, Col, PersonListModel, column_titles
from emp_desktop.gui.registry.presentation import PresentationMode
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.services import draft_service, region_service, registry_service
from emp_desktop.services.draft_service import DraftView

# Fixed widths (in characters): measuring contents would touch every fetched row.
COLUMN_CHARS = {Col.CODE: 17, Col.AGE_GROUP: 9, Col.GENDER: 9, Col.MUNICIPALITY: 16}
COLUMN_CHARS |= {Col.STATUS: 22, Col.FORMS: 30, Col.REGISTERED: 12, Col.LAST_CONTACT: 12}


class ClientsPage(QWidget):
    def __init__(
        self,
        session: VaultSession,
        presentation: PresentationMode,
        navigate: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.presentation = presentation
        self.navigate = navigate
        self.quick_entry = None  # set by build_pages: QuickEntry
        self.open_import: Callable[[], None] = lambda: None
        self.open_historic: Callable[[], None] = lambda: None
        self.model = PersonListModel(session, self)
        self.filters = FilterBar(self)
        self.table = self._table()
        self.banner = DraftBanner(session, self)
        self.detail = PersonDetailView(session, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self.detail)
        QVBoxLayout(self).addWidget(self.stack)
        self._connect()
        self.set_presentation(presentation.active)

    def _table(self) -> QTableView:
        table = lazy_table(self, self.model, self.tr("Persons"), COLUMN_CHARS, column_titles())
        header = table.horizontalHeader()
        header.setSortIndicator(Col.REGISTERED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        return table

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        self.count_label = QLabel(page)
        self.count_label.setAccessibleName(self.tr("Number of persons"))
        self.presentation_label = QLabel(page)
        self.presentation_label.setStyleSheet("font-weight: bold;")
        self.message = MessageLabel(page)
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.new_button = QPushButton(self.tr("&New… (Ctrl+N)"), page)
        self.import_button = QPushButton(self.tr("&Import…"), page)
        self.historic_button = QPushButton(self.tr("Historic fi&gures…"), page)
        self.presentation_button = QToolButton(page)
        self.presentation_button.setDefaultAction(self.presentation.action)
        self.presentation_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Clients"), page))
        title_row.addStretch(1)
        title_row.addWidget(self.presentation_label)
        title_row.addWidget(self.presentation_button)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.import_button, self.historic_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(page)
        layout.addLayout(title_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._tab_order()
        return page

    def _tab_order(self) -> None:
        chain = [
            self.filters.reset_button,
            self.table,
            self.open_button,
            self.new_button,
            self.import_button,
            self.historic_button,
            self.presentation_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.filters.changed.connect(self._query_changed)
        self.filters.search.returnPressed.connect(self._to_table)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.message.show_error(error_message(error)))
        self.table.activated.connect(
            lambda index: self.open_person(self.model.person_id(index.row()))
        )
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator)
        self.open_button.clicked.connect(self._open_current)
        self.new_button.clicked.connect(self._new)
        self.import_button.clicked.connect(lambda: self.open_import())
        self.historic_button.clicked.connect(lambda: self.open_historic())
        self.banner.restore_requested.connect(self.restore_draft)
        self.detail.back_requested.connect(self.back_to_list)
        self.detail.saved.connect(self.model.reload)
        self.detail.trajectory_requested.connect(
            lambda person_id: self.navigate(Area.TRAJECTORY, person_id=person_id)
        )
        self.presentation.changed.connect(self.set_presentation)

    # The list

    def refresh(self) -> None:
        """The vault is open (or the area shown again): fill; an open person stays as is."""
        if not self.session.is_open:
            return
        self.filters.set_region(self.session.call(region_service.region_view).codes)
        self.model.set_query(self.filters.query())  # the widgets are the truth (empty after a lock)
        self.banner.check()

    def _query_changed(self) -> None:
        self.count_label.setText(self.tr("Searching…"))
        self.model.set_query(self.filters.query())

    def _loaded(self) -> None:
        self.message.clear_message()
        total = QLocale().toString(self.model.total)
        self.count_label.setText(self.tr("Persons: %1").replace("%1", total))

    def _sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        """The forms column cannot be sorted: put the arrow back where the order is."""
        if Col(section) in SORT_KEYS:
            return
        current = next(c for c, key in SORT_KEYS.items() if key == self.model.query.sort)
        order = (
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder
        )
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(current, order)
        header.blockSignals(False)

    def _to_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Col.CODE))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_person(self.model.person_id(index.row()))

    def _new(self) -> None:
        if self.quick_entry is not None:
            self.quick_entry.open()

    def apply_filters(self, **filters: object) -> None:
        """From other areas: `municipality="GM0772"`, `year=2024`, …, or one person by
        `person_id=` or `code=`."""
        person_id = filters.pop("person_id", None)
        code = filters.pop("code", None)
        if filters:
            if self.stack.currentWidget() is self.detail and not self.back_to_list():
                return
            self.filters.apply(**filters)
        if code and person_id is None and self.session.is_open:
            found = self.session.call(registry_service.find_person, str(code))
            person_id = found.id if found else None
        if isinstance(person_id, int):
            self.open_person(person_id)

    # One person

    def open_person(self, person_id: int | None) -> bool:
        if person_id is None or not self.session.is_open:
            return False
        showing = self.stack.currentWidget() is self.detail
        if showing and self.detail.person_id == person_id:
            return True
        if showing and not self.detail.leave():
            return False
        if not self.detail.open_person(person_id):
            return False
        self.stack.setCurrentWidget(self.detail)
        return True

    def back_to_list(self) -> bool:
        if not self.detail.leave():
            return False
        person_id = self.detail.person_id
        self.detail.clear()
        self.stack.setCurrentIndex(0)
        row = self.model.row_of(person_id) if person_id is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, Col.CODE))
        self.table.setFocus()
        return True

    def restore_draft(self, draft: DraftView) -> None:
        if draft.key == QUICK_ENTRY_KEY:
            if self.quick_entry is not None:
                self.quick_entry.open(draft.payload)
            self.banner.discard()
            return
        person_id = draft.payload.get("person_id")
        if isinstance(person_id, int) and self.open_person(person_id):
            self.detail.restore(draft.payload)
        self.banner.discard()

    def keep_draft(self) -> None:
        """Unsaved edits of the open person go into the vault as an encrypted draft."""
        payload = self.detail.draft()
        if payload is not None and self.session.is_open:
            self.session.call(draft_service.save_draft, person_key(payload["person_id"]), payload)

    def set_presentation(self, active: bool) -> None:
        self.table.setColumnHidden(Col.AGE_GROUP, active)
        self.model.set_hide_ages(active)
        self.detail.set_presentation(active)
        text = self.tr("Presentation mode: ages, notes and identities hidden")
        self.presentation_label.setText(text if active else "")

    def clear(self) -> None:
        """The vault is about to lock: keep unsaved work as a draft, then show nothing."""
        self.keep_draft()
        if self.quick_entry is not None:
            self.quick_entry.clear()
        self.detail.clear()
        self.stack.setCurrentIndex(0)
        self.filters.clear()
        self.model.clear()
        self.banner.clear()
        self.count_label.clear()
        self.message.clear_message()
