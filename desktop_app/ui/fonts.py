"""The shipped fonts (Noto Sans for Latin, Noto Sans Arabic), loaded into Qt."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_app.resources import resources_dir

log = logging.getLogger(__name__)
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)
# Latin first, Arabic second: each script gets the font drawn for it.
FAMILIES = ["Noto Sans", "Noto Sans Arabic"]
POINT_SIZE = 10


def load_fonts(app: QApplication) -> None:
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name)) < 0:
            log.error("font %s could not be loaded", name)
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
