"""The tables of an office store (typed SQLAlchemy 2 models).

Identifiers: every record has a UUIDv7 ``id`` made on the device (its identity for
sync) and a local integer ``pk`` (the row id the full-text index and keyset paging
use). Nothing is ever deleted: a registration ends by a status change.

Sync (docs/sync.md): a record, document or user keeps ``synced_version``, the last
server version this desk knows (0 before the server has it); records and documents
keep their ``origin``, made on this desk or pulled from the server.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DeskIdentity(Base):
    """Which office and device this store belongs to (a single row)."""

    __tablename__ = "desk_identity"

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    region: Mapped[str] = mapped_column(String(2))
    office: Mapped[str] = mapped_column(String(3))
    device: Mapped[str] = mapped_column(String(2))
    office_name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Origin(StrEnum):
    """Where a row was made: on this desk, or on another and pulled from the server."""

    HERE = "here"
    PULLED = "pulled"


class User(Base):
    """A user of the office. ``failed_logins`` and ``locked_until`` are this desk's own
    (a pull never overwrites them)."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    synced_version: Mapped[int] = mapped_column(Integer, server_default="0")


class FormDraft(Base):
    """A half-typed registration form, kept so that a crash or power cut loses nothing."""

    __tablename__ = "form_drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    artisan_id: Mapped[str | None] = mapped_column(String(36))  # when editing a record
    base_version: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str] = mapped_column(Text)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class OfficeSetting(Base):
    """An office-wide policy set by an administrator (see services/policies.py)."""

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class NomenclatureVersion(Base):
    """A loaded version of the activity list; exactly one is active."""

    __tablename__ = "nomenclatures"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    document: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    loaded_at: Mapped[datetime] = mapped_column(DateTime)


class NumberSequence(Base):
    """The last registration sequence used by this device in a year."""

    __tablename__ = "number_sequences"

    device: Mapped[str] = mapped_column(String(2), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Artisan(Base):
    __tablename__ = "artisans"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    registration_number: Mapped[str] = mapped_column(String(22), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    owner_office: Mapped[str] = mapped_column(String(6))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))

    cin: Mapped[str] = mapped_column(String(8))
    last_name_fr: Mapped[str] = mapped_column(String(60))
    first_name_fr: Mapped[str] = mapped_column(String(60))
    last_name_ar: Mapped[str] = mapped_column(String(60))
    first_name_ar: Mapped[str] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    birth_place: Mapped[str] = mapped_column(String(80))
    nationality: Mapped[str] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    address_fr: Mapped[str] = mapped_column(String(200))
    address_ar: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(2))
    province: Mapped[str] = mapped_column(String(3))
    commune: Mapped[str | None] = mapped_column(String(12))
    category: Mapped[str] = mapped_column(String(20))
    activity: Mapped[str] = mapped_column(String(16))
    activity_version: Mapped[str] = mapped_column(String(64))
    branch: Mapped[str] = mapped_column(String(8))
    activity_since: Mapped[int | None] = mapped_column(Integer)
    diploma: Mapped[str] = mapped_column(String(120))
    diploma_school: Mapped[str] = mapped_column(String(120))
    workplace: Mapped[str | None] = mapped_column(String(16))
    cnss_number: Mapped[str | None] = mapped_column(String(10))
    amo_status: Mapped[str | None] = mapped_column(String(16))
    fiscal_regime: Mapped[str | None] = mapped_column(String(24))
    entity_name_fr: Mapped[str] = mapped_column(String(120))
    entity_name_ar: Mapped[str] = mapped_column(String(120))
    ice: Mapped[str | None] = mapped_column(String(15))
    rc_court: Mapped[str] = mapped_column(String(60))
    rc_number: Mapped[str | None] = mapped_column(String(8))
    tax_id: Mapped[str | None] = mapped_column(String(10))
    odco_number: Mapped[str | None] = mapped_column(String(30))
    members: Mapped[int | None] = mapped_column(Integer)
    supervisor_number: Mapped[str | None] = mapped_column(String(22))
    registered_on: Mapped[date] = mapped_column(Date)
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    synced_version: Mapped[int] = mapped_column(Integer, server_default="0")
    origin: Mapped[str] = mapped_column(String(8), server_default=Origin.HERE.value)

    # Sort keys: normalised names, so that sorting agrees with searching.
    sort_name_fr: Mapped[str] = mapped_column(String(130))
    sort_name_ar: Mapped[str] = mapped_column(String(130))

    __table_args__ = (
        # A CIN (for people) and an ICE are held by one live registration at a time among
        # the records made on this desk. Pulled records are not covered: one that shares
        # a CIN with a local record is kept, and the pair shows as a possible duplicate.
        Index(
            "uq_artisans_live_cin",
            "cin",
            unique=True,
            sqlite_where=text(
                "status <> 'struck_off' AND category NOT IN ('cooperative', 'enterprise')"
                " AND origin = 'here'"
            ),
        ),
        Index("ix_artisans_cin", "cin"),
        Index(
            "uq_artisans_live_ice",
            "ice",
            unique=True,
            sqlite_where=text("status <> 'struck_off' AND ice IS NOT NULL AND origin = 'here'"),
        ),
        Index("ix_artisans_birth_date", "birth_date"),
        # Status filters, counts and the review queue (oldest first) read this index.
        Index("ix_artisans_status", "status", "pk"),
        Index("ix_artisans_registered_on", "registered_on", "pk"),
        Index("ix_artisans_sort_name_fr", "sort_name_fr", "pk"),
        Index("ix_artisans_sort_name_ar", "sort_name_ar", "pk"),
    )


