"""What a record is indexed by, and how a clerk's query is read."""

from __future__ import annotations

import pytest

from registry.indexing import number_term, parse_query, phone_tokens, record_terms
from registry.numbering import RegistrationNumber

NUMBER = str(RegistrationNumber("01", "511", "01", 2026, 123))
NUMBER_TERM = NUMBER.replace("-", "")


def record() -> list[str]:
    return record_terms(
        ["El Amrani", "Fatima", "العمراني", "فاطمة", None, ""],
        "K123456",
        NUMBER,
        "+212612345678",
    )


def found(query: str, terms: list[str]) -> bool:
    """The search's contract: every query term is a prefix of some indexed term."""
    wanted = parse_query(query)
    return bool(wanted) and all(any(t.startswith(q) for t in terms) for q in wanted)


def test_record_terms() -> None:
    assert record() == [
        "el",
        "amrani",
        "elamrani",
        "fatima",
        "العمراني",
        "فاطمه",
        "k123456",
        NUMBER_TERM,
        "212612345678",
        "0612345678",
    ]


def test_record_terms_without_number_or_phone() -> None:
    assert record_terms(["Tazi"], "AB12", None, None) == ["tazi", "ab12"]


def test_phone_tokens() -> None:
    assert phone_tokens(None) == []
    assert phone_tokens("+212612345678") == ["212612345678", "0612345678"]
    assert phone_tokens("+33612345678") == ["33612345678"]


def test_number_term() -> None:
    assert number_term(NUMBER) == NUMBER_TERM
    assert number_term("01 511 01 26 000123 47") == "01511012600012347"


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("", []),
        ("   ", []),
        ("K123456", ["k123456"]),
        ("k123456", ["k123456"]),
        ("K 123456", ["k123456"]),
        ("ab 12 34 56", ["ab123456"]),
        ("K١٢٣٤٥٦", ["k123456"]),
        (NUMBER, [NUMBER_TERM]),
        (NUMBER_TERM, [NUMBER_TERM]),
        (NUMBER.replace("-", " "), [NUMBER_TERM]),
        ("01-511", ["01511"]),
        ("06 12 34 56 78", ["0612345678"]),
        ("0612345678", ["0612345678"]),
        ("+212 6 12 34 56 78", ["0612345678"]),
        ("+212612345678", ["0612345678"]),
        ("00212 612 345 678", ["0612345678"]),
        ("212612345678", ["212612345678"]),
        ("٠٦١٢٣٤٥٦٧٨", ["0612345678"]),
        ("Fatima", ["fatima"]),
        ("Ben Ali", ["benali"]),
        ("عبد الله", ["عبدالله"]),
        ("Amrani K123456", ["k123456", "amrani"]),
        ("Fatima 0612", ["0612", "fatima"]),
    ],
)
def test_parse_query(query: str, terms: list[str]) -> None:
    assert parse_query(query) == terms


@pytest.mark.parametrize(
    "query",
    [
        "Fatima",
        "fat",
        "amrani fatima",
        "El Amrani",
        "Elamrani",
        "العمراني",
        "فاطمة",
        "فَاطِمَة",
        "K123456",
        "k 123456",
        "K12",
        NUMBER,
        NUMBER.replace("-", " "),
        NUMBER_TERM,
        "01-511-01-26",
        "06 12 34 56 78",
        "+212 6 12 34 56 78",
        "00212612345678",
        "212612345678",
        "Amrani 0612345678",
    ],
)
def test_a_record_is_found_by(query: str) -> None:
    assert found(query, record())


@pytest.mark.parametrize("query", ["Karim", "K654321", "0712345678", "02-511", "Fatima Tazi"])
def test_a_record_is_not_found_by(query: str) -> None:
    assert not found(query, record())
