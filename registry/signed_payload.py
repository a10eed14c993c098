"""The signed payload a document's QR code carries, and its offline verification.

Layout, version 1 (see :mod:`registry.compact_binary` for the field encodings)::

    version        1 byte   = 1
    flags          1 byte   bit 0: a device certificate follows the fields; others 0
    number         text     registration number, 17 digits without separators
    last_name_fr, first_name_fr, last_name_ar, first_name_ar,
    entity_name_fr, entity_name_ar
                   texts    ('' when not recorded)
    cin_digest     8 bytes  SHA-256 over "number:CIN", first 8 bytes
    category       1 byte   code (see _CATEGORIES)
    activity       text     activity code
    status         1 byte   code (see _STATUSES)
    issued_on      date
    serial         text     document serial, compact
    device_id      16 bytes the issuing device's UUID
    [certificate]           when flagged: a DeviceCertificate (registry.device_keys)
    signature      64 bytes Ed25519, by the device key, over DOCUMENT_CONTEXT + all above

The text form is :mod:`registry.scanned_text`'s prefix and Base32. The CIN itself is not
carried: a verifier holding the card and the person's CIN can check the digest
(:func:`cin_matches`); it hides the CIN from a casual reader, not from someone willing
to try every CIN (there are too few of them for any digest to resist that).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from registry.artisan import Category, Status
from registry.compact_binary import Malformed, Reader, Truncated, UnknownVersion, Writer
from registry.device_keys import (
    DEVICE_ID_SIZE,
    SIGNATURE_SIZE,
    DeviceCertificate,
    certified_by_any,
    device_id_bytes,
    device_id_text,
    read_certificate,
    signature_holds,
)
from registry.document_serial import parse_document_serial
from registry.identifiers import parse_cin
from registry.numbering import parse_registration_number
from registry.scanned_text import from_text, to_text

PAYLOAD_VERSION = 1
DOCUMENT_CONTEXT = b"hirfa signed document\x00"
CIN_DIGEST_SIZE = 8
_WITH_CERTIFICATE = 0x01
# One-byte codes: append only, never renumber (printed documents keep their codes).
_CATEGORIES = (
    Category.ARTISAN_DIPLOMA,
    Category.ARTISAN_EXPERIENCE,
    Category.MASTER_ARTISAN,
    Category.COOPERATIVE,
    Category.ENTERPRISE,
)
_STATUSES = (
    Status.PENDING_REVIEW,
    Status.RETURNED,
    Status.REGISTERED,
    Status.SUSPENDED,
    Status.STRUCK_OFF,
)


class Reason(StrEnum):
    """Why a payload is not valid: codes the interface translates."""

    MALFORMED = "malformed"
    TRUNCATED = "truncated"
    UNKNOWN_VERSION = "unknown_version"
    BAD_SIGNATURE = "bad_signature"
    UNTRUSTED_KEY = "untrusted_key"
    BAD_CERTIFICATE = "bad_certificate"
    CERTIFICATE_EXPIRED = "certificate_expired"
    # Not from the payload: the issuing office's register knows the document as cancelled,
    # or as reserved by a print that was never confirmed (interrupted, not yet in force).
    CANCELLED = "cancelled"
    NOT_PRINTED = "not_printed"
    # Not from the payload either, from the national register (the central server): the
    # issuing device was revoked, or no office has reported the serial as issued.
    REVOKED = "revoked"
    UNKNOWN_SERIAL = "unknown_serial"


class TrustPath(StrEnum):
    """How the signing key came to be trusted."""

    TRUST_LIST = "trust_list"
    CERTIFICATE = "certificate"


@dataclass(frozen=True)
class PayloadFields:
    """What a document's QR code says (the registration number and serial as printed)."""

    registration_number: str
    last_name_fr: str
    first_name_fr: str
    last_name_ar: str
    first_name_ar: str
    entity_name_fr: str
    entity_name_ar: str
    cin_digest: bytes
    category: Category
    activity: str
    status: Status
    issued_on: date
    serial: str
    device_id: str


@dataclass(frozen=True)
class TrustList:
    """The keys a verifier trusts: device keys by device id, and root keys."""

    device_keys: Mapping[str, Sequence[bytes]]
    root_keys: Sequence[bytes] = ()


@dataclass(frozen=True)
class Verification:
    """The outcome: ``fields`` whenever the payload could be read, even if not valid."""

    valid: bool
    reason: Reason | None = None
    fields: PayloadFields | None = None
    certificate: DeviceCertificate | None = None
    trusted_by: TrustPath | None = None


def cin_digest(registration_number: str, cin: str) -> bytes:
    """The digest that stands for the CIN in the payload."""
    number = parse_registration_number(registration_number)
    compact = number.compact if number else registration_number
    material = f"{compact}:{parse_cin(cin) or cin}"
    return hashlib.sha256(material.encode("utf-8")).digest()[:CIN_DIGEST_SIZE]


def cin_matches(fields: PayloadFields, cin: str) -> bool:
    """Whether the person's CIN is the one the document was issued for."""
    return cin_digest(fields.registration_number, cin) == fields.cin_digest


def _compact_number(text: str) -> str:
    number = parse_registration_number(text)
    return number.compact if number else text


def _shown_number(compact: str) -> str:
    number = parse_registration_number(compact)
    return str(number) if number else compact


def _compact_serial(text: str) -> str:
    serial = parse_document_serial(text)
    return serial.compact if serial else text


def _shown_serial(compact: str) -> str:
    serial = parse_document_serial(compact)
    return str(serial) if serial else compact


