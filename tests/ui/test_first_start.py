"""The first start: language, office, administrator; then the store exists and login opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from desktop_app.services.desk import open_desk
from desktop_app.services.users import authenticate
from desktop_app.storage.engine import store_path
from desktop_app.ui.app import DeskApplication
from desktop_app.ui.first_start import FirstStartWizard
from desktop_app.ui.languages import Language
from desktop_app.ui.login import LoginDialog
from registry.workflow import Role
from tests.ui.shell_support import PseudoTranslator, start_desk, stop_desk

PASSWORD = "a long admin password"
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def controller(qapp: QApplication, data_dir: Path) -> Iterator[DeskApplication]:
    """The program started where there is no store yet."""
    started = start_desk(qapp, data_dir)
    yield started
    stop_desk(started)


@pytest.fixture
def wizard(controller: DeskApplication) -> FirstStartWizard:
    shown = controller.dialog
    assert isinstance(shown, FirstStartWizard) and shown.isVisible()
    return shown


def type_into(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.clear()
    qtbot.keyClicks(editor, text)


def go_next(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    button = wizard.button(NEXT)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_office(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    page = wizard.office_page
    page.region.setCurrentIndex(page.region.findData("01"))
    type_into(qtbot, page.office, "511")
    type_into(qtbot, page.office_name, "Tanger")


def fill_admin(qtbot: QtBot, wizard: FirstStartWizard, username: str = "karim") -> None:
    page = wizard.admin_page
    type_into(qtbot, page.username, username)
    type_into(qtbot, page.full_name, "Karim Bennani")
    type_into(qtbot, page.password, PASSWORD)
    type_into(qtbot, page.repeat, PASSWORD)


def test_without_a_store_the_wizard_walks_to_a_new_office(
    controller: DeskApplication, wizard: FirstStartWizard, data_dir: Path, qtbot: QtBot
) -> None:
    assert wizard.currentPage() is wizard.language_page
    assert wizard.language_page.title() == "Welcome to Hirfa"
    go_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.office_page
    assert not wizard.button(NEXT).isEnabled()
    fill_office(qtbot, wizard)
    assert wizard.office_page.error.text() == ""
    go_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.admin_page
    assert not wizard.button(FINISH).isEnabled()
    fill_admin(qtbot, wizard)
    assert wizard.button(FINISH).isEnabled()
    assert not store_path(data_dir).exists()
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)

    assert store_path(data_dir).exists()
    assert not wizard.isVisible()
    login = controller.dialog
    assert isinstance(login, LoginDialog) and login.isVisible()
    assert login.username.text() == "karim"
    assert login.heading.text() == "Office: Tanger"
    desk = open_desk(data_dir)
    try:
        identity = desk.identity
        assert (identity.region, identity.office, identity.device) == ("01", "511", "01")
        admin = authenticate(desk, "karim", PASSWORD)
        assert (admin.role, admin.full_name) == (Role.ADMINISTRATOR, "Karim Bennani")
    finally:
        desk.close()


@pytest.mark.parametrize(
    ("editor", "text", "expected"),
    [
        ("office", "51", "The office code has 3 digits, for example 511."),
        ("device", "00", "The computer number has 2 digits, from 01 to 99."),
        ("device", "7", "The computer number has 2 digits, from 01 to 99."),
    ],
)
def test_a_bad_office_keeps_next_disabled_and_says_why(
    wizard: FirstStartWizard, qtbot: QtBot, editor: str, text: str, expected: str
) -> None:
    go_next(qtbot, wizard)
    fill_office(qtbot, wizard)
    type_into(qtbot, getattr(wizard.office_page, editor), text)
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.office_page.error.text() == expected
    assert wizard.office_page.error.isVisible()


def test_the_office_code_takes_only_digits(wizard: FirstStartWizard, qtbot: QtBot) -> None:
    go_next(qtbot, wizard)
    qtbot.keyClicks(wizard.office_page.office, "5a1x12")
    assert wizard.office_page.office.text() == "511"


def test_an_office_needs_its_name(wizard: FirstStartWizard, qtbot: QtBot) -> None:
    go_next(qtbot, wizard)
    fill_office(qtbot, wizard)
    wizard.office_page.office_name.clear()
    assert not wizard.button(NEXT).isEnabled()


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        (
            "username",
            "Karim!",
            "User name: 2 to 32 lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter.",
        ),
        ("password", "short", "The password needs at least 10 characters."),
        ("repeat", "a long admin passwort", "The two passwords differ."),
    ],
)
def test_a_bad_administrator_keeps_finish_disabled_and_says_why(
    wizard: FirstStartWizard, qtbot: QtBot, field: str, text: str, expected: str
) -> None:
    go_next(qtbot, wizard)
    fill_office(qtbot, wizard)
    go_next(qtbot, wizard)
    fill_admin(qtbot, wizard)
    type_into(qtbot, getattr(wizard.admin_page, field), text)
    assert not wizard.button(FINISH).isEnabled()
    assert wizard.admin_page.error.text() == expected
    # Corrected, Finish comes back.
    fill_admin(qtbot, wizard)
    assert wizard.button(FINISH).isEnabled() and wizard.admin_page.error.text() == ""


def test_choosing_a_language_applies_it_at_once(
    controller: DeskApplication, wizard: FirstStartWizard
) -> None:
    choice = wizard.language_page.choice
    choice.setCurrentIndex(choice.findData(Language.ARABIC.value))
    choice.setCurrentIndex(choice.findData(Language.FRENCH.value))
    assert controller.translations.language is Language.FRENCH
    assert controller.preferences.language is Language.FRENCH
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    choice.setCurrentIndex(choice.findData(Language.ARABIC.value))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_wizard_is_relabelled_when_the_language_changes(
    qapp: QApplication, wizard: FirstStartWizard, qtbot: QtBot
) -> None:
    go_next(qtbot, wizard)
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    try:
        QApplication.processEvents()
        assert wizard.office_page.title() == "[The office]"
        assert wizard.office_page.labels[2].text() == "[Office name]"
        assert wizard.admin_page.labels[0].text() == "[User name]"
        assert wizard.buttonText(NEXT) == "[Next]"
    finally:
        qapp.removeTranslator(pseudo)
        QApplication.processEvents()
    assert wizard.office_page.labels[2].text() == "Office name"


def test_a_failed_creation_is_shown_and_finish_comes_back(
    wizard: FirstStartWizard, data_dir: Path, qtbot: QtBot
) -> None:
    go_next(qtbot, wizard)
    fill_office(qtbot, wizard)
    go_next(qtbot, wizard)
    fill_admin(qtbot, wizard)
    store_path(data_dir).parent.mkdir(parents=True, exist_ok=True)
    store_path(data_dir).write_bytes(b"")  # someone created a store meanwhile
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert "already exists" in wizard.admin_page.error.text()
    assert wizard.button(FINISH).isEnabled()
