"""Registration numbers, unique without any network.

Format (17 digits, shown in groups)::

    RR-OOO-DD-YY-SSSSSS-CC
    │  │   │  │  │      └ ISO 7064 MOD 97-10 check digits over the 15 digits before
    │  │   │  │  └ sequence of the device in that year, from 000001
    │  │   │  └ year of registration (two digits)
    │  │   └ device of the office (01–99)
    │  └ office (three digits, unique in the region)
    └ region (01–12)

Region, office and device make the issuing desk unique nationwide; year and sequence
make the number unique on that desk. The check digits catch every single mistyped
digit and every swap of two adjacent digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s\-./]")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
MAX_SEQUENCE = 999_999


@dataclass(frozen=True, order=True)
class RegistrationNumber:
    region: str
    office: str
    device: str
    year: int
    sequence: int

    def __post_init__(self) -> None:
        if not (
            _is_digits(self.region, 2)
            and _is_digits(self.office, 3)
            and _is_digits(self.device, 2)
            and 2000 <= self.year <= 2099
            and 1 <= self.sequence <= MAX_SEQUENCE
        ):
            raise ValueError(f"not a registration number: {self!r}")

    @property
    def body(self) -> str:
        return f"{self.region}{self.office}{self.device}{self.year % 100:02d}{self.sequence:06d}"

    @property
    def check_digits(self) -> str:
        return _check_digits(self.body)

    def __str__(self) -> str:
        b = self.body
        return f"{b[0:2]}-{b[2:5]}-{b[5:7]}-{b[7:9]}-{b[9:15]}-{_check_digits(b)}"

    @property
    def compact(self) -> str:
        return self.body + self.check_digits


def _check_digits(body: str) -> str:
    """ISO 7064 MOD 97-10: the two digits that make ``int(body + digits) % 97 == 1``."""
    return f"{98 - int(body) * 100 % 97:02d}"


def _check_holds(digits: str) -> bool:
    return int(digits) % 97 == 1


def _is_digits(value: str, length: int) -> bool:
    return len(value) == length and value.isascii() and value.isdigit()


def parse_registration_number(text: str) -> RegistrationNumber | None:
    """The number typed (with or without separators), or ``None`` if mistyped."""
    digits = _SEPARATORS.sub("", text.translate(_ARABIC_DIGITS))
    if not _is_digits(digits, 17) or not _check_holds(digits):
        return None
    try:
        return RegistrationNumber(
            region=digits[0:2],
            office=digits[2:5],
            device=digits[5:7],
            year=2000 + int(digits[7:9]),
            sequence=int(digits[9:15]),
        )
    except ValueError:
        return None


def looks_like_registration_number(text: str) -> bool:
    """Seventeen digits once separators are removed, whether or not the check holds."""
    return _is_digits(_SEPARATORS.sub("", text.translate(_ARABIC_DIGITS)), 17)
