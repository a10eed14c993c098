"""The central store's tables (typed SQLAlchemy 2 models; migrations in ``migrations/``).

Two layers per synced entity:

- its own table holds the columns the server's rules look at (owner office, status,
  CIN, number parts, version…), each indexed where a rule searches it;
- ``feed_payloads`` holds its latest state in the wire form a pull sends — full, and
  for records and cancellations the slim index form — and ``feed`` says where that state
  stands in the feed (``seq``) and who may see it. The payload is the state: the push
  logic reads record fields and history back from it, so nothing is kept twice.

Times are UTC without tzinfo. Nothing synced is ever deleted.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Office(Base):
    """A chamber office: region (2 digits) and office (3 digits), ``01511``."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    region: Mapped[str] = mapped_column(String(2))
    office: Mapped[str] = mapped_column(String(3))
    name_fr: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OfficeSettings(Base):
    """The office's policies and logo (the values themselves are in its payload)."""

    __tablename__ = "office_settings"

    office: Mapped[str] = mapped_column(ForeignKey("offices.code"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class User(Base):
    """A user of an office (sent to its desks), or a national administrator (no office)."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office: Mapped[str | None] = mapped_column(ForeignKey("offices.code"))
    username: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("office", "username", name="uq_users_office_username"),)


class Device(Base):
    """An enrolled desk: its computer number in the office, never given again."""

    __tablename__ = "devices"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    device: Mapped[str] = mapped_column(String(2))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_seq: Mapped[int] = mapped_column(BigInteger)  # the last device op applied
    version: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("office", "device", name="uq_devices_office_device"),)


class EnrolCode(Base):
    """A one-time enrolment code (kept as its SHA-256) and the number it reserves."""

    __tablename__ = "enrol_codes"

    code_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office: Mapped[str] = mapped_column(ForeignKey("offices.code"), index=True)
    device: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    used_by: Mapped[str | None] = mapped_column(String(36))


class ActivityList(Base):
    """A version of the activity nomenclature; the active one codes new records."""

    __tablename__ = "activity_lists"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    document: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)
    loaded_at: Mapped[datetime] = mapped_column(DateTime)


class Artisan(Base):
    """A registration: what the rules search (fields and history are in its payload)."""

    __tablename__ = "artisans"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_number: Mapped[str] = mapped_column(String(22), unique=True)
    number_prefix: Mapped[str] = mapped_column(String(7))  # region, office, computer
    number_year: Mapped[int] = mapped_column(Integer)
    number_seq: Mapped[int] = mapped_column(Integer)
    owner_office: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    region: Mapped[str] = mapped_column(String(2))  # the owner office's region
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    held_with: Mapped[str | None] = mapped_column(String(36))  # a possible duplicate of
    cin: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(20))
    ice: Mapped[str | None] = mapped_column(String(15))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_artisans_cin", "cin"),
        Index("ix_artisans_ice", "ice"),
        Index("ix_artisans_number", "number_prefix", "number_year", "number_seq"),
        Index("ix_artisans_held_with", "held_with"),
    )


class Document(Base):
    """An issued (or withdrawn) certificate or card, by serial; a cancellation or a
    withdrawal may arrive before the issue it concerns (``issued`` false)."""

    __tablename__ = "documents"

    serial: Mapped[str] = mapped_column(String(24), primary_key=True)
    office: Mapped[str] = mapped_column(String(5))
    region: Mapped[str] = mapped_column(String(2))
    serial_prefix: Mapped[str] = mapped_column(String(7))
    serial_year: Mapped[int] = mapped_column(Integer)
    serial_seq: Mapped[int] = mapped_column(Integer)
    artisan_id: Mapped[str | None] = mapped_column(String(36))
    registration_number: Mapped[str | None] = mapped_column(String(22))
    issued: Mapped[bool] = mapped_column(Boolean)
    cancelled: Mapped[bool] = mapped_column(Boolean)
    withdrawn: Mapped[bool] = mapped_column(Boolean)
    withdraw_reason: Mapped[str | None] = mapped_column(String(500))
    withdrawn_at: Mapped[str | None] = mapped_column(String(40))  # the desk's clock, ISO
    withdrawn_by: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_documents_serial", "serial_prefix", "serial_year", "serial_seq"),)


class TrustedKey(Base):
    """A key on an office's trust list, as a desk of the office pushed it."""

    __tablename__ = "trusted_keys"

    office: Mapped[str] = mapped_column(ForeignKey("offices.code"), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    device_id: Mapped[str | None] = mapped_column(String(36), index=True)
    device_code: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(16))
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer)


class EntityChange(Base):
    """Which fields each applied version changed, by which device (``None``: the
    server itself): what a stale update is compared with (docs/sync.md, *Conflicts*)."""

    __tablename__ = "entity_changes"

    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str | None] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    fields: Mapped[str] = mapped_column(Text)  # JSON list of field names


class ConflictRow(Base):
    """An op held for the owner office's supervisors: base, ours, theirs, who and when."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[str] = mapped_column(String(64))
    owner_office: Mapped[str] = mapped_column(String(5))
    other_id: Mapped[str | None] = mapped_column(String(36))
    op_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[datetime] = mapped_column(DateTime)  # the desk's clock
    received_at: Mapped[datetime] = mapped_column(DateTime)
    fields: Mapped[str] = mapped_column(Text)  # JSON
    base: Mapped[str] = mapped_column(Text)
    ours: Mapped[str] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_conflicts_office", "owner_office", "received_at"),)


class StoredAnswer(Base):
    """The answer each device op got, for a retried push (``duplicate``)."""

    __tablename__ = "op_answers"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36))
    answer: Mapped[str] = mapped_column(Text)  # the OpAnswer, JSON


class FeedPayload(Base):
    """The latest state of an entity in its wire form (JSON): ``full_data`` for those in
    scope, ``index_data`` (or nothing) for the others."""

    __tablename__ = "feed_payloads"

    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_data: Mapped[str] = mapped_column(Text)
    index_data: Mapped[str | None] = mapped_column(Text)


class FeedEntry(Base):
    """Where an entity's latest state stands in the feed, and who sees it whole:
    everyone when both scopes are empty, else the devices of ``scope_region`` or of
    ``scope_office``; the others see ``index_data`` when ``has_index``, else nothing."""

    __tablename__ = "feed"

    entity: Mapped[str] = mapped_column(String(16), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    version: Mapped[int] = mapped_column(Integer)
    scope_region: Mapped[str | None] = mapped_column(String(2))
    scope_office: Mapped[str | None] = mapped_column(String(5))
    has_index: Mapped[bool] = mapped_column(Boolean)


class FeedCounter(Base):
    """One row: the last feed sequence given. Updating it is the last write of every
    writing transaction, and its row lock, held to the commit, orders the commits by
    sequence (docs/sync.md, *Pull*)."""

    __tablename__ = "feed_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(BigInteger)


def table(model: type[Base]) -> Table:
    """The Core table of a model (for executemany statements and upserts)."""
    return cast(Table, model.__table__)
