"""Documents issued in one step, for tests that need printed documents: reserved and
confirmed as a print whose file was written (the drawing is the printing tests' part)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk
from desktop_app.services.documents import IssuedBatch, Layout
from desktop_app.services.print_batches import confirm_batch, reserve_batch
from desktop_app.services.records import Actor

OUTPUT = "/nowhere/printed.pdf"


def issue_documents(
    desk: Desk,
    actor: Actor,
    keys: Sequence[str],
    kind: DocumentKind,
    *,
    reprint_reason: str | None = None,
    copies: int = 1,
) -> IssuedBatch:
    """Live documents of ``kind`` for ``keys``, as after a print that completed."""
    layout = Layout.CERTIFICATE if kind is DocumentKind.CERTIFICATE else Layout.CARD
    reserved = reserve_batch(
        desk, actor, keys, layout, OUTPUT, reprint_reason=reprint_reason, copies=copies
    )
    confirm_batch(desk, actor, reserved, OUTPUT)
    return reserved.batch
