"""The print queue: registered records waiting for a document.

Approvals are filed into it lazily, from the status changes after the last one filed
(a cursor kept in ``office_settings``), so that reading the queue costs what is new and
what waits, never a scan of the register. A cancelled document files its record again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop_app.storage.models import Artisan, OfficeSetting, PrintQueueEntry, StatusChange

CURSOR = "print_queue_filed_to"
APPROVE = "approve"  # registry.workflow.Action.APPROVE


def enqueue(session: Session, artisan_pk: int, at: datetime) -> None:
    """File a record (no change if it is already waiting)."""
    session.execute(
        insert(PrintQueueEntry)
        .values(artisan_pk=artisan_pk, queued_at=at)
        .on_conflict_do_nothing(index_elements=["artisan_pk"])
    )


def file_new_approvals(session: Session, office: str) -> None:
    """File the records of ``office`` approved since the last call (those of other
    offices, pulled with their history, are printed there)."""
    setting = session.get(OfficeSetting, CURSOR)
    after = int(setting.value) if setting else 0
    last = session.execute(select(func.max(StatusChange.seq))).scalar() or 0
    if last <= after:
        return
    approvals = (
        select(StatusChange.artisan_pk, StatusChange.at)
        .join(Artisan, Artisan.pk == StatusChange.artisan_pk)
        .where(
            StatusChange.seq > after,
            StatusChange.seq <= last,
            StatusChange.action == APPROVE,
            Artisan.owner_office == office,
        )
    )
    session.execute(
        insert(PrintQueueEntry)
        .from_select(["artisan_pk", "queued_at"], approvals)
        .on_conflict_do_nothing(index_elements=["artisan_pk"])
    )
    if setting is None:
        session.add(OfficeSetting(key=CURSOR, value=str(last)))
    else:
        setting.value = str(last)


def drop(session: Session, artisan_pks: Iterable[int]) -> None:
    pks = list(artisan_pks)
    if pks:
        session.execute(delete(PrintQueueEntry).where(PrintQueueEntry.artisan_pk.in_(pks)))
