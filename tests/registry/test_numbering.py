"""Registration numbers: format, parsing, and check digits that catch typing mistakes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.iso7064 import mod_97_10

from registry.numbering import (
    MAX_SEQUENCE,
    RegistrationNumber,
    looks_like_registration_number,
    parse_registration_number,
)

EXAMPLE = RegistrationNumber("01", "511", "01", 2026, 123)

numbers = st.builds(
    RegistrationNumber,
    region=st.integers(1, 12).map(lambda n: f"{n:02d}"),
    office=st.integers(0, 999).map(lambda n: f"{n:03d}"),
    device=st.integers(1, 99).map(lambda n: f"{n:02d}"),
    year=st.integers(2000, 2099),
    sequence=st.integers(1, MAX_SEQUENCE),
)


def test_printed_form() -> None:
    assert EXAMPLE.body == "015110126000123"
    assert EXAMPLE.check_digits == mod_97_10.calc_check_digits(EXAMPLE.body)
    assert str(EXAMPLE) == f"01-511-01-26-000123-{EXAMPLE.check_digits}"
    assert EXAMPLE.compact == EXAMPLE.body + EXAMPLE.check_digits
    assert re.fullmatch(r"\d{2}-\d{3}-\d{2}-\d{2}-\d{6}-\d{2}", str(EXAMPLE))


@settings(max_examples=200, deadline=None)
@given(numbers)
def test_round_trip_and_check_digits(number: RegistrationNumber) -> None:
    assert parse_registration_number(str(number)) == number
    assert parse_registration_number(number.compact) == number
    assert number.check_digits == mod_97_10.calc_check_digits(number.body)
    assert mod_97_10.is_valid(number.compact)
    assert len(number.compact) == 17
    assert looks_like_registration_number(str(number))


@settings(max_examples=100, deadline=None)
@given(numbers, st.sampled_from([" ", "", "-", ".", "/", "  "]))
def test_separators_do_not_matter(number: RegistrationNumber, sep: str) -> None:
    b = number.compact
    typed = sep.join([b[0:2], b[2:5], b[5:7], b[7:9], b[9:15], b[15:]])
    assert parse_registration_number(f" {typed} ") == number


def test_arabic_indic_digits() -> None:
    arabic = str(EXAMPLE).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert parse_registration_number(arabic) == EXAMPLE


@settings(max_examples=300, deadline=None)
@given(numbers, st.data())
def test_any_single_digit_substitution_is_detected(
    number: RegistrationNumber, data: st.DataObject
) -> None:
    digits = number.compact
    position = data.draw(st.integers(0, len(digits) - 1))
    other = data.draw(st.sampled_from([d for d in "0123456789" if d != digits[position]]))
    mistyped = digits[:position] + other + digits[position + 1 :]
    assert parse_registration_number(mistyped) is None
    assert looks_like_registration_number(mistyped)


@settings(max_examples=300, deadline=None)
@given(numbers, st.data())
def test_any_swap_of_two_different_adjacent_digits_is_detected(
    number: RegistrationNumber, data: st.DataObject
) -> None:
    digits = number.compact
    positions = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1]]
    i = data.draw(st.sampled_from(positions))
    swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
    assert parse_registration_number(swapped) is None


def test_every_single_mistake_in_one_number() -> None:
    digits = EXAMPLE.compact
    for i, d in enumerate(digits):
        for other in "0123456789".replace(d, ""):
            assert parse_registration_number(digits[:i] + other + digits[i + 1 :]) is None


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "01-511-01-26-000123",  # no check digits
        EXAMPLE.compact + "0",
        EXAMPLE.compact[:-1],
        "K123456",
        "01-511-01-26-000123-XX",
        EXAMPLE.compact.replace("0", "O", 1),
    ],
)
def test_not_a_number(typed: str) -> None:
    assert parse_registration_number(typed) is None


def test_zero_sequence_is_refused_even_with_a_valid_check() -> None:
    body = "015110126000000"
    assert parse_registration_number(body + mod_97_10.calc_check_digits(body)) is None
    assert looks_like_registration_number(body + "00")


@pytest.mark.parametrize(
    "fields",
    [
        ("1", "511", "01", 2026, 1),
        ("001", "511", "01", 2026, 1),
        ("01", "51", "01", 2026, 1),
        ("01", "5111", "01", 2026, 1),
        ("01", "511", "1", 2026, 1),
        ("01", "511", "01", 1999, 1),
        ("01", "511", "01", 2100, 1),
        ("01", "511", "01", 2026, 0),
        ("01", "511", "01", 2026, MAX_SEQUENCE + 1),
        ("0a", "511", "01", 2026, 1),
        ("٠١", "511", "01", 2026, 1),
    ],
)
def test_invalid_fields_raise(fields: tuple[str, str, str, int, int]) -> None:
    with pytest.raises(ValueError, match="not a registration number"):
        RegistrationNumber(*fields)


def test_bounds_are_accepted() -> None:
    low = RegistrationNumber("01", "000", "01", 2000, 1)
    high = RegistrationNumber("12", "999", "99", 2099, MAX_SEQUENCE)
    assert str(low).startswith("01-000-01-00-000001-")
    assert str(high).startswith("12-999-99-99-999999-")
    assert parse_registration_number(str(low)) == low
    assert parse_registration_number(str(high)) == high


def test_numbers_order_by_desk_then_year_then_sequence() -> None:
    a = RegistrationNumber("01", "511", "01", 2026, 2)
    b = RegistrationNumber("01", "511", "01", 2026, 10)
    c = RegistrationNumber("01", "511", "01", 2027, 1)
    assert sorted([c, b, a]) == [a, b, c]
