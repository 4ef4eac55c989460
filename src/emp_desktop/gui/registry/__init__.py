"""GUI of the registry areas: Area.CLIENTS and Area.CONTACTS, quick entry (Ctrl+N).

`build_pages` is the one entry point the main window calls; each page has `refresh()`
(the vault is open: fill in) and `clear()` (the vault is about to lock: keep a draft of
unsaved edits, then empty every widget). Besides the pages it installs what belongs to
the whole window: the Ctrl+N quick entry, presentation mode (Ctrl+Shift+P) and a
'Registration' menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry import import_dialog
from emp_desktop.gui.registry.advice_page import AdvicePage
from emp_desktop.gui.registry.clients_page import ClientsPage
from emp_desktop.gui.registry.contacts_page import ContactsPage
from emp_desktop.gui.registry.historic_dialog import HistoricDialog
from emp_desktop.gui.registry.import_dialog import ImportDialog
from emp_desktop.gui.registry.presentation import PresentationMode
from emp_desktop.gui.registry.quick_entry import SHORTCUT, QuickEntry
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.settings import Settings

STATUS_MS = 8000


def build_pages(
    session: VaultSession,
    settings: Settings,
    parent: QWidget,
    navigate: Callable[..., None],
) -> dict[Area, QWidget]:
    window = parent.window()
    presentation = PresentationMode(window)
    window.addAction(presentation.action)  # its shortcut works wherever focus is
    clients = ClientsPage(session, presentation, navigate, parent)
    contacts = ContactsPage(session, presentation, navigate, parent)
    advice = AdvicePage(session, parent)
    quick = QuickEntry(session, window)
    clients.quick_entry = contacts.quick_entry = advice.quick_entry = quick
    clients.open_import = lambda: start_import(session, window, clients)
    clients.open_historic = lambda: open_historic(session, window)
    quick.saved.connect(lambda text: _entry_saved(window, clients, contacts, text))
    # The page on screen (dashboard tiles, the advice list) shows the new figure at once.
    quick.saved.connect(lambda _text: _refresh_visible(parent, (clients, contacts)))
    quick.draft_taken.connect(clients.banner.check)
    if isinstance(window, QMainWindow):
        _show_presentation_state(window, presentation)
        # Built now, not queued (a queued call outlives a window deleted right after it
        # was built); the main window puts its Vault menu before this one and Help after.
        _add_menu(window, clients, presentation, quick)
    return {Area.CLIENTS: clients, Area.ADVICE: advice, Area.CONTACTS: contacts}


def _entry_saved(window: QWidget, clients: ClientsPage, contacts: ContactsPage, text: str) -> None:
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)  # codes only, never a name
    clients.model.reload()
    contacts.refresh()
    if clients.detail.person_id is not None:
        clients.detail.contacts.load()


def _refresh_visible(stack: QWidget, refreshed: tuple[QWidget, ...]) -> None:
    current = getattr(stack, "currentWidget", lambda: None)()
    if current is not None and current not in refreshed:
        current.refresh()


def _show_presentation_state(window: QMainWindow, presentation: PresentationMode) -> None:
    label = QLabel(window)
    label.setAccessibleName(QCoreApplication.translate("Registry", "Presentation mode"))
    presentation.changed.connect(lambda _active: label.setText(presentation.state_text()))
    window.statusBar().addPermanentWidget(label)


def _add_menu(
    window: QMainWindow, clients: ClientsPage, presentation: PresentationMode, quick: QuickEntry
) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("Registry", "&Registration"))
    # Ctrl+N belongs to the application-wide QShortcut; the menu only names it.
    entry = menu.addAction(
        QCoreApplication.translate("Registry", "&Quick entry…") + "\t" + SHORTCUT
    )
    entry.triggered.connect(lambda: quick.open())
    menu.addAction(presentation.action)
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("Registry", "&Import registrations…")
    ).triggered.connect(clients.open_import)
    menu.addAction(QCoreApplication.translate("Registry", "&Historic figures…")).triggered.connect(
        clients.open_historic
    )


def start_import(
    session: VaultSession, window: QWidget, clients: ClientsPage
) -> ImportDialog | None:
    if not session.is_open:
        return None
    path = import_dialog.choose_file(window)
    if path is None:
        return None
    dialog = ImportDialog(session, path, window)
    dialog.finished.connect(lambda _result: clients.refresh() if dialog.imported else None)
    dialog.show()
    dialog.preview()
    return dialog


def open_historic(session: VaultSession, window: QWidget) -> HistoricDialog | None:
    if not session.is_open:
        return None
    dialog = HistoricDialog(session, window)
    dialog.finished.connect(dialog.deleteLater)  # it holds nothing worth keeping
    dialog.show()
    return dialog
