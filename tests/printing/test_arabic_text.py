"""Arabic prepared for ReportLab: joined forms, display order, brackets, wrapping."""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.printing.arabic_text import display, has_vowel_marks, wrap
from desktop_app.printing.fonts import REGULAR, register_fonts
from desktop_app.printing.layout import fit
from tests.printing.conftest import MIXED_ADDRESS


def letters(visual: str) -> str:
    return unicodedata.normalize("NFKC", visual)


def test_latin_text_is_left_as_it_is() -> None:
    assert display("Tissage traditionnel (handira, bzioui)") == (
        "Tissage traditionnel (handira, bzioui)"
    )


def test_arabic_is_joined_and_reversed_for_left_to_right_drawing() -> None:
    visual = display("فاطمة")
    assert all("\ufb50" <= ch <= "\ufeff" for ch in visual)  # presentation forms
    assert letters(visual) == "ةمطاف"


def test_mixed_address_keeps_numbers_latin_and_brackets_in_reading_order() -> None:
    # Read right to left: "12،", the street, "(Bloc B)", "2". Drawn left to right, the
    # Latin run and the numbers keep their own order and the brackets face their text.
    assert letters(display(MIXED_ADDRESS)) == "2 (Bloc B) ةيرحلا ةقنز ،12"


def test_brackets_around_arabic_are_mirrored() -> None:
    assert letters(display("القانون رقم 50.17 (مراكش)")) == "(شكارم) 50.17 مقر نوناقلا"


def test_vowel_marks_are_kept_before_their_letter_in_display_order() -> None:
    visual = display("مُحَمَّد")
    assert has_vowel_marks(visual)
    # Display order reverses the word with its marks; Amiri places a mark drawn
    # just before its letter over that letter.
    assert letters(letters(visual)[::-1]) == letters("مُحَمَّد")  # marks in canonical order


def test_wrapped_paragraph_keeps_its_lines_in_reading_order() -> None:
    register_fonts()
    text = "تشهد هذه الوثيقة بأن المعني بالأمر المبين أسفله مسجل في السجل الوطني"
    lines = wrap(text, REGULAR, 12, 120)
    assert len(lines) > 2
    assert letters(lines[0])[::-1].startswith("تشهد")  # the first words on the first line
    assert letters(lines[-1])[::-1].endswith("الوطني")
    assert all(stringWidth(line, REGULAR, 12) <= 120 for line in lines)


def test_fit_shrinks_then_wraps_and_never_overflows() -> None:
    register_fonts()
    name = "مُحَمَّد أَمِين عَبْد الكَرِيم بن عبد الوهاب الإدريسي الحسني العلوي الشريف"
    one_line = fit(name, REGULAR, 12, 250, min_size=8)
    assert len(one_line.lines) == 1 and one_line.size < 12
    assert one_line.width <= 250
    wrapped = fit(name, REGULAR, 12, 150, max_lines=2, min_size=10)
    assert len(wrapped.lines) >= 2
    assert wrapped.width <= 150
    single_long_word = fit("Abdelouahabelidrissielhassani", REGULAR, 12, 40, min_size=10)
    assert single_long_word.width <= 40 + 1e-6
