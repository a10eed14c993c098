"""Issued documents drawn into a PDF file (by :mod:`desktop_app.printing`)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date
from pathlib import Path

from desktop_app.printing.documents import ArtisanDocument
from desktop_app.printing.print_log import PrintLogEntry
from desktop_app.printing.render import (
    Target,
    render_card_sheets,
    render_cards,
    render_certificates,
    render_print_log,
)
from desktop_app.services.desk import Desk
from desktop_app.services.document_log import IssuedDocumentInfo, print_log
from desktop_app.services.documents import (
    IssuedBatch,
    Layout,
    issue_documents,
    preview_documents,
    withdraw_unprinted,
)
from desktop_app.services.records import Actor

NOT_WRITTEN_REASON = "not printed: the file could not be written"


_RENDERERS: dict[Layout, Callable[[Iterable[ArtisanDocument], Target], int]] = {
    Layout.CERTIFICATE: render_certificates,
    Layout.CARD: render_cards,
    Layout.CARD_SHEET: render_card_sheets,
}


def render_batch(batch: IssuedBatch, layout: Layout, target: Target) -> int:
    """Draw every document of ``batch`` as many times as its copies; the page count."""
    if layout.kind is not batch.kind:
        raise ValueError(f"a {batch.kind} batch cannot be laid out as {layout}")
    return _RENDERERS[layout]((d for d in batch.documents for _ in range(batch.copies)), target)


def write_pdf(path: Path, draw: Callable[[Target], int]) -> int:
    """Write a PDF whole or not at all: drawn beside ``path``, then put in its place."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        pages = draw(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def preview_to_file(
    desk: Desk, keys: Sequence[str], layout: Layout, path: Path
) -> list[ArtisanDocument]:
    """Draw the documents as they would print to ``path``, recording nothing (see
    :func:`preview_documents`: the serial reads SPECIMEN, the QR code never verifies)."""
    documents = preview_documents(desk, keys, layout.kind)
    specimens = IssuedBatch(layout.kind, tuple(documents), copies=1)
    write_pdf(path, lambda target: render_batch(specimens, layout, target))
    return documents


def print_to_file(
    desk: Desk,
    actor: Actor,
    keys: Sequence[str],
    layout: Layout,
    path: Path,
    *,
    reprint_reason: str | None = None,
    copies: int = 1,
) -> tuple[IssuedBatch, int]:
    """Issue the documents and write them to ``path``; the batch and the page count.

    If the file cannot be written, the documents just issued are withdrawn (cancelled
    with :data:`NOT_WRITTEN_REASON`) and the error propagates.
    """
    batch = issue_documents(
        desk, actor, keys, layout.kind, reprint_reason=reprint_reason, copies=copies
    )
    try:
        pages = write_pdf(path, lambda target: render_batch(batch, layout, target))
    except BaseException:
        withdraw_unprinted(desk, actor, batch, NOT_WRITTEN_REASON)
        raise
    return batch, pages


def log_entry(info: IssuedDocumentInfo) -> PrintLogEntry:
    """One line of the printed log, at the office's local time."""
    return PrintLogEntry(
        printed_at=info.issued_at.replace(tzinfo=UTC).astimezone(),
        serial=info.serial,
        kind=info.kind,
        registration_number=info.registration_number,
        name_fr=f"{info.last_name_fr} {info.first_name_fr}".strip(),
        name_ar=f"{info.last_name_ar} {info.first_name_ar}".strip(),
        printed_by=info.issued_by,
        copies=info.copies,
        duplicate=info.duplicate,
        reprint_reason=info.reprint_reason,
        cancelled=info.cancelled,
        cancel_reason=info.cancel_reason,
    )


def render_day_log(desk: Desk, day: date, target: Target) -> int:
    """The office's print log of ``day``, ready to sign; the page count."""
    entries = [log_entry(info) for info in print_log(desk, day)]
    return render_print_log(desk.identity.office_name, day, entries, target)
