"""The sync wire contract, one definition for the desk and the central server.

Every message is a :mod:`msgspec` struct, encoded as JSON (bytes as base64, datetimes as
ISO 8601 in UTC). msgspec was chosen by measurement on the push path: decoding 100k typed
operations runs at about 100k ops/s, where ``orjson`` then pydantic models manage about
38k (docs/architecture.md, *Sync*). Decoding is validation: a message of the wrong shape
is refused whole with the path of the field at fault.

The protocol version travels in the :data:`PROTOCOL_HEADER` of every request; a server
that speaks another version answers 426 with an :class:`ErrorAnswer` saying which, so an
out-of-date desk is told to update instead of failing.

What the messages carry is described field by field in docs/sync.md.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

import msgspec

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "Hirfa-Protocol"
API_PREFIX = "/api/v1"

MAX_PUSH_OPS = 1_000
MAX_PUSH_BYTES = 16 * 1024 * 1024
MAX_PULL_CHANGES = 5_000

T = TypeVar("T")


class Message(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """Base of every message: immutable, and refusing fields it does not know."""


# Errors ------------------------------------------------------------------------------


class ErrorKind(StrEnum):
    PROTOCOL = "protocol"  # the desk speaks another protocol version: update it
    UNAUTHENTICATED = "unauthenticated"  # no token, or not one the server knows
    REVOKED = "revoked"  # the device was revoked: it keeps its data, it may not sync
    ENROLMENT = "enrolment"  # the code was refused (see EnrolRefusal)
    TOO_LARGE = "too_large"  # a push over MAX_PUSH_OPS or MAX_PUSH_BYTES
    OUT_OF_ORDER = "out_of_order"  # a push that skips device sequence numbers
    MALFORMED = "malformed"  # a body that is not the message expected
    RATE_LIMITED = "rate_limited"
    NOT_FOUND = "not_found"


class ErrorAnswer(Message, frozen=True):
    """Every 4xx answer: what went wrong, in words a desk can show, and its kind."""

    error: ErrorKind
    message: str
    expected_seq: int | None = None  # OUT_OF_ORDER: the device sequence the server awaits
    server_protocol: int | None = None  # PROTOCOL: the version the server speaks


# Enrolment ---------------------------------------------------------------------------


class HighWater(Message, frozen=True):
    """The last sequence a computer used each year: registration numbers, document
    serials. A reinstalled desk starts above them, so it never repeats one."""

    numbers: dict[int, int] = {}
    documents: dict[int, int] = {}


class StandaloneStore(Message, frozen=True):
    """A desk that worked alone before enrolling: the identity it already used."""

    region: str
    office: str
    device: str  # the computer number its records and serials already carry
    high_water: HighWater


class EnrolRequest(Message, frozen=True):
    code: str
    device_id: str  # the desk's UUID
    public_key: bytes  # its Ed25519 document-signing key (32 bytes)
    standalone: StandaloneStore | None = None


class EnrolRefusal(StrEnum):
    UNKNOWN_CODE = "unknown_code"
    USED_CODE = "used_code"
    EXPIRED_CODE = "expired_code"
    OTHER_OFFICE = "other_office"  # a standalone store of another region or office
    NUMBER_TAKEN = "number_taken"  # its computer number is another device's


class OfficeInfo(Message, frozen=True):
    code: str  # region + office, "01511"
    region: str
    office: str
    name_fr: str
    name_ar: str


class EnrolAnswer(Message, frozen=True):
    token: str  # the device token (kept in the OS keyring), never shown again
    device_id: str
    device: str  # the computer number the server gives, unique in the office
    office: OfficeInfo
    high_water: HighWater
    certificate: bytes  # the device certificate signed by the national root
    root_public_key: bytes


# Push --------------------------------------------------------------------------------


class Entity(StrEnum):
    ARTISAN = "artisan"
    DOCUMENT = "document"
    USER = "user"
    OFFICE_SETTINGS = "office_settings"
    TRUSTED_KEY = "trusted_key"


class Op(Message, frozen=True):
    """One local change, as the desk's outbox holds it.

    ``seq`` is the device's own sequence: gap-free, from 1, in the order the changes
    were made; the server applies a device's operations in that order only. ``data``
    depends on ``kind`` (docs/sync.md, *Operations*) and is checked by the server with
    the registry's rules, never trusted."""

    op_id: str
    seq: int
    entity: Entity
    entity_id: str
    kind: str
    base_version: int
    actor: str
    at: datetime
    data: dict[str, Any]


