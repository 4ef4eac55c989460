"""Input widgets of the registry forms, and a form that shows each error beside its field.

Services report invalid input as {field: message key}; `FieldForm` turns that into a
Dutch sentence under the field it concerns (text, not colour alone) and into the
field's accessible description, so a screen reader hears it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain import countries, municipalities
from emp_desktop.domain.vocabulary import Vocabulary, fold
from emp_desktop.gui.registry import display
from emp_desktop.gui.translation import language, shared_text

ERROR_STYLE = "color: #a00000;"
UNKNOWN_AGE = -1


def plain(label_text: str) -> str:
    """A label without its mnemonic and colon, as an accessible name."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


def not_saved_text() -> str:
    return QCoreApplication.translate(
        "RegistryFields", "Not saved: see the message beside each marked field."
    )


class FieldForm(QWidget):
    """Rows of label (mnemonic, buddy) + field + an error line that stays hidden until needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QFormLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

    def add(self, key: str, text: str, field: QWidget, focus: QWidget | None = None) -> QLabel:
        """`focus` is the widget the mnemonic jumps to when `field` is a container."""
        label = QLabel(text, self)
        label.setBuddy(focus or field)
        # A choice or a number needs no full width; text fields take what there is.
        if isinstance(field, QAbstractSpinBox):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0" * 14) + 40)
        elif isinstance(field, QComboBox):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0" * 40) + 40)
        named = focus or field
        if isinstance(named, QAbstractButton) and named.text():
            # A check box is read by its own text ("Minderjarig"); the group's name goes on
            # the box around it, so the screen reader says "Risicofactoren" once, for the group.
            field.setAccessibleName(plain(text))
        else:
            named.setAccessibleName(plain(text))
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(field)
        column.addWidget(error)
        self.rows.addRow(label, box)
        self.fields[key] = focus or field
        self.error_labels[key] = error
        return label

    def show_errors(self, errors: dict[str, str], **params: object) -> dict[str, str]:
        """Shows each error under its field; returns the errors this form has no field for."""
        self.clear_errors()
        rest = {}
        for key, message_key in errors.items():
            if key not in self.error_labels:
                rest[key] = message_key
                continue
            message = shared_text(message_key, **params)
            self.error_labels[key].setText(message)
            self.error_labels[key].show()
            self.fields[key].setAccessibleDescription(message)
        first = next((self.fields[k] for k in errors if k in self.fields), None)
        if first is not None:
            first.setFocus()
        return rest

    def error_text(self, key: str) -> str:
        label = self.error_labels[key]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for key, label in self.error_labels.items():
            label.clear()
            label.hide()
            self.fields[key].setAccessibleDescription("")


class DateField(QLineEdit):
    """A date typed as dd-mm-jjjj (or jjjj-mm-dd); may be left empty unless `required`."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 24)

    def set_value(self, value: str | date | None) -> None:
        self.setText(display.date_text(value))

    def value(self) -> tuple[date | None, str | None]:
        """(date, None), or (None, message key) when the text is not a usable date."""
        if not self.text().strip():
            return None, "err_required" if self.required else None
        parsed = display.parse_date(self.text())
        return (parsed, None) if parsed else (None, "err_date_format")


class DateTimeField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy hh:mm"))
        self.setMaxLength(16)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00-00-0000 00:000") + 24)

    def set_now(self) -> None:
        self.setText(display.now_text())

    def value(self) -> tuple[datetime | None, str | None]:
        if not self.text().strip():
            return None, "err_required"
        parsed = display.parse_datetime(self.text())
        return (parsed, None) if parsed else (None, "err_date_format")


def _municipality_words() -> list[str]:
    names = set(municipalities.SPECIAL.values())
    for item in municipalities.all_municipalities().values():
        names.update((item.name, item.short_name))
    folded = {fold(n) for n in names}
    # Aliases people actually say ("Den Haag", "Budel"), not the folded spellings the
    # matcher also keeps ("s hertogenbosch", "nuenen c a").
    for alias in municipalities._EXTRA_ALIASES:  # noqa: SLF001 - read-only vocabulary
        if alias and fold(alias) not in folded and all(len(w) > 1 for w in alias.split()):
            names.add(alias.title())
    collator = QCollator(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return sorted(names, key=collator.sortKey)


class MunicipalityField(QLineEdit):
    """A municipality by name, alias or CBS code, with a completer; empty means unknown."""

    _words: list[str] | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if MunicipalityField._words is None:
            MunicipalityField._words = _municipality_words()
        completer = QCompleter(QStringListModel(MunicipalityField._words, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("name or CBS code"))

    def set_code(self, code: str | None) -> None:
        unknown = not code or code == municipalities.UNKNOWN
        self.setText("" if unknown else display.municipality_name(code))

    def value(self) -> tuple[str | None, str | None]:
        if not self.text().strip():
            return municipalities.UNKNOWN, None
        code = municipalities.match(self.text())
        return (code, None) if code else (None, "err_municipality")


class VocabCombo(QComboBox):
    """The terms of one vocabulary, labelled in the running language; data is the code."""

    def __init__(
        self, vocabulary: Vocabulary, parent: QWidget | None = None, *, any_text: str = ""
    ) -> None:
        super().__init__(parent)
        if any_text:
            self.addItem(any_text, None)  # a filter's "all …" entry
        for code in vocabulary.codes:
            self.addItem(display.label(vocabulary, code), code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        found = self.findData(code)
        self.setCurrentIndex(found if found >= 0 else 0)


class CountryCombo(QComboBox):
    """Nationality: unknown and Dutch first, then every country by its Dutch name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(display.country_name(countries.UNKNOWN), countries.UNKNOWN)
        self.addItem(display.country_name("NL"), "NL")
        collator = QCollator(QLocale())
        rest = sorted(
            (c for c in countries.codes() if c != "NL"),
            key=lambda c: collator.sortKey(countries.name(c, language())),
        )
        for code in rest:
            self.addItem(display.country_name(code), code)

    def code(self) -> str:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        found = self.findData(code or countries.UNKNOWN)
        self.setCurrentIndex(max(found, 0))


class AgeBox(QSpinBox):
    """An age in years; the lowest value reads 'unknown' so no age is never a guess."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(UNKNOWN_AGE, 110)
        self.setSpecialValueText(self.tr("unknown"))
        self.setValue(UNKNOWN_AGE)

    def age(self) -> int | None:
        return None if self.value() == UNKNOWN_AGE else self.value()

    def set_age(self, age: int | None) -> None:
        self.setValue(UNKNOWN_AGE if age is None else age)


def duration_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 24 * 60)
    box.setSingleStep(5)
    box.setSuffix(QCoreApplication.translate("RegistryFields", " min"))
    return box


class FormsBox(QWidget):
    """One check box per form of exploitation (more than one can apply)."""

    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, code in enumerate(vocabulary.codes):
            box = QCheckBox(display.label(vocabulary, code), self)
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            grid.addWidget(box, index // 2, index % 2)
        grid.setColumnStretch(2, 1)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def first(self) -> QCheckBox:
        return next(iter(self.boxes.values()))