def encode_fields(fields: PayloadFields, certificate: DeviceCertificate | None) -> bytes:
    """The bytes the device signs."""
    out = Writer()
    out.byte(PAYLOAD_VERSION)
    out.byte(_WITH_CERTIFICATE if certificate else 0)
    out.text(_compact_number(fields.registration_number))
    for name in (
        fields.last_name_fr, fields.first_name_fr, fields.last_name_ar, fields.first_name_ar,
        fields.entity_name_fr, fields.entity_name_ar,
    ):  # fmt: skip
        out.text(name)
    out.raw(fields.cin_digest, CIN_DIGEST_SIZE)
    out.byte(_CATEGORIES.index(fields.category) + 1)
    out.text(fields.activity)
    out.byte(_STATUSES.index(fields.status) + 1)
    out.day(fields.issued_on)
    out.text(_compact_serial(fields.serial))
    out.raw(device_id_bytes(fields.device_id), DEVICE_ID_SIZE)
    head = out.value()
    return head + certificate.to_bytes() if certificate else head


def sign_payload(
    fields: PayloadFields, key: Ed25519PrivateKey, certificate: DeviceCertificate | None = None
) -> str:
    """The QR text of a document: its fields, the certificate if given, the signature."""
    signed = encode_fields(fields, certificate)
    return to_text(signed + key.sign(DOCUMENT_CONTEXT + signed))


def _code(reader: Reader, values: Sequence[Category] | Sequence[Status]) -> int:
    code = reader.byte()
    if not 1 <= code <= len(values):
        raise Malformed(f"unknown code {code}")
    return code - 1


@dataclass(frozen=True)
class _Decoded:
    fields: PayloadFields
    certificate: DeviceCertificate | None
    signed: bytes
    signature: bytes


def _decode(text: str) -> _Decoded:
    data, canonical = from_text(text)
    reader = Reader(data)
    version = reader.byte()
    if version != PAYLOAD_VERSION:
        raise UnknownVersion(f"payload version {version}")
    flags = reader.byte()
    if flags & ~_WITH_CERTIFICATE:
        raise Malformed(f"unknown flags {flags:#04x}")
    number = _shown_number(reader.text())
    last_fr, first_fr, last_ar, first_ar, entity_fr, entity_ar = (reader.text() for _ in range(6))
    digest = reader.raw(CIN_DIGEST_SIZE)
    category = _CATEGORIES[_code(reader, _CATEGORIES)]
    activity = reader.text()
    status = _STATUSES[_code(reader, _STATUSES)]
    issued_on = reader.day()
    serial = _shown_serial(reader.text())
    device_id = device_id_text(reader.raw(DEVICE_ID_SIZE))
    certificate = read_certificate(reader) if flags & _WITH_CERTIFICATE else None
    signed_length = reader.position
    signature = reader.raw(SIGNATURE_SIZE)
    if reader.remaining:
        raise Malformed(f"{reader.remaining} bytes after the signature")
    if not canonical:
        raise Malformed("the text is not the exact encoding of its bytes")
    fields = PayloadFields(
        number, last_fr, first_fr, last_ar, first_ar, entity_fr, entity_ar, digest, category,
        activity, status, issued_on, serial, device_id,
    )  # fmt: skip
    return _Decoded(fields, certificate, data[:signed_length], signature)


_READ_FAILURES: tuple[tuple[type[ValueError], Reason], ...] = (
    (Truncated, Reason.TRUNCATED),
    (UnknownVersion, Reason.UNKNOWN_VERSION),
    (Malformed, Reason.MALFORMED),
)


def _read(text: str) -> _Decoded | Reason:
    try:
        return _decode(text)
    except ValueError as exc:
        return next((r for kind, r in _READ_FAILURES if isinstance(exc, kind)), Reason.MALFORMED)


def read_payload(text: str) -> Verification:
    """The fields of a payload without checking who signed it (``valid`` is False)."""
    decoded = _read(text)
    if isinstance(decoded, Reason):
        return Verification(False, decoded)
    return Verification(False, None, decoded.fields, decoded.certificate)


def _certificate_problem(
    certificate: DeviceCertificate, fields: PayloadFields, root_keys: Sequence[bytes]
) -> Reason | None:
    if certificate.device_id != fields.device_id or not certified_by_any(certificate, root_keys):
        return Reason.BAD_CERTIFICATE
    if not certificate.covers(fields.issued_on):
        return Reason.CERTIFICATE_EXPIRED
    return None


def verify_payload(text: str, trust: TrustList) -> Verification:
    """Check a scanned or pasted payload against ``trust``; never raises for bad input."""
    decoded = _read(text)
    if isinstance(decoded, Reason):
        return Verification(False, decoded)
    fields, certificate = decoded.fields, decoded.certificate
    listed = trust.device_keys.get(fields.device_id, ())
    candidates = [(key, TrustPath.TRUST_LIST) for key in listed]
    problem = None
    if certificate is not None:
        problem = _certificate_problem(certificate, fields, trust.root_keys)
        if problem is None:
            candidates.append((certificate.public_key, TrustPath.CERTIFICATE))
    if not candidates:
        return Verification(False, problem or Reason.UNTRUSTED_KEY, fields, certificate)
    message = DOCUMENT_CONTEXT + decoded.signed
    for key, path in candidates:
        if signature_holds(key, decoded.signature, message):
            return Verification(True, None, fields, certificate, path)
    return Verification(False, Reason.BAD_SIGNATURE, fields, certificate)
