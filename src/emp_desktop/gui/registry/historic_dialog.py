"""Yearly totals from before the system (the 2018 report: 2015: 66, 2016: 97, 2017: 176),
so that the trend in reports continues across the switch."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.registry import InvalidInput
from emp_desktop.gui.registry.fields import FieldForm, not_saved_text
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import titled
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.services import registry_service

FIRST_YEAR = 1990


class HistoricDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Historic figures")))
        self.session = session
        self.table = self._table()
        self.form = FieldForm(self)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, date.today().year)
        self.year.setValue(date.today().year - 1)
        self.year.setGroupSeparatorShown(False)
        self.total = QSpinBox(self)
        self.total.setRange(0, 1_000_000)
        self.form.add("year", self.tr("&Year:"), self.year)
        self.form.add("registrations", self.tr("&Number of reports:"), self.total)
        self.save_button = QPushButton(self.tr("&Save year"), self)
        self.save_button.setDefault(True)  # Enter in the number saves
        self.save_button.clicked.connect(self.save)
        self.message = MessageLabel(self)
        self._layout()
        self.resize(440, 460)
        self.load()
        self.year.setFocus()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Reports")])
        table.setAccessibleName(self.tr("Historic yearly totals"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._picked)
        return table

    def _layout(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Totals of reports for years before EMP Desktop was used, so that yearly "
                "figures and the annual report continue the trend. A year entered again "
                "replaces its total."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Historic figures"), self))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.year, self.total)
        QWidget.setTabOrder(self.total, self.save_button)
        QWidget.setTabOrder(self.save_button, self.table)

    def load(self) -> None:
        totals = self.session.call(registry_service.historic_totals)
        self.table.setRowCount(0)
        for year, count in sorted(totals.items()):
            row = self.table.rowCount()
            self.table.insertRow(row)
            year_item = QTableWidgetItem(str(year))
            year_item.setData(Qt.ItemDataRole.UserRole, (year, count))
            self.table.setItem(row, 0, year_item)
            self.table.setItem(row, 1, QTableWidgetItem(QLocale().toString(count)))

    def _picked(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            year, count = item.data(Qt.ItemDataRole.UserRole)
            self.year.setValue(year)
            self.total.setValue(count)

    def save(self) -> bool:
        year, count = self.year.value(), self.total.value()
        try:
            self.session.call(registry_service.set_historic_total, year, count)
        except InvalidInput as invalid:
            self.form.show_errors(invalid.errors)
            self.message.show_error(not_saved_text())
            return False
        self.form.clear_errors()
        self.load()
        text = self.tr("Saved: %1 reports in %2.")
        self.message.show_info(text.replace("%1", str(count)).replace("%2", str(year)))
        self.year.setFocus()
        return True
