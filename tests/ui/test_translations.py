"""The Arabic and French catalogues: complete, faithful to their sources, up to date
with the code, and compiled by ``lrelease`` without a warning."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import PySide6
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop_app.ui.context import AppContext
from desktop_app.ui.languages import Language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.screens import screen_entries
from registry.workflow import Role
from tests.ui.language_support import (
    ARABIC_LETTER,
    Message,
    catalogue_path,
    placeholders,
    read_catalogue,
)

ROOT = Path(__file__).resolve().parents[2]
QT_TOOLS = Path(PySide6.__file__).resolve().parent
LANGUAGES = list(Language)


def accelerator(text: str) -> str | None:
    """The letter after a single ``&`` ("&&" is a literal ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


@pytest.fixture(scope="module", params=LANGUAGES, ids=str)
def catalogue(request: pytest.FixtureRequest) -> tuple[Language, list[Message]]:
    language: Language = request.param
    return language, read_catalogue(catalogue_path(language))


def test_every_text_is_translated(catalogue: tuple[Language, list[Message]]) -> None:
    _, messages = catalogue
    missing = [(m.context, m.source) for m in messages if m.unfinished or not m.translation]
    assert not missing


def test_translations_keep_the_placeholders(catalogue: tuple[Language, list[Message]]) -> None:
    _, messages = catalogue
    changed = [
        (m.context, m.source, m.translation)
        for m in messages
        if placeholders(m.source) != placeholders(m.translation)
    ]
    assert not changed


def test_french_keeps_the_menu_accelerators() -> None:
    lost = [
        (m.context, m.source, m.translation)
        for m in read_catalogue(catalogue_path(Language.FRENCH))
        if accelerator(m.source) and not accelerator(m.translation)
    ]
    assert not lost


def test_arabic_accelerators_are_on_arabic_letters() -> None:
    """Alt + a Latin letter means nothing on an Arabic keyboard layout."""
    wrong = [
        (m.context, m.translation)
        for m in read_catalogue(catalogue_path(Language.ARABIC))
        if (key := accelerator(m.translation)) and not ARABIC_LETTER.match(key)
    ]
    assert not wrong


def test_the_menus_have_no_clashing_accelerators(
    make_ctx: Callable[[Role], AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx(Role.ADMINISTRATOR)
    ctx.translations.apply(Language.FRENCH)
    window = MainWindow(ctx, screen_entries())
    qtbot.addWidget(window)
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    groups = {"menu bar": [m.title() for m in menus]}
    groups.update({m.title(): [a.text() for a in m.actions()] for m in menus})
    for where, texts in groups.items():
        keys = [k for k in map(accelerator, texts) if k]
        assert len(keys) == len(set(keys)), (where, texts)
    # Standard shortcuts stay what the clerks know, whatever the language.
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)


def collected_texts(tmp_path: Path) -> set[tuple[str, str]]:
    """What ``make update-translations`` collects from the code now."""
    target = tmp_path / "collected.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run(
        [str(QT_TOOLS / "lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(target)],
        check=True,
        timeout=120,
    )
    return {(m.context, m.source) for m in read_catalogue(target)}


def test_the_catalogues_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """A text added to the code without ``make update-translations`` would show in English."""
    in_code = collected_texts(tmp_path)
    assert ("", "") not in in_code
    for language in LANGUAGES:
        held = {(m.context, m.source) for m in read_catalogue(catalogue_path(language))}
        assert not sorted(in_code - held), f"run `make update-translations` ({language})"


@pytest.mark.parametrize("language", LANGUAGES, ids=str)
def test_the_catalogues_compile_without_warnings(language: Language, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(QT_TOOLS / "lrelease"), str(catalogue_path(language)), "-qm", str(tmp_path / "t.qm")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 unfinished" in output and "warning" not in output.casefold(), output
    assert (tmp_path / "t.qm").stat().st_size > 0
