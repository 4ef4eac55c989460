"""Import of the old registration: a preview first, then all or nothing.

Reading and checking the file runs off the GUI thread (a file may have 200,000 rows).
'Import' is offered only when the preview found no problem; bad input changes nothing.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.import_rows import COLUMNS
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message, shared_text, titled
from emp_desktop.gui.widgets import MessageLabel, busy_bar, heading
from emp_desktop.services import import_service
from emp_desktop.services.import_service import ImportRejected, ImportReport, RowProblem

_Index = QModelIndex | QPersistentModelIndex
LONGEST = max(COLUMNS, key=len)  # the widest column name a problem can name


class Col(IntEnum):
    LINE = 0
    COLUMN = 1
    REASON = 2


class ProblemModel(QAbstractTableModel):
    """The bad rows of a preview: line number, column and the reason in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[RowProblem] = []

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: (p.line, p.column))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ProblemModel", "Line"),
            QCoreApplication.translate("ProblemModel", "Column"),
            QCoreApplication.translate("ProblemModel", "Reason"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        problem = self._problems[index.row()]
        if index.column() == Col.LINE:
            return str(problem.line)
        if index.column() == Col.COLUMN:
            return problem.column
        return shared_text(problem.key, value=problem.value[:60])


def choose_file(parent: QWidget) -> Path | None:
    """The file dialog; the tests replace this function."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        APP_TITLE,
        "",
        QCoreApplication.translate("ImportDialog", "Registrations (*.csv *.xlsx)"),
    )
    return Path(chosen) if chosen else None


class ImportDialog(QDialog):
    def __init__(self, session: VaultSession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Import registrations")))
        self.session = session
        self.path = path
        self.report: ImportReport | None = None
        self.imported = False
        self._running = False
        self._closed = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.unknown = QLabel(self)
        self.unknown.setWordWrap(True)
        self.problems = ProblemModel(self)
        self.table = self._table()
        self.busy = busy_bar(self)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import registrations"), self))
        layout.addWidget(QLabel(self.tr("File: %1").replace("%1", path.name), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.unknown)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 480)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.problems)
        table.setAccessibleName(self.tr("Rows with problems"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(False)
        digits = self.fontMetrics().averageCharWidth()
        table.setColumnWidth(Col.LINE, digits * 8 + 16)
        table.setColumnWidth(Col.COLUMN, self.fontMetrics().horizontalAdvance(LONGEST) + 24)
        return table

    def preview(self) -> None:
        self._busy(self.tr("Checking the file…"))
        self.session.run(
            import_service.preview_import,
            self.path,
            on_success=self._previewed,
            on_error=self._failed,
        )

    def _busy(self, text: str) -> None:
        self._running = True
        self.busy.show()
        self.import_button.setEnabled(False)
        self.message.show_info(text)

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        params = {
            "meldingen": report.meldingen,
            "advice": report.advice_questions,
            "duplicates": len(report.duplicates),
            "total": report.total_rows,
        }
        self.summary.setText(shared_text("cli_import_preview", **params))
        columns = ", ".join(report.unknown_columns)
        self.unknown.setText(shared_text("cli_import_unknown_columns", columns=columns))
        self.unknown.setVisible(bool(report.unknown_columns))
        self.problems.set_problems(report.problems)
        self.table.setVisible(bool(report.problems))

    def _previewed(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        if self._finish_task():
            return
        self._show_report(report)
        if report.problems:
            bad = ImportRejected(report)
            self.message.show_error(error_message(bad))
            return
        something = report.meldingen + report.advice_questions > 0
        self.import_button.setEnabled(something)
        if something:
            self.message.show_info(self.tr("No problems found. Nothing is saved until you import."))
        else:
            self.message.show_info(self.tr("Nothing new to import."))

    def run_import(self) -> None:
        if self.report is None or self.report.problems:
            return
        self._busy(self.tr("Importing…"))
        self.session.run(
            import_service.run_import, self.path, on_success=self._imported, on_error=self._failed
        )

    def _imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.imported = True
        if self._finish_task():
            return
        self._show_report(report)
        self.summary.setText(
            shared_text(
                "cli_import_done",
                meldingen=report.meldingen,
                advice=report.advice_questions,
                duplicates=len(report.duplicates),
                total=report.total_rows,
            )
        )
        self.message.show_info(self.tr("Import finished."))
        self.import_button.setEnabled(False)

    def _failed(self, error: object) -> None:
        if self._finish_task():
            return
        if isinstance(error, ImportRejected):
            self._show_report(error.report)
        self.message.show_error(error_message(error))  # type: ignore[arg-type]
        self.import_button.setEnabled(False)

    def _finish_task(self) -> bool:
        """The task reported back; True if the dialog was closed meanwhile (and now goes)."""
        self._running = False
        if self._closed:
            self.deleteLater()
            return True
        self.busy.hide()
        return False

    def done(self, result: int) -> None:
        """Closed: the report (which may quote cells of the file) goes with the dialog."""
        super().done(result)
        self._closed = True
        if not self._running:
            self.deleteLater()
