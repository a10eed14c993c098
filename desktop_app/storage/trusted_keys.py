"""The office's trust list (``trusted_keys``) and this device's own signing key."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage import audit
from desktop_app.storage.device_key_file import load_or_create_private_key
from desktop_app.storage.engine import Store
from desktop_app.storage.models import TrustedKey
from registry.device_keys import DeviceCertificate, certificate_from_bytes, raw_public_key
from registry.signed_payload import TrustList

ENTITY = "trusted_key"
SYSTEM_ACTOR = "system"


class KeyKind(StrEnum):
    DEVICE = "device"
    ROOT = "root"


class KeySource(StrEnum):
    THIS_DEVICE = "this_device"
    IMPORTED = "imported"
    CERTIFIED = "certified"  # a device key that came with a root's certificate
    SERVER = "server"  # the national trust list, pulled from the central server


def key_id(public_key: bytes) -> str:
    """The key's identity in the trust list and the audit log: 128 bits of its SHA-256
    (the same digits as :func:`registry.device_keys.fingerprint`, without spaces)."""
    return hashlib.sha256(public_key).hexdigest()[:32]


@dataclass(frozen=True)
class DeviceKey:
    """This device's signing key, with the root's certificate once it has one."""

    device_id: str
    device_code: str
    private_key: Ed25519PrivateKey = field(repr=False)
    public_key: bytes
    certificate: DeviceCertificate | None


def add_key(
    session: Session,
    *,
    kind: KeyKind,
    public_key: bytes,
    source: KeySource,
    actor: str,
    now: datetime,
    device_id: str | None = None,
    device_code: str = "",
    certificate: bytes | None = None,
    audited: bool = True,
) -> bool:
    """Put a key on the trust list; False if it is there already.

    ``audited`` False is for a caller whose own audit entry names the key.
    """
    identifier = key_id(public_key)
    if session.get(TrustedKey, identifier) is not None:
        return False
    session.add(
        TrustedKey(
            key_id=identifier,
            kind=kind.value,
            device_id=device_id,
            device_code=device_code,
            public_key=public_key,
            source=source.value,
            certificate=certificate,
            added_at=now,
            added_by=actor,
        )
    )
    if not audited:
        return True
    after = {"kind": kind.value, "device_id": device_id, "device_code": device_code,
             "source": source.value, "certified": certificate is not None}  # fmt: skip
    audit.append(session, [audit.AuditEvent.of(actor, "trust_key", ENTITY, identifier, {},
                                               after, now)])  # fmt: skip
    return True


def trust_list(session: Session) -> TrustList:
    """The keys trusted now: a device the server revoked is not (nor its certificate:
    see :func:`revoked_devices`)."""
    devices: dict[str, list[bytes]] = defaultdict(list)
    roots: list[bytes] = []
    for row in session.execute(select(TrustedKey).where(TrustedKey.revoked_at.is_(None))).scalars():
        if row.kind == KeyKind.ROOT.value:
            roots.append(row.public_key)
        elif row.device_id:
            devices[row.device_id].append(row.public_key)
    return TrustList(dict(devices), tuple(roots))


def revoked_devices(session: Session) -> set[str]:
    """The devices the server revoked: their documents verify no longer, certificate or
    not."""
    found = session.execute(
        select(TrustedKey.device_id).where(
            TrustedKey.revoked_at.is_not(None), TrustedKey.device_id.is_not(None)
        )
    ).scalars()
    return {device for device in found if device}


def ensure_device_key(
    store: Store, data_dir: Path, device_id: str, device_code: str, now: datetime
) -> DeviceKey:
    """This device's key pair, made on first need: the file first, then the trust row.

    Both steps are idempotent, so a store created before device keys existed, or a
    crash between the two steps, is completed on the next open.
    """
    private_key = load_or_create_private_key(data_dir)
    public_key = raw_public_key(private_key)
    with store.read() as session:
        row = session.get(TrustedKey, key_id(public_key))
        certificate = row.certificate if row else None
    if row is None:
        with store.write() as session:
            add_key(
                session, kind=KeyKind.DEVICE, public_key=public_key, source=KeySource.THIS_DEVICE,
                actor=SYSTEM_ACTOR, now=now, device_id=device_id, device_code=device_code,
            )  # fmt: skip
    return DeviceKey(
        device_id,
        device_code,
        private_key,
        public_key,
        certificate_from_bytes(certificate) if certificate else None,
    )
