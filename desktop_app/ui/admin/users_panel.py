"""The office's users: the table and what an administrator does with an account."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import qtawesome
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.users import UserInfo, list_users, set_active
from desktop_app.ui.admin.feedback import error_label, handle_failure, show_text
from desktop_app.ui.admin.user_dialogs import AddUserDialog, ResetPasswordDialog
from desktop_app.ui.admin.user_table import COLUMNS, UserTableModel
from desktop_app.ui.context import AppContext, translate
from registry.issues import Code, ValidationFailed


class UsersPanel(QWidget):
    """Every change goes through the write lane, then ``users_changed`` refreshes the table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = UserTableModel()
        self._bring_forward = ""  # the user to select once the table is refreshed
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("full_name"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.reset_password)

        self.add_button = self._button("add_user", "fa5s.user-plus", self.add_user)
        self.active_button = self._button("toggle_active", "fa5s.user-slash", self.toggle_active)
        self.reset_button = self._button("reset_password", "fa5s.key", self.reset_password)
        self.error = error_label("users_error")
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        actions = QHBoxLayout()
        for button in (self.add_button, self.active_button, self.reset_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        ctx.bus.users_changed.connect(self.refresh)
        self._update_buttons()

    def _button(self, name: str, icon: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(qtawesome.icon(icon, color="#5a4632"), "")
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "admin",
                "Accounts are never deleted: disable the account of someone who leaves. "
                "A new password also lifts a lockout.",
            )
        )
        self.add_button.setText(translate("admin", "Add a user…"))
        self.reset_button.setText(translate("admin", "Reset the password…"))
        self._update_buttons()
        self.model.retranslate()

    # Showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        desk = self.ctx.desk
        self.ctx.runner.read(lambda: (list_users(desk), desk.now()), self._show)

    def _show(self, found: tuple[list[UserInfo], datetime]) -> None:
        users, now = found
        kept = self.selected()
        wanted = self._bring_forward or (kept.username if kept else "")
        self._bring_forward = ""
        self.model.set_rows(users, now)
        self.select(wanted)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            # Not QTableView.selectRow: under a right-to-left layout it selects nothing.
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_buttons(self) -> None:
        user = self.selected()
        self.active_button.setEnabled(user is not None)
        self.reset_button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.active_button.setText(translate("admin", "Enable the account"))
            self.active_button.setIcon(qtawesome.icon("fa5s.user-check", color="#5a4632"))
        else:
            self.active_button.setText(translate("admin", "Disable the account"))
            self.active_button.setIcon(qtawesome.icon("fa5s.user-slash", color="#5a4632"))

    # Acting -----------------------------------------------------------------------

    def add_user(self) -> AddUserDialog:
        show_text(self.error, "")
        dialog = AddUserDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._changed(dialog.user))
        dialog.open()
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        show_text(self.error, "")
        user = self.selected()
        if user is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, user, self)
        dialog.accepted.connect(lambda: self._changed(user))
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        show_text(self.error, "")
        user = self.selected()
        if user is None:
            return
        desk, actor = self.ctx.desk, self.ctx.actor
        self.active_button.setEnabled(False)
        self.ctx.runner.write(
            lambda: set_active(desk, actor, user.username, not user.active),
            self._changed,
            lambda error: self._refused(user, error),
        )

    def _changed(self, user: UserInfo | None) -> None:
        """After any change: every open view refreshes; this one keeps ``user`` selected."""
        self._bring_forward = user.username if user is not None else ""
        self.ctx.bus.users_changed.emit()

    def _refused(self, user: UserInfo, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, ValidationFailed) and any(
            issue.code is Code.LAST_ADMINISTRATOR for issue in error.issues
        ):
            show_text(
                self.error,
                translate(
                    "admin",
                    "The account %1 is the last active administrator and cannot be disabled.",
                ).replace("%1", user.username),
            )
        else:
            handle_failure(self.ctx, self, error)
