"""The last look before anything leaves: which files, for whom, over which period, where.

Nothing is written unless this dialog is accepted. Cancel is the default button, so a
stray Enter never exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.export.common import count_text, profile_label
from emp_desktop.gui.translation import titled
from emp_desktop.gui.widgets import heading
from emp_desktop.services.export_gui_support import PreparedExport


class ConfirmExportDialog(QDialog):
    def __init__(self, prepared: PreparedExport, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Confirm export")))
        preview = prepared.preview
        intro = QLabel(
            self.tr(
                "These files will leave the laptop. They hold only the tables shown in the "
                "preview. Check the recipient and the period before you confirm."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.addItems(list(prepared.files))
        self.files.setAccessibleName(self.tr("Files that will be written"))
        files_label = QLabel(self.tr("&Files that will be written:"), self)
        files_label.setBuddy(self.files)
        self.readme = QPlainTextEdit(prepared.readme, self)
        self.readme.setReadOnly(True)
        self.readme.setAccessibleName(self.tr("Read-me that goes with the files"))
        readme_label = QLabel(self.tr("&Read-me (LEESMIJ.txt) that goes with them:"), self)
        readme_label.setBuddy(self.readme)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.export_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Export to %1").replace("%1", preview.recipient), self))
        layout.addWidget(intro)
        layout.addLayout(self._facts(prepared, folder))
        layout.addWidget(files_label)
        layout.addWidget(self.files, 1)
        layout.addWidget(readme_label)
        layout.addWidget(self.readme, 2)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.files, self.readme)
        QWidget.setTabOrder(self.readme, self.buttons)
        self.resize(640, 620)

    def _facts(self, prepared: PreparedExport, folder: Path) -> QFormLayout:
        preview = prepared.preview
        facts = QFormLayout()
        facts.addRow(self.tr("Recipient:"), QLabel(preview.recipient, self))
        facts.addRow(self.tr("Export:"), QLabel(profile_label(preview.profile), self))
        facts.addRow(self.tr("Period:"), QLabel(preview.period, self))
        facts.addRow(self.tr("Protection:"), QLabel(self._protection(prepared), self))
        facts.addRow(self.tr("Folder:"), self._folder_label(folder))
        return facts

    def _protection(self, prepared: PreparedExport) -> str:
        preview = prepared.preview
        if preview.profile == "comensha-records":
            return (
                self.tr("%1 records, k-anonymous with k = %2")
                .replace("%1", count_text(len(preview.records)))
                .replace("%2", str(preview.k))
            )
        return (
            self.tr("threshold %1, %2 cells hidden")
            .replace("%1", str(preview.threshold))
            .replace("%2", count_text(preview.hidden_cells))
        )

    def _folder_label(self, folder: Path) -> QLabel:
        label = QLabel(str(folder), self)
        label.setWordWrap(True)
        return label


def ask_confirmation(parent: QWidget, prepared: PreparedExport, folder: Path) -> bool:
    """True only when the user pressed Export (tests answer this function)."""
    dialog = ConfirmExportDialog(prepared, folder, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
