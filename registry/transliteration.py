"""A consonant skeleton of a name, the same for its Arabic and its Latin spelling.

``محمد`` and ``Mohamed`` both give ``mhmd``; ``يوسف`` and ``Youssef`` give ``ysf``. The
skeleton is only used to compare names across scripts (fuzzy duplicate checks): it
keeps consonants, drops vowels and the letters that Latin spellings render as vowels,
and maps each Arabic letter to the consonant class its usual French spelling uses.
"""

from __future__ import annotations

import re

from registry.names import name_parts

_ARABIC_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "c", "ص": "s", "ض": "d", "ط": "t", "ظ": "d",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
_ARABIC_INITIAL_SEMIVOWELS = {"و": "w", "ي": "y"}

_LATIN_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("ch", "c"),
    ("kh", "x"),
    ("gh", "g"),
    ("th", "t"),
    ("dh", "d"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
)
_LATIN_VOWELS = re.compile("[aeiouyw]")
_REPEATS = re.compile(r"(.)\1+")


def _arabic_skeleton(word: str) -> str:
    if not word:
        return ""
    first = _ARABIC_CONSONANTS.get(word[0]) or _ARABIC_INITIAL_SEMIVOWELS.get(word[0], "")
    return first + "".join(_ARABIC_CONSONANTS.get(ch, "") for ch in word[1:])


_SOFT_C = re.compile("c(?=[eiy])")


def _latin_skeleton(word: str) -> str:
    word = _SOFT_C.sub("s", word)  # French spelling: Youcef = Youssef
    for digraph, consonant in _LATIN_DIGRAPHS:
        word = word.replace(digraph, consonant.upper())
    word = word.lower()
    head = word[0] if word[:1] in ("y", "w") else ""
    return head + _LATIN_VOWELS.sub("", word[len(head) :])


def word_skeleton(word: str) -> str:
    """Skeleton of one normalised word (see :func:`registry.names.name_parts`)."""
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in word)
    skeleton = _arabic_skeleton(word) if arabic else _latin_skeleton(word)
    if skeleton.endswith("h") and len(skeleton) > 1:
        # A final ة/ه is a vowel in speech and usually missing in Latin spellings.
        skeleton = skeleton[:-1]
    return _REPEATS.sub(r"\1", skeleton)


_LATIN_ARTICLES = frozenset({"el", "al", "l"})


def _without_article(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return "" if word in _LATIN_ARTICLES else word


def name_skeleton(text: str | None) -> str:
    """Skeleton of a whole name, words run together, the article ال / El left out.

    Latin spellings drop the article as often as they keep it (``الشرقاوي`` is
    usually ``Cherkaoui``), so the skeleton never has it.
    """
    return "".join(word_skeleton(_without_article(word)) for word in name_parts(text))
