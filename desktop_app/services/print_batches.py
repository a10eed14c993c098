"""A print in three steps: reserve, draw and write, confirm — or withdraw.

:func:`reserve_batch` is one transaction: the serials, a ``print_batches`` row
(``pending``) and the batch's documents, not live yet; the process that reserves holds
the batch's lock (:mod:`desktop_app.services.batch_locks`) until the end. The caller then
draws the documents and writes the file or sends the print job, and
:func:`confirm_batch` makes them live in one transaction (``printed_at``, the audit
entries and outbox operations of the issue, the batch ``done``); if the drawing or the
writing fails, :func:`withdraw_reserved` withdraws them at once: cancelled with the reason,
never having been live. A process killed in between leaves its batch pending: see
:mod:`desktop_app.services.interrupted_prints`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.batch_locks import BatchLock
from desktop_app.services.desk import Desk
from desktop_app.services.document_content import build_document, issuing_chamber, signed_payload
from desktop_app.services.documents import (
    ENTITY,
    IssuedBatch,
    Layout,
    NotRegistered,
    check_not_pending,
    check_request,
    checked_reason,
    live_documents,
    registered_records,
    take_serials,
)
from desktop_app.services.records import Actor
from desktop_app.storage import audit, outbox, print_queue
from desktop_app.storage.bulk import insert_rows
from desktop_app.storage.models import Artisan, IssuedDocument, PrintBatch
from registry import wire
from registry.artisan import Status
from registry.text import clean_text

PRINTER = "printer"
"""The output of a batch sent to a printer (any other output is a file's path)."""
LOCK_WAIT = 5.0  # seconds


class BatchState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    WITHDRAWN = "withdrawn"


@dataclass
class ReservedBatch:
    """A pending batch this process prints: its lock is held until it is confirmed or
    withdrawn. ``left_out``: registration numbers whose documents were withdrawn when
    the batch was resumed (no longer registered)."""

    id: int
    layout: Layout
    batch: IssuedBatch
    lock: BatchLock
    left_out: tuple[str, ...] = ()


def reserve_batch(
    desk: Desk,
    actor: Actor,
    keys: Sequence[str],
    layout: Layout,
    output: str,
    *,
    reprint_reason: str | None = None,
    copies: int = 1,
) -> ReservedBatch:
    """Reserve one document of ``layout``'s kind for each record that ``keys`` (numbers,
    CINs or ids) designate — all of them or, on any refusal, none — to be written to
    ``output`` (a file's path, or :data:`PRINTER`)."""
    kind = layout.kind
    reason = clean_text(reprint_reason)
    records = registered_records(desk, keys)
    chamber = issuing_chamber(desk)
    day, now = desk.today(), desk.now()
    lock: BatchLock | None = None
    try:
        with desk.store.write() as session:
            ids = [r.id for r in records]
            # Read again inside the transaction: a status may have changed since.
            statuses = dict(
                session.execute(select(Artisan.id, Artisan.status).where(Artisan.id.in_(ids))).all()
            )
            refused = [
                r.registration_number for r in records if statuses[r.id] != Status.REGISTERED
            ]
            if refused:
                raise NotRegistered(", ".join(refused))
            check_not_pending(session, records, kind)
            earlier = live_documents(session, ids, kind)
            check_request(actor, reason, copies,
                          [r.registration_number for r in records if r.id in earlier])  # fmt: skip
            pks = dict(
                session.execute(select(Artisan.id, Artisan.pk).where(Artisan.id.in_(ids))).all()
            )
            batch = PrintBatch(
                kind=kind.value, layout=layout.value, copies=copies, issued_by=actor.username,
                issued_at=now, output=output, state=BatchState.PENDING.value,
            )  # fmt: skip
            session.add(batch)
            session.flush()
            # Taken before the batch is committed: no one sees it pending and unlocked.
            # Only a check of that number an instant ago can hold it (a mistyped resume).
            lock = BatchLock(desk.data_dir, batch.id)
            if not lock.take(wait=LOCK_WAIT):
                raise RuntimeError(f"the lock of the new print batch {batch.id} is held")
            serials = take_serials(session, desk, kind, day, len(records))
            documents, rows = [], []
            for record, serial in zip(records, serials, strict=True):
                payload = signed_payload(record, serial, day, desk.device_key)
                duplicate_of = earlier.get(record.id)
                documents.append(
                    build_document(
                        desk, record, kind, serial=serial, duplicate=duplicate_of is not None,
                        issued_on=day, qr_payload=payload, chamber=chamber,
                    )
                )  # fmt: skip
                rows.append(
                    {
                        "serial": serial, "kind": kind.value, "artisan_pk": pks[record.id],
                        "artisan_id": record.id,
                        "registration_number": record.registration_number, "issued_on": day,
                        "issued_at": now, "issued_by": actor.username, "copies": copies,
                        "duplicate_of": duplicate_of,
                        "reprint_reason": reason if duplicate_of else "", "payload": payload,
                        "version": 1, "cancel_reason": "", "batch_id": batch.id,
                    }
                )  # fmt: skip
            insert_rows(session, IssuedDocument, rows)
            batch_id = batch.id
    except BaseException:
        if lock is not None:
            lock.release(finished=True)
        raise
    return ReservedBatch(batch_id, layout, IssuedBatch(kind, tuple(documents), copies), lock)


def pending_rows(session: Session, batch_id: int) -> list[tuple[IssuedDocument, str]]:
    """The batch's documents still pending, with their artisans' ids, in serial order."""
    found = session.execute(
        select(IssuedDocument, Artisan.id)
        .join(Artisan, Artisan.pk == IssuedDocument.artisan_pk)
        .where(
            IssuedDocument.batch_id == batch_id,
            IssuedDocument.cancelled_at.is_(None),
            IssuedDocument.printed_at.is_(None),
        )
        .order_by(IssuedDocument.pk)
    ).all()
    return [(row, artisan_id) for row, artisan_id in found]


def audited_content(row: IssuedDocument, artisan_id: str) -> dict[str, object]:
    """What the audit log says a document is."""
    return {
        "kind": row.kind, "artisan_id": artisan_id,
        "registration_number": row.registration_number, "copies": row.copies,
        "duplicate_of": row.duplicate_of, "reprint_reason": row.reprint_reason,
    }  # fmt: skip


def issued_operation(row: IssuedDocument, actor: Actor, now: datetime) -> outbox.Operation:
    """The document as the sync outbox sends it once printed: all the paper says, and
    who printed it when (docs/sync.md, *Operations*)."""
    assert row.printed_at is not None
    data = {
        "kind": row.kind, "artisan_id": row.artisan_id,
        "registration_number": row.registration_number, "issued_on": row.issued_on,
        "issued_at": outbox.utc(row.issued_at), "issued_by": row.issued_by,
        "copies": row.copies, "duplicate_of": row.duplicate_of,
        "reprint_reason": row.reprint_reason, "payload": row.payload,
        "printed_at": outbox.utc(row.printed_at),
    }  # fmt: skip
    return outbox.Operation(
        wire.Entity.DOCUMENT,
        row.serial,
        outbox.Kind.ISSUE,
        row.synced_version,
        actor.username,
        now,
        data,
    )


def finish_batch(session: Session, batch_id: int, state: BatchState, now: datetime) -> PrintBatch:
    batch = session.get_one(PrintBatch, batch_id)
    if batch.state != BatchState.PENDING:
        raise RuntimeError(f"print batch {batch_id} is {batch.state}, not pending")
    batch.state, batch.finished_at = state.value, now
    return batch


def confirm_batch(desk: Desk, actor: Actor, reserved: ReservedBatch, output: str) -> None:
    """The documents of ``reserved`` were written to ``output``: they are live now."""
    now = desk.now()
    try:
        with desk.store.write() as session:
            batch = finish_batch(session, reserved.id, BatchState.DONE, now)
            batch.output = output
            events, operations = [], []
            for row, artisan_id in pending_rows(session, reserved.id):
                row.printed_at = now
                after = audited_content(row, artisan_id)
                events.append(
                    audit.AuditEvent.of(actor.username, "issue", ENTITY, row.serial, {}, after, now)
                )
                operations.append(issued_operation(row, actor, now))
            audit.append(session, events)
            outbox.enqueue(session, operations)
    except BaseException:
        reserved.lock.release(finished=False)  # pending still: the batch is interrupted
        raise
    reserved.lock.release(finished=True)


def withdraw_documents(
    session: Session,
    actor: Actor,
    rows: Sequence[tuple[IssuedDocument, str]],
    reason: str,
    now: datetime,
) -> None:
    """Withdraw pending documents: cancelled with ``reason``, never having been live.
    Each is audited and sent once, as the withdrawn document it is; its record waits in
    the print queue (again)."""
    events, operations = [], []
    for row, artisan_id in rows:
        row.cancelled_at, row.cancelled_by, row.cancel_reason = now, actor.username, reason
        after = {**audited_content(row, artisan_id), "cancelled": True, "cancel_reason": reason}
        events.append(
            audit.AuditEvent.of(actor.username, "withdraw", ENTITY, row.serial, {}, after, now)
        )
        data = {"reason": reason, "at": outbox.utc(now), "by": actor.username}
        operations.append(
            outbox.Operation(
                wire.Entity.DOCUMENT,
                row.serial,
                outbox.Kind.WITHDRAW,
                row.synced_version,
                actor.username,
                now,
                data,
            )
        )
        if row.artisan_pk is not None:
            print_queue.enqueue(session, row.artisan_pk, now)
    audit.append(session, events)
    outbox.enqueue(session, operations)


def withdraw_pending(
    session: Session, actor: Actor, batch_id: int, reason: str, now: datetime
) -> int:
    """Withdraw every pending document of a batch, and the batch; how many there were."""
    rows = pending_rows(session, batch_id)
    withdraw_documents(session, actor, rows, reason, now)
    finish_batch(session, batch_id, BatchState.WITHDRAWN, now)
    return len(rows)


def withdraw_reserved(desk: Desk, actor: Actor, reserved: ReservedBatch, reason: str) -> None:
    """The batch ``reserved`` could not be drawn, written or printed: withdraw it now."""
    reason = checked_reason(reason)
    try:
        with desk.store.write() as session:
            withdraw_pending(session, actor, reserved.id, reason, desk.now())
    except BaseException:
        reserved.lock.release(finished=False)  # pending still: the batch is interrupted
        raise
    reserved.lock.release(finished=True)
