"""Creating records: the one write path for a registration at the counter, an import
and demo data.

Creation is split in two so that imports can spread the work over processors:
:func:`prepare` (pure: columns, index terms, audit snapshot) can run in a worker
process; :func:`insert_new` (numbers, ids, the rows of every table) runs in the
transaction that saves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session
from uuid_utils import uuid7

from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor
from desktop_app.storage import audit, fulltext, outbox, sequences
from desktop_app.storage.artisans import columns_from_fields, last_pk, terms_for
from desktop_app.storage.audit import canonical_json
from desktop_app.storage.bulk import insert_rows
from desktop_app.storage.models import Artisan, ArtisanPhoto, StatusChange
from registry import wire
from registry.artisan import ArtisanFields, Status
from registry.indexing import number_term
from registry.numbering import RegistrationNumber
from registry.photo import photo_kind
from registry.serialization import JsonValue, fields_to_json
from registry.validation import RegisterKeys

ENTITY = wire.Entity.ARTISAN.value


@dataclass(frozen=True)
class PreparedArtisan:
    """A valid record as the rows of its tables need it, short of its ids (and, unless
    it keeps one, its number).

    Plain data only, so that it crosses from a worker process cheaply.
    """

    keys: RegisterKeys
    columns: dict[str, Any]
    terms: list[str]
    snapshot: dict[str, JsonValue]
    photo: bytes | None
    # A record registered already, moved in from a file another desk exported, keeps
    # its number and status; None: a new number, and the status of its batch.
    number: RegistrationNumber | None = None
    status: Status | None = None

    @property
    def registered_on(self) -> date:
        value: date = self.columns["registered_on"]
        return value


def prepare(
    values: ArtisanFields,
    number: RegistrationNumber | None = None,
    status: Status | None = None,
) -> PreparedArtisan:
    return PreparedArtisan(
        RegisterKeys.of(values),
        columns_from_fields(values),
        terms_for(values, None),
        # New records carry only the fields that hold something.
        fields_to_json(values, omit_empty=True),
        values.photo,
        number,
        status,
    )


@dataclass(frozen=True)
class Created:
    """A record just created: its identities."""

    pk: int
    id: str
    registration_number: str
    status: Status


@dataclass(frozen=True)
class NewArtisan:
    """A prepared record about to be created, with its first status."""

    prepared: PreparedArtisan
    status: Status
    action: str  # what created it: "register", "import", "seed"


def _numbers(session: Session, desk: Desk, items: Sequence[NewArtisan]) -> list[str]:
    """Registration numbers for ``items``, in order: the number an item keeps, else the
    next of the device's yearly sequence.

    Kept numbers this device issued raise its sequences first, so that no number taken
    here, now or later, repeats one of them.
    """
    me = desk.identity
    by_year: dict[int, list[int]] = defaultdict(list)
    highest: dict[int, int] = {}
    numbers = [""] * len(items)
    for index, item in enumerate(items):
        kept = item.prepared.number
        if kept is None:
            by_year[item.prepared.registered_on.year].append(index)
            continue
        numbers[index] = str(kept)
        if (kept.region, kept.office, kept.device) == (me.region, me.office, me.device):
            highest[kept.year] = max(highest.get(kept.year, 0), kept.sequence)
    for year, last in highest.items():
        sequences.raise_to(session, me.device, year, last)
    for year, indexes in by_year.items():
        first = sequences.reserve(session, me.device, year, len(indexes))
        for offset, index in enumerate(indexes):
            numbers[index] = str(
                RegistrationNumber(me.region, me.office, me.device, year, first + offset)
            )
    return numbers


def insert_new(
    session: Session, desk: Desk, actor: Actor, items: Sequence[NewArtisan], now: datetime
) -> list[Created]:
    """Create records in ``session``'s transaction: validated, including against the
    register, and the numbers they keep free (the unique index refuses a taken one)."""
    if not items:
        return []
    office = desk.identity.office_code
    user = actor.username
    numbers = _numbers(session, desk, items)
    first_pk = last_pk(session) + 1
    rows: list[dict[str, Any]] = []
    photos: list[dict[str, Any]] = []
    statuses: list[dict[str, Any]] = []
    index_rows: list[tuple[int, list[str]]] = []
    events: list[audit.AuditEvent] = []
    operations: list[outbox.Operation] = []
    created: list[Created] = []
    for offset, (item, number) in enumerate(zip(items, numbers, strict=True)):
        pk, uid, status = first_pk + offset, str(uuid7()), item.status.value
        photo = item.prepared.photo
        rows.append(
            {
                "pk": pk,
                "id": uid,
                "registration_number": number,
                "status": status,
                "version": 1,
                "owner_office": office,
                "created_at": now,
                "created_by": user,
                "updated_at": now,
                "updated_by": user,
                **item.prepared.columns,
            }
        )
        if photo:
            photos.append({"artisan_pk": pk, "mime": photo_kind(photo), "data": photo})
        statuses.append(
            {
                "artisan_pk": pk,
                "action": item.action,
                "from_status": None,
                "to_status": status,
                "reason": "",
                "actor": user,
                "at": now,
            }
        )
        index_rows.append((pk, [*item.prepared.terms, number_term(number)]))
        snapshot = item.prepared.snapshot
        after = snapshot | {"registration_number": number, "status": status, "owner_office": office}
        events.append(
            audit.AuditEvent(user, item.action, ENTITY, uid, "{}", canonical_json(after), now)
        )
        fields = {name: value for name, value in snapshot.items() if name != "photo"}
        history = {"action": item.action, "from_status": None, "to_status": status,
                   "reason": "", "actor": user, "at": outbox.utc(now)}  # fmt: skip
        data = {"registration_number": number, "status": status, "fields": fields,
                "photo": photo, "history": history}  # fmt: skip
        operations.append(
            outbox.Operation(wire.Entity.ARTISAN, uid, outbox.Kind.CREATE, 0, user, now, data)
        )
        created.append(Created(pk, uid, number, item.status))
    insert_rows(session, Artisan, rows)
    insert_rows(session, ArtisanPhoto, photos)
    insert_rows(session, StatusChange, statuses)
    fulltext.insert_rows(session, index_rows)
    audit.append(session, events)
    outbox.enqueue(session, operations)
    return created
