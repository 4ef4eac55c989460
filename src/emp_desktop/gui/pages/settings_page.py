"""Instellingen: locking, language, the organisation's name, the region and vault
maintenance on one tab; backups and retention on the other."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.dialogs import ChangePassphraseDialog
from emp_desktop.gui.pages.audit_page import verify_summary
from emp_desktop.gui.region.settings_section import RegionSettings
from emp_desktop.gui.safekeeping.settings_section import SafekeepingSection
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.settings import IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, Settings
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.services import backup_service, vault_service
from emp_desktop.services.dto import BackupResult, VerifyReport

BACKUP_SUFFIX = ".empbak"
# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_CHOICES = (("nl", "Nederlands"), ("en", "English"))


class SettingsPage(QWidget):
    idle_minutes_changed = Signal(int)

    def __init__(
        self, session: VaultSession, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.progress: QProgressDialog | None = None
        # Two tabs rather than one page twice a laptop screen's height, whose buttons and
        # fields wanted more Alt+letters than the alphabet has.
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the settings"))
        general = (
            self._locking_group(),
            self._language_group(),
            self._organisation_group(),
            self._region_group(self),
            self._vault_group(),
        )
        self.tabs.addTab(self._scrolled(general), self.tr("General"))
        safekeeping = SafekeepingSection(session, self)
        self.tabs.addTab(self._scrolled((safekeeping,)), self.tr("Backups and retention"))
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("Settings"), self))
        column.addWidget(self.tabs, 1)
        self._set_tab_order()
        self._show_preferences()

    def _scrolled(self, groups: tuple[QWidget, ...]) -> QScrollArea:
        content = QWidget(self)
        content.setMaximumWidth(900)  # long lines are hard to read on a wide screen
        column = QVBoxLayout(content)
        for group in groups:
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    def _locking_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Locking"), self)
        self.idle_minutes = QSpinBox(group)
        self.idle_minutes.setRange(IDLE_MINUTES_MIN, IDLE_MINUTES_MAX)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Minutes without input before locking"))
        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is &minimised"), group)
        form = self._form(group)
        form.addRow(self.tr("&Idle time before locking:"), self.idle_minutes)
        form.addRow("", self.lock_on_minimise)
        form.addRow("", QLabel(self.tr("Ctrl+L locks at once, from anywhere in the app."), group))
        self.idle_minutes.valueChanged.connect(self._idle_changed)
        self.lock_on_minimise.toggled.connect(self._minimise_changed)
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(group)
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = MessageLabel(group)
        form = self._form(group)
        form.addRow(self.tr("Lang&uage:"), self.language)
        form.addRow("", self.language_note)
        self.language.activated.connect(self._language_changed)
        return group

    def _organisation_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Organisation"), self)
        self.organisation = QLineEdit(group)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.organisation.setMaxLength(120)
        self.save_organisation = QPushButton(self.tr("&Save name"), group)
        self.organisation_message = MessageLabel(group)
        row = QHBoxLayout()
        row.addWidget(self.organisation, 1)
        row.addWidget(self.save_organisation)
        form = QFormLayout(group)
        label = QLabel(self.tr("&Organisation name:"), group)
        label.setBuddy(self.organisation)
        form.addRow(label, row)
        form.addRow("", QLabel(self.tr("Kept in the vault; printed on reports."), group))
        self.logo_button = QPushButton(self.tr("Choose &logo (PNG)…"), group)
        self.remove_logo_button = QPushButton(self.tr("Remove lo&go"), group)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo on reports:"), logo_row)
        form.addRow("", self.organisation_message)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.organisation.returnPressed.connect(self._save_organisation)
        self.save_organisation.clicked.connect(self._save_organisation)
        return group

    def _region_group(self, parent: QWidget) -> QGroupBox:
        self.region = RegionSettings(self.session, parent)  # its own section (gui/region)
        return self.region

    def _vault_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Vault"), self)
        self.change_button = QPushButton(self.tr("Change &passphrase…"), group)
        self.backup_button = QPushButton(self.tr("Make a &backup…"), group)
        self.verify_button = QPushButton(self.tr("Chec&k vault"), group)
        self.vault_message = MessageLabel(group)
        buttons = QHBoxLayout()
        for button in (self.change_button, self.backup_button, self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(group)
        column.addLayout(buttons)
        column.addWidget(self.vault_message)
        self.change_button.clicked.connect(self.change_passphrase)
        self.backup_button.clicked.connect(self.make_backup)
        self.verify_button.clicked.connect(self.verify)
        return group

    def _set_tab_order(self) -> None:
        chain = (
            self.idle_minutes,
            self.lock_on_minimise,
            self.language,
            self.organisation,
            self.save_organisation,
            self.logo_button,
            self.remove_logo_button,
            self.change_button,
            self.backup_button,
            self.verify_button,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- loading and clearing -------------------------------------------------------

    def refresh(self) -> None:
        self._show_preferences()
        self.organisation.setText(self.session.call(vault_service.organisation_name))
        self.region.refresh()

    def _show_preferences(self) -> None:
        for widget in (self.idle_minutes, self.lock_on_minimise):
            widget.blockSignals(True)  # showing a stored value is not a change to store
        self.idle_minutes.setValue(self.settings.idle_minutes)
        self.lock_on_minimise.setChecked(self.settings.lock_on_minimise)
        for widget in (self.idle_minutes, self.lock_on_minimise):
            widget.blockSignals(False)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))

    def clear(self) -> None:
        self.organisation.clear()
        self.region.clear()
        for label in (self.organisation_message, self.vault_message, self.language_note):
            label.clear_message()

    # -- preferences (QSettings) ----------------------------------------------------

    def _idle_changed(self, minutes: int) -> None:
        self.settings.idle_minutes = minutes
        self.idle_minutes_changed.emit(minutes)

    def _minimise_changed(self, checked: bool) -> None:
        self.settings.lock_on_minimise = checked

    def _language_changed(self, index: int) -> None:
        self.settings.language = self.language.itemData(index)
        self.language_note.show_info(
            self.tr("The new language is used the next time EMP Desktop starts.")
        )

    # -- the vault ------------------------------------------------------------------

    def _save_organisation(self) -> None:
        self.session.call(vault_service.set_organisation_name, self.organisation.text())
        self.organisation_message.show_info(self.tr("Organisation name saved."))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, APP_TITLE, "", self.tr("PNG images (*.png)"))
        if not path:
            return
        try:
            self.session.call(vault_service.set_logo, Path(path).read_bytes())
        except Exception as error:  # noqa: BLE001 - unreadable file or not a PNG: say so
            self.organisation_message.show_error(error_message(error))
            return
        self.organisation_message.show_info(self.tr("Logo saved; it is printed on reports."))

    def remove_logo(self) -> None:
        self.session.call(vault_service.set_logo, None)
        self.organisation_message.show_info(self.tr("Logo removed."))

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.session, self)
        dialog.accepted.connect(
            lambda: self.vault_message.show_info(self.tr("The passphrase has been changed."))
        )
        dialog.open()

    def _backup_path(self) -> Path | None:
        today = QLocale().toString(QDate.currentDate(), "yyyy-MM-dd")
        suggested = Path.home() / f"emp-kluis-{today}{BACKUP_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            APP_TITLE,
            str(suggested),
            self.tr("EMP Desktop backup (*%1)").replace("%1", BACKUP_SUFFIX),
        )
        return Path(chosen).with_suffix(BACKUP_SUFFIX) if chosen else None

    def make_backup(self) -> None:
        target = self._backup_path()
        if target is None:
            return
        self.backup_button.setEnabled(False)
        self.progress = self._progress_dialog()
        self.session.run(
            backup_service.backup_vault,
            target,
            on_success=self._backed_up,
            on_error=self._backup_failed,
            on_progress=self._backup_progress,
        )

    def _progress_dialog(self) -> QProgressDialog:
        # No cancel button: a backup is short, and stopping halfway helps nobody.
        dialog = QProgressDialog(self.tr("Making the backup…"), "", 0, 100, self)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(APP_TITLE)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        return dialog

    def _backup_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(done * 100 / total))

    def _end_backup(self) -> None:
        self.backup_button.setEnabled(True)
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _backed_up(self, result: object) -> None:
        self._end_backup()
        assert isinstance(result, BackupResult)
        size = QLocale().formattedDataSize(result.size_bytes)
        self.vault_message.show_info(
            self.tr("Backup saved as %1 (%2). Keep it somewhere other than this laptop.")
            .replace("%1", str(result.path))
            .replace("%2", size)
        )

    def _backup_failed(self, error: object) -> None:
        self._end_backup()
        if isinstance(error, OSError):  # full disk, removed stick, no permission
            self.vault_message.show_error(
                self.tr("The backup could not be written (%1).").replace(
                    "%1", error.strerror or type(error).__name__
                )
            )
            return
        self.vault_message.show_error(error_message(error))  # type: ignore[arg-type]

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.vault_message.show_info(self.tr("Checking the vault…"))
        self.session.run(
            vault_service.verify_vault, on_success=self._verified, on_error=self._verify_failed
        )

    def _verified(self, report: object) -> None:
        self.verify_button.setEnabled(True)
        assert isinstance(report, VerifyReport)
        shown = self.vault_message.show_info if report.ok else self.vault_message.show_error
        shown(verify_summary(report))

    def _verify_failed(self, error: object) -> None:
        self.verify_button.setEnabled(True)
        self.vault_message.show_error(error_message(error))  # type: ignore[arg-type]
