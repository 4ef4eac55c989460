"""First run: create the vault, show the recovery code once, check it was written down."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from emp_desktop.domain import recovery_code
from emp_desktop.gui import recovery_sheet
from emp_desktop.gui.region.wizard_page import RegionPage
from emp_desktop.gui.translation import APP_TITLE, error_message, titled
from emp_desktop.gui.widgets import MessageLabel, NewPassphraseForm, busy_bar
from emp_desktop.gui.workers import run_in_background
from emp_desktop.services import vault_service


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class PassphrasePage(QWizardPage):
    """Choosing the passphrase; 'Create vault' is the commit point (no way back after)."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._busy = False
        self.setTitle(self.tr("Create your vault"))
        self.setSubTitle(self.tr("Everything you record is kept encrypted on this laptop."))
        intro = _wrapped(
            self.tr(
                "Choose a passphrase to lock the vault: long and easy to remember, for example "
                "four words that do not belong together. Nobody can read the vault without it."
            ),
            self,
        )
        folder = _wrapped(self.tr("Vault folder: %1").replace("%1", str(wizard.folder)), self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = NewPassphraseForm(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(vault_service.MAX_COORDINATOR_NAME)
        self.name.setPlaceholderText(self.tr("for example: Anna de Vries, zorgcoördinator"))
        self.name.setAccessibleName(self.tr("Your name in the audit trail"))
        name_label = QLabel(self.tr("Your name (in the audit &trail):"), self)
        name_label.setBuddy(self.name)
        name_row = QFormLayout()
        name_row.addRow(name_label, self.name)
        self.busy = busy_bar(self)
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        for widget in (intro, folder, self.form):
            layout.addWidget(widget)
        layout.addLayout(name_row)
        for widget in (self.busy, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.form.changed.connect(self._changed)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))

    def _changed(self) -> None:
        self.message.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self._busy and self.form.is_filled()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self._wizard.created is not None:
            return True
        problem = self.form.problem()
        if problem:
            self.message.show_error(problem)
            return False
        self._start(self.form.passphrase())
        return False  # the worker calls next() once the vault exists

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        self.completeChanged.emit()

    def _start(self, passphrase: str) -> None:
        self._set_busy(True)
        self.message.show_info(self.tr("Creating the vault. This takes a few seconds…"))
        folder, kdf, name = self._wizard.folder, self._wizard.kdf, self.name.text()
        run_in_background(
            # Pending until the code has been on screen: a crash before that leaves a
            # folder the wizard simply makes again, never a vault without its code.
            lambda: _create_named(folder, passphrase, kdf, name),
            on_success=self._created,
            on_error=self._failed,
        )

    def _created(self, created: object) -> None:
        self._wizard.created = created  # type: ignore[assignment]
        self._set_busy(False)
        self.form.clear()
        self.message.clear_message()
        self._wizard.next()

    def _failed(self, error: object) -> None:
        self._set_busy(False)
        self.message.show_error(error_message(error))  # type: ignore[arg-type]
        self.form.first.setFocus()


def _create_named(folder: Path, passphrase: str, kdf: object, name: str) -> object:
    """The vault, with the coordinator's name for the audit trail (when one was given)."""
    created = vault_service.create_vault(folder, passphrase, kdf=kdf, pending=True)  # type: ignore[arg-type]
    vault_service.set_coordinator_name(created.vault, name)
    return created


class RecoveryCodePage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("It is shown only this once."))
        intro = _wrapped(
            self.tr(
                "If the passphrase is ever forgotten, this code is the only way back into the "
                "vault. Write it down or print it now, and keep it in the organisation's safe, "
                "never with the laptop."
            ),
            self,
        )
        self.code = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 2)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Recovery code"))
        # Selectable by keyboard, so that a screen reader can read it character by character.
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.save_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.message = MessageLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (intro, self.code):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        QWidget.setTabOrder(self.save_button, self.print_button)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_code)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        shown = recovery_sheet.display_code(self._wizard.recovery_code)
        self.code.setText(shown)
        # The name is what a screen reader says: the code itself, spelled out per group.
        spelled = ", ".join(" ".join(group) for group in shown.split())
        self.code.setAccessibleName(self.tr("Recovery code: %1").replace("%1", spelled))

    def save_pdf(self) -> None:
        suggested = str(Path.home() / self.tr("EMP-recovery-code.pdf"))
        chosen, _ = QFileDialog.getSaveFileName(self, APP_TITLE, suggested, "PDF (*.pdf)")
        if not chosen:
            return
        path = Path(chosen).with_suffix(".pdf")
        recovery_sheet.save_pdf(self._wizard.recovery_code, path)
        if path.exists():
            self.message.show_info(
                self.tr("Saved as %1. Print it, then delete the file.").replace("%1", str(path))
            )
        else:
            self.message.show_error(self.tr("Could not save %1.").replace("%1", str(path)))

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(APP_TITLE)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            recovery_sheet.print_sheet(self._wizard.recovery_code, printer)
            self.message.show_info(self.tr("Sent to the printer."))


