"""Picking a region's municipalities: on the map (click to add or remove) or from the list
of all municipalities (search by name, code or former name; Space ticks). Both show the
same choice; the order of picking is kept, so the first is the centrumgemeente."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from emp_desktop.domain import municipalities
from emp_desktop.domain.vocabulary import fold
from emp_desktop.gui.region.country_map import CountryMap
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import region_service

CODE_ROLE = Qt.ItemDataRole.UserRole


class RegionPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("name, CBS code or former name"))
        self.search.setAccessibleName(self.tr("Search municipality"))
        self.listing = QListWidget(self)
        self.listing.setAccessibleName(self.tr("All municipalities"))
        self.map = CountryMap(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = MessageLabel(self)
        self.zoom_button = QPushButton(self.tr("&Zoom to the choice"), self)
        self.country_button = QPushButton(self.tr("Whole coun&try"), self)
        self._fill_list()
        self._layout()
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._toggle_first_match)
        self.listing.itemChanged.connect(self._item_changed)
        self.map.toggled.connect(self.toggle)
        self.zoom_button.clicked.connect(lambda: self.map.zoom_to(self._codes))
        self.country_button.clicked.connect(lambda: self.map.zoom_to(()))
        self._show_choice()

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Find a municipality:"), self)
        label.setBuddy(self.search)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.listing, 2, 0)
        grid.addWidget(self.map, 0, 1, 3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.zoom_button)
        buttons.addWidget(self.country_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 1)
        grid.addWidget(self.summary, 3, 0)
        grid.addWidget(self.message, 4, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        for first, second in (
            (self.search, self.listing),
            (self.listing, self.zoom_button),
            (self.zoom_button, self.country_button),
        ):
            QWidget.setTabOrder(first, second)

    def _fill_list(self) -> None:
        views = sorted(region_service.every_municipality(), key=lambda m: fold(m.name))
        self.listing.blockSignals(True)
        for view in views:
            item = QListWidgetItem(f"{view.name} ({view.province})", self.listing)
            item.setData(CODE_ROLE, view.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.listing.blockSignals(False)

    # --- the choice -------------------------------------------------------------------

    def codes(self) -> tuple[str, ...]:
        return tuple(self._codes)

    def set_codes(self, codes: Iterable[str]) -> None:
        self._codes = list(dict.fromkeys(codes))
        self._show_choice()
        self.map.zoom_to(self._codes)

    def toggle(self, code: str) -> None:
        if code in self._codes:
            self._codes.remove(code)
        else:
            self._codes.append(code)
        self._show_choice()
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        if (item.checkState() == Qt.CheckState.Checked) != (code in self._codes):
            self.toggle(code)

    def _show_choice(self) -> None:
        chosen = set(self._codes)
        self.listing.blockSignals(True)
        for row in range(self.listing.count()):
            item = self.listing.item(row)
            checked = item.data(CODE_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.listing.blockSignals(False)
        self.map.set_chosen(self._codes)
        names = ", ".join(municipalities.name(c) for c in self._codes)
        self.summary.setText(
            self.tr("Chosen (%1): %2").replace("%1", str(len(self._codes))).replace("%2", names)
            if self._codes
            else self.tr("No municipalities chosen yet.")
        )
        self.message.clear_message()

    # --- search -----------------------------------------------------------------------

    def _filter(self, typed: str) -> None:
        """Shows the municipalities whose name contains the text, or the one it names (a
        CBS code, an alias such as 'Den Haag', or a former name such as 'Brielle')."""
        wanted, named = fold(typed), municipalities.match(typed) if typed.strip() else None
        for row in range(self.listing.count()):
            item = self.listing.item(row)
            shown = not wanted or wanted in fold(item.text()) or item.data(CODE_ROLE) == named
            item.setHidden(not shown)

    def _toggle_first_match(self) -> None:
        visible = [
            self.listing.item(r)
            for r in range(self.listing.count())
            if not self.listing.item(r).isHidden()
        ]
        if not visible:
            no_match = self.tr("No municipality matches “%1”.")
            self.message.show_error(no_match.replace("%1", self.search.text()))
            return
        named = municipalities.match(self.search.text())
        exact = named if named in municipalities.all_municipalities() else None
        self.toggle(exact or visible[0].data(CODE_ROLE))
        self.search.selectAll()
