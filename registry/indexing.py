"""What the register's text search indexes for a record, and how a query is read.

Names are indexed through :mod:`registry.names`; identifiers (CIN, registration
number, phone) as compact lower-case tokens. A query is read the same way, so that a
clerk can type a name in either script, a CIN, a number with or without dashes, or a
phone number in national or international form.
"""

from __future__ import annotations

import re

from registry.identifiers import compact, parse_cin
from registry.names import query_terms, search_terms

_IDENTIFIER_CHUNK = re.compile(r"[+0-9٠-٩]")
_NON_ALNUM = re.compile(r"[^0-9a-z]")


def phone_tokens(e164: str | None) -> list[str]:
    """Digits of a phone as stored and as dialled inside Morocco."""
    if not e164:
        return []
    digits = e164.lstrip("+")
    tokens = [digits]
    if digits.startswith("212"):
        tokens.append("0" + digits[3:])
    return tokens


def record_terms(
    names: list[str | None],
    cin: str,
    registration_number: str | None,
    phone: str | None,
) -> list[str]:
    """Every token a record is found by (the number's too, once it has one)."""
    terms: list[str] = []
    for name in names:
        terms += search_terms(name)
    terms.append(cin.lower())
    if registration_number:
        terms.append(number_term(registration_number))
    terms += phone_tokens(phone)
    return list(dict.fromkeys(t for t in terms if t))


def number_term(registration_number: str) -> str:
    return _NON_ALNUM.sub("", registration_number.lower())


def _identifier_term(chunk: str) -> str:
    value = compact(chunk).lower()
    if value.startswith("+212"):
        value = "0" + value[4:]
    elif value.startswith("00212"):
        value = "0" + value[5:]
    return _NON_ALNUM.sub("", value)


def parse_query(text: str) -> list[str]:
    """The prefixes a search for ``text`` must all match."""
    stripped = text.strip()
    if not stripped:
        return []
    whole = compact(stripped)
    if whole.lstrip("+").isdigit():
        # A number typed in groups: "01 051 01 26 000123 47", "06 12 34 56 78".
        return [_identifier_term(whole)]
    if cin := parse_cin(stripped):
        return [cin.lower()]  # "K 123456"
    chunks = stripped.split()
    identifiers = [_identifier_term(c) for c in chunks if _IDENTIFIER_CHUNK.search(c)]
    words = " ".join(c for c in chunks if not _IDENTIFIER_CHUNK.search(c))
    return [t for t in identifiers if t] + query_terms(words)
