"""Search-as-you-type and the filters of the person list, as one PersonQuery."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from emp_desktop.domain import municipalities
from emp_desktop.domain.registry import ANY_REPORT_STATUS, EARLIEST_DATE
from emp_desktop.domain.vocabulary import EXPLOITATION_FORMS, STATUSES
from emp_desktop.gui.registry import display
from emp_desktop.gui.registry.fields import VocabCombo, plain
from emp_desktop.gui.widgets import name_clear_button
from emp_desktop.services.registry_dto import PersonQuery

SEARCH_DELAY_MS = 150  # a query per pause in typing, not per key


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("code, name or municipality"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search)
        self.year = self._years()
        self.status = VocabCombo(STATUSES, self, any_text=self.tr("All statuses"))
        # What the dashboard counts as new reports: everything but 'geen mensenhandel'.
        self.status.insertItem(1, self.tr("Suspected or confirmed"), ANY_REPORT_STATUS)
        self.form = VocabCombo(EXPLOITATION_FORMS, self, any_text=self.tr("All forms"))
        self.municipality = self._municipalities()
        self.open_state = QComboBox(self)
        for text, value in (
            (self.tr("Open and closed"), None),
            (self.tr("Open"), "open"),
            (self.tr("Closed"), "closed"),
            (self.tr("Active trajectory"), "active"),
        ):
            self.open_state.addItem(text, value)
        self.reset_button = QPushButton(self.tr("&Clear filters"), self)
        self.reset_button.clicked.connect(self.reset)
        self._layout()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self.timer.start)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.changed)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.year, self.status, self.form, self.municipality, self.open_state)

    def _layout(self) -> None:
        for combo in self.combos():
            # Long municipality names must not set the page's minimum width: a 1366-pixel
            # laptop screen has to fit the whole window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (
            (self.tr("&Search:"), self.search),
            (self.tr("&Year:"), self.year),
            (self.tr("S&tatus:"), self.status),
            (self.tr("&Form:"), self.form),
            (self.tr("&Municipality:"), self.municipality),
            (self.tr("Open/c&losed:"), self.open_state),
        )
        label = QLabel(rows[0][0], self)
        label.setBuddy(self.search)
        self.search.setAccessibleName(plain(rows[0][0]))
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 9)
        for column, (text, widget) in enumerate(rows[1:]):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(plain(text))
            grid.addWidget(label, 1, column * 2)
            grid.addWidget(widget, 1, column * 2 + 1)
        grid.addWidget(self.reset_button, 1, 10)
        grid.setColumnStretch(11, 1)
        chain = [self.search, *self.combos(), self.reset_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _years(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("All years"), None)
        for year in range(date.today().year, EARLIEST_DATE.year - 1, -1):
            combo.addItem(str(year), year)
        return combo

    def _municipalities(self) -> QComboBox:
        combo = QComboBox(self)
        self._fill_municipalities(combo, tuple(municipalities.region_codes()))
        return combo

    def set_region(self, region: tuple[str, ...]) -> None:
        """The vault's region first; keeps the chosen municipality, emits nothing new."""
        if region == self._region:
            return
        chosen = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self._fill_municipalities(self.municipality, region)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(chosen)))
        self.municipality.blockSignals(False)

    def _fill_municipalities(self, combo: QComboBox, region: tuple[str, ...]) -> None:
        """The region's municipalities first (most cases), then the rest of the country."""
        self._region = region
        combo.addItem(self.tr("All municipalities"), None)
        sorter = display.collator()

        def by_name(code: str) -> object:
            return sorter.sortKey(display.municipality_name(code))

        for code in sorted(region, key=by_name):
            combo.addItem(display.municipality_name(code), code)
        combo.insertSeparator(combo.count())
        others = [c for c in municipalities.all_municipalities() if c not in region]
        for code in sorted(others, key=by_name):
            combo.addItem(display.municipality_name(code), code)
        combo.insertSeparator(combo.count())
        for code in (municipalities.ABROAD, municipalities.UNKNOWN):
            combo.addItem(display.municipality_name(code), code)

    def query(self) -> PersonQuery:
        return PersonQuery(
            text=self.search.text().strip(),
            year=self.year.currentData(),
            status=self.status.currentData(),
            form=self.form.currentData(),
            municipality=self.municipality.currentData(),
            open_state=self.open_state.currentData(),
        )

    def apply(self, **filters: object) -> None:
        """Sets the named filters (others stay); one `changed` for all of them."""
        blockers = [QSignalBlocker(w) for w in (self.search, *self.combos())]
        if "text" in filters:
            self.search.setText(str(filters["text"] or ""))
        names = ("year", "status", "form", "municipality", "open_state")
        for name, combo in zip(names, self.combos(), strict=True):
            if name in filters:
                found = combo.findData(filters[name])
                combo.setCurrentIndex(max(found, 0))
        del blockers
        self.timer.stop()
        self.changed.emit()

    def reset(self) -> None:
        self.apply(text="", year=None, status=None, form=None, municipality=None, open_state=None)

    def clear(self) -> None:
        """The vault locks: no search term or filter may remain on screen."""
        blockers = [QSignalBlocker(w) for w in (self.search, *self.combos())]
        self.search.clear()
        for combo in self.combos():
            combo.setCurrentIndex(0)
        del blockers
        self.timer.stop()
