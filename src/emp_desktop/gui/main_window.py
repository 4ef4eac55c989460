"""The main window: navigation on the left, one page per area, lock state below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui import care, export, registry
from emp_desktop.gui.areas import Area, area_titles
from emp_desktop.gui.freetext_guard import TypingGuard
from emp_desktop.gui.help import CHAPTERS, install_help_key
from emp_desktop.gui.idle import LOCK_SHORTCUT
from emp_desktop.gui.pages.audit_page import AuditPage
from emp_desktop.gui.pages.placeholder import PlaceholderPage
from emp_desktop.gui.pages.settings_page import SettingsPage
from emp_desktop.gui.safekeeping.backup_status import BackupStatusLabel
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.settings import Settings
from emp_desktop.gui.translation import APP_TITLE
from emp_desktop.gui.widgets import ElidedLabel
from emp_desktop.services import vault_service


def fitting_size(screen: QScreen | None) -> QSize:
    """Most of the screen's free area: a laptop (1366×768) gets all of its width,
    a large monitor no more than is comfortable to read."""
    if screen is None:
        return QSize(1280, 760)
    free = screen.availableGeometry()
    return QSize(min(free.width() - 16, 1600), min(free.height() - 40, 1000))


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(
        self, folder: Path, settings: Settings, session: VaultSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.setWindowTitle(APP_TITLE)
        self.setMinimumSize(860, 560)
        self.is_demo = False
        self._build_pages()
        self._build_status(folder)
        self.help_key = install_help_key(self, lambda: CHAPTERS[self.current_area])
        self._build_menu()
        # Application context: the panic key works in every window and dialog of the app.
        self.lock_shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), self)
        self.lock_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_shortcut.activated.connect(self.lock_requested)
        self._restore_geometry()
        # The free-text underline, on every editable text field that gets focus.
        self.typing_guard = TypingGuard(session, self)
        QApplication.instance().focusChanged.connect(self.typing_guard.focus_changed)

    def _build_pages(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget(self)
        titles = area_titles()
        self.audit_page = AuditPage(self.session, self.stack)
        self.settings_page = SettingsPage(self.session, self.settings, self.stack)
        built: dict[Area, QWidget] = {
            Area.AUDIT: self.audit_page,
            Area.SETTINGS: self.settings_page,
        }
        # The registry and care packages add their pages (each owns its own areas).
        for package in (registry, care, export):
            built.update(
                package.build_pages(self.session, self.settings, self.stack, self.navigate)
            )
        for area in Area:
            self.navigation.addItem(titles[area])
            self.stack.addWidget(built.get(area) or PlaceholderPage(titles[area], self.stack))
        self.navigation.currentRowChanged.connect(self._area_changed)
        # Wide enough for the longest area name, never squeezed by a wide page.
        widest = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 20
        self.navigation.setFixedWidth(min(max(widest, 150), 240))
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        self.demo_banner = self._demo_banner(central)
        column.addWidget(self.demo_banner)
        row = QHBoxLayout()
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(Area.DASHBOARD)
        QWidget.setTabOrder(self.navigation, self.stack)

    def _demo_banner(self, parent: QWidget) -> QLabel:
        """Unmistakable on every page: typing real client data here would be a mistake."""
        banner = QLabel(
            self.tr(
                "DEMO VAULT: synthetic data only. Do not enter real client data here; "
                "lock (Ctrl+L) to return to your own vault."
            ),
            parent,
        )
        banner.setWordWrap(True)
        banner.setStyleSheet(
            "background: #b00020; color: white; font-weight: bold; padding: 6px 10px;"
        )
        banner.setAccessibleName(self.tr("Demo vault"))
        banner.hide()
        return banner

    def _build_status(self, folder: Path) -> None:
        # Elided in the middle (the folder's name stays) rather than widening the window.
        self.folder_label = ElidedLabel(
            self.tr("Vault: %1").replace("%1", str(folder)), self, Qt.TextElideMode.ElideMiddle
        )
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Lock state"))
        self.idle_warning = QLabel(self)
        self.idle_warning.setAccessibleName(self.tr("Idle lock warning"))
        self.idle_warning.setStyleSheet("background: #fff4d6; font-weight: bold; padding: 2px 6px;")
        self.idle_warning.setWordWrap(True)  # wrapped, never cut off, on a laptop
        self.idle_warning.hide()
        self.statusBar().addPermanentWidget(self.idle_warning)
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)
        self.backup_status = BackupStatusLabel(self.session, self)
        self.statusBar().addPermanentWidget(self.backup_status)
        self._show_state(unlocked=False)

    def warn_idle_lock(self, ms_left: int) -> None:
        """Half a minute before the idle lock: said on screen and to a screen reader."""
        text = self.tr(
            "No activity: EMP Desktop locks in %1 s. Move the mouse or press a key to keep "
            "working; anything unsaved is kept as a draft."
        ).replace("%1", str(round(ms_left / 1000)))
        self.idle_warning.setText(text)
        self.idle_warning.setAccessibleDescription(text)
        self.idle_warning.show()
        QApplication.beep()

    def idle_lock_cancelled(self) -> None:
        self.idle_warning.hide()

    def _build_menu(self) -> None:
        """Vault first, then the menus the areas added while their pages were built, then
        Help last, where users look for it. Built in that order now, never queued: a queued
        call would still run after a window deleted right after it was built."""
        bar = self.menuBar()
        menu = QMenu(self.tr("&Vault"), bar)
        bar.insertMenu(bar.actions()[0] if bar.actions() else None, menu)
        # The shortcut belongs to the QShortcut above; the menu only names it.
        lock = QAction(self.tr("&Lock now") + "\t" + LOCK_SHORTCUT, self)
        lock.triggered.connect(self.lock_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(lock)
        menu.addAction(quit_action)
        manual = QAction(self.tr("&Manual for this screen") + "\tF1", self)
        manual.triggered.connect(self.help_key.activated)
        bar.addMenu(self.tr("&Help")).addAction(manual)

    def _show_state(self, *, unlocked: bool) -> None:
        self.state_label.setText(self.tr("Unlocked") if unlocked else self.tr("Locked"))

    def page(self, area: Area) -> QWidget:
        return self.stack.widget(area)

    @property
    def current_area(self) -> Area:
        return Area(self.stack.currentIndex())

    def show_area(self, area: Area) -> None:
        self.navigation.setCurrentRow(area)

    def navigate(self, area: Area, **filters: object) -> None:
        """Shows an area; a page that filters (e.g. the person list) receives `filters`."""
        self.show_area(area)
        apply = getattr(self.page(area), "apply_filters", None)
        if filters and apply is not None:
            apply(**filters)

    def _area_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if self.session.is_open:
            self.stack.currentWidget().refresh()

    def attach(self) -> None:
        """The vault is open: fill the page the user was on."""
        self._show_state(unlocked=True)
        self._show_vault(
            self.session.call(vault_service.vault_folder),
            demo=self.session.call(vault_service.holds_demo_data),
        )
        self.stack.currentWidget().refresh()

    def _show_vault(self, folder: Path, *, demo: bool) -> None:
        """The status bar names the vault that is open, never the default one."""
        self.folder_label.setText(self.tr("Vault: %1").replace("%1", str(folder)))
        self.demo_banner.setVisible(demo)
        demo_title = self.tr("DEMO (synthetic data) — %1").replace("%1", APP_TITLE)
        self.setWindowTitle(demo_title if demo else APP_TITLE)
        self.is_demo = demo

    def clear(self) -> None:
        """The vault is about to close: nothing it showed may stay in a widget."""
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.hide()
        for index in range(self.stack.count()):
            self.stack.widget(index).clear()
        self._show_state(unlocked=False)
        self.demo_banner.hide()
        self.idle_warning.hide()
        self.setWindowTitle(APP_TITLE)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.settings.lock_on_minimise
            and self.session.is_open
        ):
            # Queued: locking hides this window, which Qt dislikes inside its own event.
            QTimer.singleShot(0, self.lock_requested)

    def _restore_geometry(self) -> None:
        saved = self.settings.window_geometry
        if saved and self.restoreGeometry(QByteArray(saved)):
            return
        self.resize(fitting_size(self.screen()))

    def save_geometry(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        super().closeEvent(event)
