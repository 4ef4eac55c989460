"""Instellingen → "Back-ups en bewaartermijnen": backup targets, rotation, the warning
age, and the retention policy per tier. Everything is kept in the vault (a USB stick's
path says nothing about a client, but the settings belong with the vault they protect)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from emp_desktop.domain.rotation import MAX_KEEP, RotationPolicy
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.privacy.retention import MAX_YEARS, TIERS, RetentionPolicy
from emp_desktop.services import backup_schedule, retention_service
from emp_desktop.services.backup_schedule import ScheduleSettings


def _spin(parent: QWidget, low: int, high: int, accessible: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setAccessibleName(accessible)
    return spin


class SafekeepingSection(QGroupBox):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups and retention"))
        self.session = session
        self.targets = QListWidget(self)
        self.targets.setAccessibleName(self.tr("Backup targets"))
        self.targets.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("&Add target…"), self)
        self.remove_button = QPushButton(self.tr("R&emove target"), self)
        self.daily = _spin(self, 0, MAX_KEEP, self.tr("Daily backups to keep"))
        self.weekly = _spin(self, 0, MAX_KEEP, self.tr("Weekly backups to keep"))
        self.monthly = _spin(self, 0, MAX_KEEP, self.tr("Monthly backups to keep"))
        self.warn_days = _spin(self, 1, 365, self.tr("Warn after days without backup"))
        self.years = {t: _spin(self, 1, MAX_YEARS, self._tier_name(t)) for t in TIERS}
        self.save_button = QPushButton(self.tr("Save backup and rete&ntion settings"), self)
        self.message = MessageLabel(self)
        self._layout()
        self.add_button.clicked.connect(self.add_target)
        self.remove_button.clicked.connect(self.remove_target)
        self.save_button.clicked.connect(self.save)
        session.opened.connect(self.load)
        session.closed.connect(self.clear)

    def _tier_name(self, tier: str) -> str:
        names = {
            "adviesvraag": self.tr("Years to keep advice questions"),
            "signaal": self.tr("Years to keep signals after closing"),
            "client": self.tr("Years to keep client files after closing"),
        }
        return names[tier]

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.targets.setMinimumWidth(420)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        label = QLabel(self.tr("Backup &targets:"), self)
        label.setBuddy(self.targets)
        form.addRow(label, self.targets)
        form.addRow("", buttons)
        form.addRow(
            "",
            QLabel(
                self.tr("A backup is made at lock and at close when a target is connected."), self
            ),
        )
        for text, widget in (
            (self.tr("Keep &daily:"), self.daily),
            (self.tr("Keep &weekly:"), self.weekly),
            (self.tr("Keep &monthly:"), self.monthly),
            (self.tr("Warn a&fter (days):"), self.warn_days),
            (self.tr("Advice &questions (years):"), self.years["adviesvraag"]),
            (self.tr("&Signals (years after closing):"), self.years["signaal"]),
            (self.tr("&Clients (years after closing):"), self.years["client"]),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
        form.addRow("", self.save_button)
        form.addRow("", self.message)

    def load(self) -> None:
        settings = self.session.call(backup_schedule.schedule_settings)
        self.targets.clear()
        self.targets.addItems(list(settings.targets))
        self.daily.setValue(settings.policy.daily)
        self.weekly.setValue(settings.policy.weekly)
        self.monthly.setValue(settings.policy.monthly)
        self.warn_days.setValue(settings.warn_days)
        policy = self.session.call(retention_service.retention_policy)
        for tier, spin in self.years.items():
            spin.setValue(policy.years(tier))

    def clear(self) -> None:
        self.targets.clear()
        self.message.clear_message()

    def add_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, APP_TITLE)
        if folder and not self.targets.findItems(folder, Qt.MatchFlag.MatchExactly):
            self.targets.addItem(folder)

    def remove_target(self) -> None:
        for item in self.targets.selectedItems():
            self.targets.takeItem(self.targets.row(item))

    def save(self) -> None:
        targets = tuple(self.targets.item(i).text() for i in range(self.targets.count()))
        policy = RotationPolicy(self.daily.value(), self.weekly.value(), self.monthly.value())
        retention = RetentionPolicy(**{t: s.value() for t, s in self.years.items()})
        try:
            self.session.call(
                backup_schedule.save_schedule_settings,
                ScheduleSettings(targets, policy, self.warn_days.value()),
            )
            self.session.call(retention_service.save_retention_policy, retention)
        except Exception as error:  # noqa: BLE001 - typed errors become Dutch text
            self.message.show_error(error_message(error))
            return
        self.message.show_info(self.tr("Backup and retention settings saved."))
