"""Cleaning of free text and the rules every text field and name obeys."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.issues import Code, Issue
from registry.text import check_name, check_text, clean_text, has_control_characters

INVISIBLE = "\u200e\u200f\u061c\ufeff\u00ad"


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("  El   Amrani ", "El Amrani"),
        ("Tanger\t\tMédina\n", "Tanger Médina"),
        ("a\u00a0b", "a b"),  # no-break space
        ("a\u3000b", "a b"),  # ideographic space
        ("Fe\u0300s", "F\u00e8s"),  # decomposed è composed
        ("He\u0301le\u0300ne", "Hélène"),
        ("\u200fالعمراني\u200e", "العمراني"),
        ("\ufeffFatima", "Fatima"),
        ("Fat\u00adima", "Fatima"),  # soft hyphen
        ("e\u200e\u0301", "\u00e9"),  # a mark between a letter and its accent
        (" \u200f ", ""),
    ],
)
def test_clean_text(typed: str | None, cleaned: str) -> None:
    assert clean_text(typed) == cleaned


def test_clean_text_keeps_control_characters_for_the_rules_to_refuse() -> None:
    assert clean_text("a\x00b") == "a\x00b"
    assert clean_text("a\u202eb") == "a\u202eb"


def reference_clean(value: str) -> str:
    """The slow path alone: drop marks, Arabic presentation forms to letters, compose,
    collapse white space, trim."""
    text = value.translate(dict.fromkeys(map(ord, INVISIBLE)))
    text = "".join(
        unicodedata.normalize("NFKC", ch)
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefc"
        else ch
        for ch in text
    )
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


texts = st.text(
    st.one_of(
        st.characters(codec="ascii"),
        st.sampled_from(list(INVISIBLE + " \t\n\u00a0\u0301\u0300\u064e\u202e\x00éeAاب")),
        st.characters(),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_clean_text_properties(value: str) -> None:
    cleaned = clean_text(value)
    assert cleaned == reference_clean(value)  # the ASCII fast path changes nothing
    assert clean_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(ch in cleaned for ch in INVISIBLE)


@pytest.mark.parametrize(
    "text", ["a\x00", "\x07", "a\x1bb", "\x7f", "\x85x", "a\u202eb", "\u202a", "\u2066x\u2069"]
)
def test_control_characters(text: str) -> None:
    assert has_control_characters(text)
    assert check_text(text, "f", max_length=50) == [Issue(Code.CONTROL_CHARACTERS, "f")]


@pytest.mark.parametrize("text", ["Fatima", "فاطمة", "a b", "Hélène", "12, rue", "\u200b"])
def test_no_control_characters(text: str) -> None:
    assert not has_control_characters(text)


def test_check_text_length_and_required() -> None:
    assert check_text("", "f", max_length=3) == []
    assert check_text("", "f", max_length=3, required=True) == [Issue(Code.REQUIRED, "f")]
    assert check_text("abc", "f", max_length=3) == []
    assert check_text("abcd", "f", max_length=3) == [Issue(Code.TOO_LONG, "f", params={"max": 3})]
    assert check_text("ab\x00d", "f", max_length=3) == [
        Issue(Code.CONTROL_CHARACTERS, "f"),
        Issue(Code.TOO_LONG, "f", params={"max": 3}),
    ]


def test_length_is_counted_in_characters_after_composition() -> None:
    composed = clean_text("e\u0301" * 3)
    assert composed == "\u00e9" * 3
    assert check_text(composed, "f", max_length=3) == []


@pytest.mark.parametrize(
    "name",
    ["El Amrani", "El-Idrissi", "M'hamed", "M’hamed", "Aït Baha", "Hélène", "Abd. Salam", "Ñúñez"],
)
def test_latin_names(name: str) -> None:
    assert check_name(name, "f", arabic=False) == []


@pytest.mark.parametrize(
    "name", ["فاطمة", "فَاطِمَة", "مُحَمَّد", "فاطـــمة", "آيت أوريرت", "بن-علي", "ڭناوي", "عبد الرحمٰن"]
)
def test_arabic_names(name: str) -> None:
    assert check_name(name, "f", arabic=True) == []


@pytest.mark.parametrize(
    ("name", "arabic", "issue"),
    [
        ("فاطمة", False, Issue(Code.WRONG_SCRIPT, "f", params={"script": "latin"})),
        ("Fatima", True, Issue(Code.WRONG_SCRIPT, "f", params={"script": "arabic"})),
        ("Fatima فاطمة", False, Issue(Code.WRONG_SCRIPT, "f", params={"script": "latin"})),
        ("Fatima2", False, Issue(Code.INVALID_CHARACTERS, "f")),
        ("Fati_ma", False, Issue(Code.INVALID_CHARACTERS, "f")),
        ("Fatima;", False, Issue(Code.INVALID_CHARACTERS, "f")),
        ("فاطمة٢", True, Issue(Code.INVALID_CHARACTERS, "f")),
        ("فاطمة۲", True, Issue(Code.INVALID_CHARACTERS, "f")),  # extended Arabic-Indic
        ("فاطمة،", True, Issue(Code.INVALID_CHARACTERS, "f")),
        ("فاطمة'", True, Issue(Code.INVALID_CHARACTERS, "f")),
        ("Fatima\u200b", False, Issue(Code.INVALID_CHARACTERS, "f")),  # zero-width space
    ],
)
def test_refused_names(name: str, arabic: bool, issue: Issue) -> None:
    assert check_name(name, "f", arabic=arabic) == [issue]


def test_empty_name_is_not_checked() -> None:
    assert check_name("", "f", arabic=True) == []
