"""The first start: create the office's store and its first administrator.

No default password anywhere: the administrator chooses one here (twice).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, Signal
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
from desktop_app.ui.context import tr
from desktop_app.ui.languages import Language
from desktop_app.ui.tasks import TaskRunner


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


class _LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.choice = QComboBox()
        for language in Language:
            self.choice.addItem(language.native_name, language)
        self.choice.currentIndexChanged.connect(
            lambda: wizard.language_chosen.emit(self.choice.currentData())
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.choice)

    def retranslate(self) -> None:
        self.setTitle(tr("first_start", "Welcome to Hirfa"))
        self.intro.setText(
            tr(
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
        self.office.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{3}")))
        self.office.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.office_name = QLineEdit()
        self.device = QLineEdit("01")
        self.device.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{2}")))
        self.device.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = _error_label()
        self.form = QFormLayout(self)
        self.form.addRow("", self.region)
        self.form.addRow("", self.office)
        self.form.addRow("", self.office_name)
        self.form.addRow("", self.device)
        self.form.addRow(self.error)
        for editor in (self.office, self.office_name, self.device):
            editor.textChanged.connect(self.completeChanged)

    def retranslate(self) -> None:
        self.setTitle(tr("first_start", "The office"))
        self.setSubTitle(
            tr("first_start", "Region, office code and name, and this computer's number.")
        )
        for row, text in enumerate(
            (
                tr("first_start", "Region"),
                tr("first_start", "Office code (3 digits)"),
                tr("first_start", "Office name"),
                tr("first_start", "Computer number in the office (01–99)"),
            )
        ):
            self.form.setWidget(row, QFormLayout.ItemRole.LabelRole, QLabel(text))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return (
            len(self.office.text()) == 3
            and bool(self.office_name.text().strip())
            and len(self.device.text()) == 2
            and self.device.text() != "00"
        )


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
        self.form = QFormLayout(self)
        for editor in (self.username, self.full_name, self.password, self.repeat):
            self.form.addRow("", editor)
            editor.textChanged.connect(self._check)
        self.form.addRow(self.error)

    def retranslate(self) -> None:
        self.setTitle(tr("first_start", "The first administrator"))
        self.setSubTitle(
            tr("first_start", "This account adds the other users. Choose its password now.")
        )
        for row, text in enumerate(
            (
                tr("first_start", "User name"),
                tr("first_start", "Full name"),
                tr("first_start", "Password"),
                tr("first_start", "Password again"),
            )
        ):
            self.form.setWidget(row, QFormLayout.ItemRole.LabelRole, QLabel(text))

    def problem(self) -> str:
        if self.username.text() and username_issues(self.username.text()):
            return tr(
                "first_start",
                "User name: 2 to 32 lower-case letters, digits, '.', '_' or '-', "
                "starting with a letter.",
            )
        if self.password.text() and password_issues(self.password.text()):
            return tr("first_start", "The password needs at least %1 characters.").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            )
        if self.repeat.text() and self.repeat.text() != self.password.text():
            return tr("first_start", "The two passwords differ.")
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

    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.data_dir = data_dir
        self.runner = runner
        self.desk: Desk | None = None
        self.admin_username = ""
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.language_page = _LanguagePage(self)
        self.office_page = _OfficePage()
        self.admin_page = _AdminPage()
        for page in (self.language_page, self.office_page, self.admin_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("first_start", "Hirfa — first start"))
        for page in (self.language_page, self.office_page, self.admin_page):
            page.retranslate()
        self.setButtonText(QWizard.WizardButton.NextButton, tr("first_start", "Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("first_start", "Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("first_start", "Cancel"))
        self.setButtonText(
            QWizard.WizardButton.FinishButton, tr("first_start", "Create the office")
        )

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
