"""Issuing certificates and cards, and cancelling them: the rules every print follows.

A print has two transactions around the drawing (:mod:`desktop_app.services.print_batches`):
the reservation takes the serials (from the device's yearly sequence; they are inside the
signed QR code, so they exist before the drawing) and records a print batch with a row
per document in ``issued_documents`` (who, when, how many copies), *pending*; once the
file or the print job is written, the confirmation makes the documents live and writes
their hash-chained audit entries and sync outbox entries. A pending document is not
printed: it is no earlier document for a reprint, it leaves no record out of the print
queue, and it does not verify at this desk.

Only registered records print. A record that already has a live document of the kind gets
a duplicate: it needs a reason and a supervisor, is marked "DUPLICATA / نظير", gets its
own serial and names the document it duplicates (which stays valid unless cancelled). A
record with a pending document of the kind prints it again only by resuming that batch,
or after withdrawing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.printing.documents import ArtisanDocument, DocumentKind
from desktop_app.services.desk import Desk
from desktop_app.services.document_content import build_document, issuing_chamber, signed_payload
from desktop_app.services.document_log import IssuedDocumentInfo, document_row, find_document
from desktop_app.services.errors import NotAllowed, ServiceError
from desktop_app.services.lookup import find_records
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import check_owner
from desktop_app.storage import audit, outbox, print_queue, sequences
from desktop_app.storage.models import Artisan, DocumentSequence, IssuedDocument
from desktop_app.storage.trusted_keys import DeviceKey
from registry import wire
from registry.artisan import Status
from registry.device_keys import raw_public_key
from registry.document_serial import DocumentSerial
from registry.issues import Code, Issue, ValidationFailed
from registry.text import check_text, clean_text
from registry.workflow import Role

ENTITY = wire.Entity.DOCUMENT.value
REASON_MAX = 500
MAX_COPIES = 10
SPECIMEN_SERIAL = "SPECIMEN"
SPECIMEN_DEVICE = "00000000-0000-0000-0000-000000000000"  # no device: trusted nowhere
KIND_LETTERS = {DocumentKind.CERTIFICATE: "A", DocumentKind.CARD: "C"}
SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})


class Layout(StrEnum):
    """How documents are laid out on paper."""

    CERTIFICATE = "certificate"  # one A4 page each
    CARD = "card"  # ID-1 pages, front then back, for a card printer
    CARD_SHEET = "card-sheet"  # A4 sheets of ten cards on pre-cut card stock

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind.CERTIFICATE if self is Layout.CERTIFICATE else DocumentKind.CARD


class NotRegistered(ServiceError):
    """Only registered records print; ``detail`` names the records refused."""

    code = Code.NOT_REGISTERED


class ReprintNeedsReason(ServiceError):
    """The records named in ``detail`` were printed before: a reprint needs a reason."""

    code = Code.REPRINT_NEEDS_REASON


class DocumentCancelled(ServiceError):
    code = Code.DOCUMENT_CANCELLED


class PrintPending(ServiceError):
    """The records named in ``detail`` have a document of the kind in a print that was
    not confirmed (the batches ``batches``): resume it or withdraw it first."""

    code = Code.PRINT_PENDING

    def __init__(self, numbers: Sequence[str], batches: Sequence[int]) -> None:
        super().__init__(", ".join(numbers))
        self.numbers = tuple(numbers)
        self.batches = tuple(sorted(set(batches)))


@dataclass(frozen=True)
class IssuedBatch:
    """Documents just issued, ready to draw; each is to be printed ``copies`` times."""

    kind: DocumentKind
    documents: tuple[ArtisanDocument, ...]
    copies: int

    @property
    def serials(self) -> tuple[str, ...]:
        return tuple(d.serial for d in self.documents)


def registered_records(desk: Desk, keys: Sequence[str]) -> list[ArtisanRecord]:
    """The records ``keys`` designate, once each, in order; all this office's and
    registered."""
    records = {record.id: record for record in find_records(desk, keys)}
    for record in records.values():
        check_owner(desk, record.registration_number, record.owner_office)
    refused = [r.registration_number for r in records.values() if r.status is not Status.REGISTERED]
    if refused:
        raise NotRegistered(", ".join(refused))
    return list(records.values())


def live_documents(session: Session, ids: Sequence[str], kind: DocumentKind) -> dict[str, str]:
    """The latest live document of ``kind`` of each record that has one (id → serial)."""
    found = session.execute(
        select(Artisan.id, IssuedDocument.serial)
        .join(IssuedDocument, IssuedDocument.artisan_pk == Artisan.pk)
        .where(
            Artisan.id.in_(ids),
            IssuedDocument.kind == kind.value,
            IssuedDocument.cancelled_at.is_(None),
            IssuedDocument.printed_at.is_not(None),
        )
        .order_by(IssuedDocument.pk)
    ).all()
    return {artisan_id: serial for artisan_id, serial in found}


def check_not_pending(
    session: Session, records: Sequence[ArtisanRecord], kind: DocumentKind
) -> None:
    """:class:`PrintPending` if any of ``records`` has a document of ``kind`` waiting for
    its print to be confirmed."""
    found = session.execute(
        select(Artisan.id, IssuedDocument.batch_id)
        .join(IssuedDocument, IssuedDocument.artisan_pk == Artisan.pk)
        .where(
            Artisan.id.in_([r.id for r in records]),
            IssuedDocument.kind == kind.value,
            IssuedDocument.cancelled_at.is_(None),
            IssuedDocument.printed_at.is_(None),
        )
    ).all()
    batches = {artisan_id: batch_id for artisan_id, batch_id in found}
    if batches:
        numbers = [r.registration_number for r in records if r.id in batches]
        raise PrintPending(numbers, [b for b in batches.values() if b is not None])


def check_request(actor: Actor, reason: str, copies: int, reprints: Sequence[str]) -> None:
    issues = check_text(reason, "reprint_reason", max_length=REASON_MAX)
    if not 1 <= copies <= MAX_COPIES:
        issues.append(Issue(Code.OUT_OF_RANGE, "copies", params={"min": 1, "max": MAX_COPIES}))
    if issues:
        raise ValidationFailed(issues)
    if reprints and not reason:
        raise ReprintNeedsReason(", ".join(reprints))
    if reprints and actor.role not in SUPERVISORS:
        raise NotAllowed("a reprint is for a supervisor")


def take_serials(
    session: Session, desk: Desk, kind: DocumentKind, day: date, count: int
) -> list[str]:
    me = desk.identity
    first = sequences.reserve(session, me.device, day.year, count, DocumentSequence)
    letter = KIND_LETTERS[kind]
    return [
        str(DocumentSerial(letter, me.region, me.office, me.device, day.year, first + offset))
        for offset in range(count)
    ]


def preview_documents(desk: Desk, keys: Sequence[str], kind: DocumentKind) -> list[ArtisanDocument]:
    """The documents as they would print, recording nothing: the serial reads SPECIMEN
    and the QR code is signed by a throwaway key of no device, so that a saved preview
    never verifies."""
    records = registered_records(desk, keys)
    with desk.store.read() as session:
        earlier = live_documents(session, [r.id for r in records], kind)
    key = Ed25519PrivateKey.generate()
    throwaway = DeviceKey(SPECIMEN_DEVICE, "", key, raw_public_key(key), None)
    chamber, day = issuing_chamber(desk), desk.today()
    return [
        build_document(
            desk,
            record,
            kind,
            serial=SPECIMEN_SERIAL,
            duplicate=record.id in earlier,
            issued_on=day,
            qr_payload=signed_payload(record, SPECIMEN_SERIAL, day, throwaway),
            chamber=chamber,
        )  # fmt: skip
        for record in records
    ]


def _cancel(
    session: Session, desk: Desk, actor: Actor, serial: str, reason: str, now: datetime
) -> str:
    row = document_row(session, serial)
    owner = session.execute(select(Artisan.owner_office).where(Artisan.pk == row.artisan_pk))
    check_owner(desk, row.serial, owner.scalar() or "")
    if row.cancelled_at is not None:
        raise DocumentCancelled(row.serial)
    if row.printed_at is None:  # never live: its batch is withdrawn whole
        raise PrintPending([row.registration_number], [row.batch_id] if row.batch_id else [])
    row.version += 1
    row.cancelled_at, row.cancelled_by, row.cancel_reason = now, actor.username, reason
    after = {"cancelled": True, "cancel_reason": reason}
    audit.append(
        session,
        [audit.AuditEvent.of(actor.username, "cancel", ENTITY, row.serial, {"cancelled": False},
                             after, now)],
    )  # fmt: skip
    data = {"reason": reason, "cancelled_at": outbox.utc(now), "cancelled_by": actor.username}
    outbox.enqueue(
        session,
        [
            outbox.Operation(
                wire.Entity.DOCUMENT,
                row.serial,
                outbox.Kind.CANCEL,
                row.synced_version,
                actor.username,
                now,
                data,
            )
        ],
    )
    if row.artisan_pk is not None:
        print_queue.enqueue(session, row.artisan_pk, now)  # it needs a document again
    return row.serial


def checked_reason(reason: str) -> str:
    reason = clean_text(reason)
    issues = check_text(reason, "cancel_reason", max_length=REASON_MAX)
    if not reason:
        issues.append(Issue(Code.REASON_REQUIRED, "cancel_reason"))
    if issues:
        raise ValidationFailed(issues)
    return reason


def cancel_document(desk: Desk, actor: Actor, serial: str, reason: str) -> IssuedDocumentInfo:
    """Cancel a printed document (spoilt paper, an error); it stays in the log."""
    if actor.role not in SUPERVISORS:
        raise NotAllowed("cancelling a document is for a supervisor")
    reason = checked_reason(reason)
    with desk.store.write() as session:
        cancelled = _cancel(session, desk, actor, serial, reason, desk.now())
    return find_document(desk, cancelled)
