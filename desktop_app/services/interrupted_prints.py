"""Prints that were interrupted between the reservation and the confirmation: found,
resumed, or withdrawn in one step.

A pending batch whose lock no process holds (:mod:`desktop_app.services.batch_locks`)
was interrupted: the program was killed or the power went while it drew or wrote. Its
documents are not live, and its records cannot print that kind again until the batch is
resumed (:func:`resume_batch`: the same documents with the same serials, drawn again
from the records, then confirmed as any print) or withdrawn (:func:`withdraw_batch`).
Both are for the batch's issuer or a supervisor, and both refuse a batch that another
program is printing right now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.batch_locks import BatchLock, held_elsewhere
from desktop_app.services.desk import Desk
from desktop_app.services.document_content import build_document, issuing_chamber, signed_payload
from desktop_app.services.documents import (
    SUPERVISORS,
    IssuedBatch,
    Layout,
    NotRegistered,
    checked_reason,
)
from desktop_app.services.errors import NotAllowed, RecordNotFound, ServiceError
from desktop_app.services.lookup import find_records
from desktop_app.services.print_batches import (
    BatchState,
    ReservedBatch,
    finish_batch,
    pending_rows,
    withdraw_documents,
    withdraw_pending,
)
from desktop_app.services.records import Actor
from desktop_app.storage.models import Artisan, PrintBatch
from registry.artisan import Status
from registry.issues import Code

NOT_REGISTERED_REASON = "not printed: the record is no longer registered"


class BatchNotFound(RecordNotFound):
    """No print batch has the number in ``detail``."""


class BatchFinished(ServiceError):
    """The batch in ``detail`` is done or withdrawn: nothing is left to resume."""

    code = Code.BATCH_FINISHED


class BatchBusy(ServiceError):
    """Another program is printing the batch in ``detail`` right now."""

    code = Code.BATCH_BUSY


@dataclass(frozen=True)
class InterruptedBatch:
    """A print that was not confirmed: what, how many, by whom, when, to where."""

    id: int
    kind: DocumentKind
    layout: Layout
    copies: int
    issued_by: str
    issued_at: datetime  # UTC
    output: str  # a file's path, or print_batches.PRINTER
    artisan_ids: tuple[str, ...]  # of its documents still pending, in serial order

    @property
    def count(self) -> int:
        return len(self.artisan_ids)


def may_finish(actor: Actor, issued_by: str) -> bool:
    """Whether ``actor`` may resume or withdraw a batch that ``issued_by`` reserved."""
    return actor.role in SUPERVISORS or actor.username == issued_by


def _info(batch: PrintBatch, artisan_ids: list[str]) -> InterruptedBatch:
    return InterruptedBatch(
        batch.id, DocumentKind(batch.kind), Layout(batch.layout), batch.copies,
        batch.issued_by, batch.issued_at, batch.output, tuple(artisan_ids),
    )  # fmt: skip


def _pending_batch(session: Session, batch_id: int) -> PrintBatch:
    batch = session.get(PrintBatch, batch_id)
    if batch is None:
        raise BatchNotFound(str(batch_id))
    if batch.state != BatchState.PENDING:
        raise BatchFinished(str(batch_id))
    return batch


def interrupted_batches(desk: Desk) -> list[InterruptedBatch]:
    """The pending batches no running program is printing, oldest first."""
    with desk.store.read() as session:
        batches = session.execute(
            select(PrintBatch)
            .where(PrintBatch.state == BatchState.PENDING.value)
            .order_by(PrintBatch.id)
        ).scalars()
        found = [_info(batch, [a for _, a in pending_rows(session, batch.id)]) for batch in batches]
    return [batch for batch in found if not held_elsewhere(desk.data_dir, batch.id)]


def interrupted_batch(desk: Desk, batch_id: int) -> InterruptedBatch:
    """One interrupted batch; :class:`BatchNotFound`, :class:`BatchFinished` or
    :class:`BatchBusy` if it is not one."""
    with desk.store.read() as session:
        batch = _pending_batch(session, batch_id)
        found = _info(batch, [a for _, a in pending_rows(session, batch_id)])
    if held_elsewhere(desk.data_dir, batch_id):
        raise BatchBusy(str(batch_id))
    return found


def _taken(desk: Desk, batch_id: int) -> BatchLock:
    """The lock of a pending batch, held (checked again once held)."""
    with desk.store.read() as session:
        _pending_batch(session, batch_id)  # no lock file for a number that is no batch
    lock = BatchLock(desk.data_dir, batch_id)
    if not lock.take():
        raise BatchBusy(str(batch_id))
    return lock


def _check_may_finish(actor: Actor, batch: PrintBatch) -> None:
    if not may_finish(actor, batch.issued_by):
        raise NotAllowed("another user's interrupted print is resumed or withdrawn by a supervisor")


def resume_batch(desk: Desk, actor: Actor, batch_id: int) -> ReservedBatch:
    """Take an interrupted batch up again: its pending documents with the same serials
    and issue dates, drawn from the records as they are now (an Ed25519 signature is
    deterministic: an unchanged record gives the same code). A record no longer
    registered has its document withdrawn and the rest goes on; if none is left, the
    batch is withdrawn and :class:`NotRegistered` names them. The caller draws, writes
    and confirms (or withdraws) the batch returned, as after :func:`reserve_batch`."""
    lock = _taken(desk, batch_id)
    try:
        with desk.store.read() as session:
            _check_may_finish(actor, _pending_batch(session, batch_id))
            ids = [a for _, a in pending_rows(session, batch_id)]
        records = {record.id: record for record in find_records(desk, ids)}
        chamber = issuing_chamber(desk)
        now = desk.now()
        with desk.store.write() as session:
            batch = _pending_batch(session, batch_id)
            kind, layout, copies = DocumentKind(batch.kind), Layout(batch.layout), batch.copies
            rows = pending_rows(session, batch_id)
            statuses = dict(
                session.execute(
                    select(Artisan.id, Artisan.status).where(Artisan.id.in_([a for _, a in rows]))
                ).all()
            )
            refused = [(row, a) for row, a in rows if statuses[a] != Status.REGISTERED]
            withdraw_documents(session, actor, refused, NOT_REGISTERED_REASON, now)
            documents = []
            for row, artisan_id in rows:
                if row.cancelled_at is not None:  # just withdrawn
                    continue
                record = records[artisan_id]
                row.payload = signed_payload(record, row.serial, row.issued_on, desk.device_key)
                documents.append(
                    build_document(
                        desk, record, kind, serial=row.serial,
                        duplicate=row.duplicate_of is not None, issued_on=row.issued_on,
                        qr_payload=row.payload, chamber=chamber,
                    )
                )  # fmt: skip
            if not documents:
                finish_batch(session, batch_id, BatchState.WITHDRAWN, now)
        left_out = tuple(row.registration_number for row, _ in refused)
        if not documents:
            lock.release(finished=True)
            raise NotRegistered(", ".join(left_out))
    except BaseException:
        lock.release(finished=False)
        raise
    return ReservedBatch(batch_id, layout, IssuedBatch(kind, tuple(documents), copies), lock,
                         left_out)  # fmt: skip


def withdraw_batch(desk: Desk, actor: Actor, batch_id: int, reason: str) -> int:
    """Withdraw every pending document of an interrupted batch in one step (cancelled
    with ``reason``, never having been live); how many were withdrawn."""
    reason = checked_reason(reason)
    lock = _taken(desk, batch_id)
    try:
        with desk.store.write() as session:
            _check_may_finish(actor, _pending_batch(session, batch_id))
            count = withdraw_pending(session, actor, batch_id, reason, desk.now())
    except BaseException:
        lock.release(finished=False)
        raise
    lock.release(finished=True)
    return count
