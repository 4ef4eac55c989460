"""The person list: pseudonym codes and non-identifying fields, never a name.

Sorting happens in the database (PersonQuery.sort), because only the rows fetched so
far are in memory; the view's header click reaches `sort()` here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from emp_desktop.domain.vocabulary import EXPLOITATION_FORMS, GENDERS, STATUSES
from emp_desktop.gui.headers import column_header
from emp_desktop.gui.registry import display
from emp_desktop.gui.registry.lazy_model import PAGE, LazyTableModel, Loader
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import registry_service
from emp_desktop.services.registry_dto import PersonQuery, PersonRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({ID_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
_Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    CODE = 0
    AGE_GROUP = 1
    GENDER = 2
    MUNICIPALITY = 3
    STATUS = 4
    FORMS = 5
    REGISTERED = 6
    LAST_CONTACT = 7
    NEXT_ACTION = 8


SORT_KEYS = {
    Col.CODE: "code",
    Col.AGE_GROUP: "age",
    Col.GENDER: "gender",
    Col.MUNICIPALITY: "municipality",
    Col.STATUS: "status",
    Col.REGISTERED: "registration_date",
    Col.LAST_CONTACT: "last_contact_at",
    Col.NEXT_ACTION: "next_action_on",
}  # forms: a bit mask, no meaningful order


def column_titles() -> dict[Col, str]:
    return {
        Col.CODE: QCoreApplication.translate("PersonListModel", "Code"),
        Col.AGE_GROUP: QCoreApplication.translate("PersonListModel", "Age group"),
        Col.GENDER: QCoreApplication.translate("PersonListModel", "Gender"),
        Col.MUNICIPALITY: QCoreApplication.translate("PersonListModel", "Municipality"),
        Col.STATUS: QCoreApplication.translate("PersonListModel", "Status"),
        Col.FORMS: QCoreApplication.translate("PersonListModel", "Forms of exploitation"),
        Col.REGISTERED: QCoreApplication.translate("PersonListModel", "Reported on"),
        Col.LAST_CONTACT: QCoreApplication.translate("PersonListModel", "Last contact"),
        Col.NEXT_ACTION: QCoreApplication.translate("PersonListModel", "Next action"),
    }


def age_group_text(group: str) -> str:
    if group == "onbekend":
        return QCoreApplication.translate("PersonListModel", "unknown")
    return group.replace("-", "–")


def _first_page(vault: object, query: PersonQuery) -> tuple[int, list[PersonRow]]:
    total = registry_service.count_persons(vault, query)  # type: ignore[arg-type]
    return total, registry_service.list_persons(vault, query, PAGE)  # type: ignore[arg-type]


def _page(vault: object, query: PersonQuery, after_id: int) -> list[PersonRow]:
    return registry_service.list_persons(vault, query, PAGE, after_id=after_id)  # type: ignore[arg-type]


OVERDUE_COLOUR = "#a00000"


def is_overdue(row: PersonRow) -> bool:
    """An open case whose next action's date has passed."""
    due = str(row.next_action_on or "")[:10]
    return bool(due) and not row.closed and due < date.today().isoformat()


def next_action_text(row: PersonRow) -> str:
    parts = [display.date_text(row.next_action_on), row.next_action or ""]
    if is_overdue(row):  # in words too, not by colour alone
        parts.insert(1, QCoreApplication.translate("PersonListModel", "(overdue)"))
    return " · ".join(p for p in parts if p)


class PersonListModel(LazyTableModel):
    columns = len(Col)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        # Newest registrations first: the person just registered is on top.
        self.query = PersonQuery(sort="registration_date", descending=True)
        self.hide_ages = False  # presentation mode: not even the age group

    def first_loader(self) -> Loader:
        return _first_page, (self.query,)

    def page_loader(self, last: PersonRow) -> Loader:
        return _page, (self.query, last.id)

    def set_query(self, query: PersonQuery) -> None:
        self.query = replace(query, sort=self.query.sort, descending=self.query.descending)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Col(column)) if 0 <= column < len(Col) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.query.sort, self.query.descending):
            return
        self.query = replace(self.query, sort=key, descending=descending)
        self.reload()

    def set_hide_ages(self, hide: bool) -> None:
        self.hide_ages = hide
        if self._rows:
            top, bottom = (
                self.index(0, Col.AGE_GROUP),
                self.index(len(self._rows) - 1, Col.AGE_GROUP),
            )
            self.dataChanged.emit(top, bottom)

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
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, Col(index.column()))
        if index.column() == Col.NEXT_ACTION and is_overdue(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(OVERDUE_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _display(self, row: PersonRow, col: Col) -> str:
        if col == Col.CODE:
            return row.code
        if col == Col.AGE_GROUP:
            return "" if self.hide_ages else age_group_text(row.age_group)
        if col == Col.GENDER:
            return display.label(GENDERS, row.gender)
        if col == Col.MUNICIPALITY:
            return display.municipality_name(row.municipality)
        if col == Col.STATUS:
            return self._status(row)
        if col == Col.FORMS:
            return display.labels(EXPLOITATION_FORMS, row.forms)
        if col == Col.REGISTERED:
            return display.date_text(row.registration_date)
        if col == Col.LAST_CONTACT:
            return display.date_text(row.last_contact_at)
        return next_action_text(row)

    @staticmethod
    def _status(row: PersonRow) -> str:
        status = display.label(STATUSES, row.status)
        if not row.closed:
            return status
        closed = QCoreApplication.translate("PersonListModel", "closed")
        return f"{status} ({closed})" if status else closed

    def person_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == person_id), -1)
