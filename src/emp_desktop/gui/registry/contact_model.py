"""Contact moments as a table: all persons' recent contacts (lazy) or one person's."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from emp_desktop.domain.vocabulary import CONTACT_MODES
from emp_desktop.gui.headers import column_header
from emp_desktop.gui.registry import display
from emp_desktop.gui.registry.lazy_model import PAGE, LazyTableModel, Loader
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import contact_list
from emp_desktop.services.contact_list import ContactQuery
from emp_desktop.services.registry_dto import ContactView

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({CODE_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
_Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    CODE = 0
    AT = 1
    MODE = 2
    WITH_WHOM = 3
    DURATION = 4
    NOTE = 5


def column_titles() -> dict[Col, str]:
    return {
        Col.CODE: QCoreApplication.translate("ContactModel", "Code"),
        Col.AT: QCoreApplication.translate("ContactModel", "Date and time"),
        Col.MODE: QCoreApplication.translate("ContactModel", "Mode"),
        Col.WITH_WHOM: QCoreApplication.translate("ContactModel", "With whom"),
        Col.DURATION: QCoreApplication.translate("ContactModel", "Duration"),
        Col.NOTE: QCoreApplication.translate("ContactModel", "Note"),
    }


def _first_page(vault: object, query: ContactQuery) -> tuple[int, list[tuple[str, ContactView]]]:
    # Counted with the first page, off the GUI thread: the count on screen is what the
    # filters match, never a guess.
    return contact_list.first_page(vault, query, PAGE)  # type: ignore[arg-type]


def _page(
    vault: object, query: ContactQuery, after: ContactView
) -> list[tuple[str, ContactView]]:
    return contact_list.list_contacts(vault, query, after, PAGE)  # type: ignore[arg-type]


def duration_text(minutes: int) -> str:
    return QCoreApplication.translate("ContactModel", "%1 min").replace("%1", str(minutes))


class ContactModel(LazyTableModel):
    """Rows are (code, ContactView). `set_rows` fills it at once (one person's contacts)."""

    columns = len(Col)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.hide_private = False  # presentation mode: no note, no 'with whom'
        self.query = ContactQuery()

    def first_loader(self) -> Loader:
        return _first_page, (self.query,)

    def page_loader(self, last: tuple[str, ContactView]) -> Loader:
        return _page, (self.query, last[1])

    def set_rows(self, rows: list[tuple[str, ContactView]]) -> None:
        self._generation += 1
        self._fetching = False
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows)
        self._last_page_full = False
        self.endResetModel()

    def set_hide_private(self, hide: bool) -> None:
        self.hide_private = hide
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Col.WITH_WHOM), self.index(len(self._rows) - 1, Col.NOTE)
            )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return column_header(section, orientation, role, Col, column_titles(), len(Col))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # first: a view asks ~7 roles per painted cell, uses 1
            return None
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        code, contact = found
        if role == CODE_ROLE:
            return code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(code, contact, Col(index.column()))
        return None

    def _display(self, code: str, contact: ContactView, col: Col) -> str:
        if col == Col.CODE:
            return code
        if col == Col.AT:
            return display.datetime_text(contact.at)
        if col == Col.MODE:
            return display.label(CONTACT_MODES, contact.mode)
        if col == Col.DURATION:
            return duration_text(contact.duration_minutes)
        if self.hide_private:
            return ""
        text = contact.with_whom if col == Col.WITH_WHOM else contact.note
        return " ".join(text.split())  # one line in a table cell
