"""The main window: navigation on the left, one page per area, lock state below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from emp_desktop.gui import care, export, registry
from emp_desktop.gui.areas import Area, area_titles
from emp_desktop.gui.idle import LOCK_SHORTCUT
from emp_desktop.gui.pages.audit_page import AuditPage
from emp_desktop.gui.pages.placeholder import PlaceholderPage
from emp_desktop.gui.pages.settings_page import SettingsPage
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.settings import Settings
from emp_desktop.gui.translation import APP_TITLE


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
        self._build_pages()
        self._build_status(folder)
        self._build_menu()
        # Application context: the panic key works in every window and dialog of the app.
        self.lock_shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), self)
        self.lock_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_shortcut.activated.connect(self.lock_requested)
        self._restore_geometry()

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
        row = QHBoxLayout(central)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(Area.DASHBOARD)
        QWidget.setTabOrder(self.navigation, self.stack)

    def _build_status(self, folder: Path) -> None:
        self.folder_label = QLabel(self.tr("Vault: %1").replace("%1", str(folder)), self)
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Lock state"))
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)
        self._show_state(unlocked=False)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        # The shortcut belongs to the QShortcut above; the menu only names it.
        lock = QAction(self.tr("&Lock now") + "\t" + LOCK_SHORTCUT, self)
        lock.triggered.connect(self.lock_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(lock)
        menu.addAction(quit_action)

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
        self.stack.currentWidget().refresh()

    def clear(self) -> None:
        """The vault is about to close: nothing it showed may stay in a widget."""
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.hide()
        for index in range(self.stack.count()):
            self.stack.widget(index).clear()
        self._show_state(unlocked=False)

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
        if saved:
            self.restoreGeometry(QByteArray(saved))
        else:
            self.resize(1100, 720)

    def save_geometry(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        super().closeEvent(event)
