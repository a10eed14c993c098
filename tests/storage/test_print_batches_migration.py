"""Migration 0007: documents printed before print batches existed stay live."""

from __future__ import annotations

from pathlib import Path

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk, open_desk
from desktop_app.services.document_log import find_document
from desktop_app.services.records import Actor
from desktop_app.services.verification import verify_text
from desktop_app.storage import migrate
from desktop_app.storage.models import IssuedDocument
from tests.documents_support import issue_documents
from tests.services.test_documents import registered
from tests.storage.migration_support import downgrade


def test_documents_issued_before_batches_are_printed_and_live(
    desk: Desk, data_dir: Path, clerk: Actor, supervisor: Actor
) -> None:
    record = registered(desk, clerk, supervisor)
    (doc,) = issue_documents(desk, clerk, [record.id], DocumentKind.CARD).documents
    desk.close()
    downgrade(data_dir, "0006")  # no batches, no printed_at; the document kept

    upgraded = open_desk(data_dir)
    try:
        assert migrate.current_revision(upgraded.store.engine) == migrate.HEAD
        info = find_document(upgraded, doc.serial)
        assert info.live and info.printed_at == info.issued_at and info.batch_id is None
        assert verify_text(upgraded, doc.qr_payload).valid
        with upgraded.store.read() as session:
            assert session.query(IssuedDocument).count() == 1
    finally:
        upgraded.close()
