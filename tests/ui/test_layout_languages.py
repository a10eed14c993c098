"""The real screens in Arabic and in French: every text translated, nothing clipped or
overlapping at 1366×768, each script in its own direction, and a language switch at
run time re-labels everything.

What a window shows is read widget by widget (titles, labels, buttons, tabs, menus,
table headers and cells, list items, placeholders, tooltips). Values that came from
the store — names, numbers, places, comments — are data and may be in any script.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.ui.context import AppContext
from desktop_app.ui.first_start import FirstStartWizard
from desktop_app.ui.languages import Language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.record.dialog import RecordDialog
from desktop_app.ui.registration.screen import RegistrationScreen
from registry.workflow import Role
from tests.ui.language_support import (
    ANY_LETTER,
    ARABIC_LETTER,
    LATIN_LETTER,
    SCREEN_SIZE,
    Scene,
    Shown,
    build_scene,
    catalogue_path,
    each_screen,
    lengthened,
    marked,
    open_dialogs,
    open_main_window,
    pseudo_translator,
    read_catalogue,
    shown_texts,
    template_pattern,
    widget_texts,
    without_codes,
    without_data,
    without_marked,
    wizard_pages,
)

MakeCtx = Callable[[Role], AppContext]
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
ISOLATES = re.compile("[\u2066-\u2069]")


@pytest.fixture
def scene(make_ctx: MakeCtx) -> Scene:
    return build_scene(make_ctx(Role.ADMINISTRATOR))


def everything_shown(scene: Scene, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """Each screen of the main window, each dialog and each wizard page, in front in turn."""
    window = open_main_window(scene, qtbot)
    for key in each_screen(window):
        yield f"main window: {key}", window
    for dialog in open_dialogs(scene, window, qtbot):
        yield f"dialog {dialog.objectName()}", dialog
        dialog.close()
    wizard = FirstStartWizard(tmp_path / "new office", scene.ctx.runner)
    qtbot.addWidget(wizard)
    for page in wizard_pages(wizard):
        yield f"first start, page {page}", wizard
    wizard.close()
    window.close()


def all_shown(scene: Scene, qtbot: QtBot, tmp_path: Path) -> list[Shown]:
    found: list[Shown] = []
    for name, root in everything_shown(scene, qtbot, tmp_path):
        found += [Shown(f"{name}: {s.where}", s.text) for s in shown_texts(root)]
    return found


class EnglishLeft:
    """Tells an English source text (or one made from a source with placeholders) that
    has a different translation in ``language``; a line of data is not one."""

    def __init__(self, language: Language, data: set[str]) -> None:
        messages = read_catalogue(catalogue_path(language))
        # "Province" may stay "Province" in one context and not in another: not a leftover.
        kept = {m.source for m in messages if m.translation == m.source}
        self.sources = {m.source for m in messages} - kept
        self.templates = [template_pattern(t) for t in self.sources if "%" in t]
        self.data = data

    def __call__(self, text: str) -> bool:
        for line in ISOLATES.sub("", text).splitlines():
            if not ANY_LETTER.search(without_data(line, self.data)):
                continue
            if line in self.sources or any(t.match(line) for t in self.templates):
                return True
        return False


def foreign_letters(shown: list[Shown], data: set[str], letters: re.Pattern[str]) -> list[Shown]:
    return [s for s in shown if letters.search(without_codes(without_data(s.text, data)))]


# Every text translated -----------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language), ids=str)
def test_no_english_text_is_left(
    scene: Scene, language: Language, qtbot: QtBot, tmp_path: Path
) -> None:
    scene.ctx.translations.apply(language)
    shown = all_shown(scene, qtbot, tmp_path)
    assert len(shown) > 500  # the walk reached the screens
    english = EnglishLeft(language, scene.data)
    assert not [s for s in shown if english(s.text)]
    # Arabic shows Latin letters only in data and codes; French, Arabic ones only in data.
    other_script = LATIN_LETTER if language is Language.ARABIC else ARABIC_LETTER
    assert not foreign_letters(shown, scene.data, other_script)


def test_every_shown_text_goes_through_the_translations(
    scene: Scene, qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """With every text marked ⟦…⟧, a letter outside the marks that is not data was written
    into the code without ``translate``."""
    scene.ctx.translations.clear()
    marking = pseudo_translator(tmp_path, marked)
    qapp.installTranslator(marking)
    try:
        shown = all_shown(scene, qtbot, tmp_path)
    finally:
        qapp.removeTranslator(marking)
    hard_coded = [
        s
        for s in shown
        if ANY_LETTER.search(without_codes(without_data(without_marked(s.text), scene.data)))
    ]
    assert not hard_coded


# Layout --------------------------------------------------------------------------------


def clipped_text(widget: QWidget) -> str | None:
    """Why the text of ``widget`` does not show in full, if it does not."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return f"height {widget.height()} < {needed}" if widget.height() < needed else None
        needed = widget.minimumSizeHint().width()
        return f"width {widget.width()} < {needed}" if widget.width() < needed else None
    if isinstance(widget, QAbstractButton) and widget.text():
        needed = widget.sizeHint().width()  # a button never elides its text
        return f"width {widget.width()} < {needed}" if widget.width() < needed else None
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.minimumSizeHint().width()
        return f"width {widget.width()} < {needed}" if widget.width() < needed else None
    return None


