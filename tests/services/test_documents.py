"""Issued documents: serials, reprints, cancellations, the print log and the queue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk, open_desk
from desktop_app.services.document_log import (
    DocumentNotFound,
    documents_of,
    find_document,
    print_log,
    print_queue,
)
from desktop_app.services.document_settings import set_signatory
from desktop_app.services.documents import (
    SPECIMEN_SERIAL,
    DocumentCancelled,
    NotRegistered,
    ReprintNeedsReason,
    cancel_document,
    preview_documents,
)
from desktop_app.services.errors import NotAllowed, RecordNotFound
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from desktop_app.services.verification import verify_text
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.models import AuditEntry, IssuedDocument
from registry.artisan import Status
from registry.document_serial import parse_document_serial
from registry.issues import Code, ValidationFailed
from registry.signed_payload import Reason, cin_matches
from registry.workflow import Action
from tests.conftest import FixedClock
from tests.documents_support import issue_documents
from tests.factories import make_draft, make_photo
from tests.outbox_support import sent

ROOT = Path(__file__).resolve().parents[2]
CERTIFICATE, CARD = DocumentKind.CERTIFICATE, DocumentKind.CARD


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


def audit_actions(desk: Desk, entity: str = "document") -> list[tuple[str, str, str]]:
    with desk.store.read() as session:
        rows = session.query(AuditEntry).filter(AuditEntry.entity == entity)
        return [(r.action, r.entity_id, r.actor) for r in rows.order_by(AuditEntry.seq)]


def test_a_certificate_says_what_the_record_and_the_office_say(
    desk: Desk, clerk: Actor, admin: Actor, fatima: ArtisanRecord
) -> None:
    set_signatory(desk, admin, "Ahmed Tazi", "Le Président", "الرئيس")
    batch = issue_documents(desk, clerk, [fatima.registration_number], CERTIFICATE)

    (doc,) = batch.documents
    serial = parse_document_serial(doc.serial)
    assert serial is not None and (serial.letter, serial.sequence) == ("A", 1)
    assert doc.serial == f"A-01-511-01-26-000001-{serial.compact[-2:]}"
    assert (doc.kind, doc.duplicate, doc.issued_on) == (CERTIFICATE, False, desk.today())
    assert (doc.last_name_ar, doc.first_name_fr, doc.cin) == ("العمراني", "Fatima", "K123456")
    assert (doc.category_fr, doc.category_ar) == ("Artisan par expérience", "صانع تقليدي بالتجربة")
    assert doc.province_fr == "Tanger-Asilah" and doc.region_ar == "طنجة تطوان الحسيمة"
    assert doc.chamber.name_ar == "غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة"
    assert (doc.chamber.signatory_name, doc.chamber.signatory_title_ar) == ("Ahmed Tazi", "الرئيس")
    assert doc.photo == fatima.fields.photo

    result = verify_text(desk, doc.qr_payload)
    assert result.valid and result.fields is not None
    assert result.fields.serial == doc.serial
    assert result.fields.registration_number == doc.registration_number
    assert result.fields.device_id == desk.identity.device_id
    assert cin_matches(result.fields, "K123456")


def test_only_registered_records_print_and_nothing_is_recorded_otherwise(
    desk: Desk, clerk: Actor, fatima: ArtisanRecord
) -> None:
    pending = register_artisan(desk, clerk, make_draft(cin="AA1")).record
    with pytest.raises(NotRegistered) as refused:
        issue_documents(desk, clerk, [fatima.registration_number, "AA1"], CERTIFICATE)
    assert refused.value.code is Code.NOT_REGISTERED
    assert refused.value.detail == pending.registration_number
    with pytest.raises(RecordNotFound):
        issue_documents(desk, clerk, [fatima.registration_number, "ZZ999999"], CERTIFICATE)
    assert print_log(desk) == []
    # The refusals took no serial.
    first = issue_documents(desk, clerk, [fatima.registration_number], CERTIFICATE)
    assert parse_document_serial(first.serials[0]).sequence == 1  # type: ignore[union-attr]


def test_a_reprint_needs_a_reason_and_a_supervisor_and_is_a_marked_duplicate(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    first = issue_documents(desk, clerk, [fatima.registration_number], CERTIFICATE)
    with pytest.raises(ReprintNeedsReason) as refused:
        issue_documents(desk, clerk, ["K123456", "BE654321"], CERTIFICATE)
    assert refused.value.detail == fatima.registration_number
    with pytest.raises(NotAllowed):
        issue_documents(desk, clerk, ["K123456"], CERTIFICATE, reprint_reason="lost")
    assert len(print_log(desk)) == 1

    batch = issue_documents(
        desk, supervisor, ["K123456", "BE654321"], CERTIFICATE, reprint_reason=" lost  by the owner"
    )
    again, new = batch.documents
    assert (again.duplicate, new.duplicate) == (True, False)
    assert len({first.serials[0], again.serial, new.serial}) == 3
    reprint = find_document(desk, again.serial)
    assert (reprint.duplicate_of, reprint.reprint_reason) == (first.serials[0], "lost by the owner")
    assert find_document(desk, new.serial).reprint_reason == ""
    # The earlier document stays valid; both verify.
    assert verify_text(desk, first.documents[0].qr_payload).valid
    assert verify_text(desk, again.qr_payload).valid
    # A card is a document of its own: the first card is no reprint.
    card = issue_documents(desk, clerk, ["K123456"], CARD)
    assert not card.documents[0].duplicate and card.serials[0].startswith("C-")


def test_cancelling_needs_a_reason_keeps_the_document_and_fails_its_verification(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord
) -> None:
    batch = issue_documents(desk, clerk, ["K123456"], CERTIFICATE)
    serial = batch.serials[0]
    with pytest.raises(ValidationFailed) as refused:
        cancel_document(desk, supervisor, serial, "  ")
    assert [(i.code, i.field) for i in refused.value.errors] == [
        (Code.REASON_REQUIRED, "cancel_reason")
    ]
    with pytest.raises(NotAllowed):
        cancel_document(desk, clerk, serial, "paper jam")
    with pytest.raises(DocumentNotFound):
        cancel_document(desk, supervisor, serial[:-1] + str((int(serial[-1]) + 1) % 10), "x")

    cancelled = cancel_document(desk, supervisor, serial.replace("-", "").lower(), "paper jam")
    assert (cancelled.cancelled, cancelled.cancel_reason, cancelled.cancelled_by) == (
        True, "paper jam", "super1",
    )  # fmt: skip
    with pytest.raises(DocumentCancelled):
        cancel_document(desk, supervisor, serial, "again")
    result = verify_text(desk, batch.documents[0].qr_payload)
    assert (result.valid, result.reason) == (False, Reason.CANCELLED)
    # Spoilt paper replaced: with the only document cancelled, this is no reprint.
    replacement = issue_documents(desk, clerk, ["K123456"], CERTIFICATE)
    assert not replacement.documents[0].duplicate


def test_every_print_and_cancel_is_audited_and_sent(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    batch = issue_documents(desk, clerk, ["K123456", "BE654321"], CARD, copies=2)
    cancel_document(desk, supervisor, batch.serials[1], "misprint")
    assert audit_actions(desk) == [
        ("issue", batch.serials[0], "clerk1"),
        ("issue", batch.serials[1], "clerk1"),
        ("cancel", batch.serials[1], "super1"),
    ]
    with desk.store.read() as session:
        assert verify_chain(session).intact
        entry = session.query(AuditEntry).filter(AuditEntry.action == "issue").first()
        assert entry is not None
        assert json.loads(entry.after) == {
            "kind": "card", "artisan_id": fatima.id,
            "registration_number": fatima.registration_number, "copies": 2,
            "duplicate_of": None, "reprint_reason": "",
        }  # fmt: skip
    ops = sent(desk, "document")
    assert [(o.entity_id, o.kind, o.base_version, o.actor) for o in ops] == [
        (batch.serials[0], "issue", 0, "clerk1"), (batch.serials[1], "issue", 0, "clerk1"),
        (batch.serials[1], "cancel", 0, "super1"),
    ]  # fmt: skip
    assert ops[2].data == {
        "reason": "misprint", "cancelled_at": "2026-11-29T09:30:00Z", "cancelled_by": "super1",
    }  # fmt: skip


def test_copies_are_bounded(desk: Desk, clerk: Actor, fatima: ArtisanRecord) -> None:
    with pytest.raises(ValidationFailed) as refused:
        issue_documents(desk, clerk, ["K123456"], CARD, copies=0)
    assert refused.value.errors[0].code is Code.OUT_OF_RANGE


def test_the_print_log_lists_the_days_documents(
    desk: Desk, clock: FixedClock, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord,
    youssef: ArtisanRecord,
) -> None:  # fmt: skip
    yesterday = desk.today()
    issue_documents(desk, clerk, ["K123456"], CERTIFICATE)
    clock.now += timedelta(days=1)
    batch = issue_documents(desk, clerk, ["BE654321", "K123456"], CARD, copies=3)
    cancel_document(desk, supervisor, batch.serials[0], "misprint")

    log = print_log(desk)
    assert [(d.serial, d.kind, d.copies, d.cancelled) for d in log] == [
        (batch.serials[0], CARD, 3, True),
        (batch.serials[1], CARD, 3, False),
    ]
    assert (log[0].last_name_ar, log[0].issued_by, log[0].cancel_reason) == (
        "بنعلي", "clerk1", "misprint",
    )  # fmt: skip
    assert [d.kind for d in print_log(desk, yesterday)] == [CERTIFICATE]


def test_a_records_documents_are_listed_oldest_first_cancelled_ones_included(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    first = issue_documents(desk, clerk, ["K123456"], CERTIFICATE).serials[0]
    issue_documents(desk, clerk, ["BE654321"], CERTIFICATE)
    card = issue_documents(desk, clerk, ["K123456"], CARD).serials[0]
    cancel_document(desk, supervisor, first, "spoilt paper")
    again = issue_documents(desk, supervisor, ["K123456"], CERTIFICATE, reprint_reason="lost")
    documents = documents_of(desk, fatima.id)
    assert [(d.serial, d.kind, d.cancelled, d.duplicate) for d in documents] == [
        (first, CERTIFICATE, True, False), (card, CARD, False, False),
        (again.serials[0], CERTIFICATE, False, False),
    ]  # fmt: skip
    assert documents_of(desk, "no such id") == []


def test_the_print_queue_holds_approved_records_until_both_documents_print(
    desk: Desk, clerk: Actor, supervisor: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    register_artisan(desk, clerk, make_draft(cin="AA1"))  # pending: not queued
    # Registered without an approval, as an import does: it came with its paper documents.
    register_artisan(desk, supervisor, make_draft(cin="AA2"), status=Status.REGISTERED)
    queue = print_queue(desk)
    assert [(q.row.cin, q.missing) for q in queue] == [
        ("K123456", (CERTIFICATE, CARD)), ("BE654321", (CERTIFICATE, CARD)),
    ]  # fmt: skip
    issue_documents(desk, clerk, ["K123456"], CERTIFICATE)
    batch = issue_documents(desk, clerk, ["BE654321"], CARD)
    issue_documents(desk, clerk, ["BE654321"], CERTIFICATE)
    assert [(q.row.cin, q.missing) for q in print_queue(desk)] == [("K123456", (CARD,))]
    cancel_document(desk, supervisor, batch.serials[0], "spoilt card")
    assert [(q.row.cin, q.missing) for q in print_queue(desk)] == [
        ("K123456", (CARD,)), ("BE654321", (CARD,)),
    ]  # fmt: skip
    # A suspended registration waits out of sight.
    change_status(desk, supervisor, fatima.id, Action.SUSPEND, "unpaid dues", fatima.version)
    assert [q.row.cin for q in print_queue(desk)] == ["BE654321"]


def test_a_preview_records_nothing_and_its_code_never_verifies(
    desk: Desk, clerk: Actor, fatima: ArtisanRecord
) -> None:
    (doc,) = preview_documents(desk, ["K123456"], CERTIFICATE)
    assert doc.serial == SPECIMEN_SERIAL
    assert verify_text(desk, doc.qr_payload).reason is Reason.UNTRUSTED_KEY
    assert print_log(desk) == []


CRASHING_ISSUE = textwrap.dedent(
    """
    import os, sys
    from desktop_app.services import print_batches
    from desktop_app.services.desk import open_desk
    from desktop_app.services.documents import Layout
    from desktop_app.services.records import Actor
    from registry.workflow import Role

    desk = open_desk(__import__("pathlib").Path(sys.argv[1]))
    clerk = Actor("clerk1", Role.CLERK)
    reserved = print_batches.reserve_batch(desk, clerk, ["K123456"], Layout.CARD, "a.pdf")
    print(reserved.batch.serials[0], flush=True)
    # Power cut in the middle of the next reservation, after its serial was taken.
    print_batches.insert_rows = lambda *args: os._exit(9)
    print_batches.reserve_batch(desk, clerk, ["BE654321"], Layout.CERTIFICATE, "b.pdf")
    """
)


@pytest.mark.slow
def test_serials_are_never_reused_after_a_crash(
    desk: Desk, data_dir: Path, clerk: Actor, fatima: ArtisanRecord, youssef: ArtisanRecord
) -> None:
    before = issue_documents(desk, clerk, ["K123456"], CERTIFICATE).serials[0]
    desk.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_ISSUE, str(data_dir)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    assert crashed.returncode == 9, crashed.stderr
    committed = crashed.stdout.strip()

    reopened = open_desk(data_dir)
    try:
        after = issue_documents(reopened, clerk, ["BE654321"], CERTIFICATE).serials[0]
        with reopened.store.read() as session:
            found = session.query(IssuedDocument.serial).order_by(IssuedDocument.pk)
            serials = [serial for (serial,) in found]
    finally:
        reopened.close()
    assert serials == [before, committed, after]
    sequences = [parse_document_serial(s).sequence for s in serials]  # type: ignore[union-attr]
    assert sequences == [1, 2, 3]