class ConfirmPage(QWizardPage):
    """Proof, not a promise: one group of the code, typed back from the paper."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.group_number = 1
        self.setTitle(self.tr("Check the recovery code"))
        self.setSubTitle(self.tr("Make sure the code is written down correctly."))
        self.written = QCheckBox(
            self.tr("I have &written down the recovery code and will keep it in a safe place"), self
        )
        self.ask = _wrapped("", self)
        self.group = QLineEdit(self)
        self.group.setMaxLength(9)
        self.group.setAccessibleName(self.tr("Group of the recovery code"))
        self.group_label = QLabel(self)
        self.group_label.setBuddy(self.group)
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.group_label, self.group)
        layout = QVBoxLayout(self)
        layout.addWidget(self.written)
        layout.addWidget(self.ask)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        QWidget.setTabOrder(self.written, self.group)
        self.written.toggled.connect(self.completeChanged)
        self.group.textChanged.connect(self._typed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.group_number = secrets.randbelow(recovery_code.GROUPS) + 1
        number = str(self.group_number)
        self.ask.setText(
            self.tr(
                "Type group %1 of the code, counting from the left, as it is written on your paper."
            ).replace("%1", number)
        )
        self.group_label.setText(self.tr("&Group %1:").replace("%1", number))
        self.group.clear()
        self.written.setChecked(False)

    def _expected(self) -> str:
        return recovery_sheet.code_groups(self._wizard.recovery_code)[self.group_number - 1]

    def _matches(self) -> bool:
        return recovery_code.normalise(self.group.text()) == self._expected()

    def _typed(self, typed: str) -> None:
        cleaned = recovery_code.normalise(typed).replace("-", "")
        if len(cleaned) >= recovery_code.GROUP_SIZE and not self._matches():
            self.message.show_error(
                self.tr(
                    "This group does not match the code. Check your paper, or go back to see "
                    "the code again."
                )
            )
        else:
            self.message.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self._wizard.created) and self.written.isChecked() and self._matches()


class CreateVaultWizard(QWizard):
    vault_ready = Signal(object)  # OpenVault, open: the main window takes it from here
    abandoned = Signal()

    def __init__(self, folder: Path, *, kdf: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.kdf = kdf  # cheap Argon2id, for the test suite only; the app never sets it
        self.created: vault_service.CreatedVault | None = None
        self.setWindowTitle(titled(self.tr("New vault")))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(680, 520)
        self.passphrase_page = PassphrasePage(self)
        self.code_page = RecoveryCodePage(self)
        self.confirm_page = ConfirmPage(self)
        self.region_page = RegionPage(self)  # skippable: Finish on the confirm page too
        self.confirm_page.setFinalPage(True)
        for page in (self.passphrase_page, self.code_page, self.confirm_page, self.region_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))

    @property
    def recovery_code(self) -> str:
        return self.created.recovery_code if self.created else ""

    def accept(self) -> None:
        if self.created is None or not self.confirm_page.isComplete():
            return  # only Finish on a checked code lets the wizard go
        opened = self.created.vault
        vault_service.confirm_created(self.folder)
        self.created = None  # the recovery code is not kept once it is on paper
        self.code_page.code.clear()
        self.code_page.code.setAccessibleName(
            QCoreApplication.translate("RecoveryCodePage", "Recovery code")
        )
        super().accept()
        self.vault_ready.emit(opened)

    def reject(self) -> None:
        if self.passphrase_page.is_busy:
            return  # the vault is being written; stopping now would leave half a vault
        if self.created is not None and not self._confirm_stop():
            return
        if self.created is not None:
            vault_service.lock(self.created.vault)
            vault_service.confirm_created(self.folder)  # the code was shown; the user chose
            self.created = None
        super().reject()
        self.abandoned.emit()

    def _confirm_stop(self) -> bool:
        answer = QMessageBox.question(
            self,
            APP_TITLE,
            self.tr(
                "The vault has been created, but the recovery code will not be shown again. "
                "Without it a forgotten passphrase cannot be reset. Stop anyway?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
