"""This device's private signing key: a PEM file in the data directory, never in the store.

The file is readable by its owner only (0600, in a 0700 folder on POSIX systems). It is
created once, atomically and exclusively: two programs opening the same new store at
once (the window and a command) end up with the same key, and a crash never leaves a
half-written key behind.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

KEY_DIR = "keys"
KEY_FILE = "device-ed25519.pem"


class KeyFileProblem(Exception):
    """The key file exists but is not an Ed25519 private key (message for the operator)."""


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_DIR / KEY_FILE


def _read(path: Path) -> Ed25519PrivateKey:
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except ValueError as exc:
        raise KeyFileProblem(f"{path} is not a readable private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileProblem(f"{path} is not an Ed25519 key")
    return key


def _write_new(path: Path) -> None:
    """Write a new key under a temporary name, then link it into place if none is there."""
    pem = Ed25519PrivateKey.generate().private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
    )
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temporary, path)  # fails if another program made the key first
        except FileExistsError:
            pass
    finally:
        temporary.unlink(missing_ok=True)


def load_or_create_private_key(data_dir: Path) -> Ed25519PrivateKey:
    """This device's key, made on first use."""
    path = key_path(data_dir)
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_new(path)
    return _read(path)
