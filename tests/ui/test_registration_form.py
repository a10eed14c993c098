"""The registration form, driven like a clerk: typing, Tab and Enter, Ctrl+S, Esc."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.drafts import drafts_of
from desktop_app.services.errors import RecordNotFound
from desktop_app.services.lookup import find_record
from desktop_app.services.records import ArtisanRecord
from desktop_app.services.registration import register_artisan, update_artisan
from desktop_app.services.search import SearchQuery, count
from desktop_app.ui.context import AppContext, message
from desktop_app.ui.languages import Language, Translations
from desktop_app.ui.main_window import MainWindow, ScreenEntry
from desktop_app.ui.registration.crop import CropDialog
from desktop_app.ui.registration.editors import CodePicker
from desktop_app.ui.registration.place import PlacePicker
from desktop_app.ui.registration.screen import RegistrationScreen
from registry.artisan import Status, draft_from_fields
from registry.issues import Code, Issue
from registry.photo import check_photo, image_size
from registry.reference import Geography
from registry.workflow import Role
from tests.factories import make_draft

# What a clerk types for a valid artisan by experience in Tangier (region of the office).
VALID_TEXT = {
    "cin": "K123456",
    "last_name_fr": "El Amrani",
    "first_name_fr": "Fatima",
    "last_name_ar": "العمراني",
    "first_name_ar": "فاطمة",
    "birth_date": "17/05/1980",
    "birth_place": "Tanger",
    "phone": "0612345678",
    "province": "511",
    "activity": "الزرابي",  # part of the Arabic name of 01.01, carpet weaving
    "activity_since": "2005",
}
VALID_CHOICES = {"sex": "Female", "category": "Artisan by experience"}


@pytest.fixture
def ctx(make_ctx: Callable[[Role], AppContext]) -> AppContext:
    return make_ctx(Role.CLERK)


def show_screen(qtbot: QtBot, ctx: AppContext) -> RegistrationScreen:
    screen = RegistrationScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # shortcuts (Ctrl+S, Esc) need it
    return screen


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> RegistrationScreen:
    return show_screen(qtbot, ctx)


def target_of(screen: RegistrationScreen, field: str) -> QWidget:
    """Where the keys go: an editable list's line edit, otherwise the editor."""
    editor = screen.form.editors[field]
    if isinstance(editor, QComboBox) and editor.isEditable():
        line = editor.lineEdit()
        assert line is not None
        return line
    return editor


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    for ch in text:  # keyClicks aborts the process on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Tab to the next field (through the completion list when it is open)."""
    editor = widget.parentWidget()
    completer = editor.completer() if isinstance(editor, QComboBox) else None
    popup = completer.popup() if completer is not None else None
    if popup is not None and popup.isVisible():
        QTest.keyClick(popup, Qt.Key.Key_Tab)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Tab)


def fill(qtbot: QtBot, screen: RegistrationScreen, field: str, text: str) -> None:
    """Click into ``field``, replace what it holds with ``text``, Tab out."""
    widget = target_of(screen, field)
    widget.setFocus()
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(qtbot, widget, text)
    leave(qtbot, widget)


def choose(qtbot: QtBot, screen: RegistrationScreen, field: str, label: str) -> None:
    """Pick a value of a list with the arrow keys, as a clerk does on a closed list."""
    combo = screen.form.editors[field]
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{label!r} is not offered in {field}")


def fill_valid(qtbot: QtBot, screen: RegistrationScreen, **overrides: str) -> None:
    values = {**VALID_TEXT, **VALID_CHOICES, **overrides}
    for field, value in values.items():
        if field in ("sex", "category", "workplace", "amo_status", "fiscal_regime"):
            choose(qtbot, screen, field, value)
        else:
            fill(qtbot, screen, field, value)


def press_save(qtbot: QtBot, screen: RegistrationScreen) -> None:
    QTest.keyClick(
        screen.focusWidget() or screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )


