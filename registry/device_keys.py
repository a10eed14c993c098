"""Device signing keys (Ed25519) and the certificates a root key gives them.

Each desk signs the documents it issues with its own key. A verifier trusts a device
key either because it is on the office's trust list (keys exchanged between the desks
of an office) or because a :class:`DeviceCertificate` — the device's id, public key and
validity, signed by the central root key when the device enrolled — vouches for it; the
certificate travels inside the payload, so a verifier holding only the published root
public key can check any office's documents offline.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from registry.compact_binary import Malformed, Reader, UnknownVersion, Writer

PUBLIC_KEY_SIZE = 32
SIGNATURE_SIZE = 64
DEVICE_ID_SIZE = 16
CERTIFICATE_VERSION = 1
# Signatures of certificates and of documents are made over distinct prefixes, so that
# one can never be passed off as the other.
CERTIFICATE_CONTEXT = b"hirfa device certificate\x00"


def raw_public_key(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The 32 bytes of a public key (of a private key's pair)."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """A short, readable digest of a public key, to compare keys by eye or by phone."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def signature_holds(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s over ``message`` (False for a bad key)."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def device_id_bytes(device_id: str) -> bytes:
    return uuid.UUID(device_id).bytes


def device_id_text(raw: bytes) -> str:
    return str(uuid.UUID(bytes=raw))


@dataclass(frozen=True)
class DeviceCertificate:
    """The root's word that ``public_key`` belongs to the desk ``device_id``.

    ``device_code`` names the desk as people know it (region-office-device, e.g.
    ``01-511-01``); documents issued between ``valid_from`` and ``valid_until`` (both
    included) may rely on it.
    """

    device_id: str
    device_code: str
    public_key: bytes
    valid_from: date
    valid_until: date
    signature: bytes

    def signed_part(self) -> bytes:
        out = Writer()
        out.byte(CERTIFICATE_VERSION)
        out.raw(device_id_bytes(self.device_id), DEVICE_ID_SIZE)
        out.text(self.device_code)
        out.raw(self.public_key, PUBLIC_KEY_SIZE)
        out.day(self.valid_from)
        out.day(self.valid_until)
        return out.value()

    def to_bytes(self) -> bytes:
        return self.signed_part() + self.signature

    def signed_by(self, root_key: bytes) -> bool:
        return signature_holds(root_key, self.signature, CERTIFICATE_CONTEXT + self.signed_part())

    def covers(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_until


def read_certificate(reader: Reader) -> DeviceCertificate:
    """The certificate at ``reader``'s position (raises what :class:`Reader` raises)."""
    version = reader.byte()
    if version != CERTIFICATE_VERSION:
        raise UnknownVersion(f"device certificate version {version}")
    device_id = device_id_text(reader.raw(DEVICE_ID_SIZE))
    device_code = reader.text()
    public_key = reader.raw(PUBLIC_KEY_SIZE)
    valid_from, valid_until = reader.day(), reader.day()
    if valid_until < valid_from:
        raise Malformed("certificate valid until before valid from")
    signature = reader.raw(SIGNATURE_SIZE)
    return DeviceCertificate(device_id, device_code, public_key, valid_from, valid_until, signature)


def certificate_from_bytes(data: bytes) -> DeviceCertificate:
    reader = Reader(data)
    certificate = read_certificate(reader)
    if reader.remaining:
        raise Malformed(f"{reader.remaining} bytes after the certificate")
    return certificate


def certify_device(
    root: Ed25519PrivateKey,
    device_id: str,
    device_code: str,
    public_key: bytes,
    valid_from: date,
    valid_until: date,
) -> DeviceCertificate:
    """What the central server does when a device enrols: sign its public key."""
    unsigned = DeviceCertificate(device_id, device_code, public_key, valid_from, valid_until, b"")
    signature = root.sign(CERTIFICATE_CONTEXT + unsigned.signed_part())
    return DeviceCertificate(device_id, device_code, public_key, valid_from, valid_until, signature)


def certified_by_any(certificate: DeviceCertificate, root_keys: Iterable[bytes]) -> bool:
    return any(certificate.signed_by(root) for root in root_keys)
