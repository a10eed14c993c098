"""Where a desk keeps its device token: the OS keyring (service ``Hirfa``, user = the
device's id) or, on a computer without a keyring, ``keys/device-token`` in the data
directory, readable by its owner alone (0600). The token is never shown, never logged,
never in the store."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from desktop_app.storage.device_key_file import KEY_DIR

SERVICE = "Hirfa"
TOKEN_FILE = "device-token"


class TokenStore(Protocol):
    def load(self) -> str | None: ...

    def save(self, token: str) -> None: ...


class KeyringTokens:
    """The OS keyring (``backend``: the one ``keyring`` chose, unless given)."""

    def __init__(
        self, device_id: str, backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        self.device_id = device_id
        self.backend = backend or keyring.get_keyring()

    def load(self) -> str | None:
        return self.backend.get_password(SERVICE, self.device_id)

    def save(self, token: str) -> None:
        self.backend.set_password(SERVICE, self.device_id, token)


class FileTokens:
    """``keys/device-token``, 0600 in a 0700 folder, written whole or not at all."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / KEY_DIR / TOKEN_FILE

    def load(self) -> str | None:
        try:
            return self.path.read_text(encoding="ascii").strip() or None
        except FileNotFoundError:
            return None

    def save(self, token: str) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = self.path.with_name(f".{TOKEN_FILE}.{secrets.token_hex(8)}")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w", encoding="ascii") as out:
                out.write(token)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, self.path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise


def keyring_usable(backend: keyring.backend.KeyringBackend) -> bool:
    """A real keyring: not the backend ``keyring`` falls back to when there is none."""
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


class DeviceTokens:
    """The keyring where there is one, else the file; a token saved in either is found."""

    def __init__(self, data_dir: Path, device_id: str) -> None:
        self.keyring = KeyringTokens(device_id)
        self.file = FileTokens(data_dir)

    def load(self) -> str | None:
        if keyring_usable(self.keyring.backend):
            try:
                found = self.keyring.load()
            except keyring.errors.KeyringError:
                found = None
            if found:
                return found
        return self.file.load()

    def save(self, token: str) -> None:
        if keyring_usable(self.keyring.backend):
            try:
                self.keyring.save(token)
                return
            except keyring.errors.KeyringError:
                pass  # a keyring that is locked or broken: the file does
        self.file.save(token)
