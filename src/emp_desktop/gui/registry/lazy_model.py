"""A table model that fetches its rows page by page, off the GUI thread.

With 100,000 persons or a million contacts the view must never wait for the database:
the first page (and the total, when the query can count) and every later page are
asked for on the thread pool; the view scrolls on what has arrived. A later page is
asked for after the last row that has arrived (keyset), never at an offset. Each new query
bumps a generation number, so a page that arrives after the search changed is dropped
instead of mixing old rows into new results.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from emp_desktop.gui.session import VaultSession

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
Loader = tuple[Callable[..., Any], tuple[object, ...]]


class LazyTableModel(QAbstractTableModel):
    loaded = Signal()  # the first page of a query is in
    failed = Signal(object)  # the exception, for a translated message

    columns = 0

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[Any] = []
        self._total: int | None = 0
        self._last_page_full = False
        self._generation = 0
        self._fetching = False

    # What subclasses provide: the service call for the first page and for later ones.
    def first_loader(self) -> Loader:
        """`fn(vault, *args)` returning (total or None, rows)."""
        raise NotImplementedError

    def page_loader(self, last: Any) -> Loader:
        """`fn(vault, *args)` returning the rows after `last`, the last row arrived."""
        raise NotImplementedError

    @property
    def total(self) -> int:
        return len(self._rows) if self._total is None else self._total

    @property
    def busy(self) -> bool:
        return self._fetching

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def reload(self) -> None:
        self._generation += 1
        if not self.session.is_open:
            return
        generation = self._generation
        fn, args = self.first_loader()
        self._fetching = True
        self.session.run(
            fn,
            *args,
            on_success=lambda result: self._first_arrived(generation, result),
            on_error=lambda error: self._failed(generation, error),
        )

    def clear(self) -> None:
        """Empties the model; anything still on its way is dropped when it arrives."""
        self._generation += 1
        self._fetching = False
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._last_page_full = False
        self.endResetModel()

    def _first_arrived(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        total, rows = result  # type: ignore[misc]
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._last_page_full = len(self._rows) >= PAGE
        self.endResetModel()
        # Only now: a view reacting to the reset inside end/begin must not ask for a
        # page from an offset that the rows do not have yet.
        self._fetching = False
        self.loaded.emit()

    def _failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self._fetching = False
            self.failed.emit(error)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self._fetching or not self.session.is_open:
            return False
        if self._total is None:
            return self._last_page_full
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        fn, args = self.page_loader(self._rows[-1])
        self._fetching = True
        self.session.run(
            fn,
            *args,
            on_success=lambda rows: self._page_arrived(generation, rows),
            on_error=lambda error: self._failed(generation, error),
        )

    def _page_arrived(self, generation: int, rows: object) -> None:
        if generation != self._generation:
            return
        page = list(rows)  # type: ignore[call-overload]
        self._last_page_full = len(page) >= PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        elif self._total is not None:
            self._total = len(self._rows)  # fewer rows than counted: deleted meanwhile
        self._fetching = False  # after the insert, as in _first_arrived

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.columns


def lazy_table(
    parent: QWidget,
    model: QAbstractItemModel,
    accessible_name: str,
    column_chars: Mapping[int, int],
    titles: Mapping[int, str] | None = None,
) -> QTableView:
    """A read-only, single-selection view for a lazily fetched list of many rows."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Fixed row heights: the view never measures a million rows to lay them out.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    width = table.fontMetrics().averageCharWidth()
    for col, chars in column_chars.items():
        title = header.fontMetrics().horizontalAdvance(titles[col]) + 28 if titles else 0
        table.setColumnWidth(col, max(chars * width + 16, title))  # 28: room for the arrow
    return table
