"""Serials of issued documents (certificates and cards), unique without any network.

Format (one letter and 17 digits, shown in groups)::

    K-RR-OOO-DD-YY-SSSSSS-CC
    │ │  │   │  │  │      └ ISO 7064 MOD 97-10 check digits over the 15 digits before
    │ │  │   │  │  └ the device's document sequence in that year, from 000001
    │ │  │   │  └ year of issue (two digits)
    │ │  │   └ device of the office
    │ │  └ office
    │ └ region
    └ kind of document: A (attestation, the certificate) or C (carte, the card)

All kinds share the device's yearly sequence, so the digits alone identify a document
and a mistyped letter designates no document at all; the check digits catch a mistyped
digit when a serial is typed to cancel a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.iso7064 import mod_97_10

from registry.numbering import MAX_SEQUENCE

KIND_LETTERS = frozenset("AC")
_SEPARATORS = re.compile(r"[\s\-./]")
_SERIAL = re.compile(r"([A-Z])([0-9]{17})")


@dataclass(frozen=True, order=True)
class DocumentSerial:
    letter: str
    region: str
    office: str
    device: str
    year: int
    sequence: int

    def __post_init__(self) -> None:
        if not (
            self.letter in KIND_LETTERS
            and re.fullmatch(r"[0-9]{2}", self.region)
            and re.fullmatch(r"[0-9]{3}", self.office)
            and re.fullmatch(r"[0-9]{2}", self.device)
            and 2000 <= self.year <= 2099
            and 1 <= self.sequence <= MAX_SEQUENCE
        ):
            raise ValueError(f"not a document serial: {self!r}")

    @property
    def body(self) -> str:
        return f"{self.region}{self.office}{self.device}{self.year % 100:02d}{self.sequence:06d}"

    @property
    def compact(self) -> str:
        body = self.body
        return self.letter + body + mod_97_10.calc_check_digits(body)

    def __str__(self) -> str:
        c = self.compact
        return f"{c[0]}-{c[1:3]}-{c[3:6]}-{c[6:8]}-{c[8:10]}-{c[10:16]}-{c[16:18]}"


def parse_document_serial(text: str) -> DocumentSerial | None:
    """The serial typed (any case, with or without separators), or ``None`` if mistyped."""
    found = _SERIAL.fullmatch(_SEPARATORS.sub("", text).upper())
    if found is None or not mod_97_10.is_valid(found.group(2)):
        return None
    letter, digits = found.groups()
    try:
        return DocumentSerial(
            letter, digits[0:2], digits[2:5], digits[5:7], 2000 + int(digits[7:9]),
            int(digits[9:15]),
        )  # fmt: skip
    except ValueError:
        return None
