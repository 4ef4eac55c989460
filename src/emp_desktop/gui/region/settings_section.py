"""Instellingen › Regio: the region's name and municipalities, stored in the vault.

Saving is one audited service call (region_service.set_region); bad input is said per
field and changes nothing. Releases already made keep the region they were made for.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.region import MAX_NAME_LENGTH
from emp_desktop.gui.region.picker import RegionPicker
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import region_service


class RegionFields(QWidget):
    """Name, preset and municipalities: shared by this section and the setup wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName(self.tr("Region name"))
        self.name.setPlaceholderText(self.tr("e.g. Rijnmond"))
        self.name_message = MessageLabel(self)
        self.preset_button = QPushButton(self.tr("&Eindhoven preset"), self)
        self.clear_button = QPushButton(self.tr("Clear the choi&ce"), self)
        self.picker = RegionPicker(self)
        form = QFormLayout()
        label = QLabel(self.tr("Region &name:"), self)
        label.setBuddy(self.name)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.preset_button)
        row.addWidget(self.clear_button)
        form.addRow(label, row)
        form.addRow("", self.name_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.picker, 1)
        self.preset_button.clicked.connect(self.use_preset)
        self.clear_button.clicked.connect(lambda: self.picker.set_codes(()))
        QWidget.setTabOrder(self.name, self.preset_button)
        QWidget.setTabOrder(self.preset_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.picker.search)

    def show_region(self, view: region_service.RegionView) -> None:
        self.name.setText(view.name)
        self.picker.set_codes(view.codes)
        self.name_message.clear_message()

    def use_preset(self) -> None:
        self.show_region(region_service.presets()["eindhoven"])

    def valid(self) -> bool:
        """Says per field what is missing; the service checks everything again."""
        self.name_message.clear_message()
        ok = True
        if not self.name.text().strip():
            self.name_message.show_error(self.tr("Give the region a name."))
            ok = False
        if not self.picker.codes():
            self.picker.message.show_error(self.tr("Choose at least one municipality."))
            ok = False
        return ok

    def save(self, vault: object) -> region_service.RegionView | None:
        """Stores the region in `vault`; None (and the reason shown) when refused."""
        if not self.valid():
            return None
        try:
            view = region_service.set_region(vault, self.name.text(), self.picker.codes())
        except Exception as error:  # noqa: BLE001 - a refused region is said, not raised
            self.picker.message.show_error(error_message(error))
            return None
        self.show_region(view)
        return view


class RegionSettings(QGroupBox):
    saved = Signal()  # the region changed: lists and maps that follow it reload

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Region"))
        self.session = session
        self.fields = RegionFields(self)
        self.note = QLabel(
            self.tr(
                "Exports, the annual report, the dashboard map and the client filter follow "
                "the region. A year that already has releases keeps the region they were made "
                "for, so that every release stays reproducible."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("S&ave region"), self)
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.fields, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.setMinimumHeight(520)

    def refresh(self) -> None:
        self.fields.show_region(self.session.call(region_service.region_view))
        self.message.clear_message()

    def clear(self) -> None:
        self.fields.name.clear()
        self.fields.picker.set_codes(())
        self.message.clear_message()

    def save(self) -> None:
        if self.session.vault is None:
            return
        view = self.fields.save(self.session.vault)
        if view is None:
            self.message.clear_message()
            return
        text = self.tr("Region saved: %1 municipalities.").replace(
            "%1", str(len(view.municipalities))
        )
        self.message.show_info(text)
        self.saved.emit()
