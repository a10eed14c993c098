"""How alike two people are: same CIN, same name and birth date, similar names."""

from __future__ import annotations

from datetime import date

import pytest

from registry.duplicates import (
    FUZZY_THRESHOLD,
    Match,
    MatchKind,
    NameKeys,
    Person,
    compare,
    name_similarity,
    same_name,
)

BIRTH = date(1980, 5, 17)
OTHER_BIRTH = date(1991, 2, 3)


def person(
    last_fr: str = "",
    first_fr: str = "",
    last_ar: str = "",
    first_ar: str = "",
    birth: date | None = BIRTH,
    cin: str = "",
) -> Person:
    return Person(cin, last_fr, first_fr, last_ar, first_ar, birth)


FATIMA = person("El Amrani", "Fatima", "العمراني", "فاطمة", cin="K123456")


def test_same_cin_whatever_the_names() -> None:
    other = person("Tazi", "Karim", birth=OTHER_BIRTH, cin="K123456")
    assert compare(FATIMA, other) == Match(MatchKind.SAME_CIN, 100.0)


def test_empty_cins_are_not_the_same_cin() -> None:
    a = person("Tazi", "Karim", cin="")
    b = person("Alaoui", "Omar", cin="")
    assert compare(a, b) is None


@pytest.mark.parametrize(
    "other",
    [
        person("El Amrani", "Fatima"),
        person("EL AMRANI", "FATIMA"),
        person("El-Amrani", "Fatima"),
        person("Elamrani", "Fatima"),
        person("El Amranni", "Fattima"),
        person("", "", "العَمْراني", "فاطمه"),
        person("", "", "العمراني", "فاطـمة"),
    ],
)
def test_same_normalised_name_and_birth_date(other: Person) -> None:
    assert compare(FATIMA, other) == Match(MatchKind.SAME_NAME_AND_BIRTH, 100.0)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (person("El Amrani", "Fatima"), person("", "", "العمراني", "فاطمة")),
        (person("", "", "العمراني", "فاطمة"), person("Amrani", "Fatema")),
        (person("Cherkaoui", "Youssef"), person("", "", "الشرقاوي", "يوسف")),
        (person("El Idrissi", "Mohamed"), person("", "", "الإدريسي", "محمد")),
        (person("Alaoui", "Khadija"), person("", "", "العلوي", "خديجة")),
    ],
)
def test_similar_name_across_scripts_with_the_same_birth_date(a: Person, b: Person) -> None:
    match = compare(a, b)
    assert match is not None
    assert match.kind is MatchKind.SIMILAR_NAME
    assert match.score >= FUZZY_THRESHOLD


@pytest.mark.parametrize(
    "other",
    [
        person("Tazi", "Karim", "التازي", "كريم"),
        person("Tazi", "Karim", "التازي", "كريم", birth=OTHER_BIRTH),
        person("Bennani", "Omar"),
        person("", "", "بناني", "عمر"),
        person("El Amrani", "Rachid", "العمراني", "رشيد"),  # same family, another person
        person("Zniber", "Fatima"),
    ],
)
def test_a_different_person_is_not_matched(other: Person) -> None:
    assert compare(FATIMA, other) is None
    assert compare(other, FATIMA) is None


def test_near_identical_names_need_the_same_birth_date_below_the_strict_threshold() -> None:
    a = person("Idrissi", "Khadija")
    b = person("Idrissi", "Khadi")
    score = name_similarity(NameKeys.of(a), NameKeys.of(b))
    assert FUZZY_THRESHOLD <= score < 95.0
    assert compare(a, b) == Match(MatchKind.SIMILAR_NAME, score)
    assert compare(a, person("Idrissi", "Khadi", birth=OTHER_BIRTH)) is None
    assert compare(a, person("Idrissi", "Khadi", birth=None)) is None
    assert compare(person("Idrissi", "Khadija", birth=None), person("Idrissi", "Khadi")) is None


def test_the_same_name_without_the_same_birth_date_is_only_similar() -> None:
    match = compare(FATIMA, person("El Amrani", "Fatima", birth=OTHER_BIRTH))
    assert match == Match(MatchKind.SIMILAR_NAME, 100.0)
    assert compare(FATIMA, person("El Amrani", "Fatima", birth=None)) == match


def test_names_below_the_threshold_are_not_matched_even_with_the_same_birth_date() -> None:
    a = person("Bennani", "Youssef")
    b = person("Bennani", "Youssra")
    assert name_similarity(NameKeys.of(a), NameKeys.of(b)) < FUZZY_THRESHOLD
    assert compare(a, b) is None


def test_precomputed_keys_give_the_same_answer() -> None:
    other = person("", "", "العمراني", "فاطمة")
    assert compare(FATIMA, other, NameKeys.of(FATIMA)) == compare(FATIMA, other)


def test_name_keys() -> None:
    keys = NameKeys.of(FATIMA)
    assert keys == NameKeys("elamranifatima", "العمرانيفاطمه", "mrnftm", "mrnftm")
    assert same_name(keys, NameKeys.of(person("Elamrani", "Fatima")))
    assert not same_name(NameKeys.of(person()), NameKeys.of(person()))  # no names at all


def test_short_skeletons_are_not_compared_across_scripts() -> None:
    a = NameKeys.of(person("Ali", ""))
    b = NameKeys.of(person("", "", "علي", ""))
    assert a.latin_skeleton == b.arabic_skeleton == "l"
    assert name_similarity(a, b) == 0.0


def test_similar_consonants_do_not_make_the_same_person_within_a_script() -> None:
    hassan = person("Alaoui", "Hassan", "العلوي", "حسن")
    hussein = person("Alaoui", "Hussein", "العلوي", "حسين", birth=OTHER_BIRTH)
    assert compare(hassan, hussein) is None  # skeletons alike (lhsn), names are not


def test_skeletons_are_only_used_when_the_records_share_no_script() -> None:
    latin_only = person("Benali", "Youcef")
    arabic_only = person("", "", "بنعلي", "يوسف")
    assert compare(latin_only, arabic_only) == Match(MatchKind.SIMILAR_NAME, 100.0)
    later = person("", "", "بنعلي", "يوسف", birth=OTHER_BIRTH)
    assert compare(latin_only, later) is None
