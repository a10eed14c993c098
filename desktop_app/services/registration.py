"""Registering and editing artisans.

A save is one transaction: the record, its photo, its status entry, the full-text
index, a hash-chained audit entry and a sync outbox entry. The same path serves one
registration at the counter and thousands from an import.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.creation import ENTITY, NewArtisan, insert_new, prepare
from desktop_app.services.desk import Desk
from desktop_app.services.errors import OtherOffice, RecordClosed, RecordNotFound, VersionConflict
from desktop_app.services.records import Actor, ArtisanRecord, SaveResult
from desktop_app.storage import audit, fulltext, outbox
from desktop_app.storage.artisans import (
    StoreLookups,
    columns_from_fields,
    fields_from_row,
    load_photo,
    save_photo,
    terms_for,
)
from desktop_app.storage.models import Artisan
from registry import wire
from registry.artisan import ArtisanDraft, ArtisanFields, Status
from registry.issues import Code, ValidationFailed
from registry.photo import photo_kind
from registry.serialization import changed_fields, fields_to_json
from registry.validation import RegisterKeys, check_against_register, validate_draft


def record_of(row: Any, values: ArtisanFields) -> ArtisanRecord:
    """The record of a stored row (an ORM object or anything with its columns)."""
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
        found = check_against_register(RegisterKeys.of(values), StoreLookups(session))
        if found:
            raise ValidationFailed(found + issues)
        now = desk.now()
        (created,) = insert_new(
            session, desk, actor, [NewArtisan(prepare(values), status, "register")], now
        )
    record = ArtisanRecord(
        created.id,
        created.registration_number,
        status,
        1,
        desk.identity.office_code,
        now,
        actor.username,
        now,
        actor.username,
        values,
    )
    return SaveResult(record, tuple(issues), tuple(fields_to_json(values)))


def row_for_update(session: Session, desk: Desk, artisan_id: str, expected_version: int) -> Artisan:
    """The record to change: this office's own, at the version its editor saw."""
    row = session.execute(select(Artisan).where(Artisan.id == artisan_id)).scalar_one_or_none()
    if row is None:
        raise RecordNotFound(artisan_id)
    check_owner(desk, row.registration_number, row.owner_office)
    if row.version != expected_version:
        raise VersionConflict(
            f"record {row.registration_number} is at version {row.version}, not {expected_version}"
        )
    return row


def check_owner(desk: Desk, registration_number: str, owner_office: str) -> None:
    """:class:`OtherOffice` unless the record belongs to this desk's office: a record
    of another office, pulled from the server, is read here, never changed."""
    if owner_office != desk.identity.office_code:
        raise OtherOffice(f"{registration_number} ({owner_office})")


def bump(row: Artisan, actor: Actor, now: datetime) -> int:
    """Mark a row changed; returns the version the change was based on: the last server
    version this desk knows (docs/sync.md, *Operations*)."""
    row.version += 1
    row.updated_at = now
    row.updated_by = actor.username
    return row.synced_version


def update_artisan(
    desk: Desk, actor: Actor, artisan_id: str, draft: ArtisanDraft, expected_version: int
) -> SaveResult:
    """Save an edited record; only the fields that changed are audited and sent."""
    with desk.store.write() as session:
        row = row_for_update(session, desk, artisan_id, expected_version)
        if Status(row.status) is Status.STRUCK_OFF:
            raise RecordClosed(row.registration_number)
        old = fields_from_row(row, load_photo(session, row.pk))
        values, issues = validate_draft(draft, desk.rule_context(), previous=old)
        if values is None:
            raise ValidationFailed(issues)
        found = check_against_register(
            RegisterKeys.of(values), StoreLookups(session), exclude_id=row.id
        )
        # A CIN or ICE shared with a record pulled from another office is a possible
        # duplicate the server holds for people: editing the rest goes on meanwhile.
        kept = {Code.CIN_IN_USE: values.cin == old.cin, Code.ICE_IN_USE: values.ice == old.ice}
        found = [issue for issue in found if not kept.get(issue.code, False)]
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
            [audit.AuditEvent.of(actor.username, "update", ENTITY, row.id, before, after, now)],
        )
        changes: dict[str, object] = dict(after)
        earlier: dict[str, object] = dict(before)
        if "photo" in after:  # the photo travels as its bytes
            changes["photo"], earlier["photo"] = values.photo, old.photo
        data = {"changes": changes, "before": earlier}
        outbox.enqueue(
            session,
            [
                outbox.Operation(
                    wire.Entity.ARTISAN, row.id, outbox.Kind.UPDATE, base, actor.username, now, data
                )
            ],
        )
        record = record_of(row, values)
    return SaveResult(record, tuple(issues), tuple(after))
