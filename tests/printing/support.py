"""Reading printed PDFs back as an outsider would: pypdf for structure and text, pdfium
for where each character landed, pdftoppm and zbarimg for what a scanner sees."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PIL import Image
from pypdf import PdfReader

ARABIC = re.compile("[\u0600-\u06ff]")


def page_text(pdf: Path, page: int = 0) -> str:
    """The page's text, presentation forms folded back to letters (NFKC)."""
    return unicodedata.normalize("NFKC", PdfReader(pdf).pages[page].extract_text())


def words(text: str) -> set[str]:
    """Every word, plus each Arabic word reversed: a PDF holds Arabic in display order,
    and readers differ in whether they turn it back."""
    found = set()
    for word in text.split():
        found.add(word)
        if ARABIC.search(word):
            found.add(word[::-1])
    return found


def render_png(pdf: Path, page: int, directory: Path, dpi: int = 200) -> Path:
    """One page as PNG through poppler's pdftoppm."""
    prefix = directory / f"{pdf.stem}-{page}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page + 1), "-l", str(page + 1), "-png",
         "-singlefile", str(pdf), str(prefix)],
        check=True,
    )  # fmt: skip
    return prefix.with_suffix(".png")


def decode_qr(png: Path) -> list[str]:
    """Every QR code zbarimg finds in the image (one per line, raw)."""
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
        text=True,
    )
    return [line for line in result.stdout.splitlines() if line]


def crop(png: Path, box: tuple[int, int, int, int], target: Path) -> Path:
    Image.open(png).crop(box).save(target)
    return target


@dataclass(frozen=True)
class Glyph:
    char: str
    left: float
    bottom: float
    right: float
    top: float


def glyphs(pdf: Path, page: int = 0) -> list[Glyph]:
    """Each drawn character with its box in PDF points (pdfium's text layer)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = document[page].get_textpage()
        found = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if char.strip():
                found.append(Glyph(char, *text.get_charbox(index)))
        return found
    finally:
        document.close()
