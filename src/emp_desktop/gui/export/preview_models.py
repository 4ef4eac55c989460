"""Table models of the export preview: the list of tables that leave, the rows of one table
exactly as its CSV will have them, the record extract, and files with their hashes.

A hidden cell shows as "x" (as in the file), marked by colour *and* explained in words:
in its tooltip and in an extra column that says it is not part of the file.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from emp_desktop.gui.care.tables import RowModel
from emp_desktop.gui.export.common import count_text, short_hash
from emp_desktop.services.export_gui_support import PreviewTable

_Index = QModelIndex | QPersistentModelIndex
HIDDEN_BACKGROUND = QColor("#fde3c0")  # repeats what the "x" and the explanation say
HIDDEN_FOREGROUND = QColor("#7a2e00")
MARGIN_BACKGROUND = QColor("#f1f0f5")
TOTAL = "Totaal"
PSEUDONYM_SHOWN = 10  # characters of a keyed pseudonym shown; enough to tell rows apart


def hidden_reason_text(table: PreviewTable, row: int, threshold: int) -> str:
    """Why the count of `row` is hidden, in plain words; "" when it is published."""
    reason = table.reasons[row]
    if reason is None:
        return ""
    if reason == "primary":
        return (
            QCoreApplication.translate("ExportPreview", "hidden: fewer than %1 %2")
            .replace("%1", str(threshold))
            .replace("%2", table.unit)
        )
    if reason == "secondary":
        return QCoreApplication.translate(
            "ExportPreview", "hidden so that another hidden cell cannot be calculated back"
        )
    return table.group_notes[row] or QCoreApplication.translate(
        "ExportPreview", "hidden: (nearly) the whole group falls in one category"
    )


class TableCol(IntEnum):
    NAME = 0
    HIDDEN = 1
    UNIT = 2


def readable_name(table: PreviewTable) -> str:
    """'vorm_geslacht' as 'Vorm × geslacht' (a cross table of two columns of the file),
    'nieuwe_meldingen' as 'Nieuwe meldingen': the file keeps its name, the screen reads."""
    parts = table.name.split("_")
    columns = {h.lower() for h in table.header}
    joiner = " × " if len(parts) > 1 and set(parts) <= columns else " "
    text = joiner.join(parts)
    return text[:1].upper() + text[1:]


class TableListModel(RowModel[PreviewTable]):
    """Every table of the export, in file order."""

    columns = TableCol
    numeric = frozenset({TableCol.HIDDEN})

    def titles(self) -> dict[TableCol, str]:
        return {
            TableCol.NAME: QCoreApplication.translate("TableListModel", "Table"),
            TableCol.HIDDEN: QCoreApplication.translate("TableListModel", "Hidden"),
            TableCol.UNIT: QCoreApplication.translate("TableListModel", "Unit"),
        }

    def display(self, row: PreviewTable, col: TableCol) -> str:
        if col == TableCol.NAME:
            return readable_name(row)
        if col == TableCol.UNIT:
            return row.unit
        if not row.controlled:  # an activity count: no disclosure control applies
            return QCoreApplication.translate("TableListModel", "n/a")
        return count_text(row.hidden)

    def sort_key(self, row: PreviewTable, col: TableCol) -> object:
        return row.hidden if col == TableCol.HIDDEN else self.display(row, col)


class CsvRowsModel(QAbstractTableModel):
    """The rows of one table as the CSV has them, plus a last column explaining hidden
    counts (that column is for the user only and does not leave)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: PreviewTable | None = None
        self.threshold = 5

    def set_table(self, table: PreviewTable | None, threshold: int = 5) -> None:
        self.beginResetModel()
        self.table, self.threshold = table, threshold
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self.table.header) + 1

    def _count_column(self) -> int:
        return len(self.table.header) - 1 if self.table else -1

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            self.table is None
            or orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < self.columnCount()
        ):
            return None
        if section < len(self.table.header):
            return self.table.header[section]
        return QCoreApplication.translate("CsvRowsModel", "Why hidden (not in the file)")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self.table
        if table is None or not index.isValid() or not 0 <= index.row() < len(table.rows):
            return None
        row, col = index.row(), index.column()
        hidden = table.reasons[row] is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col, role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, col, hidden)
        if role == Qt.ItemDataRole.ForegroundRole and hidden and col == self._count_column():
            return HIDDEN_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and hidden and col == self._count_column():
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self._count_column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, col: int, role: int) -> str:
        assert self.table is not None
        why = hidden_reason_text(self.table, row, self.threshold)
        if col == len(self.table.header):
            return why
        if role == Qt.ItemDataRole.ToolTipRole and why and col == self._count_column():
            return why
        return self.table.rows[row][col]

    def _background(self, row: int, col: int, hidden: bool) -> QColor | None:
        assert self.table is not None
        if hidden and col in (self._count_column(), len(self.table.header)):
            return HIDDEN_BACKGROUND
        if TOTAL in self.table.rows[row][:-1]:
            return MARGIN_BACKGROUND  # margins stand out, as in a printed table
        return None

    def is_hidden(self, row: int) -> bool:
        return self.table is not None and self.table.reasons[row] is not None


def record_columns(columns: tuple[str, ...]) -> type[IntEnum]:
    """A Col enum for the record extract's columns (names as in the file)."""
    return IntEnum("RecordCol", {name.upper(): number for number, name in enumerate(columns)})


class RecordModel(RowModel[dict]):
    """The record extract's rows; the keyed pseudonym shortened, since it is long and
    means nothing to a reader."""

    def __init__(self, columns: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = columns
        self.columns = record_columns(columns)

    def titles(self) -> dict[Any, str]:
        return {self.columns(number): name for number, name in enumerate(self.names)}

    def display(self, row: dict, col: Any) -> str:
        value = str(row.get(self.names[int(col)], ""))
        if self.names[int(col)] == "pseudoniem" and len(value) > PSEUDONYM_SHOWN:
            return value[:PSEUDONYM_SHOWN] + "…"
        return value


class FileCol(IntEnum):
    NAME = 0
    SHA256 = 1


class FileModel(RowModel[tuple[str, str]]):
    """Files with their SHA-256; `full` shows the whole hash (the register), else its start."""

    columns = FileCol

    def __init__(self, parent: QWidget | None = None, *, full: bool = False) -> None:
        super().__init__(parent)
        self.full = full

    def titles(self) -> dict[FileCol, str]:
        return {
            FileCol.NAME: QCoreApplication.translate("FileModel", "File"),
            FileCol.SHA256: QCoreApplication.translate("FileModel", "SHA-256"),
        }

    def display(self, row: tuple[str, str], col: FileCol) -> str:
        name, sha256 = row
        if col == FileCol.NAME:
            return name
        return sha256 if self.full else short_hash(sha256)
