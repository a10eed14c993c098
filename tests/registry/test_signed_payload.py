"""The signed QR payload: round trip, tampering, trust through lists and certificates,
and what keyboard-wedge scanners type."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from registry.artisan import Category, Status
from registry.compact_binary import Malformed, Reader, Writer
from registry.device_keys import DeviceCertificate, certify_device, fingerprint, raw_public_key
from registry.document_serial import DocumentSerial, parse_document_serial
from registry.scanned_text import PREFIX, from_text, to_text
from registry.signed_payload import (
    PayloadFields,
    Reason,
    TrustList,
    TrustPath,
    cin_digest,
    cin_matches,
    encode_fields,
    read_payload,
    sign_payload,
    verify_payload,
)

NUMBER = "01-511-01-26-000001-87"
DEVICE = "0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"
OTHER_DEVICE = "0193a1b2-7c4d-7e5f-8a9b-ffffffffffff"
# Fixed keys: the same payload bytes on every run, so that properties replay exactly.
DEVICE_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
ROOT_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(100, 132)))
STRANGER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(200, 232)))
FIELDS = PayloadFields(
    registration_number=NUMBER,
    last_name_fr="El Amrani",
    first_name_fr="Fatima",
    last_name_ar="العمراني",
    first_name_ar="فاطمة",
    entity_name_fr="",
    entity_name_ar="",
    cin_digest=cin_digest(NUMBER, "K123456"),
    category=Category.ARTISAN_EXPERIENCE,
    activity="01.01",
    status=Status.REGISTERED,
    issued_on=date(2026, 11, 29),
    serial=str(DocumentSerial("A", "01", "511", "01", 2026, 1)),
    device_id=DEVICE,
)
TRUST = TrustList({DEVICE: [raw_public_key(DEVICE_KEY)]})
TEXT = sign_payload(FIELDS, DEVICE_KEY)
DATA, _ = from_text(TEXT)


def certificate(
    root: Ed25519PrivateKey = ROOT_KEY,
    device_id: str = DEVICE,
    valid: tuple[date, date] = (date(2026, 1, 1), date(2027, 12, 31)),
) -> DeviceCertificate:
    return certify_device(root, device_id, "01-511-01", raw_public_key(DEVICE_KEY), *valid)


def test_round_trip_gives_back_every_field() -> None:
    result = verify_payload(TEXT, TRUST)
    assert (result.valid, result.reason, result.trusted_by) == (True, None, TrustPath.TRUST_LIST)
    assert result.fields == FIELDS
    assert result.certificate is None


def test_the_text_is_qr_alphanumeric_and_compact() -> None:
    assert TEXT.startswith(PREFIX)
    assert re.fullmatch(r"[A-Z2-7]+", TEXT[len(PREFIX) :])
    assert 280 <= len(TEXT) <= 320  # a version-10 QR code at level M holds 311


def test_the_cin_is_carried_as_a_digest_a_verifier_can_check() -> None:
    assert b"K123456" not in DATA
    assert cin_matches(FIELDS, "k 123456")
    assert not cin_matches(FIELDS, "K123457")


def test_long_names_and_entity_names_round_trip() -> None:
    fields = replace(
        FIELDS,
        category=Category.COOPERATIVE,
        entity_name_ar="تعاونية " + "النسيج التقليدي " * 7,
        last_name_ar="عَبْدُ الرَّحْمٰنِ",
    )
    result = verify_payload(sign_payload(fields, DEVICE_KEY), TRUST)
    assert result.valid and result.fields == fields


@given(st.data())
def test_any_changed_byte_fails(data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(DATA) - 1), label="index")
    flip = data.draw(st.integers(1, 255), label="xor")
    changed = bytearray(DATA)
    changed[index] ^= flip
    result = verify_payload(to_text(bytes(changed)), TRUST)
    assert not result.valid and result.reason is not None


def test_every_single_bit_flip_fails() -> None:
    for index in range(len(DATA)):
        for bit in range(8):
            changed = bytearray(DATA)
            changed[index] ^= 1 << bit
            assert not verify_payload(to_text(bytes(changed)), TRUST).valid, (index, bit)


_TYPED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=+/&é\"'(-è!@#$%^:? "


@given(st.data())
def test_any_changed_character_fails(data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(TEXT) - 1), label="index")
    original = TEXT[index]
    typed = data.draw(st.sampled_from(_TYPED).filter(lambda c: c.upper() != original))
    result = verify_payload(TEXT[:index] + typed + TEXT[index + 1 :], TRUST)
    assert not result.valid and result.reason is not None


def test_a_forged_payload_is_refused() -> None:
    forged_fields = replace(FIELDS, last_name_fr="Forger", category=Category.MASTER_ARTISAN)
    signature = DATA[-64:]
    forged = to_text(encode_fields(forged_fields, None) + signature)
    result = verify_payload(forged, TRUST)
    assert (result.valid, result.reason) == (False, Reason.BAD_SIGNATURE)
    assert result.fields is not None and result.fields.last_name_fr == "Forger"
    # Signing it with another key under the trusted device's id does not help either.
    resigned = verify_payload(sign_payload(forged_fields, STRANGER_KEY), TRUST)
    assert (resigned.valid, resigned.reason) == (False, Reason.BAD_SIGNATURE)


def test_a_payload_signed_by_an_untrusted_device_is_refused() -> None:
    stranger = sign_payload(replace(FIELDS, device_id=OTHER_DEVICE), STRANGER_KEY)
    result = verify_payload(stranger, TRUST)
    assert (result.valid, result.reason) == (False, Reason.UNTRUSTED_KEY)
    assert verify_payload(TEXT, TrustList({})).reason is Reason.UNTRUSTED_KEY


def test_a_truncated_payload_is_refused_with_its_reason() -> None:
    for length in range(1, len(TEXT)):
        result = verify_payload(TEXT[:length], TRUST)
        assert (result.valid, result.reason, result.fields) == (False, Reason.TRUNCATED, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", Reason.MALFORMED),
        ("https://example.org/", Reason.MALFORMED),
        (TEXT + "A", Reason.MALFORMED),  # a partial Base32 group: not an exact encoding
        (TEXT[:20] + "1" + TEXT[21:], Reason.MALFORMED),  # not a Base32 character
        (to_text(DATA + b"\x00"), Reason.MALFORMED),
        ("HRF2" + TEXT[4:], Reason.UNKNOWN_VERSION),
        (to_text(b"\x02" + DATA[1:]), Reason.UNKNOWN_VERSION),
    ],
)
def test_what_is_not_a_payload_gets_a_reason(text: str, reason: Reason) -> None:
    result = verify_payload(text, TRUST)
    assert (result.valid, result.reason) == (False, reason)


def test_a_root_certificate_lets_a_verifier_trust_with_the_root_key_alone() -> None:
    text = sign_payload(FIELDS, DEVICE_KEY, certificate())
    result = verify_payload(text, TrustList({}, [raw_public_key(ROOT_KEY)]))
    assert (result.valid, result.trusted_by) == (True, TrustPath.CERTIFICATE)
    assert result.certificate == certificate()
    assert result.fields == FIELDS
    # The office's own trust list still suffices without the root.
    assert verify_payload(text, TRUST).trusted_by is TrustPath.TRUST_LIST


def test_certificates_a_verifier_cannot_rely_on() -> None:
    roots = TrustList({}, [raw_public_key(ROOT_KEY)])
    other_root = sign_payload(FIELDS, DEVICE_KEY, certificate(root=STRANGER_KEY))
    assert verify_payload(other_root, roots).reason is Reason.BAD_CERTIFICATE
    other_device = sign_payload(FIELDS, DEVICE_KEY, certificate(device_id=OTHER_DEVICE))
    assert verify_payload(other_device, roots).reason is Reason.BAD_CERTIFICATE
    expired = certificate(valid=(date(2025, 1, 1), date(2025, 12, 31)))
    assert (
        verify_payload(sign_payload(FIELDS, DEVICE_KEY, expired), roots).reason
        is Reason.CERTIFICATE_EXPIRED
    )
    # A genuine certificate copied into a payload signed by another key.
    stolen = sign_payload(FIELDS, STRANGER_KEY, certificate())
    assert verify_payload(stolen, roots).reason is Reason.BAD_SIGNATURE


# What a scanner set for one keyboard layout types on a computer set for the other.
QWERTY_SCANNER_ON_AZERTY = str.maketrans("1234567AQZWM", "&é\"'(-èQAWZ?")
AZERTY_SCANNER_ON_QWERTY = str.maketrans("1234567AQZWM", "!@#$%^&QAWZ:")


@pytest.mark.parametrize(
    "typed",
    [
        TEXT.lower(),
        "  " + TEXT + "\r\n",
        "\n".join(TEXT[i : i + 64] for i in range(0, len(TEXT), 64)),
        " ".join(TEXT[i : i + 5] for i in range(0, len(TEXT), 5)),
        TEXT.translate(QWERTY_SCANNER_ON_AZERTY),
        TEXT.translate(AZERTY_SCANNER_ON_QWERTY),
        TEXT.translate(QWERTY_SCANNER_ON_AZERTY).lower(),  # and caps lock on
    ],
    ids=["lower", "padded", "lines", "groups", "qwerty-on-azerty", "azerty-on-qwerty", "caps"],
)
def test_what_a_keyboard_wedge_scanner_types_is_accepted(typed: str) -> None:
    result = verify_payload(typed, TRUST)
    assert result.valid and result.fields == FIELDS


def test_read_payload_decodes_without_trusting() -> None:
    assert read_payload(TEXT).fields == FIELDS
    assert read_payload(TEXT).valid is False
    assert read_payload(TEXT[:50]).reason is Reason.TRUNCATED


def test_fingerprints_are_short_and_stable() -> None:
    print_ = fingerprint(raw_public_key(DEVICE_KEY))
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", print_)
    assert print_ != fingerprint(raw_public_key(ROOT_KEY))


def test_text_lengths_take_one_byte_below_128_and_two_up_to_16383() -> None:
    for text in ("", "é" * 63, "x" * 128, "ض" * 3000):
        out = Writer()
        out.text(text)
        encoded = out.value()
        assert len(encoded) == len(text.encode()) + (1 if len(text.encode()) < 128 else 2)
        assert Reader(encoded).text() == text
    with pytest.raises(Malformed):
        Reader(b"\x85\x00hello").text()  # 5 written in two bytes


def test_document_serials_print_and_parse() -> None:
    serial = DocumentSerial("C", "01", "511", "01", 2026, 42)
    assert str(serial) == f"C-01-511-01-26-000042-{serial.compact[-2:]}"
    assert parse_document_serial(str(serial)) == serial
    assert parse_document_serial(serial.compact.lower()) == serial
    with pytest.raises(ValueError):
        DocumentSerial("Z", "01", "511", "01", 2026, 1)


@given(st.integers(1, 17), st.integers(1, 9))
def test_a_mistyped_serial_digit_is_caught(position: int, shift: int) -> None:
    compact = DocumentSerial("A", "01", "511", "01", 2026, 123).compact
    digit = (int(compact[position]) + shift) % 10
    assert parse_document_serial(compact[:position] + str(digit) + compact[position + 1 :]) is None
