"""Identifiers the register records: CIN, phone, e-mail, ICE and the rest.

Each ``parse_*`` function returns the canonical form or ``None`` when the value cannot
be one; the rules in :mod:`registry.validation` turn ``None`` into an issue.
"""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.ma import ice as stdnum_ice

_CIN = re.compile(r"[A-Z]{1,2}[0-9]{1,6}")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_SEPARATORS = re.compile(r"[\s\-./]")


def compact(value: str) -> str:
    """Upper case, Western digits, no spaces, dashes, dots or slashes."""
    return _SEPARATORS.sub("", value.translate(_ARABIC_DIGITS)).upper()


def parse_cin(value: str) -> str | None:
    """A national identity card number: 1–2 letters and 1–6 digits (``AB123456``)."""
    cin = compact(value)
    return cin if _CIN.fullmatch(cin) else None


def _moroccan_number_pattern() -> re.Pattern[str]:
    """Every valid Moroccan national number, from phonenumbers' own metadata."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("MA")
    assert metadata is not None
    kinds = (
        metadata.fixed_line, metadata.mobile, metadata.toll_free, metadata.premium_rate,
        metadata.shared_cost, metadata.personal_number, metadata.voip, metadata.pager,
        metadata.uan, metadata.voicemail,
    )  # fmt: skip
    patterns = [k.national_number_pattern for k in kinds if k and k.national_number_pattern]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_MOROCCAN_NUMBER = _moroccan_number_pattern()
_MOROCCAN_DIALLED = re.compile(r"(?:\+212|00212|212|0(?!0))([0-9]{9})")
_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")


def parse_phone(value: str, default_region: str = "MA") -> str | None:
    """A phone number in E.164 (``+212612345678``), or ``None`` if it is not a real one."""
    text = _PHONE_SEPARATORS.sub("", value.translate(_ARABIC_DIGITS))
    dialled = _MOROCCAN_DIALLED.fullmatch(text) if default_region == "MA" else None
    if dialled:
        # The usual case, answered without phonenumbers' slower general parser; the
        # result is the same (tested against it).
        national = dialled.group(1)
        return "+212" + national if _MOROCCAN_NUMBER.fullmatch(national) else None
    try:
        number = phonenumbers.parse(value.translate(_ARABIC_DIGITS), default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """A stored phone number as people write it: national form for Morocco."""
    number = phonenumbers.parse(e164, None)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 212
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def parse_email(value: str) -> str | None:
    """An e-mail address, syntax only (no network look-up), domain lower-cased."""
    try:
        return str(validate_email(value, check_deliverability=False).normalized)
    except EmailNotValidError:
        return None


def parse_ice(value: str) -> str | None:
    """The Identifiant Commun de l'Entreprise: 15 digits whose whole is a multiple of 97.

    The ICE's two control digits are of the ISO 7064 MOD 97 family, applied so that the
    number divides by 97 (python-stdnum's rule, which published ICEs satisfy).
    """
    digits = compact(value)
    return digits if stdnum_ice.is_valid(digits) else None


def parse_digits(value: str, min_length: int, max_length: int) -> str | None:
    """A purely numeric identifier (CNSS, IF, RC number) within a length range."""
    digits = compact(value)
    if digits.isdigit() and digits.isascii() and min_length <= len(digits) <= max_length:
        return digits
    return None


_ODCO = re.compile(r"[0-9A-Z][0-9A-Z/\-]{0,29}")


def parse_odco(value: str) -> str | None:
    """A cooperative's number at the Office du Développement de la Coopération."""
    text = value.translate(_ARABIC_DIGITS).strip().upper().replace(" ", "")
    return text if _ODCO.fullmatch(text) else None
