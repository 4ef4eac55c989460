"""The preview of one prepared export: exactly the tables that will leave, one at a time
with its rows as the CSV has them and the notes on what was hidden and why; or, for the
record extract, its rows with k, the generalisation levels and the suppressed count."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.care.tables import Table
from emp_desktop.gui.export.common import count_text
from emp_desktop.gui.export.preview_models import (
    CsvRowsModel,
    RecordModel,
    TableListModel,
    readable_name,
)
from emp_desktop.services.export_files import RECORD_COLUMNS
from emp_desktop.services.export_gui_support import PreparedExport, PreviewTable


def _caption(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


class PreviewPanel(QStackedWidget):
    """Page 0: aggregate tables; page 1: the record extract."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared: PreparedExport | None = None
        self.addWidget(self._tables_page())
        self.addWidget(self._records_page())

    # --- building ---------------------------------------------------------------------

    def _tables_page(self) -> QWidget:
        page = QWidget(self)
        self.table_list = Table(TableListModel(page), self.tr("Tables that leave"), page)
        self.table_list.setSortingEnabled(False)  # file order: the order of the manifest
        self.table_list.selectionModel().selectionChanged.connect(self._table_chosen)
        self.rows_model = CsvRowsModel(page)
        self.rows = self._rows_view(page)
        self.notes = QPlainTextEdit(page)
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Explanation of hidden cells"))
        self.notes.setMaximumHeight(110)
        left = QWidget(page)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_caption(self.tr("&Tables that leave:"), self.table_list, left))
        column.addWidget(self.table_list, 1)
        right = QWidget(page)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.rows_caption = _caption(self.tr("R&ows of the table:"), self.rows, right)
        column.addWidget(self.rows_caption)
        column.addWidget(self.rows, 1)
        column.addWidget(_caption(self.tr("Expla&nation:"), self.notes, right))
        column.addWidget(self.notes)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([290, 700])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.table_list, self.rows)
        QWidget.setTabOrder(self.rows, self.notes)
        return page

    def _rows_view(self, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setModel(self.rows_model)
        view.setAccessibleName(self.tr("Rows of the table"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def _records_page(self) -> QWidget:
        page = QWidget(self)
        self.records_summary = QLabel(page)
        self.records_summary.setWordWrap(True)
        self.records_model = RecordModel(RECORD_COLUMNS, page)
        self.records = Table(self.records_model, self.tr("Records that leave"), page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.records_summary)
        layout.addWidget(_caption(self.tr("Re&cords that leave:"), self.records, page))
        layout.addWidget(self.records, 1)
        return page

    # --- showing ----------------------------------------------------------------------

    def show_prepared(self, prepared: PreparedExport) -> None:
        self.prepared = prepared
        if prepared.preview.profile == "comensha-records":
            self._show_records(prepared)
            self.setCurrentIndex(1)
            return
        self.table_list.source.set_rows(prepared.tables)
        self.setCurrentIndex(0)
        self.table_list.select_first()

    def _show_records(self, prepared: PreparedExport) -> None:
        self.records_model.set_rows(prepared.preview.records)
        self.records_summary.setText(self.records_text(prepared))

    def records_text(self, prepared: PreparedExport) -> str:
        preview = prepared.preview
        levels = ", ".join(f"{name} {level}" for name, level in sorted(preview.levels.items()))
        return " ".join(
            [
                self.tr(
                    "%1 records; every combination of the quasi-identifiers occurs at "
                    "least k = %2 times."
                )
                .replace("%1", count_text(len(preview.records)))
                .replace("%2", str(preview.k)),
                self.tr("Generalisation levels (0 = as registered): %1.").replace("%1", levels),
                self.tr("Records left out to reach k: %1.").replace(
                    "%1", count_text(preview.suppressed_records)
                ),
                self.tr("The pseudonym column is shortened here; the file holds it in full."),
            ]
        )

    def _table_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_table(self.table_list.selected())

    def show_table(self, table: PreviewTable | None) -> None:
        threshold = self.prepared.preview.threshold if self.prepared else 5
        self.rows_model.set_table(table, threshold)
        if table is None:
            self.notes.clear()
            return
        self.rows_caption.setText(
            self.tr("&Rows of %1 (as in the file %2):")
            .replace("%1", readable_name(table))
            .replace("%2", table.file_name)
        )
        self.notes.setPlainText(self.notes_text(table))

    def notes_text(self, table: PreviewTable) -> str:
        if not table.controlled:
            return self.tr(
                "An activity count (sessions, people reached), not a count of victims: it "
                "leaves without suppression."
            )
        if not table.hidden:
            return self.tr("No cell of this table is hidden.")
        lines = [
            self.tr("%1 of %2 cells hidden (shown as x).")
            .replace("%1", count_text(table.hidden))
            .replace("%2", count_text(len(table.rows)))
        ]
        # Notes on whole groups first; the per-cell notes repeat the rows' last column.
        ordered = sorted(table.notes, key=lambda note: note.startswith("Cel "))
        return "\n".join([*lines, *(f"• {note}" for note in ordered)])

    def clear(self) -> None:
        self.prepared = None
        self.table_list.source.set_rows([])
        self.rows_model.set_table(None)
        self.rows_caption.setText(self.tr("R&ows of the table:"))
        self.notes.clear()
        self.records_model.set_rows([])
        self.records_summary.clear()
        self.setCurrentIndex(0)
