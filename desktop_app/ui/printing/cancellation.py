"""Cancelling a printed document (spoilt paper, an error), with its reason.

A cancelled document stays in the print log and no longer verifies at this office; the
record goes back to the print queue. Supervisors and administrators cancel.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.document_log import IssuedDocumentInfo
from desktop_app.services.documents import REASON_MAX, cancel_document
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.printing.document_table import kind_name
from desktop_app.ui.printing.refusals import report_refusal
from desktop_app.ui.record.feedback import show_message
from registry.workflow import Role


def may_cancel(ctx: AppContext) -> bool:
    return ctx.can(Role.SUPERVISOR, Role.ADMINISTRATOR)


def cancel_title() -> str:
    return translate("printing", "Cancel a document")


class CancelDocumentDialog(QDialog):
    """Window-modal; emits :attr:`reason_given` when the cancellation is confirmed."""

    reason_given = Signal(str)

    def __init__(self, info: IssuedDocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancel_document")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.setWindowTitle(cancel_title())
        question = QLabel(
            translate("printing", "Cancel document %1 (%2, record %3)?")
            .replace("%1", latin_code(info.serial))
            .replace("%2", kind_name(info.kind))
            .replace("%3", latin_code(info.registration_number))
        )
        question.setObjectName("question")
        question.setWordWrap(True)
        consequence = QLabel(
            translate(
                "printing",
                "It stays in the print log, no longer verifies at this office, and the record "
                "goes back to the print queue.",
            )
        )
        consequence.setWordWrap(True)
        prompt = QLabel(translate("printing", "Reason (spoilt paper, an error…):"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("cancel_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("printing", "Cancel the document"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("printing", "Keep it")
        )
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(consequence)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        self.ok.setEnabled(0 < len(self.text()) <= REASON_MAX)

    def _confirm(self) -> None:
        if self.ok.isEnabled():
            self.reason_given.emit(self.text())
            self.accept()


def ask_and_cancel(
    ctx: AppContext, parent: QWidget, info: IssuedDocumentInfo
) -> CancelDocumentDialog:
    """Ask for the reason, then cancel ``info`` off the GUI thread and say so."""
    dialog = CancelDocumentDialog(info, parent)

    def cancelled(done: IssuedDocumentInfo) -> None:
        ctx.bus.documents_changed.emit()
        if shiboken6.isValid(parent):
            show_message(
                parent,
                cancel_title(),
                translate("printing", "Cancelled: %1.").replace("%1", latin_code(done.serial)),
            )

    def refused(error: BaseException) -> None:
        if shiboken6.isValid(parent):
            report_refusal(ctx, parent, cancel_title(), error)

    def cancel(reason: str) -> None:
        desk, actor = ctx.desk, ctx.actor
        ctx.runner.write(
            lambda: cancel_document(desk, actor, info.serial, reason), cancelled, refused
        )

    dialog.reason_given.connect(cancel)
    dialog.open()
    return dialog
