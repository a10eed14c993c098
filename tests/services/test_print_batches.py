"""A print in phases (issue 8: "printing records documents before the paper exists"):
reserved documents are not live until their print is confirmed; a failed print is
withdrawn at once; an interrupted one is resumed with the same serials or withdrawn in
one step, never while another program prints it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.batch_locks import BatchLock
from desktop_app.services.desk import Desk
from desktop_app.services.document_log import documents_of, find_document, print_log, print_queue
from desktop_app.services.documents import (
    DocumentCancelled,
    Layout,
    NotRegistered,
    PrintPending,
    cancel_document,
)
from desktop_app.services.errors import NotAllowed
from desktop_app.services.interrupted_prints import (
    NOT_REGISTERED_REASON,
    BatchBusy,
    BatchFinished,
    BatchNotFound,
    interrupted_batch,
    interrupted_batches,
    resume_batch,
    withdraw_batch,
)
from desktop_app.services.print_batches import (
    ReservedBatch,
    confirm_batch,
    reserve_batch,
    withdraw_reserved,
)
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from desktop_app.services.verification import verify_text
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.models import AuditEntry, PrintBatch
from registry.issues import Code, ValidationFailed
from registry.signed_payload import Reason
from registry.workflow import Action
from tests.factories import make_draft, make_photo
from tests.outbox_support import sent

ROOT = Path(__file__).resolve().parents[2]
CERTIFICATE, CARD = DocumentKind.CERTIFICATE, DocumentKind.CARD
OUT = "/srv/out.pdf"


def registered(desk: Desk, clerk: Actor, supervisor: Actor, **overrides: object) -> ArtisanRecord:
    record = register_artisan(desk, clerk, make_draft(photo=make_photo(), **overrides)).record
    return change_status(desk, supervisor, record.id, Action.APPROVE, "", 1)


@pytest.fixture
def fatima(desk: Desk, clerk: Actor, supervisor: Actor) -> ArtisanRecord:
    return registered(desk, clerk, supervisor)


@pytest.fixture
def youssef(desk: Desk, clerk: Actor, supervisor: Actor) -> ArtisanRecord:
    return registered(
        desk, clerk, supervisor, cin="BE654321", last_name_fr="Benali", first_name_fr="Youssef",
        last_name_ar="بنعلي", first_name_ar="يوسف", sex="M",
    )  # fmt: skip


def document_events(desk: Desk) -> list[tuple[str, str, dict[str, object]]]:
    with desk.store.read() as session:
        rows = session.query(AuditEntry).filter(AuditEntry.entity == "document")
        return [(r.action, r.entity_id, json.loads(r.after)) for r in rows.order_by(AuditEntry.seq)]


def batch_state(desk: Desk, batch_id: int) -> tuple[str, str]:
    with desk.store.read() as session:
        batch = session.get_one(PrintBatch, batch_id)
        return batch.state, batch.output


def interrupt(reserved: ReservedBatch) -> None:
    """What a killed process leaves: the batch pending, its lock released by the OS."""
    reserved.lock.release(finished=False)


def test_reserved_documents_are_not_live_until_their_print_is_confirmed(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    reserved = reserve_batch(desk, clerk, ["K123456", "BE654321"], Layout.CARD, OUT, copies=2)
    serials = reserved.batch.serials
    code = reserved.batch.documents[0].qr_payload

    assert batch_state(desk, reserved.id) == ("pending", OUT)
    assert print_log(desk) == []  # not printed
    assert [(d.serial, d.pending, d.live) for d in documents_of(desk, fatima.id)] == [
        (serials[0], True, False)
    ]
    assert verify_text(desk, code).reason is Reason.NOT_PRINTED
    assert [q.missing for q in print_queue(desk)] == [(CERTIFICATE, CARD)] * 2
    assert document_events(desk) == [] and sent(desk, "document") == []  # nothing before the paper
    # Not a reprint, not printable again: the record waits for this print.
    with pytest.raises(PrintPending) as refused:
        reserve_batch(desk, supervisor, ["K123456"], Layout.CARD, OUT, reprint_reason="lost")
    assert (refused.value.numbers, refused.value.batches) == (
        (fatima.registration_number,), (reserved.id,),
    )  # fmt: skip
    assert refused.value.code is Code.PRINT_PENDING
    with pytest.raises(PrintPending):
        cancel_document(desk, supervisor, serials[0], "spoilt")
    # The certificate is another kind: it prints.
    assert reserve_batch(desk, clerk, ["K123456"], Layout.CERTIFICATE, OUT).batch.documents

    confirm_batch(desk, clerk, reserved, "/srv/final.pdf")

    assert batch_state(desk, reserved.id) == ("done", "/srv/final.pdf")
    assert [(d.serial, d.live) for d in print_log(desk)] == [(s, True) for s in serials]
    assert verify_text(desk, code).valid
    assert [q.missing for q in print_queue(desk)] == [(CERTIFICATE,)] * 2  # the certificate
    # reserved meanwhile is still pending
    # The audit and the outbox say exactly what an issue always said.
    issued = {
        "kind": "card", "artisan_id": fatima.id,
        "registration_number": fatima.registration_number, "copies": 2,
        "duplicate_of": None, "reprint_reason": "",
    }  # fmt: skip
    events = document_events(desk)
    assert [(a, s) for a, s, _ in events] == [("issue", serials[0]), ("issue", serials[1])]
    assert events[0][2] == issued
    op = sent(desk, "document")[0]
    assert (op.entity_id, op.kind, op.base_version, op.actor) == (serials[0], "issue", 0, "clerk1")
    assert op.data == issued | {
        "issued_on": "2026-11-29", "issued_at": "2026-11-29T09:30:00Z", "issued_by": "clerk1",
        "payload": code, "printed_at": "2026-11-29T09:30:00Z",
    }  # fmt: skip
    assert not BatchLock(desk.data_dir, reserved.id).path.exists()  # finished: no lock left
    with desk.store.read() as session:
        assert verify_chain(session).intact


def test_a_print_that_failed_is_withdrawn_never_having_been_live(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord
) -> None:
    reserved = reserve_batch(desk, clerk, ["K123456"], Layout.CERTIFICATE, OUT)
    (serial,) = reserved.batch.serials
    with pytest.raises(ValidationFailed):
        withdraw_reserved(desk, clerk, reserved, "  ")

    withdraw_reserved(desk, clerk, reserved, "not printed: the file could not be written")

    (info,) = print_log(desk)  # it stays in the log, withdrawn
    assert (info.serial, info.withdrawn, info.live, info.cancelled_by) == (
        serial, True, False, "clerk1",
    )  # fmt: skip
    assert batch_state(desk, reserved.id)[0] == "withdrawn"
    result = verify_text(desk, reserved.batch.documents[0].qr_payload)
    assert (result.valid, result.reason) == (False, Reason.CANCELLED)
    ((action, entity, after),) = document_events(desk)
    assert (action, entity) == ("withdraw", serial)
    assert after["cancelled"] is True and after["registration_number"] == fatima.registration_number
    (op,) = sent(desk, "document")  # sent once, as withdrawn
    assert (op.entity_id, op.kind, op.base_version) == (serial, "withdraw", 0)
    assert op.data == {
        "reason": "not printed: the file could not be written", "at": "2026-11-29T09:30:00Z",
        "by": "clerk1",
    }  # fmt: skip
    with pytest.raises(DocumentCancelled):
        cancel_document(desk, supervisor, serial, "again")
    # Printed again afterwards: a first certificate, with a new serial.
    again = reserve_batch(desk, clerk, ["K123456"], Layout.CERTIFICATE, OUT)
    assert not again.batch.documents[0].duplicate and again.batch.serials[0] != serial


def test_an_interrupted_print_is_listed_and_refused_while_its_program_runs(
    desk: Desk, clerk: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    running = reserve_batch(desk, clerk, ["K123456", "BE654321"], Layout.CERTIFICATE, OUT)
    assert interrupted_batches(desk) == []  # being printed: not interrupted
    with pytest.raises(BatchBusy):
        resume_batch(desk, clerk, running.id)
    with pytest.raises(BatchBusy):
        withdraw_batch(desk, clerk, running.id, "gave up")
    with pytest.raises(BatchBusy):
        interrupted_batch(desk, running.id)

    interrupt(running)

    (batch,) = interrupted_batches(desk)
    assert (batch.id, batch.kind, batch.layout, batch.count, batch.issued_by, batch.output) == (
        running.id, CERTIFICATE, Layout.CERTIFICATE, 2, "clerk1", OUT,
    )  # fmt: skip
    assert batch.artisan_ids == (fatima.id, youssef.id)
    with pytest.raises(BatchNotFound):
        resume_batch(desk, clerk, running.id + 1)


def test_a_resumed_print_has_the_same_documents_and_codes(
    desk: Desk, clerk: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    first = reserve_batch(desk, clerk, ["K123456", "BE654321"], Layout.CARD, OUT, copies=3)
    interrupt(first)

    again = resume_batch(desk, clerk, first.id)

    assert (again.id, again.layout, again.batch.copies) == (first.id, Layout.CARD, 3)
    assert again.batch.serials == first.batch.serials
    assert [d.qr_payload for d in again.batch.documents] == [
        d.qr_payload for d in first.batch.documents
    ]  # Ed25519 signs deterministically: unchanged records, identical codes
    assert interrupted_batches(desk) == []  # resumed here: this program holds it
    confirm_batch(desk, clerk, again, OUT)
    assert all(verify_text(desk, d.qr_payload).valid for d in first.batch.documents)
    with pytest.raises(BatchFinished) as finished:
        resume_batch(desk, clerk, first.id)
    assert finished.value.code is Code.BATCH_FINISHED


def test_resuming_withdraws_the_records_no_longer_registered(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    first = reserve_batch(desk, clerk, ["K123456", "BE654321"], Layout.CERTIFICATE, OUT)
    interrupt(first)
    change_status(desk, supervisor, fatima.id, Action.SUSPEND, "unpaid dues", fatima.version)

    again = resume_batch(desk, clerk, first.id)

    assert again.left_out == (fatima.registration_number,)
    assert again.batch.serials == first.batch.serials[1:]
    withdrawn = find_document(desk, first.batch.serials[0])
    assert withdrawn.withdrawn and withdrawn.cancel_reason == NOT_REGISTERED_REASON
    confirm_batch(desk, clerk, again, OUT)
    assert find_document(desk, first.batch.serials[1]).live

    # None left: the batch is withdrawn and the refusal names the records.
    alone = reserve_batch(desk, clerk, ["BE654321"], Layout.CARD, OUT)
    interrupt(alone)
    change_status(desk, supervisor, youssef.id, Action.SUSPEND, "moved", youssef.version)
    with pytest.raises(NotRegistered):
        resume_batch(desk, clerk, alone.id)
    assert batch_state(desk, alone.id)[0] == "withdrawn"
    assert interrupted_batches(desk) == []


def test_an_interrupted_print_is_withdrawn_in_one_step_by_its_issuer_or_a_supervisor(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    other_clerk = Actor("clerk2", clerk.role)
    batch = reserve_batch(desk, clerk, ["K123456", "BE654321"], Layout.CARD, OUT)
    interrupt(batch)
    with pytest.raises(NotAllowed):
        withdraw_batch(desk, other_clerk, batch.id, "not mine")
    with pytest.raises(NotAllowed):
        resume_batch(desk, other_clerk, batch.id)
    with pytest.raises(ValidationFailed):
        withdraw_batch(desk, supervisor, batch.id, "")

    assert withdraw_batch(desk, supervisor, batch.id, "card printer broken") == 2

    assert [(d.withdrawn, d.cancelled_by, d.cancel_reason) for d in print_log(desk)] == [
        (True, "super1", "card printer broken")
    ] * 2
    assert interrupted_batches(desk) == []
    with pytest.raises(BatchFinished):
        withdraw_batch(desk, supervisor, batch.id, "again")
    # The records print again, as a first card: no reprint, new serials.
    after = reserve_batch(desk, clerk, ["K123456"], Layout.CARD, OUT)
    assert not after.batch.documents[0].duplicate
    assert after.batch.serials[0] not in batch.batch.serials
    with desk.store.read() as session:
        assert verify_chain(session).intact


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from desktop_app.services.batch_locks import BatchLock

    lock = BatchLock(Path(sys.argv[1]), int(sys.argv[2]))
    assert lock.take()
    print("held", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.slow
def test_a_lock_held_by_another_process_refuses_until_that_process_dies(
    desk: Desk, clerk: Actor, fatima: ArtisanRecord
) -> None:
    batch = reserve_batch(desk, clerk, ["K123456"], Layout.CARD, OUT)
    interrupt(batch)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(desk.data_dir), str(batch.id)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert interrupted_batches(desk) == []
        with pytest.raises(BatchBusy):
            withdraw_batch(desk, clerk, batch.id, "gave up")
        with pytest.raises(BatchBusy):
            resume_batch(desk, clerk, batch.id)
    finally:
        holder.kill()
        holder.wait()
    # Killed: the OS let its lock go.
    assert [b.id for b in interrupted_batches(desk)] == [batch.id]
    assert withdraw_batch(desk, clerk, batch.id, "gave up") == 1
