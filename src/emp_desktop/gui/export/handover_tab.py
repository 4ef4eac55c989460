"""Handover between vaults: this vault's receiving key (text and QR code, to hand over
in person), making an encrypted handover file for one person, reading one in (preview
first), and closing a handed-over case locally."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.freetext_guard import ask_resolution
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import handover_service, registry_service, vault_service


def choose_handover_target(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, APP_TITLE, suggested)
    return path


def choose_handover_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, APP_TITLE)
    return path


def _line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    return edit


class HandoverTab(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.message = MessageLabel(self)
        self._pending: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._key_box())
        layout.addWidget(self._export_box())
        layout.addWidget(self._import_box())
        layout.addWidget(self._close_box())
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receiving key of this vault"), self)
        self.recipient = _line(box, self.tr("Receiving key"))
        self.recipient.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Cop&y"), box)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.recipient.text())
        )
        self.qr = QLabel(box)
        self.qr.setAccessibleName(self.tr("Receiving key as QR code"))
        hint = QLabel(
            self.tr(
                "Give this key to the coordinator who hands a case over to you (in person, "
                "as text or QR code). It is public: it can only encrypt for this vault."
            ),
            box,
        )
        hint.setWordWrap(True)
        key_label = QLabel(self.tr("&Key:"), box)
        key_label.setBuddy(self.recipient)
        row = QHBoxLayout()
        row.addWidget(key_label)
        row.addWidget(self.recipient, 1)
        row.addWidget(self.copy_button)
        column = QVBoxLayout()
        column.addWidget(hint)
        column.addLayout(row)
        outer = QHBoxLayout(box)
        outer.addLayout(column, 1)
        outer.addWidget(self.qr)
        return box

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hand a case over"), self)
        self.export_code = _line(box, self.tr("Pseudonym code"))
        self.export_code.setPlaceholderText("EMP-2025-0001")
        self.export_to = _line(box, self.tr("Receiving key of the other vault"))
        # How every receiving key (an age public key) begins: a format hint, through tr() so
        # a language could add words to it.
        self.export_to.setPlaceholderText(self.tr("age1…", "how a receiving key begins"))
        self.export_button = QPushButton(self.tr("&Make handover file…"), box)
        self.export_button.clicked.connect(self.export)
        form = QFormLayout(box)
        form.addRow(self.tr("&Code:"), self.export_code)
        form.addRow(self.tr("R&eceiving key:"), self.export_to)
        form.addRow("", self.export_button)
        self._buddies(form)
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Read a handover file"), self)
        self.preview = QLabel(box)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What arrives"))
        self.choose_button = QPushButton(self.tr("Choose &file…"), box)
        self.choose_button.clicked.connect(self.choose_import)
        self.import_button = QPushButton(self.tr("&Import"), box)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        return box

    def _close_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Close a handed-over case"), self)
        self.close_code = _line(box, self.tr("Pseudonym code of the handed-over case"))
        self.close_to = _line(box, self.tr("Handed over to"))
        self.close_button = QPushButton(self.tr("C&lose as handed over"), box)
        self.close_button.clicked.connect(self.close_case)
        form = QFormLayout(box)
        form.addRow(self.tr("C&ode:"), self.close_code)
        form.addRow(self.tr("Handed over &to:"), self.close_to)
        form.addRow("", self.close_button)
        self._buddies(form)
        return box

    @staticmethod
    def _buddies(form: QFormLayout) -> None:
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())

    # --- actions -------------------------------------------------------------------

    def _person_id(self, code: str) -> int | None:
        found = self.session.call(registry_service.find_person, code)
        if found is None:
            self.message.show_error(self.tr("No person with code %1.").replace("%1", code))
        return found.id if found else None

    def export(self) -> None:
        self.message.clear_message()
        person_id = self._person_id(self.export_code.text())
        if person_id is None:
            return
        try:
            found = self.session.call(handover_service.export_findings, person_id)
        except Exception as error:  # noqa: BLE001 - typed errors become Dutch text
            self.message.show_error(error_message(error))
            return
        resolution = ask_resolution(self, found)
        if resolution is None:
            return
        path = choose_handover_target(self, f"overdracht-{self.export_code.text().strip()}.age")
        if not path:
            return
        organisation = self.session.call(vault_service.organisation_name)
        try:
            self.session.call(
                handover_service.export_handover,
                person_id,
                self.export_to.text(),
                Path(path),
                resolution,
                organisation,
            )
        except Exception as error:  # noqa: BLE001
            self.message.show_error(error_message(error))
            return
        self.close_code.setText(self.export_code.text().strip().upper())
        self.message.show_info(self.tr("Handover file written, encrypted: %1").replace("%1", path))

    def choose_import(self) -> None:
        self.message.clear_message()
        path = choose_handover_file(self)
        if not path:
            return
        try:
            preview = self.session.call(handover_service.preview_handover, Path(path))
        except Exception as error:  # noqa: BLE001
            self._pending = None
            self.import_button.setEnabled(False)
            self.preview.clear()
            self.message.show_error(error_message(error))
            return
        self._pending = Path(path)
        self.preview.setText(self._preview_text(preview))
        self.import_button.setEnabled(True)

    def _preview_text(self, preview) -> str:  # noqa: ANN001
        counts = preview.counts
        return (
            self.tr("From %1 (code there %2, made %3).")
            .replace("%1", preview.sender_organisation or "-")
            .replace("%2", preview.sender_code)
            .replace("%3", preview.created_at.replace("T", " ")[:16])
            + " "
            + self.tr("%1 registrations, %2 contacts, %3 consents, %4 goals, %5 referrals.")
            .replace("%1", str(counts["registrations"]))
            .replace("%2", str(counts["contacts"]))
            .replace("%3", str(counts["consents"]))
            .replace("%4", str(counts["goals"]))
            .replace("%5", str(counts["referrals"]))
            + " "
            + (self.tr("With identity.") if preview.has_identity else self.tr("No identity."))
        )

    def run_import(self) -> None:
        if self._pending is None:
            return
        try:
            ref, preview = self.session.call(handover_service.import_handover, self._pending)
        except Exception as error:  # noqa: BLE001
            self.message.show_error(error_message(error))
            return
        finally:
            self._pending = None
            self.import_button.setEnabled(False)
        self.preview.clear()
        self.message.show_info(
            self.tr("Imported as %1 (code at the sender: %2).")
            .replace("%1", ref.code)
            .replace("%2", preview.sender_code)
        )

    def close_case(self) -> None:
        self.message.clear_message()
        person_id = self._person_id(self.close_code.text())
        if person_id is None:
            return
        try:
            self.session.call(handover_service.close_handed_over, person_id, self.close_to.text())
        except Exception as error:  # noqa: BLE001
            self.message.show_error(error_message(error))
            return
        self.message.show_info(
            self.tr("%1 closed: handed over to %2.")
            .replace("%1", self.close_code.text().strip().upper())
            .replace("%2", self.close_to.text().strip())
        )

    def refresh(self) -> None:
        recipient = self.session.call(handover_service.receiving_recipient)
        self.recipient.setText(recipient)
        pixmap = QPixmap()
        pixmap.loadFromData(handover_service.qr_png(recipient))
        self.qr.setPixmap(pixmap)

    def clear(self) -> None:
        for edit in (
            self.recipient,
            self.export_code,
            self.export_to,
            self.close_code,
            self.close_to,
        ):
            edit.clear()
        self.qr.clear()
        self.preview.clear()
        self._pending = None
        self.import_button.setEnabled(False)
        self.message.clear_message()
