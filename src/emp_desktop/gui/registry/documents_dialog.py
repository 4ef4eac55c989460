"""Documents with personal data for one person: the subject access report (AVG art. 15)
as an encrypted PDF or JSON container, and a handover to a care partner. They leave only
encrypted, with a password the coordinator chooses; making one is audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.freetext_guard import ask_resolution
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message, titled
from emp_desktop.gui.widgets import MessageLabel, busy_bar
from emp_desktop.services import document_service, freetext_service

KINDS = ("subject_pdf", "subject_json", "handover")


class DocumentsDialog(QDialog):
    def __init__(
        self, session: VaultSession, person_id: int, code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Documents of a person")))
        self.session, self.person_id, self.code = session, person_id, code
        self.kind_group = QButtonGroup(self)
        self.kinds = {
            "subject_pdf": QRadioButton(self.tr("&Subject access (GDPR art. 15), PDF"), self),
            "subject_json": QRadioButton(
                self.tr("Subject access as an encrypted &JSON file"), self
            ),
            "handover": QRadioButton(self.tr("&Handover to a care partner, PDF"), self),
        }
        for number, kind in enumerate(KINDS):
            self.kind_group.addButton(self.kinds[kind], number)
        self.kinds["subject_pdf"].setChecked(True)
        self.recipient = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setMaximumHeight(90)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel(self)
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("Sa&ve as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._layout()
        self.kind_group.idToggled.connect(self._kind_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()

    def _layout(self) -> None:
        intro = QLabel(
            self.tr(
                "The document holds personal data of %1. It is encrypted with the password "
                "below (at least 12 characters); give the password separately, never in the "
                "same e-mail. Making it is recorded in the audit trail."
            ).replace("%1", self.code),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        labels = (
            (self.tr("&Recipient organisation:"), self.recipient),
            (self.tr("S&ummary for the recipient:"), self.summary),
            (self.tr("&Password:"), self.password),
            (self.tr("Re&peat password:"), self.repeat),
        )
        for text, field in labels:
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for kind in KINDS:
            layout.addWidget(self.kinds[kind])
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def kind(self) -> str:
        return KINDS[self.kind_group.checkedId()]

    def _kind_changed(self) -> None:
        handover = self.kind() == "handover"
        self.recipient.setEnabled(handover)
        self.summary.setEnabled(handover)

    def _problem(self) -> str | None:
        if len(self.password.text()) < document_service.MINIMUM_PASSWORD_LENGTH:
            return self.tr("The password needs at least 12 characters.")
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords are not the same.")
        if self.kind() == "handover" and not self.recipient.text().strip():
            return self.tr("Name the organisation that receives the handover.")
        return None

    def _default_name(self) -> str:
        suffix = ".json.enc" if self.kind() == "subject_json" else ".pdf"
        stem = "overdracht" if self.kind() == "handover" else "inzage"
        return f"{stem}-{self.code}{suffix}"

    def save(self) -> None:
        problem = self._problem()
        if problem:
            self.message.show_error(problem)
            return
        path, _ = QFileDialog.getSaveFileName(self, APP_TITLE, self._default_name())
        if path:
            self._start(Path(path))

    def _start(self, path: Path) -> None:
        self.busy.show()
        self.save_button.setEnabled(False)
        password = self.password.text()
        if self.kind() == "subject_pdf":
            fn, args = document_service.subject_access_pdf, (self.person_id, password)
        elif self.kind() == "subject_json":
            fn, args = document_service.subject_access_container, (self.person_id, password)
        else:
            fn = document_service.handover_pdf
            resolution = self._free_text_decided()
            if resolution is None:
                self.busy.hide()
                self.save_button.setEnabled(True)
                return
            args = (
                self.person_id,
                self.recipient.text().strip(),
                self.summary.toPlainText(),
                password,
                resolution,
            )
        self.session.run(
            fn, *args, on_success=lambda data: self._done(path, data), on_error=self._failed
        )

    def _free_text_decided(self):  # noqa: ANN202 - Resolution | None
        """The free-text guard: every finding in the summary decided before the PDF exists."""
        found = self.session.call(
            freetext_service.summary_findings, self.summary.toPlainText(), self.person_id
        )
        return ask_resolution(self, found)

    def _done(self, path: Path, data: object) -> None:
        self.busy.hide()
        try:
            document_service.save_document(path, data)
        except OSError:
            self._failed(OSError())
            return
        self.password.clear()
        self.repeat.clear()
        self.message.show_info(self.tr("Saved, encrypted: %1").replace("%1", path.name))
        self.save_button.setEnabled(True)

    def _failed(self, error: object) -> None:
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.message.show_error(
            error_message(error)
            if isinstance(error, BaseException)
            else error_message(RuntimeError())
        )