def overlaps_in_forms(root: QWidget) -> list[str]:
    found = []
    for form in root.findChildren(QFormLayout):
        parent = form.parentWidget()
        if parent is None or not parent.isVisible():
            continue
        cells: list[tuple[str, QRect]] = []
        for index in range(form.count()):
            item = form.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isVisible():
                cells.append((widget.objectName() or type(widget).__name__, widget.geometry()))
        for i, (name, rect) in enumerate(cells):
            found += [
                f"{parent.objectName()}: {name} / {other}"
                for other, other_rect in cells[i + 1 :]
                if rect.intersects(other_rect)
            ]
    return found


def layout_problems(root: QWidget) -> list[str]:
    problems = [
        f"{w.objectName() or type(w).__name__}: {reason} «{' / '.join(widget_texts(w))}»"
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisible() and (reason := clipped_text(w))
    ]
    problems += overlaps_in_forms(root)
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisible() and inner is not None and area.widgetResizable():
            needed = inner.minimumSizeHint().width()
            if needed > area.viewport().width():
                problems.append(f"{area.objectName()}: scrolls sideways ({needed})")
    return problems


def install(
    app: QApplication, translator: QTranslator | None, ctx: AppContext, language: Language
) -> None:
    """``language``, or its locale and direction with the texts of ``translator``."""
    ctx.translations.apply(language)
    if translator is not None:
        ctx.translations.clear()
        QLocale.setDefault(language.locale)
        app.installTranslator(translator)
        app.setLayoutDirection(language.direction)
    QApplication.processEvents()


@pytest.mark.parametrize(
    ("language", "longer"),
    [(Language.ARABIC, False), (Language.FRENCH, False), (Language.ARABIC, True)],
    ids=["arabic", "french", "lengthened rtl"],
)
def test_everything_fits_a_1366_by_768_screen(
    scene: Scene,
    language: Language,
    longer: bool,
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    translator = pseudo_translator(tmp_path, lengthened) if longer else None
    install(qapp, translator, scene.ctx, language)
    try:
        problems = []
        for name, root in everything_shown(scene, qtbot, tmp_path):
            if isinstance(root, MainWindow):
                assert root.size().toTuple() == SCREEN_SIZE, name  # not pushed wider
            problems += [f"{name}: {p}" for p in layout_problems(root)]
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
    assert not problems


# Directions ----------------------------------------------------------------------------

LATIN_FIELDS = (
    "cin", "last_name_fr", "first_name_fr", "phone", "email", "address_fr", "birth_date",
    "registered_on", "nationality", "activity_since", "cnss_number", "ice", "rc_number",
    "tax_id", "entity_name_fr", "odco_number", "members", "supervisor_number",
)  # fmt: skip
ARABIC_FIELDS = ("last_name_ar", "first_name_ar", "address_ar", "entity_name_ar")


def test_arabic_is_right_to_left_and_each_field_keeps_its_script(
    scene: Scene, qtbot: QtBot
) -> None:
    scene.ctx.translations.apply(Language.ARABIC)
    window = open_main_window(scene, qtbot)
    assert window.layoutDirection() == RTL
    assert window.navigation.isRightToLeft()
    form = window.screens["registration"]
    assert isinstance(form, RegistrationScreen)
    editors = form.form.editors
    assert {f: editors[f].layoutDirection() for f in LATIN_FIELDS} == dict.fromkeys(
        LATIN_FIELDS, LTR
    )
    assert {f: editors[f].layoutDirection() for f in ARABIC_FIELDS} == dict.fromkeys(
        ARABIC_FIELDS, RTL
    )
    dialog = RecordDialog(scene.ctx, scene.cooperative.id, window)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == RTL
    assert dialog.number.layoutDirection() == LTR
    values = {name: dialog.findChild(QLabel, f"value_{name}") for name in ("cin", "last_name_ar")}
    assert values["cin"] is not None and values["cin"].layoutDirection() == LTR
    assert values["last_name_ar"] is not None and values["last_name_ar"].layoutDirection() == RTL
    # Dates read as typed, with Western digits: 17/05/1980, not 1980/5/17.
    birth = dialog.findChild(QLabel, "value_birth_date")
    assert birth is not None and birth.text() == "17/05/1980"
    login_fields = [w for w in open_dialogs(scene, window, qtbot)[1].findChildren(QLineEdit)]
    assert all(w.layoutDirection() == LTR for w in login_fields)


# Switching language at run time ---------------------------------------------------------


def test_switching_language_relabels_every_screen(scene: Scene, qtbot: QtBot) -> None:
    ctx = scene.ctx
    ctx.translations.apply(Language.FRENCH)
    window = open_main_window(scene, qtbot)
    record = RecordDialog(ctx, scene.cooperative.id, window)
    qtbot.addWidget(record)
    record.show()
    for language, former in ((Language.ARABIC, Language.FRENCH), (Language.FRENCH, None)):
        ctx.translations.apply(language)
        QApplication.processEvents()
        english = EnglishLeft(language, scene.data)
        left = read_catalogue(catalogue_path(former)) if former else []
        former_texts = {m.translation for m in left if m.translation != m.source}
        shown = [Shown(k, s.text) for k in each_screen(window) for s in shown_texts(window)]
        shown += shown_texts(record)
        assert not [s for s in shown if english(s.text) or s.text in former_texts]
        other_script = LATIN_LETTER if language is Language.ARABIC else ARABIC_LETTER
        assert not foreign_letters(shown, scene.data, other_script)
        assert window.layoutDirection() == language.direction