class PushBatch(Message, frozen=True):
    ops: list[Op]


class Outcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # seen before: the answer it got then follows
    CONFLICT = "conflict"  # held for people (see Conflict)
    REJECTED = "rejected"  # refused with reasons; nothing of it applied


class ConflictKind(StrEnum):
    FIELDS = "fields"  # the same fields changed on both sides since the base version
    STATUS = "status"  # a status change the current status no longer allows
    DUPLICATE = "duplicate"  # the same live CIN or ICE registered at two offices


class Conflict(Message, frozen=True):
    conflict_id: str
    kind: ConflictKind
    fields: list[str]
    theirs: dict[str, Any]  # the server's values of those fields
    other_id: str | None = None  # DUPLICATE: the record it may duplicate


class WireIssue(Message, frozen=True):
    """A refusal's reason: a registry issue code, the field, the message's values."""

    code: str
    field: str
    params: dict[str, Any] = {}


class OpAnswer(Message, frozen=True):
    op_id: str
    seq: int
    outcome: Outcome
    first_outcome: Outcome | None = None  # DUPLICATE: what the op got the first time
    version: int | None = None  # APPLIED: the entity's version on the server now
    server_seq: int | None = None  # APPLIED: where the change stands in the feed
    conflict: Conflict | None = None
    issues: list[WireIssue] = []


class PushAnswer(Message, frozen=True):
    answers: list[OpAnswer]


# Pull --------------------------------------------------------------------------------


class Scope(StrEnum):
    FULL = "full"  # the whole record: the device's region, or master data
    INDEX = "index"  # the slim national index entry of a record of another region


class Change(Message, frozen=True):
    """One entry of the server's feed. ``seq`` is gap-free in commit order: a reader
    that has seen ``seq`` N has seen every change up to N, late commits included."""

    seq: int
    entity: str  # an Entity, or "office", "device", "activity_list", "cancellation"
    entity_id: str
    version: int
    scope: Scope
    data: dict[str, Any]


class PullPage(Message, frozen=True):
    changes: list[Change]
    last_seq: int  # the cursor to ask after next (the last change, or the cursor asked)
    more: bool  # another page is ready now


# Verification ------------------------------------------------------------------------


class VerifyAnswer(Message, frozen=True):
    valid: bool
    reason: str | None = None  # a registry.signed_payload.Reason value when not valid
    fields: dict[str, Any] = {}  # what the QR code carries, decoded; nothing more
    device_code: str | None = None
    status: str | None = None  # the holder's current status, where the server knows it


class Health(Message, frozen=True):
    status: str
    protocol: int


# Encoding ----------------------------------------------------------------------------

_ENCODER = msgspec.json.Encoder()


def encode(message: Message) -> bytes:
    return _ENCODER.encode(message)


def decode(data: bytes, kind: type[T]) -> T:
    """``data`` as a ``kind`` message; :class:`msgspec.ValidationError` (or
    :class:`msgspec.DecodeError`) names what is wrong."""
    return msgspec.json.decode(data, type=kind)


def json_schema(kind: type[Message]) -> dict[str, Any]:
    """The JSON Schema of a message, for the server's OpenAPI document."""
    schema: dict[str, Any] = msgspec.json.schema(kind)
    return schema
