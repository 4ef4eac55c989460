"""The setup wizard's last page: the organisation (name, logo) and the region it serves.

It comes after the recovery code is confirmed, so the vault exists and is open; Finish
stores what was chosen (audited). Finishing on the page before skips it: the vault then
serves the Eindhoven preset until the region is set in Instellingen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from emp_desktop.gui.region.settings_section import RegionFields
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import vault_service


class RegionPage(QWizardPage):
    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.logo_png: bytes | None = None
        self.setTitle(self.tr("Your organisation and region"))
        self.setSubTitle(
            self.tr(
                "Which municipalities does your care coordination serve? Click them on the "
                "map or tick them in the list. You can change this later in Settings."
            )
        )
        self.organisation = QLineEdit(self)
        self.organisation.setMaxLength(120)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.logo_button = QPushButton(self.tr("Choose &logo (PNG)…"), self)
        self.logo_label = QLabel(self.tr("No logo"), self)
        self.message = MessageLabel(self)
        self.fields = RegionFields(self)
        form = QFormLayout()
        label = QLabel(self.tr("&Organisation:"), self)
        label.setBuddy(self.organisation)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_label, 1)
        form.addRow(label, self.organisation)
        form.addRow(self.tr("Logo on reports:"), logo_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.message)
        self.logo_button.clicked.connect(self.choose_logo)
        self.fields.use_preset()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._wizard.resize(max(self._wizard.width(), 960), max(self._wizard.height(), 700))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, APP_TITLE, "", self.tr("PNG images (*.png)"))
        if not path:
            return
        try:
            self.logo_png = Path(path).read_bytes()
        except OSError as error:
            self.message.show_error(error_message(error))
            return
        self.logo_label.setText(Path(path).name)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        created = getattr(self._wizard, "created", None)
        if created is None:
            return False
        vault = created.vault
        try:
            if self.logo_png is not None:
                vault_service.set_logo(vault, self.logo_png)
        except Exception as error:  # noqa: BLE001 - not a PNG, too large: said, page stays
            self.message.show_error(error_message(error))
            return False
        if self.fields.save(vault) is None:
            return False
        if self.organisation.text().strip():
            vault_service.set_organisation_name(vault, self.organisation.text())
        return True
