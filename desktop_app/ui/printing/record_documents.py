"""Printing in the record view: Print certificate… and Print card… for a registered
record, and a tab listing the record's documents (supervisors cancel them from there).

A record that already has a live document of a kind gets a reprint (a duplicate): the
button says so, and a clerk, who may not reprint, finds it disabled with the reason. A
document of an interrupted print disables its kind's button until that print is printed
again or withdrawn, from the banner above the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import qtawesome
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.document_log import IssuedDocumentInfo, documents_of
from desktop_app.services.documents import Layout
from desktop_app.services.records import RecordWithHistory
from desktop_app.ui.context import translate
from desktop_app.ui.printing.cancellation import ask_and_cancel, may_cancel
from desktop_app.ui.printing.document_dialog import DocumentPrintDialog
from desktop_app.ui.printing.document_table import RECORD_COLUMNS, DocumentTable
from desktop_app.ui.printing.interrupted_banner import InterruptedPrints
from registry.artisan import Status
from registry.workflow import Role

if TYPE_CHECKING:
    from desktop_app.ui.record.dialog import RecordDialog

PRINT_LAYOUTS = {DocumentKind.CERTIFICATE: Layout.CERTIFICATE, DocumentKind.CARD: Layout.CARD}
PRINT_ICONS = {DocumentKind.CERTIFICATE: "fa5s.certificate", DocumentKind.CARD: "fa5s.id-card"}


def print_text(kind: DocumentKind, reprint: bool) -> str:
    if kind is DocumentKind.CERTIFICATE:
        if reprint:
            return translate("printing", "Reprint certificate…")
        return translate("printing", "Print certificate…")
    if reprint:
        return translate("printing", "Reprint card…")
    return translate("printing", "Print card…")


class RecordDocuments(QWidget):
    """The "Documents" tab of ``dialog``; also owns its print buttons."""

    def __init__(self, dialog: RecordDialog) -> None:
        super().__init__()
        self.setObjectName("documents")
        self.dialog = dialog
        self.ctx = dialog.ctx
        self.status: Status | None = None
        self.documents: list[IssuedDocumentInfo] = []
        self.loaded = False

        self.print_buttons: dict[DocumentKind, QPushButton] = {}
        actions = dialog.print_actions.layout()
        assert actions is not None
        for kind in DocumentKind:
            button = QPushButton(qtawesome.icon(PRINT_ICONS[kind]), "")
            button.setObjectName(f"print_{kind.value}")
            button.clicked.connect(lambda _=False, chosen=kind: self.print_document(chosen))
            button.hide()
            actions.addWidget(button)
            self.print_buttons[kind] = button

        self.table = DocumentTable(RECORD_COLUMNS, dialog.names)
        self.table.setObjectName("document_table")
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("documents_hint")
        self.cancel_button = QPushButton(qtawesome.icon("fa5s.ban"), "")
        self.cancel_button.setObjectName("cancel_document")
        self.cancel_button.setVisible(may_cancel(self.ctx))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_hint, 1)
        buttons.addWidget(self.cancel_button)
        self.interrupted = InterruptedPrints(self.ctx, dialog.artisan_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.interrupted)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        dialog.tabs.addTab(self, "")
        self.cancel_button.clicked.connect(self.cancel_current)
        self.table.itemSelectionChanged.connect(self._update_cancel)
        dialog.loaded.connect(self._record_loaded)
        self.ctx.bus.documents_changed.connect(self.reload)
        self.retranslate()

    # Texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        tabs = self.dialog.tabs
        index = tabs.indexOf(self)
        if index >= 0:
            tabs.setTabText(
                index,
                translate("printing", "Documents (%1)").replace(
                    "%1", self.locale().toString(len(self.documents))
                ),
            )
        self.table.retranslate()
        self.empty_hint.setText(
            translate("printing", "No certificate or card was printed for this record.")
            if self.loaded and not self.documents
            else ""
        )
        self.cancel_button.setText(translate("printing", "Cancel the document…"))
        self.cancel_button.setToolTip(
            translate("printing", "Spoilt paper, an error: the document stays in the log.")
        )
        self.interrupted.retranslate()
        self._update_print_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Loading -------------------------------------------------------------------------

    def _record_loaded(self, history: RecordWithHistory) -> None:
        self.status = history.record.status
        self.reload()

    def reload(self) -> None:
        if not shiboken6.isValid(self):
            return
        desk, artisan_id = self.ctx.desk, self.dialog.artisan_id
        self.ctx.runner.read(lambda: documents_of(desk, artisan_id), self._show_documents)
        self.interrupted.refresh()

    def _show_documents(self, documents: Sequence[IssuedDocumentInfo]) -> None:
        self.documents = list(documents)
        self.loaded = True
        self.table.show_documents(self.documents)
        self.retranslate()
        self._update_cancel()

    # Printing ------------------------------------------------------------------------

    def live(self, kind: DocumentKind) -> bool:
        return any(d.kind is kind and d.live for d in self.documents)

    def pending(self, kind: DocumentKind) -> bool:
        return any(d.kind is kind and d.pending for d in self.documents)

    def _update_print_buttons(self) -> None:
        printable = self.status is Status.REGISTERED and self.loaded
        may_reprint = self.ctx.can(Role.SUPERVISOR, Role.ADMINISTRATOR)
        for kind, button in self.print_buttons.items():
            reprint, pending = self.live(kind), self.pending(kind)
            button.setVisible(printable)
            button.setText(print_text(kind, reprint))
            button.setEnabled(not pending and (not reprint or may_reprint))
            if pending:
                tip = translate(
                    "printing",
                    "In a print that was interrupted: print it again or withdraw it first.",
                )
            elif reprint and not may_reprint:
                tip = translate("printing", "Already printed: a reprint is for a supervisor.")
            elif reprint:
                tip = translate(
                    "printing", "Already printed: the reprint is marked DUPLICATA, with a reason."
                )
            else:
                tip = ""
            button.setToolTip(tip)

    def print_document(self, kind: DocumentKind) -> DocumentPrintDialog:
        dialog = DocumentPrintDialog(
            self.ctx, [self.dialog.artisan_id], PRINT_LAYOUTS[kind], self.dialog
        )
        dialog.open()
        return dialog

    # Cancelling ----------------------------------------------------------------------

    def _update_cancel(self) -> None:
        current = self.table.current_document()
        self.cancel_button.setEnabled(current is not None and current.live)

    def cancel_current(self) -> None:
        current = self.table.current_document()
        if current is not None and current.live and may_cancel(self.ctx):
            ask_and_cancel(self.ctx, self.dialog, current)
