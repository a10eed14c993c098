"""Cleaning of free text before any rule looks at it.

Every text field goes through :func:`clean_text`: trimmed, inner white space collapsed,
NFC-composed, invisible direction marks dropped, and refused when it still holds
control characters (including bidi overrides, which can make a name display as
something else) or is longer than its field allows.
"""

from __future__ import annotations

import re
import unicodedata

from registry.issues import Code, Issue

_WHITESPACE = re.compile(r"\s+")
# Marks a keyboard or a copy from a PDF leaves behind; they carry no meaning in a field.
_INVISIBLE_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\ufeff\u00ad"))
# Embeddings, overrides and isolates reorder what is displayed: refused.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(value: str | None) -> str:
    """The canonical form of a single-line text value ('' for nothing)."""
    if not value:
        return ""
    text = unicodedata.normalize("NFC", value).translate(_INVISIBLE_MARKS)
    return _WHITESPACE.sub(" ", text).strip()


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS for ch in text)


def check_text(text: str, field: str, *, max_length: int, required: bool = False) -> list[Issue]:
    """Rules every cleaned text field obeys."""
    if not text:
        return [Issue(Code.REQUIRED, field)] if required else []
    issues: list[Issue] = []
    if has_control_characters(text):
        issues.append(Issue(Code.CONTROL_CHARACTERS, field))
    if len(text) > max_length:
        issues.append(Issue(Code.TOO_LONG, field, params={"max": max_length}))
    return issues


def is_arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc"


def is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ch.isascii() or "\u00c0" <= ch <= "\u024f"


def check_script(text: str, field: str, *, arabic: bool) -> list[Issue]:
    """A name in the Arabic field uses Arabic letters; one in a French field, Latin."""
    letters = [ch for ch in text if ch.isalpha()]
    wanted = is_arabic_letter if arabic else is_latin_letter
    if letters and not all(wanted(ch) for ch in letters):
        return [Issue(Code.WRONG_SCRIPT, field, params={"script": "arabic" if arabic else "latin"})]
    return []