def question(screen: RegistrationScreen) -> QMessageBox | None:
    boxes = [b for b in screen.findChildren(QMessageBox, "question") if b.isVisible()]
    return boxes[-1] if boxes else None


def answer(qtbot: QtBot, screen: RegistrationScreen, button: str) -> str:
    """Click ``button`` (yes, other or no) of the open question; its text."""
    box = question(screen)
    assert box is not None, "no question was asked"
    text = box.text()
    clicked = box.findChild(QPushButton, button)
    assert clicked is not None
    QTest.mouseClick(clicked, Qt.MouseButton.LeftButton)
    return text


def shown_message(screen: RegistrationScreen, field: str) -> str:
    row = screen.form.rows[field]
    return row.message.text() if row.message.isVisible() else ""


def registered(ctx: AppContext) -> int:
    return count(ctx.desk, SearchQuery())


def existing(ctx: AppContext, **overrides: str) -> ArtisanRecord:
    return register_artisan(ctx.desk, ctx.actor, make_draft(**overrides)).record


# Registering --------------------------------------------------------------------------


def test_a_clerk_registers_an_artisan_with_the_keyboard(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    fill_valid(qtbot, screen)
    assert screen.form.value("activity") == "01.01"
    assert screen.form.value("province") == "511"
    assert screen.has_unsaved_changes()
    with qtbot.waitSignal(ctx.bus.record_saved) as saved:
        press_save(qtbot, screen)

    record = find_record(ctx.desk, "K123456")
    assert saved.args == [record.id]
    assert record.status is Status.PENDING_REVIEW
    assert (record.fields.last_name_ar, record.fields.first_name_ar) == ("العمراني", "فاطمة")
    assert record.fields.phone == "+212612345678"
    assert record.fields.activity == "01.01"
    assert record.fields.registered_on.isoformat() == "2026-11-29"
    assert screen.banner.isVisible()
    assert record.registration_number in screen.banner.text.text()
    assert screen.banner.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    # Ready for the next artisan, and nothing left behind as a draft.
    assert screen.form.value("cin") == ""
    assert screen.form.value("registered_on") == "29/11/2026"
    assert not screen.has_unsaved_changes()
    assert drafts_of(ctx.desk, ctx.actor) == []


def test_enter_moves_to_the_next_field(qtbot: QtBot, screen: RegistrationScreen) -> None:
    cin = screen.form.editors["cin"]
    cin.setFocus()
    QTest.keyClicks(cin, "k 123456")
    QTest.keyClick(cin, Qt.Key.Key_Return)
    assert screen.focusWidget() is screen.form.editors["last_name_fr"]
    assert screen.form.value("cin") == "K123456"  # tidied when left


def test_a_mistake_is_shown_when_the_field_is_left(
    qtbot: QtBot, screen: RegistrationScreen
) -> None:
    fill(qtbot, screen, "cin", "123ABC")
    assert shown_message(screen, "cin") == message(Issue(Code.CIN_FORMAT, "cin"))
    assert screen.form.editors["cin"].property("issue") == "error"
    assert shown_message(screen, "birth_date") == ""  # not reached yet: no nagging
    fill(qtbot, screen, "cin", "AB123")
    assert shown_message(screen, "cin") == ""
    assert screen.form.editors["cin"].property("issue") == ""


def test_a_warning_is_amber_and_does_not_stop_the_save(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    fill_valid(qtbot, screen, province="113")  # Berkane, outside the office's region
    assert shown_message(screen, "province").startswith("is outside this office's region")
    assert screen.form.editors["province"].property("issue") == "warning"
    press_save(qtbot, screen)
    assert find_record(ctx.desk, "K123456").fields.region == "02"


INVALID = [
    ("cin", "123ABC", Issue(Code.CIN_FORMAT, "cin")),
    ("birth_date", "01/01/2030", Issue(Code.DATE_IN_FUTURE, "birth_date")),
    ("birth_date", "01/01/2020", Issue(Code.AGE_TOO_LOW, "birth_date", params={"min": 15})),
    (
        "first_name_ar",
        "Fatima",
        Issue(Code.WRONG_SCRIPT, "first_name_ar", params={"script": "arabic"}),
    ),
    ("province", "999", Issue(Code.PROVINCE_UNKNOWN, "province")),
    ("province", "", Issue(Code.REQUIRED, "province")),
    ("phone", "12345", Issue(Code.PHONE_INVALID, "phone")),
    (
        "activity_since",
        "2025",
        Issue(Code.EXPERIENCE_TOO_SHORT, "activity_since", params={"years": 3}),
    ),
]


@pytest.mark.parametrize(("field", "typed", "issue"), INVALID, ids=lambda v: str(v)[:20])
def test_invalid_input_is_shown_at_its_field_and_kept(
    qtbot: QtBot,
    ctx: AppContext,
    screen: RegistrationScreen,
    field: str,
    typed: str,
    issue: Issue,
) -> None:
    fill_valid(qtbot, screen, **{field: typed})
    assert shown_message(screen, field) == message(issue)  # as soon as the field is left
    press_save(qtbot, screen)

    assert registered(ctx) == 0
    assert shown_message(screen, field) == message(issue)
    assert screen.form.editors[field].property("issue") == "error"
    assert target_of(screen, field).text() == typed  # type: ignore[attr-defined]
    assert screen.focusWidget() is screen.form.editors[field]
    assert screen.notice.isVisible()
    assert screen.form.value("last_name_ar") == "العمراني"  # nothing else lost either


def test_a_name_missing_in_both_scripts(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    fill_valid(qtbot, screen, last_name_fr="", last_name_ar="")
    press_save(qtbot, screen)
    expected = message(Issue(Code.NAME_MISSING, "last_name_fr"))
    assert shown_message(screen, "last_name_fr") == expected
    assert shown_message(screen, "last_name_ar") == expected
    assert registered(ctx) == 0
    assert screen.focusWidget() is screen.form.editors["last_name_fr"]


def test_a_diploma_is_required_for_an_artisan_with_a_diploma(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    fill_valid(qtbot, screen, category="Artisan with a diploma")
    assert screen.form.rows["diploma"].label.text().endswith("*")
    press_save(qtbot, screen)
    assert shown_message(screen, "diploma") == "is required for an artisan with a diploma"
    assert shown_message(screen, "diploma_school") == "is required for an artisan with a diploma"
    assert registered(ctx) == 0
    fill(qtbot, screen, "diploma", "Diplôme de qualification professionnelle")
    fill(qtbot, screen, "diploma_school", "ISTA Tanger")
    press_save(qtbot, screen)
    assert find_record(ctx.desk, "K123456").fields.diploma_school == "ISTA Tanger"


def test_an_odco_number_is_required_for_a_cooperative(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    fill_valid(qtbot, screen, category="Craft cooperative")
    fill(qtbot, screen, "entity_name_fr", "Cooperative Annahda")
    fill(qtbot, screen, "members", "7")
    press_save(qtbot, screen)
    assert shown_message(screen, "odco_number") == "is required for a cooperative"
    assert screen.focusWidget() is screen.form.editors["odco_number"]
    assert registered(ctx) == 0
    fill(qtbot, screen, "odco_number", "2019/123")
    press_save(qtbot, screen)
    assert find_record(ctx.desk, "K123456").fields.entity_name_fr == "Cooperative Annahda"


def test_cooperative_and_enterprise_fields_only_for_those_categories(
    qtbot: QtBot, screen: RegistrationScreen
) -> None:
    entity = screen.form.entity.box
    choose(qtbot, screen, "category", "Artisan by experience")
    assert not entity.isVisible()
    assert screen.form.rows["activity_since"].label.text().endswith("*")
    choose(qtbot, screen, "category", "Craft cooperative")
    assert entity.isVisible()
    assert screen.form.rows["odco_number"].label.text().endswith("*")
    assert screen.form.rows["members"].label.text().endswith("*")
    assert not screen.form.rows["activity_since"].label.text().endswith("*")
    fill(qtbot, screen, "entity_name_fr", "Cooperative Annahda")
    choose(qtbot, screen, "category", "Craft enterprise")
    assert entity.isVisible()
    assert screen.form.rows["ice"].label.text().endswith("*")
    assert screen.form.rows["supervisor_number"].label.text().endswith("*")
    choose(qtbot, screen, "category", "Master artisan (maâlem)")
    assert not entity.isVisible()
    assert screen.form.draft().entity_name_fr == ""  # hidden: not sent...
    choose(qtbot, screen, "category", "Craft cooperative")
    assert screen.form.draft().entity_name_fr == "Cooperative Annahda"  # ...nor lost


# Duplicates ---------------------------------------------------------------------------


def test_the_same_cin_shows_at_once_and_refuses_the_save(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    other = existing(
        ctx, cin="K123456", last_name_fr="Tazi", first_name_fr="Khadija",
        last_name_ar="التازي", first_name_ar="خديجة", birth_date="1975-01-02",
    )  # fmt: skip
    fill(qtbot, screen, "cin", "k123456")
    qtbot.waitUntil(lambda: len(screen.duplicates.candidates) == 1)
    item = screen.duplicates.list.item(0).text()
    assert "TAZI Khadija" in item and "التازي خديجة" in item
    assert "Same CIN" in item and other.registration_number in item
    assert "Pending review" in item

    fill_valid(qtbot, screen)
    press_save(qtbot, screen)
    assert question(screen) is None
    assert shown_message(screen, "cin") == message(Issue(Code.CIN_IN_USE, "cin"))
    assert registered(ctx) == 1
    assert screen.form.value("last_name_fr") == "El Amrani"
    with qtbot.waitSignal(ctx.bus.open_record_requested) as opened:
        QTest.mouseClick(screen.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [other.id]
    listed = screen.duplicates.list
    centre = listed.visualItemRect(listed.item(0)).center()
    QTest.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(ctx.bus.open_record_requested) as opened:
        QTest.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [other.id]


def test_the_same_person_typed_in_the_other_script_is_found(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    stored = existing(
        ctx, cin="BE123456", last_name_fr="Benali", first_name_fr="Youssef",
        last_name_ar="", first_name_ar="", sex="M", birth_date="1985-03-15",
    )  # fmt: skip
    fill(qtbot, screen, "last_name_ar", "بنعلي")
    fill(qtbot, screen, "first_name_ar", "يوسف")
    fill(qtbot, screen, "birth_date", "15/03/1985")
    qtbot.waitUntil(lambda: [c.row.id for c in screen.duplicates.candidates] == [stored.id])
    assert "BENALI Youssef" in screen.duplicates.list.item(0).text()


def test_a_look_alike_asks_before_registering(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    existing(ctx, cin="AA1")  # same names and birth date, another CIN
    fill_valid(qtbot, screen)
    press_save(qtbot, screen)
    text = answer(qtbot, screen, "no")
    assert "Register anyway?" in text and "El Amrani Fatima" in text
    assert "Same name and birth date" in text
    assert registered(ctx) == 1
    assert screen.has_unsaved_changes()

    press_save(qtbot, screen)
    answer(qtbot, screen, "yes")
    assert find_record(ctx.desk, "K123456").status is Status.PENDING_REVIEW
    assert registered(ctx) == 2


# Editing ------------------------------------------------------------------------------


def test_edit_a_record_and_save_it(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    record = existing(ctx)
    screen.edit(record.id)
    assert screen.title() == f"Edit registration \u2066{record.registration_number}\u2069"
    assert screen.heading.text() == screen.title()
    assert screen.form.value("last_name_ar") == "العمراني"
    assert screen.form.value("birth_date") == "17/05/1980"
    assert not screen.has_unsaved_changes()
    assert screen.duplicates.candidates == []  # not its own duplicate

    fill(qtbot, screen, "birth_place", "Assilah")
    with qtbot.waitSignal(ctx.bus.record_saved):
        press_save(qtbot, screen)

    saved = find_record(ctx.desk, record.id)
    assert saved.version == 2
    assert saved.fields.birth_place == "Assilah"
    assert screen.record is not None and screen.record.version == 2
    assert screen.form.value("birth_place") == "Assilah"
    assert not screen.has_unsaved_changes()
    assert "version 2" in screen.banner.text.text()


def test_a_record_changed_meanwhile_is_offered_for_reload(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    record = existing(ctx)
    screen.edit(record.id)
    elsewhere = draft_from_fields(record.fields)
    update_artisan(ctx.desk, ctx.actor, record.id, make_draft(birth_place="Tétouan"), 1)
    fill(qtbot, screen, "birth_place", "Assilah")
    press_save(qtbot, screen)

    box = question(screen)
    assert box is not None and "Someone else saved this record" in box.text()
    assert screen.form.value("birth_place") == "Assilah"  # kept until the clerk decides
    answer(qtbot, screen, "yes")
    assert screen.form.value("birth_place") == "Tétouan"
    assert screen.base_version == 2
    assert elsewhere.birth_place == "Tanger"


# Drafts, Esc and Ctrl+N ---------------------------------------------------------------


def test_a_draft_is_kept_and_offered_back(qtbot: QtBot, ctx: AppContext) -> None:
    first = show_screen(qtbot, ctx)
    fill(qtbot, first, "cin", "K123456")
    fill(qtbot, first, "last_name_ar", "العمراني")
    qtbot.waitUntil(lambda: len(drafts_of(ctx.desk, ctx.actor)) == 1, timeout=4000)
    kept = drafts_of(ctx.desk, ctx.actor)[0]
    assert (kept.draft.cin, kept.draft.last_name_ar, kept.artisan_id) == (
        "K123456",
        "العمراني",
        None,
    )
    first.close()

    after_a_crash = show_screen(qtbot, ctx)
    after_a_crash.activated()
    text = answer(qtbot, after_a_crash, "yes")
    assert text.startswith("You have an unfinished registration from")
    assert "العمراني" in text
    assert after_a_crash.form.value("last_name_ar") == "العمراني"
    assert after_a_crash.form.value("cin") == "K123456"
    assert after_a_crash.has_unsaved_changes()
    assert after_a_crash.keeper.draft_id == kept.id

    fill_valid(qtbot, after_a_crash)
    press_save(qtbot, after_a_crash)
    assert drafts_of(ctx.desk, ctx.actor) == []


def test_an_edit_draft_comes_back_over_its_record(qtbot: QtBot, ctx: AppContext) -> None:
    record = existing(ctx)
    first = show_screen(qtbot, ctx)
    first.edit(record.id)
    fill(qtbot, first, "birth_place", "Assilah")
    first.keeper.save_now()
    first.close()

    again = show_screen(qtbot, ctx)
    again.activated()
    assert "unfinished changes to a record" in answer(qtbot, again, "yes")
    assert again.record is not None and again.record.id == record.id
    assert again.form.value("birth_place") == "Assilah"
    assert again.has_unsaved_changes()
    press_save(qtbot, again)
    assert find_record(ctx.desk, record.id).fields.birth_place == "Assilah"


def test_escape_asks_before_discarding(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen
) -> None:
    fill(qtbot, screen, "cin", "K123456")
    screen.keeper.save_now()
    QTest.keyClick(screen.focusWidget(), Qt.Key.Key_Escape)
    answer(qtbot, screen, "no")
    assert screen.form.value("cin") == "K123456"

    QTest.keyClick(screen.focusWidget(), Qt.Key.Key_Escape)
    answer(qtbot, screen, "yes")
    assert screen.form.value("cin") == ""
    assert not screen.has_unsaved_changes()
    assert drafts_of(ctx.desk, ctx.actor) == []


def test_a_new_form_asks_when_something_is_typed(qtbot: QtBot, screen: RegistrationScreen) -> None:
    fill(qtbot, screen, "cin", "K123456")
    QTest.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    answer(qtbot, screen, "no")
    assert screen.form.value("cin") == "K123456"
    screen.new_form()
    answer(qtbot, screen, "yes")
    assert screen.form.value("cin") == ""
    screen.new_form()
    assert question(screen) is None  # nothing to lose: no question


# Photo --------------------------------------------------------------------------------


def save_image(path: Path, width: int, height: int, age: int) -> None:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(path))
    stamp = 1_700_000_000 - age
    os.utime(path, (stamp, stamp))


def test_the_latest_scan_is_cropped_to_the_card(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen, tmp_path: Path
) -> None:
    save_image(tmp_path / "older.png", 200, 200, age=60)
    save_image(tmp_path / "scan-0042.jpg", 1200, 900, age=0)
    ctx.preferences.scan_folder = str(tmp_path)
    photo = screen.form.photo
    QTest.mouseClick(photo.from_scan, Qt.MouseButton.LeftButton)

    dialog = photo.findChild(CropDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.area.image.size().width() == 1200
    before = dialog.area.crop_rect()
    QTest.keyClick(dialog.area, Qt.Key.Key_Minus)
    QTest.keyClick(dialog.area, Qt.Key.Key_Right)
    after = dialog.area.crop_rect()
    assert after.width() < before.width() and after.left() > before.left()
    assert abs(after.width() / after.height() - 0.75) < 0.01
    dialog.accept()

    taken = photo.photo()
    assert taken is not None and image_size(taken) == (300, 400)
    assert check_photo(taken) == []
    assert screen.has_unsaved_changes()
    QTest.mouseClick(photo.remove, Qt.MouseButton.LeftButton)
    assert photo.photo() is None


def test_a_scan_too_small_for_a_card_is_refused(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen, tmp_path: Path
) -> None:
    save_image(tmp_path / "tiny.png", 80, 100, age=0)
    ctx.preferences.scan_folder = str(tmp_path)
    photo = screen.form.photo
    QTest.mouseClick(photo.from_scan, Qt.MouseButton.LeftButton)
    assert photo.findChild(CropDialog) is None
    assert photo.notice.isVisible()
    assert "too small" in photo.notice.text()
    assert photo.photo() is None


def test_a_saved_photo_is_stored_with_the_record(
    qtbot: QtBot, ctx: AppContext, screen: RegistrationScreen, tmp_path: Path
) -> None:
    save_image(tmp_path / "scan.jpg", 600, 800, age=0)
    ctx.preferences.scan_folder = str(tmp_path)
    fill_valid(qtbot, screen)
    QTest.mouseClick(screen.form.photo.from_scan, Qt.MouseButton.LeftButton)
    dialog = screen.form.photo.findChild(CropDialog)
    assert dialog is not None
    dialog.accept()
    press_save(qtbot, screen)
    stored = find_record(ctx.desk, "K123456").fields.photo
    assert stored is not None and image_size(stored) == (300, 400)


def test_an_unknown_record_is_said_so(qtbot: QtBot, screen: RegistrationScreen) -> None:
    screen.edit("0190a1b2-0000-7000-8000-000000000000")
    assert screen.notice.isVisible()
    assert screen.record is None
    with pytest.raises(RecordNotFound):
        find_record(screen.ctx.desk, "0190a1b2-0000-7000-8000-000000000000")


def test_ctrl_n_in_the_main_window_starts_a_new_form(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, [ScreenEntry("registration", "fa5s.user-plus", RegistrationScreen)])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = window.screens["registration"]
    assert isinstance(screen, RegistrationScreen)
    fill(qtbot, screen, "cin", "K123456")
    QTest.keyClick(screen.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "start a new one" in answer(qtbot, screen, "yes")
    assert screen.form.value("cin") == ""


# Pickers ------------------------------------------------------------------------------

SMALL_GEOGRAPHY = Geography.from_json(
    {
        "regions": [
            {
                "code": "01", "name_fr": "Tanger-Tétouan", "name_ar": "طنجة تطوان",
                "chamber_fr": "", "chamber_ar": "",
                "provinces_prefectures": [
                    {"code": "511", "geo_code": "01.511", "type": "prefecture",
                     "name_fr": "Tanger-Assilah", "name_ar": "طنجة أصيلة"},
                    {"code": "571", "geo_code": "01.571", "type": "province",
                     "name_fr": "Tétouan", "name_ar": "تطوان"},
                ],
            },
            {
                "code": "02", "name_fr": "L'Oriental", "name_ar": "الشرق",
                "chamber_fr": "", "chamber_ar": "",
                "provinces_prefectures": [
                    {"code": "113", "geo_code": "02.113", "type": "province",
                     "name_fr": "Berkane", "name_ar": "بركان"},
                ],
            },
        ]
    },
    {
        "communes": [
            {"code": "01.511.01.01", "province": "511", "name_fr": "Tanger", "name_ar": "طنجة"},
            {"code": "01.511.01.02", "province": "511", "name_fr": "Assilah", "name_ar": "أصيلة"},
            {"code": "02.113.01.01", "province": "113", "name_fr": "Berkane", "name_ar": "بركان"},
        ]
    },
)  # fmt: skip


def codes(picker: CodePicker) -> list[str]:
    return [str(picker.itemData(i)) for i in range(1, picker.count())]


def test_region_province_and_commune_follow_each_other(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    place = PlacePicker(SMALL_GEOGRAPHY, holder)
    place.retranslate()
    assert isinstance(place.commune, CodePicker)
    assert codes(place.province) == ["511", "571", "113"]

    place.region.setCurrentIndex(place.region.findData("02"))
    assert codes(place.province) == ["113"]
    line = place.province.lineEdit()
    assert line is not None
    line.setText("511")  # a province of another region, typed by its code
    place.province.settle()
    assert place.region.currentData() == "01"
    assert place.province_code() == "511"
    assert place.province.currentText() == "511 — Tanger-Assilah — طنجة أصيلة"
    assert codes(place.commune) == ["01.511.01.01", "01.511.01.02"]

    place.region.setCurrentIndex(place.region.findData("02"))
    assert place.province_code() == ""  # no longer in the chosen region
    place.set_place("113", "02.113.01.01")
    assert (place.province_code(), place.commune_code()) == ("113", "02.113.01.01")


def test_the_activity_is_found_by_a_part_of_either_name(
    qtbot: QtBot, screen: RegistrationScreen
) -> None:
    fill(qtbot, screen, "activity", "tapis")
    assert screen.form.value("activity") == "01.01"
    assert target_of(screen, "activity").text().startswith("01.01 — Tissage de tapis")  # type: ignore[attr-defined]
    fill(qtbot, screen, "activity", "نسج الزرابي")
    assert screen.form.value("activity") == "01.01"
    fill(qtbot, screen, "activity", "99.99")
    assert screen.form.value("activity") == "99.99"
    assert shown_message(screen, "activity") == message(Issue(Code.ACTIVITY_UNKNOWN, "activity"))


def test_switching_to_arabic_turns_the_form_right_to_left(
    qtbot: QtBot, screen: RegistrationScreen, translations: Translations
) -> None:
    fill(qtbot, screen, "cin", "AB12")
    translations.apply(Language.ARABIC)
    qtbot.waitUntil(screen.isRightToLeft)
    region = screen.form.place.region
    qtbot.waitUntil(lambda: region.currentText() == "01 — طنجة تطوان الحسيمة")
    for field in ("cin", "last_name_fr", "phone", "birth_date", "province", "activity"):
        assert screen.form.editors[field].layoutDirection() == Qt.LayoutDirection.LeftToRight
    for field in ("last_name_ar", "first_name_ar", "address_ar", "entity_name_ar"):
        assert screen.form.editors[field].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.form.value("cin") == "AB12"  # a language switch loses nothing
