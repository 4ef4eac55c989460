"""Referring without care consent: only with a written reason, which is audited."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.translation import titled

MINIMUM_REASON = 10  # care_service.refer refuses shorter reasons


class OverrideReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Refer without consent?")))
        explanation = QLabel(
            self.tr(
                "No consent for care and referral is recorded for this person. A referral "
                "shares data with the partner. Refer anyway only with a written reason of at "
                "least %1 characters; the reason is stored in the audit trail."
            ).replace("%1", str(MINIMUM_REASON)),
            self,
        )
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for referring without consent"))
        self.reason.setTabChangesFocus(True)
        caption = QLabel(self.tr("&Reason:"), self)
        caption.setBuddy(self.reason)
        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Refer &anyway"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._update()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        missing = MINIMUM_REASON - len(self.text())
        self.ok.setEnabled(missing <= 0)
        self.count.setText(
            self.tr("%1 more characters needed.").replace("%1", str(missing))
            if missing > 0
            else self.tr("Enough to refer.")
        )


def ask_override_reason(parent: QWidget) -> str | None:
    """The written reason, or None when the user cancels (tests replace this function)."""
    dialog = OverrideReasonDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and len(dialog.text()) >= MINIMUM_REASON:
            return dialog.text()
        return None
    finally:
        dialog.deleteLater()
