"""Issued documents drawn into a PDF file (by :mod:`desktop_app.printing`)."""

from __future__ import annotations

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
from desktop_app.services.documents import IssuedBatch, Layout, preview_documents
from desktop_app.services.interrupted_prints import resume_batch
from desktop_app.services.output_files import OutputFile, checked_output
from desktop_app.services.print_batches import (
    ReservedBatch,
    confirm_batch,
    reserve_batch,
    withdraw_reserved,
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


def write_pdf(output: OutputFile, draw: Callable[[Target], int]) -> int:
    """Write a PDF whole or not at all (see :class:`OutputFile`); the page count."""
    with output.writing() as partial:
        return draw(partial)


def preview_to_file(
    desk: Desk, keys: Sequence[str], layout: Layout, path: Path
) -> list[ArtisanDocument]:
    """Draw the documents as they would print to ``path``, recording nothing (see
    :func:`preview_documents`: the serial reads SPECIMEN, the QR code never verifies)."""
    documents = preview_documents(desk, keys, layout.kind)
    specimens = IssuedBatch(layout.kind, tuple(documents), copies=1)
    output = checked_output(desk.data_dir, path, replace=True)
    write_pdf(output, lambda target: render_batch(specimens, layout, target))
    return documents


def write_documents(batch: IssuedBatch, layout: Layout, output: OutputFile) -> int:
    """Draw ``batch`` into the file ``output``, whole or not at all; the page count."""
    return write_pdf(output, lambda target: render_batch(batch, layout, target))


def write_batch(desk: Desk, actor: Actor, reserved: ReservedBatch, output: OutputFile) -> int:
    """Draw a reserved batch into ``output``, then confirm it: its documents are live
    once the file is in place; the page count. If the file cannot be drawn or written,
    the batch is withdrawn (cancelled with :data:`NOT_WRITTEN_REASON`) and the error
    propagates."""
    try:
        pages = write_documents(reserved.batch, reserved.layout, output)
    except BaseException:
        withdraw_reserved(desk, actor, reserved, NOT_WRITTEN_REASON)
        raise
    confirm_batch(desk, actor, reserved, str(output.path.absolute()))
    output.remove_leftovers()  # of an earlier, interrupted writing
    return pages


def print_to_file(
    desk: Desk,
    actor: Actor,
    keys: Sequence[str],
    layout: Layout,
    output: OutputFile,
    *,
    reprint_reason: str | None = None,
    copies: int = 1,
) -> tuple[ReservedBatch, int]:
    """Issue the documents and write them to ``output``; the batch and the page count
    (see :func:`write_batch`)."""
    reserved = reserve_batch(
        desk, actor, keys, layout, str(output.path.absolute()),
        reprint_reason=reprint_reason, copies=copies,
    )  # fmt: skip
    return reserved, write_batch(desk, actor, reserved, output)


def resume_to_file(
    desk: Desk, actor: Actor, batch_id: int, output: OutputFile
) -> tuple[ReservedBatch, int]:
    """Write an interrupted batch to ``output`` and confirm it (see :func:`resume_batch`
    and :func:`write_batch`)."""
    reserved = resume_batch(desk, actor, batch_id)
    return reserved, write_batch(desk, actor, reserved, output)


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
