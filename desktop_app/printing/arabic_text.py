"""Arabic for ReportLab: shaping, display order and line wrapping, all in one place.

ReportLab 5.1 draws the characters it is given from left to right, one glyph each: its
own right-to-left support needs ``rlbidi``, which is not on PyPI, and silently does
nothing without it. So every Arabic string is prepared here before it is drawn:

1. ``arabic-reshaper`` picks each letter's joined form (presentation forms) and the
   lam-alef ligatures, keeping the vowel marks (Amiri draws a mark placed before its
   letter in display order over that letter);
2. python-bidi's ``get_display`` (the Unicode bidi algorithm, right-to-left paragraph)
   puts the characters in display order: Arabic runs reversed, Latin words and numbers
   kept left to right;
3. brackets at right-to-left levels are mirrored, which that ``get_display`` leaves out.

The pure-Python ``bidi.algorithm.get_display`` mirrors brackets but does not pair
them (rule N0), so ``زنقة الحرية (Bloc B) 2`` would come out as ``Bloc B) 2)``: the
Rust one orders it right, and mirroring is done here on bracket pairs.

Paragraphs are wrapped in logical order (widths measured on the shaped words) and
each line is then ordered on its own: ordering a whole paragraph before wrapping would
put its lines in reverse order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]")
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})
_OPENING = {"(": ")", "[": "]", "{": "}", "«": "»"}
_CLOSING = {closer: opener for opener, closer in _OPENING.items()}
_MIRROR = {**_OPENING, **_CLOSING}


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def has_vowel_marks(text: str) -> bool:
    """Harakat, shadda, sukun, dagger alef: marks drawn above or below the letters."""
    return _MARKS.search(text) is not None


@lru_cache(maxsize=16384)
def display(text: str) -> str:
    """The characters to draw, left to right, for one line of ``text`` (logical order).

    Text without Arabic is returned as it is (a French line stays left to right).
    """
    if not has_arabic(text):
        return text
    return _mirror_rtl_pairs(get_display(_RESHAPER.reshape(text), base_dir="R"))


def _mirror_rtl_pairs(visual: str) -> str:
    """Mirror the bracket pairs that the right-to-left order turned around.

    In display order a pair at a right-to-left level shows its closing bracket first
    (``)مراكش(``); a pair inside a left-to-right run keeps ``(B2)``. Pairs are matched
    in display order, innermost first.
    """
    if not any(ch in _MIRROR for ch in visual):
        return visual
    chars = list(visual)
    stack: list[int] = []
    for index, ch in enumerate(chars):
        if ch not in _MIRROR:
            continue
        if stack and _MIRROR[chars[stack[-1]]] == ch:
            start = stack.pop()
            if chars[start] in _CLOSING:  # turned around: swap the glyphs
                chars[start], chars[index] = _MIRROR[chars[start]], _MIRROR[ch]
        else:
            stack.append(index)
    return "".join(chars)


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` once shaped (joined forms are narrower or wider than letters)."""
    return float(stringWidth(display(text), font, size))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``, each ready to draw.

    Words are measured shaped (joining never crosses a space); a word wider than
    ``width`` gets a line of its own, and the caller decides to shrink the size.
    """
    words = text.split()
    if not words:
        return []
    space = stringWidth(" ", font, size)
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in words:
        advance = _word_width(word, font, size)
        if lines[-1] and used + space + advance > width:
            lines.append([])
            used = 0.0
        if lines[-1]:
            used += space
        lines[-1].append(word)
        used += advance
    return [display(" ".join(line)) for line in lines]


@lru_cache(maxsize=16384)
def _word_width(word: str, font: str, size: float) -> float:
    shaped = _RESHAPER.reshape(word) if has_arabic(word) else word
    return float(stringWidth(shaped, font, size))
