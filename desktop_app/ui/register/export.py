"""Exporting the register's current result (same text, same filters) to CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desktop_app.services.errors import FileRefused
from desktop_app.services.exporting import ExportSummary, export_artisans
from desktop_app.services.output_files import checked_output
from desktop_app.services.search import SearchQuery
from desktop_app.services.spreadsheet_files import FileProblem
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.record.feedback import service_error_text, show_message


def export_title() -> str:
    return translate("register", "Export the result")


class ResultExport(QObject):
    """Drives the export button: asks for a file, exports off the GUI thread, reports."""

    def __init__(self, ctx: AppContext, button: QPushButton, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.button = button
        self.window = parent
        self.busy = False

    def retranslate(self) -> None:
        self.button.setText(
            translate("register", "Exporting…") if self.busy else translate("register", "Export…")
        )
        self.button.setToolTip(
            translate("register", "Save the artisans found (search and filters) as XLSX or CSV")
        )

    def choose_path(self) -> Path | None:
        """Ask where to save; ``None`` if the user cancels."""
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        suggested = Path(folder) / f"register-{self.ctx.desk.today().isoformat()}.xlsx"
        xlsx = translate("register", "Excel workbook (*.xlsx)")
        csv = translate("register", "CSV file (*.csv)")
        name, chosen_filter = QFileDialog.getSaveFileName(
            self.window, export_title(), str(suggested), f"{xlsx};;{csv}"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if chosen_filter == csv else ".xlsx")
        return path

    def start(self, query: SearchQuery) -> None:
        path = self.choose_path()
        if path is not None:
            self.export_to(path, query)

    def export_to(self, path: Path, query: SearchQuery) -> None:
        self._set_busy(True)
        desk = self.ctx.desk

        def export() -> ExportSummary:
            # The save dialog asked before replacing a file.
            output = checked_output(desk.data_dir, path, replace=True)
            return export_artisans(desk, output, query)

        self.ctx.runner.read(export, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setEnabled(not busy)
        self.retranslate()

    def _done(self, summary: ExportSummary) -> None:
        if not shiboken6.isValid(self.window):
            return
        self._set_busy(False)
        show_message(
            self.window,
            export_title(),
            translate("register", "%1 artisans exported to:\n%2")
            .replace("%1", self.window.locale().toString(summary.rows))
            .replace("%2", latin_code(str(summary.path))),
        )

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self.window):
            return
        self._set_busy(False)
        if isinstance(error, FileRefused):
            text = service_error_text(error) or ""
            show_message(self.window, export_title(), text, QMessageBox.Icon.Warning)
        elif isinstance(error, FileProblem | OSError):
            show_message(
                self.window,
                export_title(),
                translate("register", "The file could not be written.") + f"\n\n{error}",
                QMessageBox.Icon.Warning,
            )
        else:
            self.ctx.runner.unexpected_error.emit(error)
