"""Documents drawn to PDF files by the services: the preview records nothing."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop_app.services.desk import Desk
from desktop_app.services.document_files import preview_to_file
from desktop_app.services.document_log import print_log
from desktop_app.services.documents import SPECIMEN_SERIAL, Layout
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from registry.workflow import Action
from tests.factories import make_draft, make_photo


def test_a_preview_is_drawn_to_a_file_and_records_nothing(
    desk: Desk, clerk: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    record = register_artisan(desk, clerk, make_draft(photo=make_photo())).record
    change_status(desk, supervisor, record.id, Action.APPROVE, "", record.version)
    certificate, cards = tmp_path / "certificate.pdf", tmp_path / "cards.pdf"

    (document,) = preview_to_file(desk, [record.id], Layout.CERTIFICATE, certificate)
    preview_to_file(desk, [record.id], Layout.CARD, cards)

    assert document.serial == SPECIMEN_SERIAL
    assert len(PdfReader(certificate).pages) == 1
    assert len(PdfReader(cards).pages) == 2  # front and back
    assert print_log(desk) == []
    assert not list(tmp_path.glob(".*.partial"))  # written whole
