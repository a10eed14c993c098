"""Registration sequences: taken in the transaction that saves the record.

The counter row and the record commit together, so a crash either keeps both or
neither: a number that was ever shown is never handed out again.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.storage.models import NumberSequence
from registry.numbering import MAX_SEQUENCE


class SequenceExhausted(RuntimeError):
    """The device has used every sequence number of the year."""


def reserve(session: Session, device: str, year: int, count: int = 1) -> int:
    """Reserve ``count`` consecutive sequence numbers; returns the first."""
    last = session.execute(
        update(NumberSequence)
        .where(NumberSequence.device == device, NumberSequence.year == year)
        .values(last=NumberSequence.last + count)
        .returning(NumberSequence.last)
    ).scalar()
    if last is None:
        session.add(NumberSequence(device=device, year=year, last=count))
        session.flush()
        last = count
    if last > MAX_SEQUENCE:
        raise SequenceExhausted(f"device {device} has no sequence numbers left for {year}")
    return last - count + 1


def last_used(session: Session, device: str, year: int) -> int:
    found = session.execute(
        select(NumberSequence.last).where(
            NumberSequence.device == device, NumberSequence.year == year
        )
    ).scalar()
    return found or 0
