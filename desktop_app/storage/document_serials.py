"""Document serial sequences, taken in the transaction that records the issue.

As with registration numbers (:mod:`desktop_app.storage.sequences`), the counter and
the issued documents commit together: a crash keeps both or neither, so a serial that
was ever printed is never handed out again.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop_app.storage.models import DocumentSequence
from desktop_app.storage.sequences import SequenceExhausted
from registry.numbering import MAX_SEQUENCE


def reserve(session: Session, device: str, year: int, count: int) -> int:
    """Reserve ``count`` consecutive document sequences of ``year``; returns the first."""
    last = session.execute(
        update(DocumentSequence)
        .where(DocumentSequence.device == device, DocumentSequence.year == year)
        .values(last=DocumentSequence.last + count)
        .returning(DocumentSequence.last)
    ).scalar()
    if last is None:
        session.add(DocumentSequence(device=device, year=year, last=count))
        session.flush()
        last = count
    if last > MAX_SEQUENCE:
        raise SequenceExhausted(f"device {device} has no document serials left for {year}")
    return last - count + 1
