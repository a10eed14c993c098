"""Issued documents in a table: a record's documents, or the office's print log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from enum import Enum

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.document_log import IssuedDocumentInfo
from desktop_app.ui.context import translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.record.display import EMPTY, ReferenceNames, joined, moment_text
from desktop_app.ui.register.table_view import ScriptDelegate, select_row

CANCELLED_COLOUR = "#8a8a8a"


class DocumentColumn(Enum):
    ISSUED = "issued"  # date and time
    TIME = "time"  # time only (a day's log)
    SERIAL = "serial"
    KIND = "kind"
    NUMBER = "number"
    NAME = "name"
    BY = "by"
    COPIES = "copies"
    STATE = "state"
    NOTES = "notes"


LATIN_COLUMNS = frozenset({DocumentColumn.SERIAL, DocumentColumn.NUMBER})
RECORD_COLUMNS = (
    DocumentColumn.SERIAL, DocumentColumn.KIND, DocumentColumn.ISSUED, DocumentColumn.BY,
    DocumentColumn.COPIES, DocumentColumn.STATE, DocumentColumn.NOTES,
)  # fmt: skip
LOG_COLUMNS = (
    DocumentColumn.TIME, DocumentColumn.SERIAL, DocumentColumn.KIND, DocumentColumn.NUMBER,
    DocumentColumn.NAME, DocumentColumn.BY, DocumentColumn.COPIES, DocumentColumn.STATE,
    DocumentColumn.NOTES,
)  # fmt: skip


def kind_name(kind: DocumentKind) -> str:
    if kind is DocumentKind.CERTIFICATE:
        return translate("printing", "Certificate of registration")
    return translate("printing", "Professional card")


def short_kind_name(kind: DocumentKind) -> str:
    """The kind in a table's narrow column."""
    if kind is DocumentKind.CERTIFICATE:
        return translate("printing", "Certificate")
    return translate("printing", "Card")


def column_title(column: DocumentColumn) -> str:
    titles = {
        DocumentColumn.ISSUED: translate("printing", "Issued"),
        DocumentColumn.TIME: translate("printing", "Time"),
        DocumentColumn.SERIAL: translate("printing", "Serial"),
        DocumentColumn.KIND: translate("printing", "Document"),
        DocumentColumn.NUMBER: translate("printing", "Registration number"),
        DocumentColumn.NAME: translate("printing", "Name"),
        DocumentColumn.BY: translate("printing", "Printed by"),
        DocumentColumn.COPIES: translate("printing", "Copies"),
        DocumentColumn.STATE: translate("printing", "State"),
        DocumentColumn.NOTES: translate("printing", "Remarks"),
    }
    return titles[column]


def notes_text(info: IssuedDocumentInfo) -> str:
    """Duplicate of what and why; cancelled by whom, when and why."""
    notes = []
    if info.duplicate_of:
        notes.append(
            translate("printing", "Duplicate of %1: %2")
            .replace("%1", latin_code(info.duplicate_of))
            .replace("%2", info.reprint_reason)
        )
    if info.withdrawn:
        notes.append(
            translate("printing", "Withdrawn by %1 on %2: %3")
            .replace("%1", info.cancelled_by or EMPTY)
            .replace("%2", moment_text(info.cancelled_at or info.issued_at))
            .replace("%3", info.cancel_reason)
        )
    elif info.cancelled_at is not None:
        notes.append(
            translate("printing", "Cancelled by %1 on %2: %3")
            .replace("%1", info.cancelled_by or EMPTY)
            .replace("%2", moment_text(info.cancelled_at))
            .replace("%3", info.cancel_reason)
        )
    return " — ".join(notes) or EMPTY


def time_text(info: IssuedDocumentInfo) -> str:
    local = info.issued_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return latin_code(QLocale().toString(QDateTime(local).time(), "HH:mm"))


class DocumentTable(QTableWidget):
    """One line per document, cancelled ones greyed; the remarks column takes the rest
    of the width and wraps (rows grow to show the whole reason)."""

    def __init__(
        self,
        columns: Sequence[DocumentColumn],
        names: ReferenceNames,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = tuple(columns)
        self.names = names
        self.documents: list[IssuedDocumentInfo] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Wrapped remarks need their height again when the widths settle.
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        for index, column in enumerate(self.columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column is DocumentColumn.NOTES
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(index, mode)
            if column in LATIN_COLUMNS:
                self.setItemDelegateForColumn(
                    index, ScriptDelegate(Qt.LayoutDirection.LeftToRight, self)
                )

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([column_title(c) for c in self.columns])
        self.show_documents(self.documents)

    def show_documents(self, documents: Sequence[IssuedDocumentInfo]) -> None:
        kept = self.current_document()
        self.documents = list(documents)
        self.setRowCount(len(self.documents))
        for row, info in enumerate(self.documents):
            for index, column in enumerate(self.columns):
                text = self._text(info, column)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not info.live:
                    item.setForeground(QBrush(QColor(CANCELLED_COLOUR)))
                self.setItem(row, index, item)
        self.resizeRowsToContents()
        if kept is not None:
            for row, info in enumerate(self.documents):
                if info.serial == kept.serial:
                    select_row(self, row)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resizeRowsToContents()  # wrapped remarks take the height the width leaves

    def current_document(self) -> IssuedDocumentInfo | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows or rows[0].row() >= len(self.documents):
            return None
        return self.documents[rows[0].row()]

    def _text(self, info: IssuedDocumentInfo, column: DocumentColumn) -> str:
        match column:
            case DocumentColumn.ISSUED:
                return moment_text(info.issued_at)
            case DocumentColumn.TIME:
                return time_text(info)
            case DocumentColumn.SERIAL:
                return info.serial
            case DocumentColumn.KIND:
                return short_kind_name(info.kind)
            case DocumentColumn.NUMBER:
                return info.registration_number
            case DocumentColumn.NAME:
                return self.names.pick(
                    joined(info.last_name_fr, info.first_name_fr),
                    joined(info.last_name_ar, info.first_name_ar),
                )
            case DocumentColumn.BY:
                return info.issued_by
            case DocumentColumn.COPIES:
                return self.locale().toString(info.copies)
            case DocumentColumn.STATE:
                if info.pending:
                    return translate("printing", "Not confirmed printed")
                if info.withdrawn:
                    return translate("printing", "Withdrawn (never printed)")
                if info.cancelled:
                    return translate("printing", "Cancelled")
                if info.duplicate:
                    return translate("printing", "In force (duplicate)")
                return translate("printing", "In force")
            case DocumentColumn.NOTES:
                return notes_text(info)
