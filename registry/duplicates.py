"""Who might already be in the register: the scoring of duplicate candidates.

The store finds candidates cheaply (same CIN, same birth date, names sharing a word);
this module decides how alike two people are, within and across scripts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rapidfuzz import fuzz

from registry.names import name_key
from registry.transliteration import name_skeleton

FUZZY_THRESHOLD = 85.0
CLOSE_NAME_THRESHOLD = 95.0


class MatchKind(StrEnum):
    SAME_CIN = "same_cin"
    SAME_NAME_AND_BIRTH = "same_name_and_birth"
    SIMILAR_NAME = "similar_name"


@dataclass(frozen=True)
class Person:
    """The parts of a record that identify a person."""

    cin: str
    last_name_fr: str
    first_name_fr: str
    last_name_ar: str
    first_name_ar: str
    birth_date: date | None


@dataclass(frozen=True)
class NameKeys:
    """A person's names prepared for comparison (computed once per record)."""

    latin: str
    arabic: str
    latin_skeleton: str
    arabic_skeleton: str

    @classmethod
    def of(cls, person: Person) -> NameKeys:
        latin = f"{person.last_name_fr} {person.first_name_fr}"
        arabic = f"{person.last_name_ar} {person.first_name_ar}"
        return cls(name_key(latin), name_key(arabic), name_skeleton(latin), name_skeleton(arabic))


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    score: float


def name_similarity(a: NameKeys, b: NameKeys) -> float:
    """0–100: how alike the two names are, in the script both have.

    The names are compared as written (normalised) when both people have them in
    the same script. Consonant skeletons, which make Hassan and Hussein alike, are
    used only when the two records share no script: a name typed in Latin at one
    office and in Arabic at another.
    """
    scores = [fuzz.ratio(x, y) for x, y in ((a.latin, b.latin), (a.arabic, b.arabic)) if x and y]
    if scores:
        return max(scores)
    return max(
        (
            float(fuzz.ratio(x, y))
            for x in (a.latin_skeleton, a.arabic_skeleton)
            for y in (b.latin_skeleton, b.arabic_skeleton)
            if len(x) >= 3 and len(y) >= 3
        ),
        default=0.0,
    )


def same_name(a: NameKeys, b: NameKeys) -> bool:
    return bool(a.latin and a.latin == b.latin) or bool(a.arabic and a.arabic == b.arabic)


def compare(a: Person, b: Person, keys_a: NameKeys | None = None) -> Match | None:
    """How ``b`` resembles ``a``, or ``None`` when it does not."""
    if a.cin and a.cin == b.cin:
        return Match(MatchKind.SAME_CIN, 100.0)
    ka = keys_a or NameKeys.of(a)
    kb = NameKeys.of(b)
    same_birth = a.birth_date is not None and a.birth_date == b.birth_date
    if same_birth and same_name(ka, kb):
        return Match(MatchKind.SAME_NAME_AND_BIRTH, 100.0)
    score = name_similarity(ka, kb)
    # Without the same birth date, only a name spelled almost the same is worth a
    # clerk's look (a skeleton alone is not enough).
    if same_birth and score >= FUZZY_THRESHOLD:
        return Match(MatchKind.SIMILAR_NAME, score)
    if not same_birth and score >= CLOSE_NAME_THRESHOLD and _share_script(ka, kb):
        return Match(MatchKind.SIMILAR_NAME, score)
    return None


def _share_script(a: NameKeys, b: NameKeys) -> bool:
    return bool(a.latin and b.latin) or bool(a.arabic and b.arabic)
