"""The national root key: it signs each device's certificate at enrolment.

An Ed25519 private key in a PEM file readable by its owner only. Losing it does not
stop verification (the public key is in every desk's trust list and every certificate
already issued), but new enrolments would need a new root that desks do not yet trust.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)


class RootKeyProblem(Exception):
    """The root key file is missing or is not an Ed25519 private key."""


def create_root_key(path: Path) -> Ed25519PrivateKey:
    """A new root key written to ``path`` (mode 0600); refuses to replace one."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return key


def load_root_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RootKeyProblem(f"no root key at {path} (run hirfa-server init)") from None
    except OSError as exc:
        raise RootKeyProblem(f"the root key {path} cannot be read: {exc.strerror}") from exc
    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise RootKeyProblem(f"{path} is not a root key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise RootKeyProblem(f"{path} is not an Ed25519 key")
    return key
