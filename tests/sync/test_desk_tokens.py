"""Where the device token is kept: the OS keyring, or a file readable by its owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from desktop_app.sync.tokens import (
    SERVICE,
    DeviceTokens,
    FileTokens,
    KeyringTokens,
    keyring_usable,
)

DEVICE = "01938c3e-0000-7000-8000-000000000001"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in the test's memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    chosen = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(chosen)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    chosen = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(chosen)


def test_the_keyring_holds_the_token_under_the_device_id(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    tokens = DeviceTokens(tmp_path, DEVICE)
    tokens.save("secret-token")
    assert memory_keyring.secrets == {(SERVICE, DEVICE): "secret-token"}
    assert not (tmp_path / "keys" / "device-token").exists()  # nothing on disk
    assert DeviceTokens(tmp_path, DEVICE).load() == "secret-token"
    assert KeyringTokens(DEVICE, memory_keyring).load() == "secret-token"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_without_a_keyring_the_token_is_a_file_only_its_owner_reads(
    no_keyring: None, tmp_path: Path
) -> None:
    assert not keyring_usable(keyring.get_keyring())
    tokens = DeviceTokens(tmp_path, DEVICE)
    assert tokens.load() is None
    tokens.save("secret-token")
    path = tmp_path / "keys" / "device-token"
    assert path.read_text() == "secret-token"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
    tokens.save("a new token")  # enrolled again: replaced whole
    assert DeviceTokens(tmp_path, DEVICE).load() == "a new token"
    assert [p.name for p in path.parent.iterdir()] == ["device-token"]


def test_a_token_kept_in_the_file_is_found_once_a_keyring_appears(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    FileTokens(tmp_path).save("from-the-file")
    assert DeviceTokens(tmp_path, DEVICE).load() == "from-the-file"
