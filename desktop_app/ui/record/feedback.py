"""Telling the user how an action ended, without blocking the window.

Message boxes are opened window-modal with :meth:`QMessageBox.open`, never ``exec``:
the event loop keeps running (background answers still arrive) and tests can find
and close the box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.messages import MESSAGES
from desktop_app.services.errors import (
    FileRefused,
    NotAllowed,
    RecordClosed,
    RecordNotFound,
    ServiceError,
    VersionConflict,
)
from desktop_app.ui.context import AppContext, full_message, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.store_state import store_failure_text
from registry.issues import ValidationFailed


def show_message(
    parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def service_error_text(error: BaseException) -> str | None:
    """What to tell the user about a refused action; ``None`` for an unexpected error."""
    if isinstance(error, VersionConflict):
        return translate(
            "record",
            "Someone else changed this record since it was opened. It has been reloaded: "
            "check it and try again.",
        )
    if isinstance(error, NotAllowed):
        return translate("record", "Your role does not allow this action.")
    if isinstance(error, RecordClosed):
        return translate(
            "record", "This record is struck off and cannot be edited. Reinstate it first."
        )
    if isinstance(error, RecordNotFound):
        return translate("record", "This record was not found in the register.")
    if isinstance(error, FileRefused):
        reason = f" ({error.reason})" if error.reason else ""
        text = translate("messages", MESSAGES[error.code])
        return f"{latin_code(str(error.path))}: {text}{reason}"
    if isinstance(error, ServiceError):
        return translate("record", "The action was refused.")
    if isinstance(error, ValidationFailed):
        return "\n".join(full_message(issue) for issue in error.errors or error.issues)
    return store_failure_text(error)


def report_failure(ctx: AppContext, parent: QWidget, title: str, error: BaseException) -> None:
    """A clear message box for a refused action; anything else goes to the error handler."""
    text = service_error_text(error)
    if text is None:
        ctx.runner.unexpected_error.emit(error)
    else:
        show_message(parent, title, text, QMessageBox.Icon.Warning)
