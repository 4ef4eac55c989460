"""One table model shape for every list of the care screens.

Like the audit page: a `Col` IntEnum per table, translated headers, a sort role with
native values (dates sort by ISO date, numbers as numbers). The model caches the small
frozen DTOs of one load; it never holds a session or an ORM object.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from emp_desktop.gui.headers import column_header

SORT_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set `columns` and give `titles`, `display` and (optionally) `sort_key`."""

    columns: type[IntEnum]
    numeric: frozenset[int] = frozenset()  # columns aligned right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row] | tuple[Row, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def titles(self) -> dict[Any, str]:
        raise NotImplementedError

    def display(self, row: Row, col: Any) -> str:
        raise NotImplementedError

    def sort_key(self, row: Row, col: Any) -> object:
        return self.display(row, col)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return column_header(
            section, orientation, role, self.columns, self.titles(), len(self.columns)
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], self.columns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, col)
        if role == SORT_ROLE:
            return self.sort_key(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class Table(QTableView):
    """A read-only, sortable, row-selecting view over a RowModel (through a proxy)."""

    def __init__(
        self,
        model: RowModel,
        accessible: str,
        parent: QWidget | None = None,
        *,
        stretch: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setAccessibleName(accessible)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # measure 40 rows, not all: refresh stays quick
        if stretch is not None:  # the free-text column takes the room
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:  # a number column at the far right of a stretched section is hard to read
            header.setStretchLastSection(len(model.columns) - 1 not in model.numeric)

    def row_of(self, index: QModelIndex) -> Any:
        return self.source.row_at(self.proxy.mapToSource(index).row())

    def selected(self) -> Any:
        """The row under the cursor (the chosen one: selection follows it)."""
        index = self.currentIndex()
        return self.row_of(index) if index.isValid() else None

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.selectRow(0)
