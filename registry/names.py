"""One normalisation of personal names, used for search and for duplicate checks.

Two people type the same name differently: with or without vowel marks, hamza on the
alef, a final ة or ه, ``عبد الله`` or ``عبدالله``; in Latin script with or without
accents, ``ou`` or ``u``, ``ch`` or ``sh``, one letter or two. Everything that compares
or indexes names goes through this module so that both sides of a comparison are made
by the same function.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Vowel marks, Quranic annotation marks and the superscript alef.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_LETTER_MAP = str.maketrans(
    {
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0622": "\u0627",  # آ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0629": "\u0647",  # ة → ه
        "\u0649": "\u064a",  # ى → ي
        "\u06cc": "\u064a",  # Persian ی → ي
        "\u0624": "\u0648",  # ؤ → و
        "\u0626": "\u064a",  # ئ → ي
        "\u06ad": "\u0643",  # ڭ (Moroccan g) → ك
        "\u06af": "\u0643",  # گ → ك
        "\u06a9": "\u0643",  # ک → ك
        "\u06a4": "\u0641",  # ڤ → ف
        "\u067e": "\u0628",  # پ → ب
        "\u0640": None,  # tatweel
        "\u0621": None,  # lone hamza
    }
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Latin transliteration variants, applied in this order inside each word.
_LATIN_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("dj"), "j"),
    (re.compile("sh"), "ch"),
    (re.compile("ph"), "f"),
    (re.compile("ck"), "k"),
    (re.compile("q"), "k"),
    (re.compile("oo|ou"), "u"),
    (re.compile(r"(.)\1+"), r"\1"),
)
_APOSTROPHES = re.compile("['’`ʼ‘]")
_NON_WORD = re.compile(r"[^\w]+|_")

# Short words written joined or apart: ``عبد الله``/``عبدالله``, ``Ben Ali``/``Benali``.
_JOINING_PARTICLES = frozenset(
    {
        "عبد", "ابو", "بو", "بن", "ابن", "ايت", "اولاد",
        "abd", "abdel", "abdal", "abdul", "abdu", "abu", "bu", "ben", "bel", "bin", "ibn",
        "el", "al", "ait", "uld", "ulad",
    }
)  # fmt: skip


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


def normalise_arabic_word(word: str) -> str:
    """An Arabic word without marks, tatweel and letter variants."""
    return _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTER_MAP)


def fold_latin_word(word: str) -> str:
    """A Latin word in lower case without accents (spelling variants not yet merged)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return folded.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")


def normalise_latin_word(word: str) -> str:
    """A Latin word folded to lower case, unaccented, with spelling variants merged."""
    return _merge_variants(fold_latin_word(word))


def _merge_variants(word: str) -> str:
    """Spelling variants merged until none is left: one merge can make another
    (``Haddji`` → ``hadji`` → ``haji``, as ``Hadji`` gives)."""
    while True:
        merged = word
        for pattern, replacement in _LATIN_VARIANTS:
            merged = pattern.sub(replacement, merged)
        if merged == word:
            return merged
        word = merged


# Runs of Latin letters in a string of folded words run together.
_LATIN_RUN = re.compile(r"[^\d\u0600-\u06ff\u0750-\u077f]+")


def _join(folded: list[str]) -> str:
    """Folded words written as one, spelling variants merged over the whole: ``Ben Nani``
    gives ``Bennani``'s ``benani``, ``Abdel Latif`` ``Abdellatif``'s."""
    return _LATIN_RUN.sub(lambda m: _merge_variants(m.group()), "".join(folded))


@lru_cache(maxsize=100_000)
def _words(text: str) -> tuple[tuple[str, str], ...]:
    """Each word of a name as (folded, normalised). Cached: names repeat a lot in a
    register (Mohamed, Fatima, Alaoui...), so each spelling is normalised once."""
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_DIGITS)
    # Vowel marks are not letters: removed before splitting, or they would cut words.
    text = _ARABIC_MARKS.sub("", _APOSTROPHES.sub("", text))
    words: list[tuple[str, str]] = []
    for raw in _NON_WORD.split(text):
        if not raw:
            continue
        if any(_is_arabic(ch) for ch in raw):
            folded = normalised = normalise_arabic_word(raw)
        elif any(ch.isdigit() for ch in raw):
            folded = normalised = raw.casefold()  # an identifier: no spelling variants
        else:
            folded = fold_latin_word(raw)
            normalised = _merge_variants(folded)
        if normalised:
            words.append((folded, normalised))
    return tuple(words)


def name_parts(text: str | None) -> list[str]:
    """The normalised words of a name, in order, in whichever script they were typed."""
    return [normalised for _, normalised in _words(text)] if text else []


def _joined_pairs(text: str | None) -> list[tuple[int, str]]:
    """(index, joined word) for each particle followed by a word: ``بن علي`` → ``بنعلي``."""
    words = _words(text) if text else ()
    return [
        (i, _join([words[i][0], words[i + 1][0]]))
        for i in range(len(words) - 1)
        if words[i][1] in _JOINING_PARTICLES
    ]


def name_key(text: str | None) -> str:
    """A compact key: two spellings of one name give the same key, however the words
    are spaced or hyphenated."""
    return _name_key(text) if text else ""


@lru_cache(maxsize=100_000)
def _name_key(text: str) -> str:
    return _join([folded for folded, _ in _words(text)])


def search_terms(text: str | None) -> list[str]:
    """The words to index or to look up for a name, joined particles included."""
    return list(_search_terms(text)) if text else []


@lru_cache(maxsize=100_000)
def _search_terms(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name_parts(text) + [joined for _, joined in _joined_pairs(text)]))


def query_terms(text: str | None) -> list[str]:
    """Words of a search query, with particles already joined to their next word.

    ``عبد الله`` is looked up as ``عبدالله``, which every record of that name indexes
    whether it was typed joined or apart.
    """
    parts = name_parts(text)
    terms: list[str] = []
    joined = dict(_joined_pairs(text))
    i = 0
    while i < len(parts):
        if i in joined:
            terms.append(joined[i])
            i += 2
        else:
            terms.append(parts[i])
            i += 1
    return terms