class ArtisanPhoto(Base):
    __tablename__ = "artisan_photos"

    artisan_pk: Mapped[int] = mapped_column(ForeignKey("artisans.pk"), primary_key=True)
    mime: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class StatusChange(Base):
    __tablename__ = "status_changes"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    artisan_pk: Mapped[int] = mapped_column(ForeignKey("artisans.pk"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(500))
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only, hash-chained: each entry's hash covers the previous entry's hash."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxEntry(Base):
    """A local change for the central server (a ``registry.wire.Op``), and the ledger of
    its answer. ``seq`` is the op's device sequence: rows are never deleted, so it is
    gap-free. ``outcome`` is None until the server answers."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    base_version: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)  # JSON, bytes as base64
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)  # last pushed
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16))
    first_outcome: Mapped[str | None] = mapped_column(String(16))  # of a duplicate
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    server_version: Mapped[int | None] = mapped_column(Integer)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    conflict: Mapped[str | None] = mapped_column(Text)  # JSON of a wire.Conflict
    issues: Mapped[str | None] = mapped_column(Text)  # JSON list of wire.WireIssue

    __table_args__ = (
        Index(
            "ix_outbox_unanswered",
            "entity",
            "entity_id",
            sqlite_where=text("outcome IS NULL"),
        ),
    )


class TrustedKey(Base):
    """A public key the office trusts: a device's document-signing key, or a root key
    that certifies device keys (the office's trust list)."""

    __tablename__ = "trusted_keys"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)  # see trusted_keys.key_id
    kind: Mapped[str] = mapped_column(String(8))  # "device" or "root"
    device_id: Mapped[str | None] = mapped_column(String(36), index=True)
    device_code: Mapped[str] = mapped_column(String(16))  # "01-511-01"; '' for a root
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(16))  # see trusted_keys.KeySource
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary)  # the root's, if any
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)  # by the server


