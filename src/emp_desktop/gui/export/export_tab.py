"""Export: choose what and over which period, see exactly what would leave, then write it
to a folder — only after a confirmation that names every file.

Any change to the choices drops the preview, so what is confirmed is always what was
shown. Preparing and writing run off the GUI thread; a result that arrives after the
choices changed (or the vault locked) is thrown away.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.care.common import chain_tab_order
from emp_desktop.gui.care.tables import Table
from emp_desktop.gui.export import common, confirm_dialog
from emp_desktop.gui.export.common import PeriodPicker, count_text, profile_label
from emp_desktop.gui.export.preview_models import FileModel
from emp_desktop.gui.export.preview_panel import PreviewPanel
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel, busy_bar
from emp_desktop.services import export_files, export_gui_support
from emp_desktop.services.export_files import ExportResult
from emp_desktop.services.export_gui_support import PreparedExport
from emp_desktop.services.export_service import (
    DEFAULT_K,
    DEFAULT_THRESHOLD,
    K_RANGE,
    PROFILES,
    THRESHOLD_RANGE,
    ExportPreview,
)


class ExportTab(QWidget):
    exported = Signal()  # a release was written: the register has a new line

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prepared: PreparedExport | None = None
        self._generation = 0  # bumped on every change; late results of older ones are dropped
        self._build_choices()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the preview"))
        self.busy = busy_bar(self)
        self.preview = PreviewPanel(self)
        self.export_button = QPushButton(self.tr("E&xport to folder…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.message = MessageLabel(self)
        self.files_model = FileModel(self)
        self.files = Table(self.files_model, self.tr("Written files"), self)
        self.files.setMaximumHeight(150)
        self.files.hide()
        self._layout()
        self._connect_changes()
        self._profile_changed()

    def _build_choices(self) -> None:
        self.profile = QComboBox(self)
        self.profile.setAccessibleName(self.tr("Export profile"))
        for profile in PROFILES:
            self.profile.addItem(profile_label(profile), profile)
        self.period = PeriodPicker(self)
        self.threshold = self._spin(
            *THRESHOLD_RANGE, DEFAULT_THRESHOLD, self.tr("Smallest count shown")
        )
        self.threshold.setToolTip(
            self.tr("A count below this number (but above 0) is hidden in the tables that leave.")
        )
        self.k = self._spin(*K_RANGE, DEFAULT_K, self.tr("Smallest group in the record extract"))
        self.k.setToolTip(
            self.tr(
                "In the record extract, every combination of year, age group, nationality "
                "group and region occurs at least this many times (k-anonymity)."
            )
        )
        self.correction = QCheckBox(self.tr("Correction release (&late changes)"), self)
        self.correction.setToolTip(
            self.tr(
                "A year released before, again with the registrations and corrections that "
                "came later. Only possible when the difference is safe to publish."
            )
        )
        self.preview_button = QPushButton(self.tr("&Make preview"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.make_preview)

    def _spin(self, low: int, high: int, value: int, accessible: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setValue(value)
        box.setAccessibleName(accessible)
        return box

    def _layout(self) -> None:
        grid = QGridLayout()
        rows = (
            (self.tr("&Profile:"), self.profile),
            (self.tr("&Year:"), self.period.year),
            (self.tr("&Quarter:"), self.period.quarter),
            (self.tr("Smallest count &shown:"), self.threshold),
            (self.tr("Smallest group in the record extract:"), self.k),
        )
        for column, (text, widget) in enumerate(rows):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.preview_button, 1, len(rows))
        # On a line of its own: next to the five choices it made the page wider than a
        # laptop screen (1366 px).
        grid.addWidget(self.correction, 2, 0, 1, len(rows))
        grid.setColumnStretch(len(rows) + 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.files)
        self._tab_order()

    def _tab_order(self) -> None:
        chain_tab_order(
            [
                self.profile,
                self.period.year,
                self.period.quarter,
                self.threshold,
                self.k,
                self.correction,
                self.preview_button,
                self.preview.table_list,
                self.preview.rows,
                self.preview.notes,
                self.preview.records,
                self.export_button,
                self.files,
            ]
        )

    def _connect_changes(self) -> None:
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.period.changed.connect(self._invalidate)
        self.threshold.valueChanged.connect(self._invalidate)
        self.k.valueChanged.connect(self._invalidate)
        self.correction.toggled.connect(self._invalidate)

    def _profile_changed(self) -> None:
        records = self.current_profile() == "comensha-records"
        self.threshold.setEnabled(not records)  # the extract is protected by k, not by cells
        self.k.setEnabled(records)
        self._invalidate()

    def current_profile(self) -> str:
        return str(self.profile.currentData())

    # --- preview ----------------------------------------------------------------------

    def _invalidate(self) -> None:
        had_preview = self.prepared is not None
        self._generation += 1
        self.prepared = None
        self.preview.clear()
        self.export_button.setEnabled(False)
        self.busy.hide()
        self.preview_button.setEnabled(True)
        self.summary.setText(
            self.tr("The choices changed: make a new preview.")
            if had_preview
            else self.tr("Make a preview to see exactly what would leave the laptop.")
        )

    def make_preview(self) -> None:
        self._invalidate()
        self.message.clear_message()
        self.files.hide()
        self.busy.show()
        self.preview_button.setEnabled(False)
        self.summary.setText(self.tr("Preparing and checking the tables…"))
        generation = self._generation
        self.session.run(
            export_gui_support.prepare,
            self.current_profile(),
            self.period.label(),
            self.threshold.value(),
            self.k.value(),
            self.correction.isChecked(),
            on_success=lambda result: self._prepared(generation, result),
            on_error=lambda error: self._prepare_failed(generation, error),
        )

    def _prepared(self, generation: int, result: object) -> None:
        if generation != self._generation or not self.session.is_open:
            return
        assert isinstance(result, PreparedExport)
        self.busy.hide()
        self.preview_button.setEnabled(True)
        self.prepared = result
        self.preview.show_prepared(result)
        self.summary.setText(self.summary_text(result))
        self.export_button.setEnabled(True)

    def _prepare_failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.preview_button.setEnabled(True)
        self.summary.setText(self.tr("No preview."))
        self.message.show_error(error_message(error))  # type: ignore[arg-type]

    def summary_text(self, prepared: PreparedExport, written_to: Path | None = None) -> str:
        preview = prepared.preview
        if preview.profile == "comensha-records":
            size = self.tr("%1 records").replace("%1", count_text(len(preview.records)))
        else:
            size = (
                self.tr("%1 tables, %2 cells hidden (threshold %3)")
                .replace("%1", count_text(len(prepared.tables)))
                .replace("%2", count_text(preview.hidden_cells))
                .replace("%3", str(preview.threshold))
            )
        template = (
            self.tr("%1 for %2, period %3: %4. Nothing has been written yet.")
            if written_to is None
            else self.tr("%1 for %2, period %3: %4. Written to %5.").replace(
                "%5", str(written_to)
            )
        )
        text = (
            template.replace("%1", profile_label(preview.profile))
            .replace("%2", preview.recipient)
            .replace("%3", preview.period)
            .replace("%4", size)
        )
        return text + self.family_text(preview)

    def family_text(self, preview: ExportPreview) -> str:
        """What the year family means for this export: a repeat, and late changes left out."""
        parts = []
        if preview.supersedes:
            parts.append(
                self.tr("Correction: revision %1, it replaces an earlier release of this year.")
                .replace("%1", str(preview.revision))
            )
        if preview.reproduced:
            parts.append(
                self.tr("This period was released before: exactly the same figures leave again.")
            )
        if preview.late_changes and preview.revision > 1 and not preview.reproduced:
            parts.append(
                self.tr(
                    "Later changes counted in this correction (late or corrected "
                    "registrations): %1."
                ).replace("%1", count_text(preview.late_changes))
            )
        elif preview.late_changes:
            parts.append(
                self.tr(
                    "Later changes (late or corrected registrations) not included: %1. The "
                    "figures of this year are fixed since its first release; a correction "
                    "release can count them."
                ).replace("%1", count_text(preview.late_changes))
            )
        return "".join(" " + part for part in parts)

    # --- writing ----------------------------------------------------------------------

    def export(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        chosen = common.choose_folder(self, self.tr("Folder for the export files"))
        if not chosen or self.prepared is not prepared:
            return
        folder = Path(chosen)
        if not confirm_dialog.ask_confirmation(self, prepared, folder):
            if self.session.is_open:
                self.message.show_info(self.tr("Not exported: nothing was written."))
            return
        if not self.session.is_open or self.prepared is not prepared:
            return  # locked (or changed) while the dialog was open
        self.export_button.setEnabled(False)
        self.busy.show()
        generation = self._generation
        self.session.run(
            export_files.write_export,
            prepared.preview,
            folder,
            on_success=lambda result: self._written(generation, result),
            on_error=lambda error: self._write_failed(generation, error),
        )

    def _written(self, generation: int, result: object) -> None:
        assert isinstance(result, ExportResult)
        if not self.session.is_open:
            return
        self.exported.emit()  # written and registered, whatever the form shows by now
        if generation != self._generation:
            return
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.message.show_info(
            self.tr("Exported: %1 files and manifest.json written to %2.")
            .replace("%1", count_text(len(result.files)))
            .replace("%2", str(result.folder))
        )
        self.files_model.set_rows(sorted(result.files.items()))
        self.files.show()
        if self.prepared is not None:  # the summary no longer says "nothing written"
            self.summary.setText(self.summary_text(self.prepared, result.folder))

    def _write_failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.message.show_error(error_message(error))  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Nothing to load: a preview is made on request."""

    def clear(self) -> None:
        self._invalidate()
        self.summary.setText(self.tr("Make a preview to see exactly what would leave the laptop."))
        self.message.clear_message()
        self.files_model.set_rows([])
        self.files.hide()
