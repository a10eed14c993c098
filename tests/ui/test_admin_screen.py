"""The administration screen, driven like an administrator: users, policies, activity list."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services.desk import builtin_nomenclature
from desktop_app.services.policies import Policy, policies
from desktop_app.services.users import (
    LoginRefused,
    UserInfo,
    add_user,
    authenticate,
    list_users,
)
from desktop_app.ui.admin.screen import AdminScreen
from desktop_app.ui.admin.user_dialogs import AddUserDialog, ResetPasswordDialog
from desktop_app.ui.admin.user_table import COLUMNS
from desktop_app.ui.context import AppContext
from registry.issues import Code, Issue, ValidationFailed
from registry.workflow import Role

MakeCtx = Callable[[Role], AppContext]
CLERK_PASSWORD = "clerk password 1"


@pytest.fixture
def ctx(make_ctx: MakeCtx) -> AppContext:
    return make_ctx(Role.ADMINISTRATOR)


@pytest.fixture
def screen(ctx: AppContext, qtbot: QtBot) -> AdminScreen:
    add_user(ctx.desk, ctx.actor, "amina", "Amina Tazi", Role.CLERK, CLERK_PASSWORD)
    shown = AdminScreen(ctx)
    qtbot.addWidget(shown)
    shown.resize(1000, 650)
    shown.show()
    shown.activated()
    return shown


def user(ctx: AppContext, username: str) -> UserInfo:
    return next(u for u in list_users(ctx.desk) if u.username == username)


def cell(screen: AdminScreen, username: str, column: str) -> str:
    model = screen.users.model
    return str(model.index(model.row_of(username), COLUMNS.index(column)).data())


def error_of(dialog: AddUserDialog | ResetPasswordDialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"{field}_error")
    assert label is not None
    return label.text() if label.isVisible() else ""


def fill_add_dialog(
    qtbot: QtBot, dialog: AddUserDialog, username: str, password: str, repeat: str | None = None
) -> None:
    for editor, text in (
        (dialog.username, username),
        (dialog.full_name, "Youssef Idrissi"),
        (dialog.password, password),
        (dialog.repeat, password if repeat is None else repeat),
    ):
        editor.clear()
        qtbot.keyClicks(editor, text)


def test_the_table_lists_the_office_users(screen: AdminScreen) -> None:
    assert screen.title() == "Administration"
    assert screen.users.model.rowCount() == 2
    assert cell(screen, "admin", "role") == "Administrator"
    assert cell(screen, "amina", "full_name") == "Amina Tazi"
    assert cell(screen, "amina", "role") == "Clerk"
    assert cell(screen, "amina", "state") == "Enabled"
    assert cell(screen, "amina", "locked_until") == ""


def test_adding_a_user(screen: AdminScreen, ctx: AppContext, qtbot: QtBot) -> None:
    dialog = screen.users.add_user()
    fill_add_dialog(qtbot, dialog, "youssef", "a long password")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
    with qtbot.waitSignal(ctx.bus.users_changed):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cell(screen, "youssef", "role") == "Supervisor"
    selected = screen.users.selected()
    assert selected is not None and selected.username == "youssef"
    signed_in = authenticate(ctx.desk, "youssef", "a long password")
    assert (signed_in.role, signed_in.full_name) == (Role.SUPERVISOR, "Youssef Idrissi")


@pytest.mark.parametrize(
    ("username", "password", "repeat", "field", "expected"),
    [
        ("amina", "a long password", None, "username", "is already used by another account"),
        ("Bad Name", "a long password", None, "username", "must be 2 to 32 lower-case letters"),
        ("youssef", "short", None, "password", "must have at least 10 characters"),
        ("youssef", "a long password", "another password", "repeat", "The two passwords differ"),
    ],
    ids=["taken", "bad-name", "short-password", "passwords-differ"],
)
def test_bad_input_is_shown_at_its_field_and_kept(
    screen: AdminScreen,
    ctx: AppContext,
    qtbot: QtBot,
    username: str,
    password: str,
    repeat: str | None,
    field: str,
    expected: str,
) -> None:
    dialog = screen.users.add_user()
    fill_add_dialog(qtbot, dialog, username, password, repeat)
    changed: list[bool] = []
    ctx.bus.users_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert expected in error_of(dialog, field)
    assert dialog.username.text() == username and dialog.full_name.text() == "Youssef Idrissi"
    assert not changed
    assert [u.username for u in list_users(ctx.desk)] == ["admin", "amina"]
    # Corrected, it goes through.
    fill_add_dialog(qtbot, dialog, "youssef", "a long password")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert error_of(dialog, field) == ""
    assert screen.users.model.row_of("youssef") >= 0


def test_disabling_and_enabling_an_account(
    screen: AdminScreen, ctx: AppContext, qtbot: QtBot
) -> None:
    screen.users.select("amina")
    button = screen.users.active_button
    assert button.text() == "Disable the account"
    with qtbot.waitSignal(ctx.bus.users_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert cell(screen, "amina", "state") == "Disabled"
    assert not user(ctx, "amina").active
    with pytest.raises(LoginRefused) as refused:
        authenticate(ctx.desk, "amina", CLERK_PASSWORD)
    assert refused.value.code is Code.ACCOUNT_DISABLED
    assert button.text() == "Enable the account"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert cell(screen, "amina", "state") == "Enabled"
    assert authenticate(ctx.desk, "amina", CLERK_PASSWORD).username == "amina"


def test_the_last_administrator_cannot_be_disabled(
    screen: AdminScreen, ctx: AppContext, qtbot: QtBot
) -> None:
    screen.users.select("admin")
    qtbot.mouseClick(screen.users.active_button, Qt.MouseButton.LeftButton)
    message = screen.users.error
    assert message.isVisible()
    assert message.text() == (
        "The account admin is the last active administrator and cannot be disabled."
    )
    assert user(ctx, "admin").active
    assert cell(screen, "admin", "state") == "Enabled"


def test_resetting_a_password_lifts_a_lockout(
    screen: AdminScreen, ctx: AppContext, qtbot: QtBot
) -> None:
    for _ in range(5):
        with pytest.raises(LoginRefused):
            authenticate(ctx.desk, "amina", "not her password")
    ctx.bus.users_changed.emit()
    assert cell(screen, "amina", "locked_until") != ""

    screen.users.select("amina")
    qtbot.mouseClick(screen.users.reset_button, Qt.MouseButton.LeftButton)
    dialog = screen.users.findChild(ResetPasswordDialog)
    assert dialog is not None and dialog.isVisible()
    assert "amina" in dialog.heading.text()
    qtbot.keyClicks(dialog.password, "brand new password")
    qtbot.keyClicks(dialog.repeat, "brand new passwrd")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "differ" in error_of(dialog, "repeat") and dialog.isVisible()
    qtbot.keyClicks(dialog.repeat, "brand new password")
    with qtbot.waitSignal(ctx.bus.users_changed):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert not dialog.isVisible()
    assert cell(screen, "amina", "locked_until") == ""
    assert authenticate(ctx.desk, "amina", "brand new password").username == "amina"


def test_a_short_new_password_is_refused_at_its_field(
    screen: AdminScreen, ctx: AppContext, qtbot: QtBot
) -> None:
    screen.users.select("amina")
    dialog = screen.users.reset_password()
    assert dialog is not None
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert error_of(dialog, "password") == "must have at least 10 characters"
    assert authenticate(ctx.desk, "amina", CLERK_PASSWORD).username == "amina"


def test_actions_need_a_selected_user(screen: AdminScreen) -> None:
    screen.users.table.clearSelection()
    assert not screen.users.active_button.isEnabled()
    assert not screen.users.reset_button.isEnabled()
    assert screen.users.add_button.isEnabled()
    screen.users.select("amina")
    assert screen.users.active_button.isEnabled() and screen.users.reset_button.isEnabled()


def test_a_policy_change_takes_effect(screen: AdminScreen, ctx: AppContext, qtbot: QtBot) -> None:
    panel = screen.policies
    spin = panel.spins[Policy.LOCKOUT_ATTEMPTS]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (3, 20, 5)
    assert panel.rows.labels[Policy.LOCKOUT_ATTEMPTS.value].text() == (
        "Failed logins before a lockout"
    )
    assert not panel.save_button.isEnabled()
    spin.setValue(3)
    panel.spins[Policy.IDLE_LOCK_MINUTES].setValue(2)
    with qtbot.waitSignal(ctx.bus.policies_changed):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.outcome.text() == "Saved."
    assert not panel.save_button.isEnabled()
    assert policies(ctx.desk)[Policy.LOCKOUT_ATTEMPTS] == 3
    assert policies(ctx.desk)[Policy.IDLE_LOCK_MINUTES] == 2

    for expected in (Code.LOGIN_FAILED, Code.LOGIN_FAILED, Code.ACCOUNT_LOCKED):
        with pytest.raises(LoginRefused) as refused:
            authenticate(ctx.desk, "amina", "not her password")
        assert refused.value.code is expected


def test_a_policy_refused_by_the_service_is_shown_at_its_field(
    screen: AdminScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        limits = {"min": 1, "max": 240}
        raise ValidationFailed([Issue(Code.OUT_OF_RANGE, "lockout_minutes", params=limits)])

    monkeypatch.setattr("desktop_app.ui.admin.policies_panel.set_policy", refuse)
    screen.tabs.setCurrentIndex(1)
    panel = screen.policies
    panel.spins[Policy.LOCKOUT_MINUTES].setValue(30)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    error = panel.findChild(QLabel, "lockout_minutes_error")
    assert error is not None and error.isVisible()
    assert error.text() == "must be between 1 and 240"
    assert panel.save_button.isEnabled() and panel.outcome.text() == ""


def test_the_office_identity_is_shown_read_only(screen: AdminScreen) -> None:
    values = screen.identity.values
    assert values["region"].text() == "01 — Tanger-Tétouan-Al Hoceïma"
    assert values["office"].text() == "511"
    assert values["office_name"].text() == "Tanger"
    assert values["device"].text() == "01"


def official_list(tmp_path: Path, version: str = "decree-2.21.991") -> Path:
    document = json.loads(builtin_nomenclature())
    document["_meta"] = {"version": version, "status": "OFFICIAL"}
    path = tmp_path / "official.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_loading_the_official_activity_list(
    screen: AdminScreen,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = screen.activity_list
    assert panel.values["version"].text() == "provisional-2026-11"
    assert panel.values["status"].text().startswith("Provisional")
    choose(monkeypatch, official_list(tmp_path))
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert ctx.desk.activities.active.version == "decree-2.21.991"
    assert panel.values["version"].text() == "decree-2.21.991"
    assert panel.values["status"].text() == "Official"
    assert panel.outcome.text() == "The activity list decree-2.21.991 is now in force."


@pytest.mark.parametrize(
    "content", ['{"_meta": {"version": "x"}}', "not json at all"], ids=["no-branches", "not-json"]
)
def test_a_file_that_is_not_an_activity_list_is_refused_clearly(
    screen: AdminScreen,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str,
) -> None:
    path = tmp_path / "wrong.json"
    path.write_text(content, encoding="utf-8")
    choose(monkeypatch, path)
    qtbot.mouseClick(screen.activity_list.load_button, Qt.MouseButton.LeftButton)
    outcome = screen.activity_list.outcome.text()
    # The file name is isolated: it reads left to right in an Arabic sentence too.
    assert outcome.startswith(
        "\u2066wrong.json\u2069 was not loaded; the list in force is unchanged."
    )
    assert "not an activity list" in outcome
    assert ctx.desk.activities.active.version == "provisional-2026-11"
    assert screen.activity_list.values["version"].text() == "provisional-2026-11"
    assert screen.activity_list.load_button.isEnabled()


def test_a_clerk_may_not_administer(
    make_ctx: MakeCtx, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The navigation hides the screen from clerks; the services refuse them anyway."""
    clerk_ctx = make_ctx(Role.CLERK)
    screen = AdminScreen(clerk_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.users.select("admin")
    qtbot.mouseClick(screen.users.active_button, Qt.MouseButton.LeftButton)
    box = screen.users.findChild(QMessageBox, "refusal")
    assert box is not None and box.isVisible()
    assert box.text() == "Only an administrator can do this."
    assert user(clerk_ctx, "admin").active
