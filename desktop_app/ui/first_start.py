"""The first start: create the office's store and its first administrator.

No default password anywhere: the administrator chooses one here (twice).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.services.desk import Desk, init_office, load_geography
from desktop_app.services.errors import StoreProblem
from desktop_app.services.passwords import MIN_PASSWORD_LENGTH, password_issues, username_issues
from desktop_app.ui.context import translate
from desktop_app.ui.languages import Language
from desktop_app.ui.tasks import TaskRunner


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


class _LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard, current: Language | None) -> None:
        super().__init__()
        self.choice = QComboBox()
        self.choice.setObjectName("language")
        for language in Language:
            self.choice.addItem(language.native_name, language.value)
        if current is not None:
            self.choice.setCurrentIndex(self.choice.findData(current.value))
        self.choice.currentIndexChanged.connect(
            lambda: wizard.language_chosen.emit(Language(self.choice.currentData()))
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.choice)

    def retranslate(self) -> None:
        self.setTitle(translate("first_start", "Welcome to Hirfa"))
        self.intro.setText(
            translate(
                "first_start",
                "This computer has no office register yet. These steps create it: "
                "the office, then its first administrator. Choose the language first.",
            )
        )


class _OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        geography = load_geography()
        self.region = QComboBox()
        for region in geography.regions.values():
            self.region.addItem(f"{region.code} — {region.name_fr} / {region.name_ar}", region.code)
        self.office = QLineEdit()
        self.office.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{3}")))
        self.office.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.office_name = QLineEdit()
        self.device = QLineEdit("01")
        self.device.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{2}")))
        self.device.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = _error_label()
        self.labels = [QLabel() for _ in range(4)]
        self.form = QFormLayout(self)
        for label, editor in zip(
            self.labels, (self.region, self.office, self.office_name, self.device), strict=True
        ):
            self.form.addRow(label, editor)
        self.form.addRow(self.error)
        for editor in (self.office, self.office_name, self.device):
            editor.textChanged.connect(self._check)

    def retranslate(self) -> None:
        self.setTitle(translate("first_start", "The office"))
        self.setSubTitle(
            translate("first_start", "Region, office code and name, and this computer's number.")
        )
        texts = (
            translate("first_start", "Region"),
            translate("first_start", "Office code (3 digits)"),
            translate("first_start", "Office name"),
            translate("first_start", "Computer number in the office (01–99)"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.error.setText(self.problem())

    def problem(self) -> str:
        """What is wrong with what was typed so far ('' if nothing is)."""
        if self.office.text() and len(self.office.text()) != 3:
            return translate("first_start", "The office code has 3 digits, for example 511.")
        device = self.device.text()
        if len(device) != 2 or device == "00":
            return translate("first_start", "The computer number has 2 digits, from 01 to 99.")
        return ""

    def _check(self) -> None:
        self.error.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        filled = len(self.office.text()) == 3 and bool(self.office_name.text().strip())
        return filled and not self.problem()


class _AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.username = QLineEdit()
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        self.labels = [QLabel() for _ in range(4)]
        self.form = QFormLayout(self)
        editors = (self.username, self.full_name, self.password, self.repeat)
        for label, editor in zip(self.labels, editors, strict=True):
            self.form.addRow(label, editor)
            editor.textChanged.connect(self._check)
        self.form.addRow(self.error)

    def retranslate(self) -> None:
        self.setTitle(translate("first_start", "The first administrator"))
        self.setSubTitle(
            translate("first_start", "This account adds the other users. Choose its password now.")
        )
        texts = (
            translate("first_start", "User name"),
            translate("first_start", "Full name"),
            translate("first_start", "Password"),
            translate("first_start", "Password again"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.error.setText(self.problem())

    def problem(self) -> str:
        if self.username.text() and username_issues(self.username.text()):
            return translate(
                "first_start",
                "User name: 2 to 32 lower-case letters, digits, '.', '_' or '-', "
                "starting with a letter.",
            )
        if self.password.text() and password_issues(self.password.text()):
            return translate("first_start", "The password needs at least %1 characters.").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            )
        if self.repeat.text() and self.repeat.text() != self.password.text():
            return translate("first_start", "The two passwords differ.")
        return ""

    def _check(self) -> None:
        self.error.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        filled = all(e.text() for e in (self.username, self.full_name, self.password, self.repeat))
        return filled and not self.problem()


class FirstStartWizard(QWizard):
    """Creates the store; ``desk`` is set when it finishes."""

    language_chosen = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        language: Language | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.data_dir = data_dir
        self.runner = runner
        self.desk: Desk | None = None
        self.admin_username = ""
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.language_page = _LanguagePage(self, language)
        self.office_page = _OfficePage()
        self.admin_page = _AdminPage()
        for page in (self.language_page, self.office_page, self.admin_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("first_start", "Hirfa — first start"))
        for page in (self.language_page, self.office_page, self.admin_page):
            page.retranslate()
        self.setButtonText(QWizard.WizardButton.NextButton, translate("first_start", "Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("first_start", "Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("first_start", "Cancel"))
        self.setButtonText(
            QWizard.WizardButton.FinishButton, translate("first_start", "Create the office")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        office, admin = self.office_page, self.admin_page
        settings = {
            "region": office.region.currentData(),
            "office": office.office.text(),
            "office_name": office.office_name.text(),
            "device": office.device.text(),
            "admin_username": admin.username.text(),
            "admin_full_name": admin.full_name.text(),
            "admin_password": admin.password.text(),
        }
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.runner.write(
            lambda: init_office(self.data_dir, **settings), self._created, self._failed
        )

    def _created(self, desk: Desk) -> None:
        self.desk = desk
        self.admin_username = self.admin_page.username.text()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, StoreProblem):
            self.admin_page.error.setText(str(error))
        else:
            self.runner.unexpected_error.emit(error)
