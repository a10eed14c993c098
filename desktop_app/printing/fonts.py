"""The fonts of printed documents: Amiri (Regular, Bold), registered once with ReportLab.

Amiri covers Arabic (with vowel marks) and French, so one family serves both sides of a
bilingual page. ReportLab embeds only the glyphs a document uses (subsets), once per
PDF however many pages share them.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import resources_dir

REGULAR = "Amiri"
BOLD = "Amiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Load the fonts the first time any document is drawn (PDF work runs in a pool)."""
    global _registered
    with _lock:
        if _registered:
            return
        # Binary streams: ASCII85 would grow every JPEG photo and page by a quarter.
        rl_config.useA85 = 0
        directory = resources_dir() / "fonts"
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(directory / file)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
        _registered = True
