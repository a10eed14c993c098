"""Device keys and the office's trust list: made at init, exchanged between desks,
certified by a root key."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.desk import Desk, init_office, open_desk
from desktop_app.services.errors import NotAllowed
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan
from desktop_app.services.trust import (
    CertificateInvalid,
    KeyFileInvalid,
    export_public_key,
    install_device_certificate,
    public_key_file,
    trust_key_file,
    trusted_keys,
)
from desktop_app.services.verification import verify_text
from desktop_app.storage.device_key_file import key_path
from desktop_app.storage.engine import store_path
from desktop_app.storage.trusted_keys import KeyKind, KeySource
from registry.artisan import Status
from registry.device_keys import certify_device, fingerprint, raw_public_key
from registry.signed_payload import Reason, TrustPath
from tests.conftest import ADMIN_PASSWORD, FixedClock
from tests.documents_support import issue_documents
from tests.factories import make_draft
from tests.storage.migration_support import downgrade

ROOT_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(100, 132)))


def new_office(directory: Path, clock: FixedClock, region: str, office: str, device: str) -> Desk:
    return init_office(
        directory, region=region, office=office, office_name=f"Office {office}",
        admin_username="admin", admin_password=ADMIN_PASSWORD, device=device, clock=clock,
    )  # fmt: skip


@pytest.fixture
def second_desk(tmp_path: Path, clock: FixedClock) -> Iterator[Desk]:
    """The office's second computer."""
    opened = new_office(tmp_path / "second", clock, "01", "511", "02")
    yield opened
    opened.close()


@pytest.fixture
def other_office(tmp_path: Path, clock: FixedClock) -> Iterator[Desk]:
    """A desk of Casablanca's chamber."""
    opened = new_office(tmp_path / "casa", clock, "06", "141", "01")
    yield opened
    opened.close()


def issued_code(desk: Desk, admin: Actor) -> str:
    register_artisan(desk, admin, make_draft(), status=Status.REGISTERED)
    return issue_documents(desk, admin, ["K123456"], DocumentKind.CARD).documents[0].qr_payload


def test_init_gives_the_device_a_key_pair_kept_out_of_the_store(desk: Desk) -> None:
    path = key_path(desk.data_dir)
    assert path.exists()
    assert desk.device_key.public_key == raw_public_key(desk.device_key.private_key)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    (own,) = trusted_keys(desk)
    assert (own.kind, own.source, own.device_id, own.device_code) == (
        KeyKind.DEVICE, KeySource.THIS_DEVICE, desk.identity.device_id, "01-511-01",
    )  # fmt: skip
    assert own.fingerprint == fingerprint(desk.device_key.public_key)
    secret = desk.device_key.private_key.private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    desk.store.checkpoint()
    assert secret not in store_path(desk.data_dir).read_bytes()
    assert "private" not in repr(desk.device_key).lower()


def test_reopening_keeps_the_key_and_a_store_from_before_keys_gets_one(
    desk: Desk, data_dir: Path
) -> None:
    public_key = desk.device_key.public_key
    desk.close()
    again = open_desk(data_dir)
    assert again.device_key.public_key == public_key and len(trusted_keys(again)) == 1
    again.close()
    # Back to the schema before device keys, with no key file.
    key_path(data_dir).unlink()
    downgrade(data_dir, "0003")
    upgraded = open_desk(data_dir)
    try:
        assert key_path(data_dir).exists()
        (own,) = trusted_keys(upgraded)
        assert own.fingerprint == fingerprint(upgraded.device_key.public_key)
        assert upgraded.device_key.public_key != public_key
    finally:
        upgraded.close()


def test_two_desks_of_an_office_verify_each_other_once_they_trade_keys(
    desk: Desk, second_desk: Desk, admin: Actor
) -> None:
    code = issued_code(desk, admin)
    assert verify_text(second_desk, code).reason is Reason.UNTRUSTED_KEY

    exported = export_public_key(desk)
    info, added = trust_key_file(second_desk, admin, exported)
    assert added and (info.source, info.device_code) == (KeySource.IMPORTED, "01-511-01")
    assert info.fingerprint == json.loads(exported)["fingerprint"]
    assert trust_key_file(second_desk, admin, exported)[1] is False  # already trusted
    result = verify_text(second_desk, code)
    assert result.valid and result.trusted_by is TrustPath.TRUST_LIST


def test_key_files_are_checked_and_only_an_administrator_trusts(
    desk: Desk, second_desk: Desk, admin: Actor, supervisor: Actor
) -> None:
    exported = json.loads(export_public_key(desk))
    with pytest.raises(NotAllowed):
        trust_key_file(second_desk, supervisor, json.dumps(exported))
    for broken in (
        "not json",
        json.dumps({**exported, "format": "something-else"}),
        json.dumps({**exported, "public_key": "AAAA"}),
        json.dumps({**exported, "fingerprint": "0000 " * 7 + "0000"}),
        json.dumps({key: v for key, v in exported.items() if key != "device_id"}),
    ):
        with pytest.raises(KeyFileInvalid):
            trust_key_file(second_desk, admin, broken)
    assert len(trusted_keys(second_desk)) == 1


def test_a_root_certificate_makes_documents_verifiable_anywhere(
    desk: Desk, other_office: Desk, admin: Actor
) -> None:
    root_file = public_key_file(KeyKind.ROOT, raw_public_key(ROOT_KEY))
    key = desk.device_key
    certificate = certify_device(
        ROOT_KEY, key.device_id, key.device_code, key.public_key, date(2026, 1, 1),
        date(2028, 12, 31),
    )  # fmt: skip
    with pytest.raises(CertificateInvalid):  # the root is not trusted here yet
        install_device_certificate(desk, admin, certificate.to_bytes())
    trust_key_file(desk, admin, root_file)
    stranger = certify_device(
        Ed25519PrivateKey.generate(), key.device_id, key.device_code, key.public_key,
        date(2026, 1, 1), date(2028, 12, 31),
    )  # fmt: skip
    with pytest.raises(CertificateInvalid):
        install_device_certificate(desk, admin, stranger.to_bytes())
    install_device_certificate(desk, admin, certificate.to_bytes())
    code = issued_code(desk, admin)

    assert verify_text(other_office, code).reason is Reason.BAD_CERTIFICATE
    trust_key_file(other_office, admin, root_file)
    result = verify_text(other_office, code)
    assert result.valid and result.trusted_by is TrustPath.CERTIFICATE
    assert result.certificate == certificate
    # A desk's exported key carries its certificate: trusted as certified.
    info, _ = trust_key_file(other_office, admin, export_public_key(desk))
    assert (info.source, info.certified) == (KeySource.CERTIFIED, True)
