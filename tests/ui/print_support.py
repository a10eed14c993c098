"""Helpers for the printing screens' tests: registered records, a printer that writes
a PDF file, answers to the system's print dialog, and reading what was printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from desktop_app.storage.models import AuditEntry
from desktop_app.ui.printing.printer_output import new_printer
from registry.workflow import Action, Role
from tests.factories import make_draft, make_photo

APPROVER = Actor("approver", Role.SUPERVISOR)


def registered(desk: Desk, actor: Actor, **overrides: Any) -> ArtisanRecord:
    """A record registered at the counter by ``actor`` and approved."""
    record = register_artisan(desk, actor, make_draft(photo=make_photo(), **overrides)).record
    return change_status(desk, APPROVER, record.id, Action.APPROVE, "", record.version)


def pending(desk: Desk, actor: Actor, **overrides: Any) -> ArtisanRecord:
    return register_artisan(desk, actor, make_draft(**overrides)).record


def pdf_printer(path: Path) -> QPrinter:
    """A printer whose output is the PDF file ``path``: what a real printer would get."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def answer_print_dialog(accept: bool, copies: int | None = None) -> list[int]:
    """Answer the next system print dialog (it runs modal); the list receives the copies
    it showed, so that a test can check what was proposed."""
    seen: list[int] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, answer)
            return
        printer = dialog.printer()
        seen.append(printer.copyCount())
        if copies is not None:
            printer.setCopyCount(copies)
        if accept:
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def pages(path: Path) -> list[tuple[int, int]]:
    """The page sizes of a PDF file, in whole points."""
    return [(round(p.mediabox.width), round(p.mediabox.height)) for p in PdfReader(path).pages]


def audit_actions(desk: Desk) -> list[tuple[str, str]]:
    """(action, serial) of every audited document event, in order."""
    with desk.store.read() as session:
        rows = session.query(AuditEntry).filter(AuditEntry.entity == "document")
        return [(r.action, r.entity_id) for r in rows.order_by(AuditEntry.seq)]


def message_box(parent: QWidget, qtbot: QtBot) -> QMessageBox:
    """The message box ``parent`` opened (window-modal, found among its children)."""
    found: list[QMessageBox] = []

    def opened() -> None:
        found[:] = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        assert found

    qtbot.waitUntil(opened, timeout=2000)
    return found[-1]
