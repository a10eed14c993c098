"""Finding one record — by registration number, CIN or id — with its history."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from desktop_app.services.creation import ENTITY
from desktop_app.services.desk import Desk
from desktop_app.services.errors import RecordNotFound
from desktop_app.services.records import (
    ArtisanRecord,
    ArtisanRow,
    ChangeEntry,
    FieldChange,
    RecordWithHistory,
    StatusEntry,
)
from desktop_app.services.registration import record_of
from desktop_app.services.search import ROW_COLUMNS, row_from
from desktop_app.storage.artisans import fields_from_row, load_photo
from desktop_app.storage.models import Artisan, ArtisanPhoto, AuditEntry, StatusChange
from registry.artisan import Status
from registry.identifiers import parse_cin
from registry.numbering import looks_like_registration_number, parse_registration_number

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _find_row(session: Session, key: str) -> Artisan | None:
    key = key.strip()
    if _UUID.fullmatch(key.lower()):
        return session.execute(select(Artisan).where(Artisan.id == key.lower())).scalar()
    if looks_like_registration_number(key):
        number = parse_registration_number(key)
        if number is None:
            return None
        return session.execute(
            select(Artisan).where(Artisan.registration_number == str(number))
        ).scalar()
    cin = parse_cin(key)
    if cin is None:
        return None
    # A CIN may have an old struck-off registration besides the live one: live first.
    return session.execute(
        select(Artisan)
        .where(Artisan.cin == cin)
        .order_by(case((Artisan.status == Status.STRUCK_OFF.value, 1), else_=0), Artisan.pk.desc())
        .limit(1)
    ).scalar()


def find_record(desk: Desk, key: str) -> ArtisanRecord:
    """The record a number, CIN or id designates; :class:`RecordNotFound` otherwise."""
    with desk.store.read() as session:
        row = _find_row(session, key)
        if row is None:
            raise RecordNotFound(key)
        return record_of(row, fields_from_row(row, load_photo(session, row.pk)))


def find_records(desk: Desk, keys: Sequence[str]) -> list[ArtisanRecord]:
    """:func:`find_record` for many keys in one session, photos in one query (a batch
    print); :class:`RecordNotFound` names the first key that designates nothing."""
    with desk.store.read() as session:
        rows = []
        for key in keys:
            row = _find_row(session, key)
            if row is None:
                raise RecordNotFound(key)
            rows.append(row)
        found = session.execute(
            select(ArtisanPhoto.artisan_pk, ArtisanPhoto.data).where(
                ArtisanPhoto.artisan_pk.in_({row.pk for row in rows})
            )
        ).all()
        photos = {pk: data for pk, data in found}
        return [record_of(row, fields_from_row(row, photos.get(row.pk))) for row in rows]


def _status_entry(change: StatusChange) -> StatusEntry:
    return StatusEntry(
        change.action,
        Status(change.from_status) if change.from_status else None,
        Status(change.to_status),
        change.reason,
        change.actor,
        change.at,
    )


def record_with_history(desk: Desk, key: str) -> RecordWithHistory:
    with desk.store.read() as session:
        row = _find_row(session, key)
        if row is None:
            raise RecordNotFound(key)
        record = record_of(row, fields_from_row(row, load_photo(session, row.pk)))
        statuses = tuple(
            _status_entry(s)
            for s in session.execute(
                select(StatusChange)
                .where(StatusChange.artisan_pk == row.pk)
                .order_by(StatusChange.seq)
            ).scalars()
        )
        changes = []
        for entry in session.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == row.id)
            .order_by(AuditEntry.seq)
        ).scalars():
            before, after = json.loads(entry.before), json.loads(entry.after)
            changes.append(
                ChangeEntry(
                    entry.action,
                    entry.actor,
                    entry.at,
                    tuple(FieldChange(k, before.get(k), after.get(k)) for k in after),
                )
            )
    return RecordWithHistory(record, statuses, tuple(changes))


@dataclass(frozen=True)
class ReturnedRecord:
    """A registration a supervisor sent back, with the return (who, when, the comment)."""

    row: ArtisanRow
    returned: StatusEntry


def returned_records(desk: Desk, registered_by: str, limit: int = 200) -> list[ReturnedRecord]:
    """The records ``registered_by`` registered that wait for their correction, newest first."""
    with desk.store.read() as session:
        rows = session.execute(
            select(*ROW_COLUMNS)
            .where(
                Artisan.status == Status.RETURNED.value,
                Artisan.created_by == registered_by,
            )
            .order_by(Artisan.pk.desc())
            .limit(limit)
        ).all()
        last: dict[int, StatusChange] = {}
        for change in session.execute(
            select(StatusChange)
            .where(StatusChange.artisan_pk.in_([r.pk for r in rows]))
            .order_by(StatusChange.seq)
        ).scalars():
            last[change.artisan_pk] = change
        return [
            ReturnedRecord(row_from(r), _status_entry(last[r.pk])) for r in rows if r.pk in last
        ]
