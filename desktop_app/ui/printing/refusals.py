"""What to tell the user when the documents' services refuse something."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.document_log import DocumentNotFound
from desktop_app.services.documents import (
    DocumentCancelled,
    NotRegistered,
    PrintPending,
    ReprintNeedsReason,
)
from desktop_app.services.errors import NotAllowed
from desktop_app.services.interrupted_prints import BatchBusy, BatchFinished
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.record.feedback import service_error_text, show_message


def refusal_text(error: BaseException) -> str | None:
    """The reason a print or a cancellation was refused; ``None`` for an unexpected error."""
    if isinstance(error, NotRegistered):
        return translate(
            "printing", "Nothing was printed: only registered records are printed (%1)."
        ).replace("%1", latin_code(error.detail))
    if isinstance(error, ReprintNeedsReason):
        return translate(
            "printing", "Nothing was printed: %1 already printed, give the reason for the reprint."
        ).replace("%1", latin_code(error.detail))
    if isinstance(error, PrintPending):
        return translate(
            "printing",
            "Nothing was printed: a print that was interrupted holds %1. Print it again or "
            "withdraw it from the print queue first.",
        ).replace("%1", latin_code(error.detail))
    if isinstance(error, BatchBusy):
        return translate(
            "printing", "Another Hirfa program is printing this right now: let it finish."
        )
    if isinstance(error, BatchFinished):
        return translate("printing", "This print was completed or withdrawn meanwhile.")
    if isinstance(error, DocumentCancelled):
        return translate("printing", "This document is already cancelled.")
    if isinstance(error, DocumentNotFound):
        return translate("printing", "No document of this office has this serial.")
    if isinstance(error, NotAllowed):
        return translate(
            "printing",
            "Your role does not allow this: reprints and cancellations are for a supervisor.",
        )
    return service_error_text(error)


def report_refusal(ctx: AppContext, parent: QWidget, title: str, error: BaseException) -> None:
    """A message box for a refusal; anything else goes to the unexpected-error handler."""
    text = refusal_text(error)
    if text is None:
        ctx.runner.unexpected_error.emit(error)
    else:
        show_message(parent, title, text, QMessageBox.Icon.Warning)
