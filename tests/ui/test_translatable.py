"""Every text of the shell and the administration reaches the translators' files."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
SHELL = ["app.py", "login.py", "first_start.py", "main_window.py", "failures.py"]
LUPDATE = Path(PySide6.__file__).resolve().parent / "lupdate"


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """What ``lupdate`` (as ``make update-translations`` runs it) collects: texts by context."""
    target = tmp_path_factory.mktemp("i18n") / "collected.ts"
    sources = [str(UI / name) for name in SHELL] + sorted(
        str(p) for p in (UI / "admin").glob("*.py")
    )
    subprocess.run([str(LUPDATE), "-silent", *sources, "-ts", str(target)], check=True, timeout=120)
    found: dict[str, set[str]] = {}
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message")
        )
    return found


def test_no_text_is_collected_without_its_context(catalogue: dict[str, set[str]]) -> None:
    """``tr("ctx", "text")`` would be read as a text "ctx" with a comment: lost for translation."""
    assert "" not in catalogue, sorted(catalogue[""])


@pytest.mark.parametrize(
    ("context", "text"),
    [
        ("app", "Hirfa cannot start"),
        ("login", "The user name or the password is wrong."),
        ("first_start", "The office code has 3 digits, for example 511."),
        ("main", "&Lock the session"),
        ("failures", "Unexpected error"),
        ("admin", "Administration"),
        ("admin", "Load an official list…"),
        ("admin", "The account %1 is the last active administrator and cannot be disabled."),
    ],
)
def test_texts_are_collected_in_their_context(
    catalogue: dict[str, set[str]], context: str, text: str
) -> None:
    assert text in catalogue.get(context, set())
