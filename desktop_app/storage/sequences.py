"""Sequences of a device, per year: registration numbers and document serials.

A sequence is taken in the transaction that saves what it numbers: the counter row and
the record (or the issued document) commit together, so a crash either keeps both or
neither, and a number that was ever shown is never handed out again.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.storage.driver import driver
from desktop_app.storage.models import DocumentSequence, NumberSequence
from registry.numbering import MAX_SEQUENCE

Counter = type[NumberSequence] | type[DocumentSequence]


class SequenceExhausted(RuntimeError):
    """The device has used every sequence number of the year."""


def reserve(
    session: Session, device: str, year: int, count: int = 1, counter: Counter = NumberSequence
) -> int:
    """Reserve ``count`` consecutive numbers of ``counter``; returns the first."""
    connection = driver(session)
    table = counter.__tablename__
    found = connection.execute(
        f"UPDATE {table} SET last = last + ? WHERE device = ? AND year = ? RETURNING last",
        (count, device, year),
    ).fetchone()
    if found is None:
        connection.execute(
            f"INSERT INTO {table} (device, year, last) VALUES (?, ?, ?)", (device, year, count)
        )
        last = count
    else:
        last = found[0]
    if last > MAX_SEQUENCE:
        raise SequenceExhausted(f"device {device} has no numbers left in {year}")
    return int(last) - count + 1


def raise_to(
    session: Session, device: str, year: int, last: int, counter: Counter = NumberSequence
) -> None:
    """Make the device's sequence of ``year`` at least ``last``.

    For numbers this device handed out that come back from elsewhere (records moved in
    with their numbers, the high-water marks the server gives at enrolment): the
    numbers taken after them never repeat one.
    """
    driver(session).execute(
        f"INSERT INTO {counter.__tablename__} (device, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT (device, year) DO UPDATE SET last = max(last, excluded.last)",
        (device, year, last),
    )
