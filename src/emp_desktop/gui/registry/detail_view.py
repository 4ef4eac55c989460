"""One person: tabs Registratie, Identiteit, Contacten, Toestemming and Audit.

The view knows which of its parts hold unsaved edits. Leaving it asks what to do
with them; the idle lock never asks (nobody is there to answer) but keeps them as an
encrypted draft in the vault (see ClientsPage.clear).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.registry import InvalidInput
from emp_desktop.gui.registry.consent_tab import ConsentTab
from emp_desktop.gui.registry.contacts_tab import ContactsTab
from emp_desktop.gui.registry.fields import not_saved_text
from emp_desktop.gui.registry.identity_tab import IdentityTab
from emp_desktop.gui.registry.person_audit import PersonAuditModel
from emp_desktop.gui.registry.registration_tab import RegistrationTab
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.services import registry_service, vault_service
from emp_desktop.services.registry_dto import PersonDetail


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget) -> Answer:
    """Save, discard or stay; the tests replace this function."""
    buttons = QMessageBox.StandardButton
    chosen = QMessageBox.question(
        parent,
        APP_TITLE,
        QCoreApplication.translate("PersonDetailView", "There are unsaved changes. Save them?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if chosen == buttons.Save:
        return Answer.SAVE
    return Answer.DISCARD if chosen == buttons.Discard else Answer.CANCEL


class PersonDetailView(QWidget):
    back_requested = Signal()
    saved = Signal()  # the list should show the new values
    trajectory_requested = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: PersonDetail | None = None
        self._dirty: set[str] = set()
        self._identity_stash: dict | None = None
        self._loading = False
        self.title = heading("", self)
        self.tier = QLabel(self)
        self.back_button = QPushButton(self.tr("&Back to list"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.trajectory_button = QPushButton(self.tr("Open tra&jectory"), self)
        self.trajectory_button.clicked.connect(self._open_trajectory)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save_all)
        self.documents_button = QPushButton(self.tr("&Documents…"), self)
        self.documents_button.clicked.connect(self.open_documents)
        self.erase_button = QPushButton(self.tr("Erase on re&quest…"), self)
        self.erase_button.clicked.connect(self.open_erase)
        self.registration = RegistrationTab(self)
        self.identity = IdentityTab(session, self)
        self.contacts = ContactsTab(session, self)
        self.consent = ConsentTab(session, self)
        self.audit_model = PersonAuditModel(self)
        self.audit_table = self._audit_table()
        self.tabs = self._tabs()
        self.message = MessageLabel(self)
        self._layout()
        self._connect()

    def _audit_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.audit_model)
        table.setAccessibleName(self.tr("Audit trail of this person"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget(self)
        tabs.addTab(self.registration, self.tr("Registration"))
        tabs.addTab(self.identity, self.tr("&Identity"))
        tabs.addTab(self.contacts, self.tr("&Contacts"))
        tabs.addTab(self.consent, self.tr("C&onsent"))
        tabs.addTab(self.audit_table, self.tr("A&udit"))
        return tabs

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title)
        top.addWidget(self.tier)
        top.addStretch(1)
        top.addWidget(self.trajectory_button)
        top.addWidget(self.documents_button)
        top.addWidget(self.erase_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.back_button, self.trajectory_button)
        QWidget.setTabOrder(self.trajectory_button, self.documents_button)
        QWidget.setTabOrder(self.documents_button, self.erase_button)
        QWidget.setTabOrder(self.erase_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.tabs)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in ((QKeySequence.StandardKey.Save, self.save_all), ("Esc", self._escape)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def _connect(self) -> None:
        self.registration.edited.connect(lambda: self._mark("registration"))
        self.identity.edited.connect(lambda: self._mark("identity"))
        self.contacts.edited.connect(lambda: self._mark("contact"))
        self.identity.revealed.connect(self._identity_revealed)
        self.identity.saved.connect(lambda: self._part_saved("identity"))
        self.contacts.saved.connect(lambda: self._part_saved("contact"))
        self.consent.changed.connect(self._consent_changed)

    def _mark(self, part: str) -> None:
        if not self._loading:
            self._dirty.add(part)

    def _identity_revealed(self) -> None:
        if self._identity_stash:
            self.identity.restore(self._identity_stash)
        self._identity_stash = None
        self._load_audit()

    def _part_saved(self, part: str) -> None:
        self._dirty.discard(part)
        self._load_audit()
        self.saved.emit()

    def _escape(self) -> None:
        self.back_requested.emit()

    def _open_trajectory(self) -> None:
        if self.detail is not None:
            self.trajectory_requested.emit(self.detail.id)

    @property
    def person_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def is_dirty(self) -> bool:
        return bool(self._dirty)

    def open_person(self, person_id: int) -> bool:
        try:
            detail = self.session.call(registry_service.person_detail, person_id)
        except Exception as error:  # noqa: BLE001 - shown as a translated message
            self.message.show_error(error_message(error))
            return False
        self._dirty.clear()
        self._identity_stash = None
        self.message.clear_message()
        self._show(detail)
        self.identity.set_person(detail.id)
        self.contacts.set_person(detail.id, detail.code)
        self.tabs.setCurrentIndex(0)
        self.registration.gender.setFocus()
        return True

    def _show(self, detail: PersonDetail) -> None:
        self.detail = detail
        self._loading = True
        self.title.setText(detail.code)
        self.tier.setText(self.tr("client") if detail.tier == "client" else self.tr("signal"))
        self.registration.show_detail(detail)
        self.consent.show_detail(detail)
        self._loading = False
        self._load_audit()

    def _load_audit(self) -> None:
        if self.detail is not None and self.session.is_open:
            lines = self.session.call(vault_service.audit_log, 200, self.detail.code)
            self.audit_model.set_lines(lines)
            self.audit_table.resizeColumnsToContents()  # at most 200 short lines

    def _consent_changed(self) -> None:
        if self.detail is None:
            return
        fresh = self.session.call(registry_service.person_detail, self.detail.id)
        self.detail = fresh
        self.consent.show_detail(fresh)
        self._load_audit()

    def save_all(self) -> bool:
        """Saves every part with edits; stops at the first part that is not valid."""
        if self.detail is None:
            return True
        steps = (
            ("registration", self._save_registration),
            ("identity", self.identity.save),
            ("contact", self.contacts.save),
        )
        if "identity" in self._dirty and not self.identity.is_shown:
            # Edits kept while presentation mode hides the identity: never saved unseen.
            self.message.show_error(
                self.tr(
                    "The identity has unsaved changes: turn presentation mode off and show "
                    "the identity to save or discard them."
                )
            )
            return False
        for part, save in steps:
            if part in self._dirty and not save():
                self.tabs.setCurrentIndex(("registration", "identity", "contact").index(part))
                self.message.show_error(not_saved_text())
                return False
            self._dirty.discard(part)
        self.message.show_info(self.tr("Saved."))
        self.saved.emit()
        return True

    def _save_registration(self) -> bool:
        assert self.detail is not None
        person_id = self.detail.id
        try:
            person, reg, action, action_on = self.registration.collect()
            self.session.call(registry_service.update_person, person_id, person)
            if self.detail.registrations:
                latest = self.detail.registrations[0].id
                self.session.call(registry_service.update_registration, latest, reg)
            else:
                self.session.call(registry_service.add_registration, person_id, reg)
            self.session.call(registry_service.set_next_action, person_id, action, action_on)
        except InvalidInput as invalid:
            self.registration.show_errors(invalid.errors)
            return False
        self.registration.clear_errors()
        self._show(self.session.call(registry_service.person_detail, person_id))
        return True

    def leave(self) -> bool:
        """May the user leave this person? Asks about unsaved edits first."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved(self)
        if answer == Answer.CANCEL:
            return False
        if answer == Answer.SAVE:
            return self.save_all()
        self._dirty.clear()
        return True

    def draft(self) -> dict | None:
        """Unsaved edits as plain values, for draft_service; None if there are none."""
        if self.detail is None or not self._dirty:
            return None
        payload: dict = {"person_id": self.detail.id, "code": self.detail.code}
        if "registration" in self._dirty:
            payload["registration"] = self.registration.draft()
        if "identity" in self._dirty:
            payload["identity"] = self.identity.draft() or self._identity_stash
        if "contact" in self._dirty:
            payload["contact"] = self.contacts.draft()
        return payload

    def restore(self, payload: dict) -> None:
        """Puts a draft back over the freshly opened person; revealing is audited."""
        self._loading = True
        if payload.get("registration"):
            self.registration.restore(payload["registration"])
            self._dirty.add("registration")
        if payload.get("contact"):
            self.contacts.restore(payload["contact"])
            self._dirty.add("contact")
        self._loading = False
        if payload.get("identity"):
            self._identity_stash = payload["identity"]
            self._dirty.add("identity")
            # Applies the stash; refused in presentation mode.
            self.identity.reveal(self.tr("Restoring an unsaved draft of the identity"))

    def open_documents(self) -> None:
        """Subject access or handover: personal data, so only encrypted and audited."""
        if self.detail is None:
            return
        from emp_desktop.gui.registry.documents_dialog import DocumentsDialog

        self.documents_dialog = DocumentsDialog(
            self.session, self.detail.id, self.detail.code, self
        )
        self.documents_dialog.open()

    def open_erase(self) -> None:
        """AVG art. 17: the confirmation names what goes and what stays."""
        if self.detail is None:
            return
        from emp_desktop.gui.safekeeping.erase_dialog import open_erase_dialog

        self.erase_dialog = open_erase_dialog(self.session, self.detail.code, self)
        if self.erase_dialog is not None:
            person_id = self.detail.id
            self.erase_dialog.erased.connect(lambda _code: self._after_erase(person_id))

    def _after_erase(self, person_id: int) -> None:
        self._dirty.clear()  # unsaved edits of an erased person must not come back
        self.open_person(person_id)
        self.saved.emit()

    def set_presentation(self, active: bool) -> None:
        if active and self.identity.is_shown:
            # Hidden at once, but edits in it are kept until it is shown again.
            if "identity" in self._dirty:
                self._identity_stash = self.identity.draft()
            self.identity.conceal()
        self.tabs.setTabEnabled(1, not active)
        self.documents_button.setEnabled(not active)
        self.erase_button.setEnabled(not active)
        self.identity.setEnabled(not active)
        self.registration.set_hide_ages(active)
        self.contacts.set_hide_private(active)

    def clear(self) -> None:
        self.detail = None
        self._dirty.clear()
        self._identity_stash = None
        self.title.clear()
        self.tier.clear()
        self.registration.clear()
        self.identity.set_person(None)
        self.contacts.clear()
        self.consent.clear()
        self.audit_model.set_lines([])
        self.message.clear_message()
