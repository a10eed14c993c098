"""Finding one record — by registration number, CIN or id — with its history."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, select
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
from desktop_app.storage.driver import driver
from desktop_app.storage.models import Artisan, ArtisanPhoto, AuditEntry, StatusChange
from registry.artisan import Status
from registry.identifiers import parse_cin
from registry.numbering import looks_like_registration_number, parse_registration_number

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# Plain rows straight from the driver: a counter looks records up all day, and
# SQLAlchemy's statement handling costs more than the query itself (bench/RESULTS.md).
_COLUMNS = tuple(c.name for c in cast(Table, Artisan.__table__).columns)
_RECORD = "SELECT " + ", ".join(_COLUMNS)
_BY_ID = _RECORD + " FROM artisans WHERE id = ?"
_BY_NUMBER = _RECORD + " FROM artisans WHERE registration_number = ?"
# A CIN may have an old struck-off registration besides the live one: live first.
_BY_CIN = _RECORD + " FROM artisans WHERE cin = ? ORDER BY status = 'struck_off', pk DESC LIMIT 1"


def _find_row(session: Session, key: str) -> SimpleNamespace | None:
    key = key.strip()
    if _UUID.fullmatch(key.lower()):
        sql, value = _BY_ID, key.lower()
    elif looks_like_registration_number(key):
        number = parse_registration_number(key)
        if number is None:
            return None
        sql, value = _BY_NUMBER, str(number)
    elif (cin := parse_cin(key)) is not None:
        sql, value = _BY_CIN, cin
    else:
        return None
    row = driver(session).execute(sql, (value,)).fetchone()
    return _typed(dict(zip(_COLUMNS, row, strict=True))) if row is not None else None


_DATES = ("birth_date", "registered_on")
_MOMENTS = ("created_at", "updated_at")


def _typed(values: dict[str, Any]) -> SimpleNamespace:
    """The row's columns as attributes, dates and times as Python values (the driver
    hands over SQLite's text)."""
    for name in _DATES:
        values[name] = date.fromisoformat(values[name])
    for name in _MOMENTS:
        values[name] = datetime.fromisoformat(values[name])
    return SimpleNamespace(**values)


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
