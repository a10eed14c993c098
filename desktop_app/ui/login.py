"""Logging in, and unlocking a locked session (the same user, the open form kept)."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.users import LoginRefused, UserInfo, authenticate
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import Language
from registry.issues import Code


def refusal_text(refusal: LoginRefused) -> str:
    if refusal.code is Code.ACCOUNT_LOCKED and refusal.until is not None:
        # Stored in UTC; the clerk reads the time of the office's clock.
        local = refusal.until.replace(tzinfo=UTC).astimezone()
        until = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return translate(
            "login", "Too many failed attempts: the account is locked until %1."
        ).replace("%1", until)
    if refusal.code is Code.ACCOUNT_DISABLED:
        return translate("login", "This account is disabled. Ask an administrator.")
    return translate("login", "The user name or the password is wrong.")


class LoginDialog(QDialog):
    """Asks for a user name and password; ``user`` is set when it is accepted."""

    language_chosen = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, unlock: UserInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: UserInfo | None = None
        self._unlock = unlock
        self.setObjectName("unlock" if unlock else "login")
        self.setModal(True)
        self.setMinimumWidth(420)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("heading")
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(language.native_name, language.value)
        current = ctx.translations.language
        self.language.setCurrentIndex(self.language.findData(current.value if current else ""))
        self.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(Language(self.language.currentData()))
        )
        self.username = QLineEdit(unlock.username if unlock else ctx.preferences.last_username)
        self.username.setReadOnly(unlock is not None)
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.language_label = QLabel()
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if unlock is not None:
            self.form.setRowVisible(0, False)
        self.retranslate()
        (self.password if self.username.text() else self.username).setFocus()

    def retranslate(self) -> None:
        office = self.ctx.desk.identity.office_name
        if self._unlock is None:
            self.setWindowTitle(translate("login", "Hirfa — log in"))
            self.heading.setText(translate("login", "Office: %1").replace("%1", office))
        else:
            self.setWindowTitle(translate("login", "Hirfa — session locked"))
            self.heading.setText(
                translate("login", "The session was locked. Enter your password to go on.")
            )
        self.language_label.setText(translate("login", "Language"))
        self.username_label.setText(translate("login", "User name"))
        self.password_label.setText(translate("login", "Password"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("login", "Unlock") if self._unlock else translate("login", "Log in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(
            translate("login", "Log out") if self._unlock else translate("login", "Quit")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username or not password:
            self.show_error(translate("login", "Enter your user name and your password."))
            return
        self.buttons.setEnabled(False)
        self.ctx.runner.write(
            lambda: authenticate(self.ctx.desk, username, password), self._done, self._failed
        )

    def _done(self, user: UserInfo) -> None:
        self.buttons.setEnabled(True)
        if self._unlock is not None and user.username != self._unlock.username:
            self.show_error(
                translate("login", "Only the user who locked the session can unlock it.")
            )
            return
        self.user = user
        self.ctx.preferences.last_username = user.username
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, LoginRefused):
            self.show_error(refusal_text(error))
        else:
            self.ctx.runner.unexpected_error.emit(error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