class DocumentSequence(Base):
    """The last document serial sequence used by this device in a year (all kinds)."""

    __tablename__ = "document_sequences"

    device: Mapped[str] = mapped_column(String(2), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class PrintBatch(Base):
    """One print of documents: ``pending`` from the reservation of its serials until its
    file or print job is written, then ``done``; ``withdrawn`` when that failed or an
    interrupted print was given up. ``output`` is the file written, or ``printer``."""

    __tablename__ = "print_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    layout: Mapped[str] = mapped_column(String(16))
    copies: Mapped[int] = mapped_column(Integer)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    output: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_print_batches_state", "state", "id"),)


class IssuedDocument(Base):
    """One certificate or card: live once its batch is confirmed printed (``printed_at``);
    a cancelled or withdrawn one stays, with its reason."""

    __tablename__ = "issued_documents"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    serial: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    # None only for a pulled document whose record has not arrived yet (the feed gives
    # each entity at its last change): linked by ``artisan_id`` when it does.
    artisan_pk: Mapped[int | None] = mapped_column(ForeignKey("artisans.pk"))
    artisan_id: Mapped[str] = mapped_column(String(36))
    registration_number: Mapped[str] = mapped_column(String(22))
    issued_on: Mapped[date] = mapped_column(Date)  # the office's local day
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(64))
    copies: Mapped[int] = mapped_column(Integer)
    duplicate_of: Mapped[str | None] = mapped_column(String(24))
    reprint_reason: Mapped[str] = mapped_column(String(500))
    payload: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(64))
    cancel_reason: Mapped[str] = mapped_column(String(500))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("print_batches.id"))
    printed_at: Mapped[datetime | None] = mapped_column(DateTime)  # None while pending
    synced_version: Mapped[int] = mapped_column(Integer, server_default="0")
    origin: Mapped[str] = mapped_column(String(8), server_default=Origin.HERE.value)

    __table_args__ = (
        Index("ix_issued_documents_issued_on", "issued_on", "pk"),
        Index("ix_issued_documents_artisan", "artisan_pk", "kind"),
        Index("ix_issued_documents_batch", "batch_id"),
        Index(
            "ix_issued_documents_unlinked",
            "artisan_id",
            sqlite_where=text("artisan_pk IS NULL"),
        ),
    )


class PrintQueueEntry(Base):
    """A registered record waiting for a document: filed when a supervisor approves it
    or when its document is cancelled, dropped once every kind is printed."""

    __tablename__ = "print_queue"

    artisan_pk: Mapped[int] = mapped_column(ForeignKey("artisans.pk"), primary_key=True)
    queued_at: Mapped[datetime] = mapped_column(DateTime)


class NationalIndexEntry(Base):
    """The slim national index: a record of another region as the counter's duplicate
    checks need it offline (pulled, never edited here). ``name_latin`` and
    ``name_arabic`` are :class:`registry.duplicates.NameKeys` ``latin`` and ``arabic``."""

    __tablename__ = "national_index"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_number: Mapped[str] = mapped_column(String(22))
    owner_office: Mapped[str] = mapped_column(String(6))
    region: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(16))
    cin: Mapped[str] = mapped_column(String(8), index=True)
    category: Mapped[str] = mapped_column(String(20))
    ice: Mapped[str | None] = mapped_column(String(15), index=True)
    name_latin: Mapped[str] = mapped_column(String(130), index=True)
    name_arabic: Mapped[str] = mapped_column(String(130), index=True)
    version: Mapped[int] = mapped_column(Integer)


class CancelledSerial(Base):
    """A document of another region cancelled there: it no longer verifies here."""

    __tablename__ = "cancelled_serials"

    serial: Mapped[str] = mapped_column(String(24), primary_key=True)
    cancelled_at: Mapped[datetime] = mapped_column(DateTime)


class Office(Base):
    """An office as the server names it (the owners of pulled records)."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    region: Mapped[str] = mapped_column(String(2))
    office: Mapped[str] = mapped_column(String(3))
    name_fr: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str] = mapped_column(String(120))


class SyncState(Base):
    """This desk's standing with the central server (a single row): where it is, the
    feed sequence applied last (``cursor``), when it enrolled, the version of the
    office's settings it knows, and what the last round gave (JSON)."""

    __tablename__ = "sync_state"

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(300))
    cursor: Mapped[int] = mapped_column(Integer, server_default="0")
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime)
    settings_version: Mapped[int] = mapped_column(Integer, server_default="0")
    last_round_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_round: Mapped[str | None] = mapped_column(Text)
