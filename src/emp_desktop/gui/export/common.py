"""Small pieces the export screens share: profile names, Dutch date-times, short hashes,
the period picker, and the file dialogs (module functions, so tests can answer them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QSpinBox, QWidget

FIRST_YEAR = 2000
SHORT_HASH = 12  # enough to compare by eye with the manifest; the full hash is one click away


def profile_label(profile: str) -> str:
    labels = {
        "comensha": QCoreApplication.translate("ExportLabels", "Comensha tables"),
        "gemeente": QCoreApplication.translate("ExportLabels", "Municipality monitoring"),
        "comensha-records": QCoreApplication.translate("ExportLabels", "Comensha record extract"),
        "jaarverslag": QCoreApplication.translate("ExportLabels", "Annual report"),
    }
    return labels.get(profile, profile)


def local_time(at: str) -> str:
    """Stored as UTC ISO 8601; shown in local time as dd-mm-jjjj uu:mm."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), "dd-MM-yyyy HH:mm")


def short_hash(sha256: str) -> str:
    return sha256[:SHORT_HASH]


def count_text(number: int) -> str:
    return QLocale().toString(number)


def choose_folder(parent: QWidget, title: str) -> str:
    """The folder to export into; "" when the user cancels."""
    return QFileDialog.getExistingDirectory(parent, title)


def choose_save_file(parent: QWidget, title: str, suggested: str) -> str:
    """Where to save a PDF; "" when the user cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("ExportLabels", "PDF files (*.pdf)")
    )
    return path


class PeriodPicker(QObject):
    """A year and, optionally, a quarter: the only periods an export may cover. The two
    inputs belong to `parent`, which lays them out with their own labels.

    Free date ranges cannot be entered at all (see privacy.periods): two releases over
    overlapping ranges would let anyone subtract one from the other."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.year = QSpinBox(parent)
        self.year.setRange(FIRST_YEAR, QDate.currentDate().year())
        self.year.setValue(QDate.currentDate().year() - 1)  # the last complete year
        self.year.setAccessibleName(self.tr("Year"))
        self.quarter = QComboBox(parent)
        self.quarter.setAccessibleName(self.tr("Quarter"))
        self.quarter.addItem(self.tr("Whole year"), 0)
        for number, months in enumerate(
            (
                self.tr("Q1 (January–March)"),
                self.tr("Q2 (April–June)"),
                self.tr("Q3 (July–September)"),
                self.tr("Q4 (October–December)"),
            ),
            start=1,
        ):
            self.quarter.addItem(months, number)
        self.year.valueChanged.connect(self.changed)
        self.quarter.currentIndexChanged.connect(self.changed)
        QWidget.setTabOrder(self.year, self.quarter)

    def label(self) -> str:
        """ "2025" or "2025Q3": always a period privacy.periods accepts."""
        quarter = int(self.quarter.currentData() or 0)
        return f"{self.year.value()}" + (f"Q{quarter}" if quarter else "")

    def set_label(self, label: str) -> None:
        self.year.setValue(int(label[:4]))
        self.quarter.setCurrentIndex(int(label[5]) if "Q" in label else 0)
