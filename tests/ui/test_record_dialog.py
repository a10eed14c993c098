"""The record view: data and history, and the status actions each role is offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.errors import NotAllowed
from desktop_app.services.lookup import find_record
from desktop_app.services.records import ArtisanRecord
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.status import change_status
from desktop_app.ui.context import AppContext
from desktop_app.ui.record.dialog import RecordDialog
from desktop_app.ui.record.reason import ReasonDialog
from registry.artisan import Status
from registry.workflow import Action
from tests.factories import make_draft, make_photo
from tests.ui.table_cells import cell


@pytest.fixture
def pending(clerk_ctx: AppContext) -> ArtisanRecord:
    draft = make_draft(photo=make_photo(), email="fatima@example.ma")
    return register_artisan(clerk_ctx.desk, clerk_ctx.actor, draft).record


def open_dialog(ctx: AppContext, record: ArtisanRecord, qtbot: QtBot) -> RecordDialog:
    dialog = RecordDialog(ctx, record.id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it after
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def value(dialog: RecordDialog, field: str) -> str:
    found = dialog.findChild(QLabel, f"value_{field}")
    assert found is not None, field
    return found.text()


def button(dialog: RecordDialog, name: str) -> QPushButton | None:
    found = dialog.findChild(QPushButton, name)
    return found if found is not None and not found.isHidden() else None


def click(dialog: RecordDialog, name: str) -> None:
    found = button(dialog, name)
    assert found is not None, name
    QTest.mouseClick(found, Qt.MouseButton.LeftButton)


def test_shows_the_data_and_the_history(
    clerk_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    changed = make_draft(photo=make_photo(), email="fatima@example.ma", birth_place="Tétouan")
    update_artisan(clerk_ctx.desk, clerk_ctx.actor, pending.id, changed, 1)
    dialog = open_dialog(clerk_ctx, pending, qtbot)
    assert dialog.windowTitle() == f"Record \u2066{pending.registration_number}\u2069"
    assert dialog.number.text() == pending.registration_number
    assert dialog.name_fr.text() == "El Amrani Fatima"
    assert dialog.name_ar.text() == "العمراني فاطمة"
    assert dialog.status.text() == "Pending review"
    assert not dialog.photo.pixmap().isNull()
    assert value(dialog, "cin") == "K123456"
    assert value(dialog, "sex") == "Female"
    assert value(dialog, "birth_date") == "17/05/1980"
    assert value(dialog, "province") == "Tanger-Asilah"
    assert value(dialog, "region") == "Tanger-Tétouan-Al Hoceïma"
    assert value(dialog, "activity") == "Tissage de tapis"
    assert value(dialog, "branch") == "Tapis et tissage"
    assert value(dialog, "category") == "Artisan by experience"
    assert value(dialog, "diploma") == "—"
    assert value(dialog, "birth_place") == "Tétouan"
    assert not dialog.sections.boxes["entity"].isVisibleTo(dialog)

    statuses = dialog.status_history
    assert statuses.rowCount() == 1
    assert cell(statuses, 0, 1) == "Registered at the counter"
    assert cell(statuses, 0, 2) == "— → Pending review"
    assert cell(statuses, 0, 3) == clerk_ctx.actor.username

    changes = dialog.change_history
    assert changes.topLevelItemCount() == 2
    edit, creation = changes.topLevelItem(0), changes.topLevelItem(1)  # newest first
    assert edit is not None and creation is not None
    assert (edit.text(1), edit.text(2)) == (clerk_ctx.actor.username, "Edited")
    leaves = [edit.child(i) for i in range(edit.childCount())]
    fields = [(leaf.text(0), leaf.text(2), leaf.text(3)) for leaf in leaves if leaf is not None]
    assert fields == [("Birth place", "Tanger", "Tétouan")]
    assert creation.text(2) == "Registered at the counter"

    # A record pending review prints nothing: its print buttons are hidden.
    slot = dialog.findChild(QWidget, "print_actions")
    assert slot is dialog.print_actions
    assert not [b for b in slot.findChildren(QPushButton) if b.isVisibleTo(dialog)]


def test_a_supervisor_approves_a_pending_record(
    supervisor_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    dialog = open_dialog(supervisor_ctx, pending, qtbot)
    approve = button(dialog, "action_approve")
    assert approve is not None and approve.text() == "Approve"
    assert button(dialog, "action_return") is not None
    with qtbot.waitSignal(supervisor_ctx.bus.record_saved) as saved:
        QTest.mouseClick(approve, Qt.MouseButton.LeftButton)
    assert saved.args == [pending.id]
    assert find_record(supervisor_ctx.desk, pending.id).status is Status.REGISTERED
    assert dialog.status.text() == "Registered"
    last = dialog.status_history.rowCount() - 1
    assert cell(dialog.status_history, last, 1) == "Approve"
    assert cell(dialog.status_history, last, 2) == "Pending review → Registered"
    assert cell(dialog.status_history, last, 3) == supervisor_ctx.actor.username
    assert button(dialog, "action_approve") is None
    assert button(dialog, "action_suspend") is not None  # what a registered record allows
    assert "Registered" in dialog.feedback.text()


def test_a_clerk_is_not_offered_approval_and_cannot_approve(
    clerk_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    dialog = open_dialog(clerk_ctx, pending, qtbot)
    assert button(dialog, "action_approve") is None
    assert button(dialog, "action_return") is None
    assert button(dialog, "edit") is not None
    with pytest.raises(NotAllowed):
        change_status(clerk_ctx.desk, clerk_ctx.actor, pending.id, Action.APPROVE, "", 1)


def test_return_with_a_comment_reaches_the_clerk(
    clerk_ctx: AppContext, supervisor_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    dialog = open_dialog(supervisor_ctx, pending, qtbot)
    click(dialog, "action_return")
    ask = dialog.findChild(ReasonDialog)
    assert ask is not None and ask.isVisible()
    assert not ask.ok.isEnabled()  # a return needs its comment
    QTest.keyClicks(ask.reason, "Photo is blurred")
    assert ask.ok.isEnabled()
    QTest.mouseClick(ask.ok, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Returned to the clerk"

    seen = open_dialog(clerk_ctx, pending, qtbot)
    assert seen.return_note.isVisibleTo(seen)
    assert "Photo is blurred" in seen.return_note.text()
    assert supervisor_ctx.actor.username in seen.return_note.text()
    assert button(seen, "action_resubmit") is not None
    click(seen, "action_resubmit")
    assert seen.status.text() == "Pending review"
    assert not seen.return_note.isVisibleTo(seen)


def test_suspension_asks_for_its_reason(
    supervisor_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    change_status(supervisor_ctx.desk, supervisor_ctx.actor, pending.id, Action.APPROVE, "", 1)
    dialog = open_dialog(supervisor_ctx, pending, qtbot)
    click(dialog, "action_suspend")
    ask = dialog.findChild(ReasonDialog)
    assert ask is not None
    QTest.mouseClick(
        ask.buttons.button(ask.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.status.text() == "Registered"  # cancelled: nothing changed
    click(dialog, "action_suspend")
    ask = next(d for d in dialog.findChildren(ReasonDialog) if d.isVisible())
    QTest.keyClicks(ask.reason, "Workshop closed")
    QTest.mouseClick(ask.ok, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Suspended"
    last = dialog.status_history.rowCount() - 1
    assert cell(dialog.status_history, last, 4) == "Workshop closed"


def test_a_record_changed_meanwhile_is_reloaded(
    supervisor_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    dialog = open_dialog(supervisor_ctx, pending, qtbot)
    # Another supervisor returns it while this view still shows version 1.
    change_status(supervisor_ctx.desk, supervisor_ctx.actor, pending.id, Action.RETURN, "x", 1)
    click(dialog, "action_approve")
    box = dialog.findChild(QMessageBox, "message")
    assert box is not None and "changed this record" in box.text()
    assert dialog.status.text() == "Returned to the clerk"  # reloaded
    assert button(dialog, "action_approve") is None


def test_edit_hands_the_record_to_the_form(
    clerk_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    dialog = open_dialog(clerk_ctx, pending, qtbot)
    with qtbot.waitSignal(clerk_ctx.bus.edit_record_requested) as asked:
        click(dialog, "edit")
    assert asked.args == [pending.id]
    assert not dialog.isVisible()


def test_a_struck_off_record_cannot_be_edited(
    supervisor_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    desk, actor = supervisor_ctx.desk, supervisor_ctx.actor
    change_status(desk, actor, pending.id, Action.APPROVE, "", 1)
    change_status(desk, actor, pending.id, Action.STRIKE_OFF, "Deceased", 2)
    dialog = open_dialog(supervisor_ctx, pending, qtbot)
    assert dialog.status.text() == "Struck off"
    assert button(dialog, "edit") is None
    assert button(dialog, "action_reinstate") is not None


def test_a_save_elsewhere_reloads_the_view(
    clerk_ctx: AppContext, pending: ArtisanRecord, qtbot: QtBot
) -> None:
    dialog = open_dialog(clerk_ctx, pending, qtbot)
    update_artisan(
        clerk_ctx.desk, clerk_ctx.actor, pending.id, make_draft(first_name_fr="Salma"), 1
    )
    clerk_ctx.bus.record_saved.emit(pending.id)
    assert dialog.name_fr.text() == "El Amrani Salma"
