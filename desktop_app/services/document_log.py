"""Issued documents as the office sees them: the daily print log, one document by its
serial, the documents of one record, and the print queue of approved records still
waiting for their documents.

A document reserved by a print not confirmed yet (pending) is not printed: the day's log
leaves it out until its print is confirmed (or withdrawn), and its record still waits in
the queue. A record's own list shows it, as pending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Exists, exists, or_, select
from sqlalchemy.orm import Session

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk
from desktop_app.services.errors import RecordNotFound
from desktop_app.services.records import ArtisanRow
from desktop_app.services.search import ROW_COLUMNS, row_from
from desktop_app.storage import print_queue as print_queue_rows
from desktop_app.storage.models import Artisan, IssuedDocument, PrintQueueEntry
from registry.artisan import Status
from registry.document_serial import parse_document_serial


class DocumentNotFound(RecordNotFound):
    """No document of this office has that serial."""


@dataclass(frozen=True)
class IssuedDocumentInfo:
    """One issued document: what, for whom, who printed it and when, and its fate."""

    serial: str
    kind: DocumentKind
    registration_number: str
    last_name_fr: str
    first_name_fr: str
    last_name_ar: str
    first_name_ar: str
    issued_at: datetime  # UTC
    issued_by: str
    copies: int
    duplicate_of: str | None
    reprint_reason: str
    cancelled_at: datetime | None
    cancelled_by: str | None
    cancel_reason: str
    printed_at: datetime | None  # UTC; None until its print is confirmed
    batch_id: int | None  # None for documents printed before print batches existed

    @property
    def duplicate(self) -> bool:
        return self.duplicate_of is not None

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def pending(self) -> bool:
        """Reserved by a print not confirmed yet: not live."""
        return self.printed_at is None and self.cancelled_at is None

    @property
    def withdrawn(self) -> bool:
        """Cancelled before it was ever printed (its print failed or was given up)."""
        return self.printed_at is None and self.cancelled_at is not None

    @property
    def live(self) -> bool:
        return self.printed_at is not None and self.cancelled_at is None


def _infos(session: Session, *conditions: ColumnElement[bool]) -> list[IssuedDocumentInfo]:
    """The documents meeting ``conditions``, with their artisans' names, in issue order."""
    found = session.execute(
        select(
            IssuedDocument,
            Artisan.last_name_fr,
            Artisan.first_name_fr,
            Artisan.last_name_ar,
            Artisan.first_name_ar,
        )
        .join(Artisan, Artisan.pk == IssuedDocument.artisan_pk)
        .where(*conditions)
        .order_by(IssuedDocument.pk)
    ).all()
    return [
        IssuedDocumentInfo(
            d.serial,
            DocumentKind(d.kind),
            d.registration_number,
            last_fr,
            first_fr,
            last_ar,
            first_ar,
            d.issued_at,
            d.issued_by,
            d.copies,
            d.duplicate_of,
            d.reprint_reason,
            d.cancelled_at,
            d.cancelled_by,
            d.cancel_reason,
            d.printed_at,
            d.batch_id,
        )  # fmt: skip
        for d, last_fr, first_fr, last_ar, first_ar in found
    ]


def document_row(session: Session, serial: str) -> IssuedDocument:
    """The stored document a typed serial designates; :class:`DocumentNotFound` otherwise."""
    parsed = parse_document_serial(serial)
    row = (
        session.execute(select(IssuedDocument).where(IssuedDocument.serial == str(parsed)))
        .scalars()
        .first()
        if parsed
        else None
    )
    if row is None:
        raise DocumentNotFound(serial.strip())
    return row


def find_document(desk: Desk, serial: str) -> IssuedDocumentInfo:
    with desk.store.read() as session:
        row = document_row(session, serial)
        return _infos(session, IssuedDocument.pk == row.pk)[0]


def documents_of(desk: Desk, artisan_id: str) -> list[IssuedDocumentInfo]:
    """Every document issued for the record ``artisan_id``, oldest first, cancelled ones
    included (an unknown id has none)."""
    with desk.store.read() as session:
        return _infos(session, Artisan.id == artisan_id)


def print_log(desk: Desk, day: date | None = None) -> list[IssuedDocumentInfo]:
    """Every document issued on ``day`` (the office's local day; today by default), in
    the order they were printed, cancelled and withdrawn ones included, pending ones not."""
    with desk.store.read() as session:
        return _infos(
            session,
            IssuedDocument.issued_on == (day or desk.today()),
            or_(IssuedDocument.printed_at.is_not(None), IssuedDocument.cancelled_at.is_not(None)),
        )


@dataclass(frozen=True)
class QueuedRecord:
    """An approved record and the documents it still waits for."""

    row: ArtisanRow
    missing: tuple[DocumentKind, ...]


def _has_live(kind: DocumentKind) -> Exists:
    return exists().where(
        IssuedDocument.artisan_pk == Artisan.pk,
        IssuedDocument.kind == kind.value,
        IssuedDocument.cancelled_at.is_(None),
        IssuedDocument.printed_at.is_not(None),
    )


def print_queue(desk: Desk, limit: int = 500) -> list[QueuedRecord]:
    """Registered records waiting for a certificate or a card, longest waiting first.

    A record waits from its approval by a supervisor (records imported as registered came
    with the paper documents of their time) or from the cancellation of its document,
    until a live document of every kind is printed (a pending one is not printed yet).
    Runs in a write transaction: it files the approvals made since it last ran.
    """
    kinds = tuple(DocumentKind)
    flags = [_has_live(kind).label(kind.value) for kind in kinds]
    office = desk.identity.office_code
    with desk.store.write() as session:
        print_queue_rows.file_new_approvals(session, office)
        found = session.execute(
            select(*ROW_COLUMNS, *flags)
            .select_from(PrintQueueEntry)
            .join(Artisan, Artisan.pk == PrintQueueEntry.artisan_pk)
            .where(Artisan.owner_office == office)
            .order_by(PrintQueueEntry.queued_at, PrintQueueEntry.artisan_pk)
        ).all()
        queued, printed = [], []
        for r in found:
            missing = tuple(kind for kind in kinds if not getattr(r, kind.value))
            if not missing:
                printed.append(r.pk)
            elif Status(r.status) is Status.REGISTERED:
                queued.append(QueuedRecord(row_from(r), missing))
        print_queue_rows.drop(session, printed)
    return queued[:limit]
