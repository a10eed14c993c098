"""Adding a user and giving a user a new password: small forms checked by the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from desktop_app.services.users import UserInfo, add_user, reset_password
from desktop_app.ui.admin.feedback import FieldRows, handle_failure
from desktop_app.ui.context import AppContext, choice, label, translate
from registry.workflow import Role


def _latin_line(name: str, *, secret: bool = False) -> QLineEdit:
    editor = QLineEdit()
    editor.setObjectName(name)
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if secret:
        editor.setEchoMode(QLineEdit.EchoMode.Password)
    return editor


class _UserDialog(QDialog):
    """A form whose OK runs one write; on failure everything typed stays for correction."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("heading")
        self.form = QFormLayout()
        self.rows = FieldRows(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.heading)
        self.column.addLayout(self.form)
        self.column.addStretch(1)
        self.column.addWidget(self.buttons)

    def set_button_texts(self, ok: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("admin", "Cancel")
        )

    def passwords_match(self, password: QLineEdit, repeat: QLineEdit) -> bool:
        if password.text() == repeat.text():
            return True
        self.rows.show("repeat", translate("admin", "The two passwords differ."))
        repeat.clear()
        repeat.setFocus()
        self.fit()
        return False

    def submit(self) -> None:
        """Check what only the form can (the repeated password), then run the write."""
        raise NotImplementedError

    def failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        handle_failure(self.ctx, self, error, self.rows)
        self.fit()

    def fit(self) -> None:
        """Grow to show the messages now under the fields (a wrapped one needs more height)."""
        self.column.activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))


class AddUserDialog(_UserDialog):
    """``user`` is the new account once the dialog is accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "add_user", parent)
        self.user: UserInfo | None = None
        self.username = _latin_line("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem("", role.value)
        self.password = _latin_line("password", secret=True)
        self.repeat = _latin_line("repeat", secret=True)
        for field, editor in (
            ("username", self.username),
            ("full_name", self.full_name),
            ("role", self.role),
            ("password", self.password),
            ("repeat", self.repeat),
        ):
            self.rows.add(field, editor)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("admin", "Add a user"))
        self.heading.setText(
            translate("admin", "The new user logs in with this user name and password.")
        )
        self.rows.set_label("username", label("username"))
        self.rows.set_label("full_name", label("full_name"))
        self.rows.set_label("role", translate("admin", "Role"))
        self.rows.set_label("password", label("password"))
        self.rows.set_label("repeat", translate("admin", "Password again"))
        for index in range(self.role.count()):
            self.role.setItemText(index, choice("role", str(self.role.itemData(index))))
        self.set_button_texts(translate("admin", "Add the user"))

    def submit(self) -> None:
        self.rows.clear()
        if not self.passwords_match(self.password, self.repeat):
            return
        desk, actor = self.ctx.desk, self.ctx.actor
        username, full_name = self.username.text(), self.full_name.text()
        role = Role(self.role.currentData())
        password = self.password.text()
        self.buttons.setEnabled(False)
        self.ctx.runner.write(
            lambda: add_user(desk, actor, username, full_name, role, password),
            self._added,
            self.failed,
        )

    def _added(self, user: UserInfo) -> None:
        self.user = user
        self.accept()


class ResetPasswordDialog(_UserDialog):
    """A new password for ``user``; saving it also lifts a lockout."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "reset_password", parent)
        self.user = user
        self.password = _latin_line("password", secret=True)
        self.repeat = _latin_line("repeat", secret=True)
        self.rows.add("password", self.password)
        self.rows.add("repeat", self.repeat)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("admin", "Reset a password"))
        self.heading.setText(
            translate(
                "admin",
                "New password for %1 (%2). Give it to the user in person; it also lifts a lockout.",
            )
            .replace("%1", f"\u2068{self.user.full_name}\u2069")  # isolated: any script
            .replace("%2", self.user.username)
        )
        self.rows.set_label("password", translate("admin", "New password"))
        self.rows.set_label("repeat", translate("admin", "New password again"))
        self.set_button_texts(translate("admin", "Set the password"))

    def submit(self) -> None:
        self.rows.clear()
        if not self.passwords_match(self.password, self.repeat):
            return
        desk, actor = self.ctx.desk, self.ctx.actor
        username, password = self.user.username, self.password.text()
        self.buttons.setEnabled(False)
        self.ctx.runner.write(
            lambda: reset_password(desk, actor, username, password),
            lambda _user: self.accept(),
            self.failed,
        )
