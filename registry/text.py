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
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
# Marks a keyboard or a copy from a PDF leaves behind; they carry no meaning in a field.
_INVISIBLE_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\ufeff\u00ad"))
# Embeddings, overrides and isolates reorder what is displayed: refused.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(value: str | None) -> str:
    """The canonical form of a single-line text value ('' for nothing)."""
    if not value:
        return ""
    if value.isascii() and value.isprintable():
        # Nothing to compose or drop; only spaces to tidy (the common, fast case).
        return " ".join(value.split())
    # Marks dropped first: one between a letter and its accent would keep them apart.
    text = value.translate(_INVISIBLE_MARKS)
    # Arabic copied from a PDF comes as presentation forms: back to the letters.
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFC", text)
    return _WHITESPACE.sub(" ", text).strip()


def has_control_characters(text: str) -> bool:
    if text.isprintable():
        return False
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


_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f '’.\-]+")
# Arabic letters, vowel marks, tatweel and the Persian/Maghrebi letters (ڭ, ڤ, ...).
_ARABIC_NAME = re.compile(
    r"[\u0620-\u065f\u0670-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f \-]+"
)
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def check_name(text: str, field: str, *, arabic: bool) -> list[Issue]:
    """A person's name: letters of its field's script, spaces, hyphens (and ' . in Latin)."""
    if not text:
        return []
    allowed, other = (_ARABIC_NAME, _LATIN_LETTER) if arabic else (_LATIN_NAME, _ARABIC_LETTER)
    if allowed.fullmatch(text):
        return []
    if other.search(text):
        return [Issue(Code.WRONG_SCRIPT, field, params={"script": "arabic" if arabic else "latin"})]
    return [Issue(Code.INVALID_CHARACTERS, field)]
