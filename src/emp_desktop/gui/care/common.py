"""Small helpers the care screens share: Dutch dates, vocabulary combo boxes, the
municipality chooser, year spin boxes and explicit tab order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QSpinBox, QWidget

from emp_desktop.domain import municipalities
from emp_desktop.domain.vocabulary import Vocabulary, fold
from emp_desktop.gui.translation import language

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
        everything = municipalities.all_municipalities()
        region = municipalities.region_codes()
        others = sorted(
            (c for c in everything if c not in region),
            key=lambda c: fold(everything[c].short_name),
        )
        for code in [*region, *others, *municipalities.SPECIAL]:
            self.addItem(municipalities.name(code), code)
        self.insertSeparator(len(region))
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

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


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CareCommon", "yes")
        if value
        else QCoreApplication.translate("CareCommon", "no")
    )
