"""The signed payload as text: a short prefix and Base32, as a QR code holds it and a
USB scanner types it.

Base32 (A–Z, 2–7) fits the QR code's alphanumeric mode and has no symbols that move
between keyboard layouts. A keyboard-wedge scanner types the code like a keyboard, so
what arrives may be in lower case (caps lock), cut into lines or spaced; all of that is
accepted. A scanner set for a QWERTY keyboard on a computer set for AZERTY (or the
reverse) presses the right keys and gets the wrong characters — A and Q, Z and W
swapped, digits as ``é"'(-è`` or ``@#$%^&``: the prefix's digit shows which, and the
text is mapped back.
"""

from __future__ import annotations

import base64
import re

from registry.compact_binary import Malformed, Truncated, UnknownVersion

FAMILY = "HRF"
PREFIX = FAMILY + "1"  # "1": this text framing; the binary layout has its own version byte

_WHITESPACE = re.compile(r"\s+")
_BASE32 = re.compile(r"[A-Z2-7]*")
# Each is (what the prefix's "1" becomes, characters typed, characters meant), in upper case.
_LAYOUT_MIXUPS = (
    # A scanner set for QWERTY on an AZERTY computer: unshifted digit row, M key gives "?".
    ("&", "&É\"'(-ÈAQZW?", "1234567QAWZM"),
    # A scanner set for AZERTY on a QWERTY computer: shifted digit row, M key gives ":".
    ("!", "!@#$%^&AQZW:", "1234567QAWZM"),
)
_MIXUP_TABLES = {mark: str.maketrans(typed, meant) for mark, typed, meant in _LAYOUT_MIXUPS}


def to_text(data: bytes) -> str:
    """The text a QR code carries for ``data``: upper case, no padding."""
    return PREFIX + base64.b32encode(data).decode("ascii").rstrip("=")


def cleaned(text: str) -> str:
    """What a scanner or a paste gave, without spaces and line breaks, in upper case,
    with a keyboard-layout mix-up undone."""
    compact = _WHITESPACE.sub("", text)
    mark = compact[len(FAMILY) : len(PREFIX)]
    if compact[: len(FAMILY)].upper() == FAMILY and mark in _MIXUP_TABLES:
        compact = compact.upper().translate(_MIXUP_TABLES[mark])
    return compact.upper()


def from_text(text: str) -> tuple[bytes, bool]:
    """The bytes a payload text carries, and whether the text is their exact encoding.

    A text cut short decodes to fewer bytes (the payload's reader then finds it
    truncated); a text that is not the canonical encoding of its bytes (stray padding
    bits) is not refused here, so that a cut text is still reported as truncated.
    """
    compact = cleaned(text)
    if not compact:
        raise Malformed("empty")
    if len(compact) < len(PREFIX) and PREFIX.startswith(compact):
        raise Truncated("the text ends inside its prefix")
    if not compact.startswith(FAMILY):
        raise Malformed("not a Hirfa document code")
    if not compact.startswith(PREFIX):
        raise UnknownVersion(f"text format {compact[len(FAMILY) : len(PREFIX)]!r}")
    body = compact[len(PREFIX) :]
    if not _BASE32.fullmatch(body):
        raise Malformed("characters outside A-Z and 2-7")
    # Whole Base32 groups are 8 characters for 5 bytes; a partial group of 1, 3 or 6
    # characters encodes no whole byte more than the one before it.
    usable = len(body) - (1 if len(body) % 8 in (1, 3, 6) else 0)
    padded = body[:usable] + "=" * (-usable % 8)
    data = base64.b32decode(padded)
    return data, usable == len(body) and to_text(data) == PREFIX + body
