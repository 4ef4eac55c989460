"""Small helpers the care screens share: Dutch dates, vocabulary combo boxes, the
municipality chooser, year spin boxes and explicit tab order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QSpinBox, QWidget

from emp_desktop.domain import municipalities
from emp_desktop.domain.vocabulary import Vocabulary, fold
from emp_desktop.gui.translation import language
from emp_desktop.services import region_service

if TYPE_CHECKING:  # annotations only: forms imports this module
    from emp_desktop.gui.care.forms import CareForm
    from emp_desktop.gui.session import VaultSession

DATE_FORMAT = "dd-MM-yyyy"  # dd-mm-jjjj, whatever the system locale says
FIRST_DATE = QDate(2000, 1, 1)


def label(vocabulary: Vocabulary, code: str | None) -> str:
    """The code's label in the GUI language; an unknown code shows as itself."""
    if not code:
        return ""
    try:
        return vocabulary.label(code, language())
    except KeyError:
        return code


def show_date(iso: str | None) -> str:
    if not iso:
        return ""
    value = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(value, DATE_FORMAT) if value.isValid() else iso


def to_qdate(value: date | str) -> QDate:
    if isinstance(value, str):
        return QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, accessible: str, *, future_years: int = 5) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(FIRST_DATE)
    edit.setMaximumDate(QDate.currentDate().addYears(future_years))
    edit.setDate(QDate.currentDate())
    edit.setAccessibleName(accessible)
    return edit


def year_box(parent: QWidget, accessible: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(FIRST_DATE.year(), QDate.currentDate().year() + 1)
    box.setValue(QDate.currentDate().year())
    box.setAccessibleName(accessible)
    return box


def vocab_combo(
    parent: QWidget, vocabulary: Vocabulary, accessible: str, *, empty: str | None = None
) -> QComboBox:
    """A choice list of a vocabulary: labels shown, codes as item data."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible)
    if empty is not None:
        combo.addItem(empty, "")
    for term in vocabulary.terms:
        combo.addItem(term.label(language()), term.code)
    return combo


def combo_code(combo: QComboBox) -> str:
    data = combo.currentData()
    return "" if data is None else str(data)


def set_combo_code(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


class MunicipalityBox(QComboBox):
    """Region municipalities first, then the rest of the country; typing a name or
    CBS code completes it. `code()` hands the service what it needs to validate."""

    def __init__(self, parent: QWidget, accessible: str) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible)
        self.lineEdit().setAccessibleName(accessible)
        self._fill(tuple(municipalities.region_codes()))
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def _fill(self, region: tuple[str, ...]) -> None:
        self.region = region
        everything = municipalities.all_municipalities()
        others = sorted(
            (c for c in everything if c not in region),
            key=lambda c: fold(everything[c].short_name),
        )
        for code in [*region, *others, *municipalities.SPECIAL]:
            self.addItem(municipalities.name(code), code)
        self.insertSeparator(len(region))

    @property
    def home(self) -> str:
        """The region's first municipality (the centrumgemeente): the usual default."""
        return self.region[0] if self.region else municipalities.UNKNOWN

    def set_region(self, region: tuple[str, ...]) -> None:
        """The vault's region first; what is typed or chosen stays."""
        if region == self.region:
            return
        typed = self.code()
        self.blockSignals(True)
        self.clear()
        self._fill(region)
        self.set_code(typed)
        self.blockSignals(False)

    def code(self) -> str:
        typed = self.currentText().strip()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == typed:
            return str(self.currentData())
        return municipalities.match(typed) or typed

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


def follow_region(session: VaultSession, form: CareForm, box: MunicipalityBox) -> None:
    """The vault's region first in `box`; a form nobody has typed in starts at its centre."""
    region = session.call(region_service.region_view).codes
    if region == box.region:
        return
    untouched = not form.is_dirty()
    box.set_region(region)
    if untouched:
        form.reset()


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CareCommon", "yes")
        if value
        else QCoreApplication.translate("CareCommon", "no")
    )
