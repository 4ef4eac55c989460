"""The release register: every export and annual report that left, newest first — what,
which period, to whom, when, and the SHA-256 of each file, so a recipient's copy can be
checked against what was sent."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from emp_desktop.gui.care.tables import RowModel, Table
from emp_desktop.gui.export.common import count_text, local_time, profile_label, short_hash
from emp_desktop.gui.export.preview_models import FileModel
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import export_service
from emp_desktop.services.export_service import ReleaseView


class ReleaseCol(IntEnum):
    DATE = 0
    PROFILE = 1
    PERIOD = 2
    RECIPIENT = 3
    FILES = 4
    MANIFEST = 5


class ReleaseModel(RowModel[ReleaseView]):
    columns = ReleaseCol
    numeric = frozenset({ReleaseCol.FILES})

    def titles(self) -> dict[ReleaseCol, str]:
        return {
            ReleaseCol.DATE: QCoreApplication.translate("ReleaseModel", "Date"),
            ReleaseCol.PROFILE: QCoreApplication.translate("ReleaseModel", "What"),
            ReleaseCol.PERIOD: QCoreApplication.translate("ReleaseModel", "Period"),
            ReleaseCol.RECIPIENT: QCoreApplication.translate("ReleaseModel", "Recipient"),
            ReleaseCol.FILES: QCoreApplication.translate("ReleaseModel", "Files"),
            ReleaseCol.MANIFEST: QCoreApplication.translate("ReleaseModel", "Manifest SHA-256"),
        }

    def display(self, row: ReleaseView, col: ReleaseCol) -> str:
        if col == ReleaseCol.DATE:
            return local_time(row.created_at)
        if col == ReleaseCol.PROFILE:
            return profile_label(row.profile)
        if col == ReleaseCol.PERIOD:
            return row.period
        if col == ReleaseCol.RECIPIENT:
            return row.recipient
        if col == ReleaseCol.FILES:
            return count_text(len(row.files))
        return short_hash(row.manifest_sha256)

    def sort_key(self, row: ReleaseView, col: ReleaseCol) -> object:
        if col == ReleaseCol.DATE:
            return row.id  # entry order; the text dd-mm-jjjj would sort by day first
        if col == ReleaseCol.FILES:
            return len(row.files)
        return self.display(row, col)


class RegisterTab(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = QLabel(
            self.tr(
                "Everything that left the laptop: exports and annual reports, with the "
                "SHA-256 of every file. Select a release to see its files."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ReleaseModel(self)
        self.table = Table(self.model, self.tr("Release register"), self)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.files_model = FileModel(self, full=True)
        self.files = Table(self.files_model, self.tr("Files of the release"), self)
        self.message = MessageLabel(self)
        upper, lower = QWidget(self), QWidget(self)
        self._column(upper, self.tr("R&eleases:"), self.table)
        self.files_label = self._column(lower, self.tr("&Files of the release:"), self.files)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.table, self.files)

    def _column(self, holder: QWidget, text: str, table: Table) -> QLabel:
        caption = QLabel(text, holder)
        caption.setBuddy(table)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(caption)
        column.addWidget(table, 1)
        return caption

    def refresh(self) -> None:
        try:
            releases = self.session.call(export_service.release_register)
        except Exception as error:  # noqa: BLE001 - shown as text, the page stays usable
            self.message.show_error(error_message(error))
            return
        self.message.clear_message()
        self.model.set_rows(releases)
        self.table.select_first()
        if not releases:
            self.files_model.set_rows([])

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        release = self.table.selected()
        self.files_model.set_rows(sorted(release.files.items()) if release else [])

    def clear(self) -> None:
        self.model.set_rows([])
        self.files_model.set_rows([])
        self.message.clear_message()
