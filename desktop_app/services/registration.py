"""Registering and editing artisans.

A save is one transaction: the record, its photo, its status entry, the full-text
index, a hash-chained audit entry and a sync outbox entry. The same path serves one
registration at the counter and thousands from an import.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from uuid6 import uuid7

from desktop_app.services.desk import Desk
from desktop_app.services.errors import RecordClosed, RecordNotFound, VersionConflict
from desktop_app.services.records import Actor, ArtisanRecord, SaveResult
from desktop_app.storage import audit, fulltext, outbox, sequences
from desktop_app.storage.artisans import (
    StoreLookups,
    columns_from_fields,
    fields_from_row,
    load_photo,
    save_photo,
    terms_for,
)
from desktop_app.storage.models import Artisan, ArtisanPhoto, StatusChange
from registry.artisan import ArtisanDraft, ArtisanFields, Status
from registry.issues import ValidationFailed
from registry.numbering import RegistrationNumber
from registry.photo import photo_kind
from registry.serialization import JsonValue, changed_fields, fields_to_json
from registry.validation import check_against_register, validate_draft

ENTITY = "artisan"


@dataclass(frozen=True)
class NewArtisan:
    """A validated record about to be created."""

    values: ArtisanFields
    status: Status
    action: str  # what created it: "register", "import", "seed"


def record_of(row: Artisan, values: ArtisanFields) -> ArtisanRecord:
    return ArtisanRecord(
        id=row.id,
        registration_number=row.registration_number,
        status=Status(row.status),
        version=row.version,
        owner_office=row.owner_office,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        fields=values,
    )


def _record_json(
    values: ArtisanFields, number: str, status: Status, office: str
) -> dict[str, JsonValue]:
    return fields_to_json(values) | {
        "registration_number": number,
        "status": status.value,
        "owner_office": office,
    }


def insert_new(
    session: Session, desk: Desk, actor: Actor, items: Sequence[NewArtisan]
) -> list[ArtisanRecord]:
    """Create records (already validated, including against the register)."""
    if not items:
        return []
    now = desk.now()
    me = desk.identity
    by_year: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_year[item.values.registered_on.year].append(index)
    numbers = [""] * len(items)
    for year, indexes in by_year.items():
        first = sequences.reserve(session, me.device, year, len(indexes))
        for offset, index in enumerate(indexes):
            numbers[index] = str(
                RegistrationNumber(me.region, me.office, me.device, year, first + offset)
            )
    next_pk = (session.execute(select(func.max(Artisan.pk))).scalar() or 0) + 1
    rows: list[dict[str, object]] = []
    records: list[ArtisanRecord] = []
    for offset, (item, number) in enumerate(zip(items, numbers, strict=True)):
        row = Artisan(
            pk=next_pk + offset,
            id=str(uuid7()),
            registration_number=number,
            status=item.status.value,
            version=1,
            owner_office=me.office_code,
            created_at=now,
            created_by=actor.username,
            updated_at=now,
            updated_by=actor.username,
            **columns_from_fields(item.values),
        )
        rows.append({c.key: getattr(row, c.key) for c in Artisan.__table__.columns})
        records.append(record_of(row, item.values))
    connection = session.connection()
    connection.execute(insert(Artisan), rows)
    photos = [
        {"artisan_pk": r["pk"], "mime": photo_kind(i.values.photo), "data": i.values.photo}
        for r, i in zip(rows, items, strict=True)
        if i.values.photo
    ]
    if photos:
        connection.execute(insert(ArtisanPhoto), photos)
    connection.execute(
        insert(StatusChange),
        [
            {
                "artisan_pk": r["pk"],
                "action": i.action,
                "from_status": None,
                "to_status": i.status.value,
                "reason": "",
                "actor": actor.username,
                "at": now,
            }
            for r, i in zip(rows, items, strict=True)
        ],
    )
    fulltext.insert_rows(
        session,
        [
            (int(str(r["pk"])), terms_for(i.values, n))
            for r, i, n in zip(rows, items, numbers, strict=True)
        ],
    )
    snapshots = [
        _record_json(i.values, n, i.status, me.office_code)
        for i, n in zip(items, numbers, strict=True)
    ]
    audit.append(
        session,
        [
            audit.AuditEvent(actor.username, i.action, ENTITY, rec.id, {}, snap, now)
            for i, rec, snap in zip(items, records, snapshots, strict=True)
        ],
    )
    outbox.enqueue(
        session,
        [
            outbox.Operation(ENTITY, rec.id, 0, snap, now)
            for rec, snap in zip(records, snapshots, strict=True)
        ],
    )
    return records


def register_artisan(
    desk: Desk,
    actor: Actor,
    draft: ArtisanDraft,
    *,
    status: Status = Status.PENDING_REVIEW,
) -> SaveResult:
    """Register one artisan from a form. New registrations wait for a supervisor's review."""
    values, issues = validate_draft(draft, desk.rule_context())
    if values is None:
        raise ValidationFailed(issues)
    with desk.store.write() as session:
        found = check_against_register(values, StoreLookups(session))
        if found:
            raise ValidationFailed(found + issues)
        (record,) = insert_new(session, desk, actor, [NewArtisan(values, status, "register")])
    return SaveResult(record, tuple(issues), tuple(fields_to_json(values)))


def row_for_update(session: Session, artisan_id: str, expected_version: int) -> Artisan:
    row = session.execute(select(Artisan).where(Artisan.id == artisan_id)).scalar_one_or_none()
    if row is None:
        raise RecordNotFound(artisan_id)
    if row.version != expected_version:
        raise VersionConflict(
            f"record {row.registration_number} is at version {row.version}, not {expected_version}"
        )
    return row


def bump(row: Artisan, actor: Actor, now: datetime) -> int:
    """Mark a row changed; returns the version the change was based on."""
    base = row.version
    row.version = base + 1
    row.updated_at = now
    row.updated_by = actor.username
    return base


def update_artisan(
    desk: Desk, actor: Actor, artisan_id: str, draft: ArtisanDraft, expected_version: int
) -> SaveResult:
    """Save an edited record; only the fields that changed are audited and sent."""
    with desk.store.write() as session:
        row = row_for_update(session, artisan_id, expected_version)
        if Status(row.status) is Status.STRUCK_OFF:
            raise RecordClosed(row.registration_number)
        old = fields_from_row(row, load_photo(session, row.pk))
        values, issues = validate_draft(draft, desk.rule_context(), previous=old)
        if values is None:
            raise ValidationFailed(issues)
        found = check_against_register(values, StoreLookups(session), exclude_id=row.id)
        if found:
            raise ValidationFailed(found + issues)
        before, after = changed_fields(fields_to_json(old), fields_to_json(values))
        if not after:
            return SaveResult(record_of(row, old), tuple(issues), ())
        now = desk.now()
        for name, value in columns_from_fields(values).items():
            setattr(row, name, value)
        if "photo" in after:
            save_photo(session, row.pk, values.photo, photo_kind(values.photo or b""))
        base = bump(row, actor, now)
        session.flush()
        fulltext.index_rows(session, [(row.pk, terms_for(values, row.registration_number))])
        audit.append(
            session,
            [audit.AuditEvent(actor.username, "update", ENTITY, row.id, before, after, now)],
        )
        outbox.enqueue(session, [outbox.Operation(ENTITY, row.id, base, after, now)])
        record = record_of(row, values)
    return SaveResult(record, tuple(issues), tuple(after))
