"""The audit trail, newest first, and the check of its hash chain."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.errors import AuditChainBroken
from emp_desktop.gui.headers import column_header
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.services import vault_service
from emp_desktop.services.dto import AuditLine, VerifyReport

SORT_ROLE = Qt.ItemDataRole.UserRole  # native values, so time sorts by entry, not by text
_Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    TIME = 0
    ACTOR = 1
    ACTION = 2
    SUBJECT = 3
    DETAIL = 4


def column_titles() -> dict[Col, str]:
    return {
        Col.TIME: QCoreApplication.translate("AuditModel", "Time"),
        Col.ACTOR: QCoreApplication.translate("AuditModel", "User"),
        Col.ACTION: QCoreApplication.translate("AuditModel", "Action"),
        Col.SUBJECT: QCoreApplication.translate("AuditModel", "Concerns"),
        Col.DETAIL: QCoreApplication.translate("AuditModel", "Details"),
    }


def action_label(action: str) -> str:
    labels = {
        "vault_created": QCoreApplication.translate("AuditModel", "Vault created"),
        "unlock": QCoreApplication.translate("AuditModel", "Unlocked"),
        "backup": QCoreApplication.translate("AuditModel", "Backup made"),
        "restore": QCoreApplication.translate("AuditModel", "Backup restored"),
        "passphrase_changed": QCoreApplication.translate("AuditModel", "Passphrase changed"),
        "passphrase_reset_with_recovery_code": QCoreApplication.translate(
            "AuditModel", "Passphrase reset with the recovery code"
        ),
        "identity_revealed": QCoreApplication.translate("AuditModel", "Identity shown"),
        "advice_changed": QCoreApplication.translate("AuditModel", "Advice question corrected"),
        "advice_deleted": QCoreApplication.translate("AuditModel", "Advice question deleted"),
        "coordinator_named": QCoreApplication.translate(
            "AuditModel", "Coordinator's name set for the audit trail"
        ),
        "identity_changed": QCoreApplication.translate("AuditModel", "Identity changed"),
        "consent_given": QCoreApplication.translate("AuditModel", "Consent recorded"),
        "consent_withdrawn": QCoreApplication.translate("AuditModel", "Consent withdrawn"),
        "consent_override": QCoreApplication.translate(
            "AuditModel", "Referred without consent (reason recorded)"
        ),
        "export": QCoreApplication.translate("AuditModel", "Export written"),
        "annual_report": QCoreApplication.translate("AuditModel", "Annual report made"),
        "subject_access_export": QCoreApplication.translate(
            "AuditModel", "Subject access document made"
        ),
        "handover_export": QCoreApplication.translate("AuditModel", "Handover document made"),
        "meeting_agenda_printed": QCoreApplication.translate("AuditModel", "Agenda printed"),
        "meeting_minutes_printed": QCoreApplication.translate("AuditModel", "Minutes printed"),
        "region_changed": QCoreApplication.translate("AuditModel", "Region changed"),
        "organisation_changed": QCoreApplication.translate(
            "AuditModel", "Organisation name changed"
        ),
        "logo_changed": QCoreApplication.translate("AuditModel", "Logo changed"),
        "person_erased": QCoreApplication.translate("AuditModel", "Person erased on request"),
        "retention_run": QCoreApplication.translate(
            "AuditModel", "Expired records anonymised (retention)"
        ),
        "retention_policy_changed": QCoreApplication.translate(
            "AuditModel", "Retention policy changed"
        ),
    }
    return labels.get(action, action)


def local_time(at: str) -> str:
    """Stored as UTC ISO 8601; shown in local time as dd-mm-jjjj uu:mm:ss."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), "dd-MM-yyyy HH:mm:ss")


def detail_text(detail: dict) -> str:
    """'reden: dubbel ingevoerd; velden: datum, onderwerp' — never a Python list or dict."""
    return "; ".join(f"{key}: {_value_text(value)}" for key, value in sorted(detail.items()))


def _value_text(value: object) -> str:
    if isinstance(value, list | tuple | set):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {_value_text(v)}" for k, v in sorted(value.items()))
    if isinstance(value, bool):
        yes = QCoreApplication.translate("AuditModel", "yes")
        return yes if value else QCoreApplication.translate("AuditModel", "no")
    return str(value)


class AuditModel(QAbstractTableModel):
    """Caches the small AuditLine DTOs of one load; never a session or an ORM object."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[AuditLine] = []

    def set_lines(self, lines: list[AuditLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return column_header(section, orientation, role, Col, column_titles(), len(Col))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, col = self._lines[index.row()], Col(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(line, col)
        if role == SORT_ROLE:
            return line.id if col == Col.TIME else self._display(line, col)
        return None

    @staticmethod
    def _display(line: AuditLine, col: Col) -> str:
        if col == Col.TIME:
            return local_time(line.at)
        if col == Col.ACTOR:
            return line.actor
        if col == Col.ACTION:
            return action_label(line.action)
        if col == Col.SUBJECT:
            return line.subject or ""
        return detail_text(line.detail)


def verify_summary(report: VerifyReport) -> str:
    if report.ok:
        return QCoreApplication.translate(
            "AuditModel",
            "The vault is intact: encryption, database and audit trail all check out. "
            "Entries in the audit trail: %1.",
        ).replace("%1", str(report.audit_entries))
    found = []
    if not report.cipher_ok:
        found.append(QCoreApplication.translate("AuditModel", "Encrypted pages are damaged."))
    if not report.integrity_ok:
        found.append(QCoreApplication.translate("AuditModel", "The database structure is damaged."))
    if not report.schema_at_head:
        found.append(
            QCoreApplication.translate("AuditModel", "The vault's structure is not up to date.")
        )
    for problem in report.problems:
        entry = problem.partition(":")[2]
        found.append(error_message(AuditChainBroken(entry=entry)))
    return " ".join(
        [
            QCoreApplication.translate("AuditModel", "Problems found:"),
            *found,
            QCoreApplication.translate("AuditModel", "Restore a backup."),
        ]
    )


class AuditPage(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table()
        self.verify_button = QPushButton(self.tr("&Check chain"), self)
        self.verify_button.clicked.connect(self.verify)
        self.result = MessageLabel(self)
        intro = QLabel(
            self.tr(
                "Who opened the vault and what was done with it. Every entry "
                "is linked to the one before, so changes are detected."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit trail"), self))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        QWidget.setTabOrder(self.table, self.verify_button)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Audit trail"))
        table.setSortingEnabled(True)
        table.sortByColumn(Col.TIME, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def refresh(self) -> None:
        self.model.set_lines(self.session.call(vault_service.audit_log))

    def clear(self) -> None:
        self.model.set_lines([])
        self.result.clear_message()

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.show_info(self.tr("Checking…"))
        self.session.run(
            vault_service.verify_vault, on_success=self._verified, on_error=self._failed
        )

    def _verified(self, report: object) -> None:
        self.verify_button.setEnabled(True)
        assert isinstance(report, VerifyReport)
        shown = self.result.show_info if report.ok else self.result.show_error
        shown(verify_summary(report))
        self.refresh()

    def _failed(self, error: object) -> None:
        self.verify_button.setEnabled(True)
        self.result.show_error(error_message(error))  # type: ignore[arg-type]
