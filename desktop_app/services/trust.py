"""The office's trust list: which keys this desk accepts on the documents it verifies.

Desks of one office exchange their public keys as small JSON files (``hirfa keys
export`` on one, ``hirfa keys trust`` on the other) and compare fingerprints by eye.
A root key (published by the central server) is trusted the same way; it vouches for
every device key it has certified, so documents of other offices verify too.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop_app.services.desk import Desk
from desktop_app.services.errors import NotAllowed, ServiceError
from desktop_app.services.records import Actor
from desktop_app.storage import audit, outbox
from desktop_app.storage import trusted_keys as stored
from desktop_app.storage.models import TrustedKey
from desktop_app.storage.trusted_keys import KeyKind, KeySource, key_id
from registry import wire
from registry.device_keys import (
    PUBLIC_KEY_SIZE,
    DeviceCertificate,
    certificate_from_bytes,
    certified_by_any,
    fingerprint,
)
from registry.issues import Code
from registry.signed_payload import TrustList
from registry.workflow import Role

KEY_FILE_FORMAT = "hirfa-public-key"


class KeyFileInvalid(ServiceError):
    """``detail`` says what is wrong with the file."""

    code = Code.KEY_FILE_INVALID


class CertificateInvalid(ServiceError):
    code = Code.CERTIFICATE_INVALID


@dataclass(frozen=True)
class TrustedKeyInfo:
    fingerprint: str
    kind: KeyKind
    device_id: str | None
    device_code: str
    source: KeySource
    certified: bool
    added_at: datetime
    added_by: str
    revoked_at: datetime | None  # by the central server: no longer trusted


def _info(row: TrustedKey) -> TrustedKeyInfo:
    return TrustedKeyInfo(
        fingerprint(row.public_key), KeyKind(row.kind), row.device_id, row.device_code,
        KeySource(row.source), row.certificate is not None, row.added_at, row.added_by,
        row.revoked_at,
    )  # fmt: skip


def trust_list(desk: Desk) -> TrustList:
    with desk.store.read() as session:
        return stored.trust_list(session)


def trusted_keys(desk: Desk) -> list[TrustedKeyInfo]:
    """The trust list, oldest first (this device's own key among them)."""
    with desk.store.read() as session:
        rows = session.execute(select(TrustedKey).order_by(TrustedKey.added_at)).scalars()
        return [_info(row) for row in rows]


def public_key_file(
    kind: KeyKind,
    public_key: bytes,
    *,
    device_id: str | None = None,
    device_code: str = "",
    office_name: str = "",
    certificate: DeviceCertificate | None = None,
) -> str:
    """The JSON text that carries a public key from one desk (or the server) to another."""
    document: dict[str, Any] = {
        "format": KEY_FILE_FORMAT,
        "kind": kind.value,
        "public_key": base64.b64encode(public_key).decode("ascii"),
        "fingerprint": fingerprint(public_key),
    }
    if kind is KeyKind.DEVICE:
        document |= {"device_id": device_id, "device_code": device_code,
                     "office_name": office_name}  # fmt: skip
    if certificate is not None:
        document["certificate"] = base64.b64encode(certificate.to_bytes()).decode("ascii")
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_public_key(desk: Desk) -> str:
    """This device's public key file, to trust on the other desks of the office."""
    key = desk.device_key
    return public_key_file(
        KeyKind.DEVICE, key.public_key, device_id=key.device_id, device_code=key.device_code,
        office_name=desk.identity.office_name, certificate=key.certificate,
    )  # fmt: skip


@dataclass(frozen=True)
class _KeyFile:
    kind: KeyKind
    public_key: bytes
    device_id: str | None
    device_code: str
    certificate: bytes | None


def _decoded(value: object, what: str) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyFileInvalid(f"{what} is not Base64") from exc


def _read_key_file(text: str) -> _KeyFile:
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise KeyFileInvalid("not JSON") from exc
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise KeyFileInvalid(f"not a {KEY_FILE_FORMAT} file")
    if document.get("kind") not in (KeyKind.DEVICE.value, KeyKind.ROOT.value):
        raise KeyFileInvalid("kind must be 'device' or 'root'")
    kind = KeyKind(document["kind"])
    public_key = _decoded(document.get("public_key", ""), "public_key")
    if len(public_key) != PUBLIC_KEY_SIZE:
        raise KeyFileInvalid("public_key is not an Ed25519 public key")
    if "fingerprint" in document and document["fingerprint"] != fingerprint(public_key):
        raise KeyFileInvalid("the fingerprint does not match the key")
    device_id = document.get("device_id") if kind is KeyKind.DEVICE else None
    if kind is KeyKind.DEVICE and not isinstance(device_id, str):
        raise KeyFileInvalid("a device key needs its device_id")
    certificate = (
        _decoded(document["certificate"], "certificate") if document.get("certificate") else None
    )
    return _KeyFile(kind, public_key, device_id, str(document.get("device_code", "")), certificate)


def _checked_certificate(
    data: bytes, device_id: str | None, public_key: bytes
) -> DeviceCertificate:
    try:
        certificate = certificate_from_bytes(data)
    except ValueError as exc:
        raise KeyFileInvalid("the certificate is unreadable") from exc
    if certificate.device_id != device_id or certificate.public_key != public_key:
        raise KeyFileInvalid("the certificate is for another key")
    return certificate


def _require_administrator(actor: Actor) -> None:
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator changes the trust list")


def trust_key_file(desk: Desk, actor: Actor, text: str) -> tuple[TrustedKeyInfo, bool]:
    """Put the key of a public key file on the trust list; whether it was new."""
    _require_administrator(actor)
    found = _read_key_file(text)
    with desk.store.write() as session:
        source = KeySource.IMPORTED
        if found.certificate is not None:
            certificate = _checked_certificate(found.certificate, found.device_id, found.public_key)
            if certified_by_any(certificate, stored.trust_list(session).root_keys):
                source = KeySource.CERTIFIED
        now = desk.now()
        added = stored.add_key(
            session, kind=found.kind, public_key=found.public_key, source=source,
            actor=actor.username, now=now, device_id=found.device_id,
            device_code=found.device_code, certificate=found.certificate,
        )  # fmt: skip
        row = session.get(TrustedKey, key_id(found.public_key))
        assert row is not None
        if added:  # the office's trust list, for its other desks
            data = {"kind": row.kind, "public_key": row.public_key, "device_id": row.device_id,
                    "device_code": row.device_code, "source": row.source,
                    "certificate": row.certificate}  # fmt: skip
            outbox.enqueue(
                session,
                [
                    outbox.Operation(
                        wire.Entity.TRUSTED_KEY,
                        row.key_id,
                        outbox.Kind.TRUST,
                        0,
                        actor.username,
                        now,
                        data,
                    )
                ],
            )
        return _info(row), added


def install_device_certificate(desk: Desk, actor: Actor, data: bytes) -> DeviceCertificate:
    """Keep the root's certificate of this device's key: documents then carry it."""
    _require_administrator(actor)
    key = desk.device_key
    try:
        certificate = certificate_from_bytes(data)
    except ValueError as exc:
        raise CertificateInvalid("unreadable") from exc
    if certificate.device_id != key.device_id or certificate.public_key != key.public_key:
        raise CertificateInvalid("it certifies another key")
    with desk.store.write() as session:
        if not certified_by_any(certificate, stored.trust_list(session).root_keys):
            raise CertificateInvalid("no root key on the trust list signed it")
        row = session.get(TrustedKey, key_id(key.public_key))
        assert row is not None
        row.certificate = data
        audit.append(
            session,
            [audit.AuditEvent.of(actor.username, "install_certificate", stored.ENTITY,
                                 row.key_id, {}, {"valid_from": certificate.valid_from,
                                 "valid_until": certificate.valid_until}, desk.now())],
        )  # fmt: skip
    desk.device_key = replace(key, certificate=certificate)
    return certificate
