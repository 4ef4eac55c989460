"""The audit trail of one person: the general audit model, with the registry's actions
named in words too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from emp_desktop.gui.pages.audit_page import AuditModel
from emp_desktop.gui.pages.audit_page import Col as AuditCol

_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def registry_action_label(action: str) -> str:
    labels = {
        "identity_revealed": QCoreApplication.translate("PersonAuditModel", "Identity shown"),
        "identity_changed": QCoreApplication.translate("PersonAuditModel", "Identity changed"),
        "consent_given": QCoreApplication.translate("PersonAuditModel", "Consent recorded"),
        "consent_withdrawn": QCoreApplication.translate("PersonAuditModel", "Consent withdrawn"),
    }
    return labels.get(action, action)


class PersonAuditModel(AuditModel):
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if index.isValid() and index.column() == AuditCol.ACTION and role in _TEXT_ROLES:
            return registry_action_label(value)  # the shared model returns unknown codes as-is
        return value
