"""Languages of the interface: Qt translators, locale and layout direction.

Translations are Qt Linguist files: ``desktop_app/i18n/hirfa_<lang>.ts`` are the
sources, compiled to ``.qm`` by ``make`` (or by the bundle build). When a ``.qm`` is
missing or older than its ``.ts`` — a fresh ``pip install``, a source checkout — it is
compiled on first use into the user's cache with the ``lrelease`` shipped in PySide6,
so every way of starting the program finds its translations.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

DATE_FORMAT = "dd/MM/yyyy"
"""Dates as clerks type them, in every language, with the locale's (Western) digits.
Not the locale's short format: Arabic (Morocco) gives ``d‏/M‏/yyyy``, whose right-to-left
marks show 05/03/2024 as 2024/3/5 beside an editor that shows 05/03/2024."""
MOMENT_FORMAT = f"{DATE_FORMAT} HH:mm"


def interface_mark() -> str:
    """An invisible mark of the interface's direction: put first on a line that may start
    with a name in the other script, it keeps the line in the interface's direction."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "\u200f" if rtl else "\u200e"


def latin_code(text: str) -> str:
    """``text`` (a registration number, an office code, a file path) isolated so that it
    reads left to right inside a sentence of either direction: after an Arabic word, the
    bidi algorithm would otherwise show 01-511 as 511-01."""
    return f"\u2066{text}\u2069"


class Language(StrEnum):
    ARABIC = "ar"
    FRENCH = "fr"

    @property
    def locale(self) -> QLocale:
        territory = QLocale.Country.Morocco
        language = QLocale.Language.Arabic if self is Language.ARABIC else QLocale.Language.French
        return QLocale(language, territory)

    @property
    def direction(self) -> Qt.LayoutDirection:
        if self is Language.ARABIC:
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    @property
    def native_name(self) -> str:
        return "العربية" if self is Language.ARABIC else "Français"


def _bundle_dir() -> Path | None:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "desktop_app" / "i18n" if bundle else None


def _lrelease() -> Path:
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compiled_translation(language: Language) -> Path | None:
    """The ``.qm`` for ``language``, compiling it from its ``.ts`` if need be."""
    bundled = _bundle_dir()
    if bundled is not None:
        found = bundled / f"hirfa_{language}.qm"
        return found if found.exists() else None
    source = I18N_DIR / f"hirfa_{language}.ts"
    if not source.exists():
        return None
    beside = source.with_suffix(".qm")
    if beside.exists() and beside.stat().st_mtime >= source.stat().st_mtime:
        return beside
    target = Path(user_cache_dir("Hirfa", appauthor=False)) / "i18n" / beside.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [str(_lrelease()), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.error("cannot compile %s: %s", source, exc)
        return None
    return target


class Translations:
    """The translators installed in the application, switched as a whole."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language: Language | None = None

    def clear(self) -> None:
        """Back to the source language (English), left to right."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = None
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def apply(self, language: Language) -> None:
        self.clear()
        QLocale.setDefault(language.locale)
        qm = compiled_translation(language)
        translator = QTranslator(self._app)
        if qm is not None and translator.load(str(qm)):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.error("no translation loaded for %s", language)
        qt_translator = QTranslator(self._app)
        qt_dir = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
        if qt_translator.load(language.locale, "qtbase", "_", str(qt_dir)):
            self._app.installTranslator(qt_translator)
            self._installed.append(qt_translator)
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(language.direction)
        self.language = language
