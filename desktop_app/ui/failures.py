"""No traceback ever reaches a user: unexpected errors are logged and shown short."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("hirfa.ui")


def show_unexpected(parent: QWidget | None, error: BaseException, log_file: Path | None) -> None:
    """Log ``error`` with its traceback and tell the user where the details are."""
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    translate = QCoreApplication.translate  # the name lupdate collects
    text = translate("failures", "Something went wrong and the last action was not completed.")
    if log_file is not None:
        details = translate("failures", "The details are in the log file:")
        text = f"{text}\n\n{details}\n{log_file}"
    box = QMessageBox(QMessageBox.Icon.Critical, translate("failures", "Unexpected error"), text)
    box.setParent(parent, box.windowFlags())
    box.exec()


def install_excepthook(log_file: Path | None) -> None:
    """Route exceptions escaping Qt slots to :func:`show_unexpected`."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        error.__traceback__ = tb
        show_unexpected(QApplication.activeWindow(), error, log_file)

    sys.excepthook = hook
