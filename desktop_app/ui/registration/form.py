"""The fields of an artisan's record, in sections, read and written as an ArtisanDraft.

The form knows the layout and which fields the chosen category asks for; it knows
nothing of saving. Fields of a cooperative or an enterprise are hidden for a person,
and their values are then left out of the draft (but kept in the editors, so that
choosing the category back loses nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.registration.editors import (
    LTR,
    RTL,
    ChoiceCombo,
    CodePicker,
    DateEdit,
    line_edit,
)
from desktop_app.ui.registration.field_row import FieldRow
from desktop_app.ui.registration.photo_box import PhotoBox
from desktop_app.ui.registration.place import PlacePicker
from registry.artisan import (
    DRAFT_FIELDS,
    AmoStatus,
    ArtisanDraft,
    Category,
    FiscalRegime,
    Sex,
    Workplace,
)
from registry.identifiers import parse_cin
from registry.issues import Issue

ENTITY_ONLY_FIELDS = (
    "entity_name_fr", "entity_name_ar", "odco_number", "members", "supervisor_number",
)  # fmt: skip
IDENTITY_FIELDS = (
    "cin", "last_name_fr", "first_name_fr", "last_name_ar", "first_name_ar", "birth_date",
)  # fmt: skip
"""What :func:`desktop_app.services.duplicates.find_duplicates` compares."""
ALWAYS_REQUIRED = frozenset({"cin", "sex", "birth_date", "province", "category", "activity"})


def required_fields(category: str) -> frozenset[str]:
    """The fields a record of ``category`` cannot go without (names aside: either script)."""
    extra = {
        Category.ARTISAN_DIPLOMA: {"diploma", "diploma_school"},
        Category.ARTISAN_EXPERIENCE: {"activity_since"},
        Category.MASTER_ARTISAN: {"activity_since"},
        Category.COOPERATIVE: {"odco_number", "members"},
        Category.ENTERPRISE: {"ice", "supervisor_number"},
    }
    found = next((c for c in Category if c.value == category), None)
    return ALWAYS_REQUIRED | extra.get(found, set()) if found else ALWAYS_REQUIRED


def is_entity(category: str) -> bool:
    return category in (Category.COOPERATIVE.value, Category.ENTERPRISE.value)


class _Section:
    def __init__(self, title: Callable[[], str]) -> None:
        self.title = title
        self.box = QGroupBox()
        self.layout = QFormLayout(self.box)
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A label too long for the column (a translation) goes above its field.
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)


class ArtisanForm(QWidget):
    """All the editors of a record. ``changed`` on any edit, ``committed(field)`` when
    the clerk leaves or chooses a field, ``identity_changed`` when what duplicates are
    searched by changes."""

    changed = Signal()
    committed = Signal(str)
    identity_changed = Signal()
    category_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[str, FieldRow] = {}
        self.editors: dict[str, QWidget] = {}
        self.sections: list[_Section] = []
        self._loading = False
        self.place = PlacePicker(ctx.desk.geography, self)
        self.photo = PhotoBox(ctx)
        self._build()
        self._connect()
        self._chain_tab_order()

    # Construction ------------------------------------------------------------------

    def _section(self, title: Callable[[], str]) -> _Section:
        section = _Section(title)
        self.sections.append(section)
        return section

    def _add(
        self,
        section: _Section,
        field: str,
        editor: QWidget,
        caption: Callable[[], str] | None = None,
    ) -> None:
        editor.setObjectName(field)
        self.editors[field] = editor
        row = FieldRow(field, editor, caption)
        self.rows[field] = row
        section.layout.addRow(row.label, row.box)

    def _build(self) -> None:
        identity = self._section(lambda: translate("registration", "Identity"))
        self._add(identity, "cin", line_edit(LTR, 12))
        self._add(identity, "last_name_fr", line_edit(LTR, 60))
        self._add(identity, "first_name_fr", line_edit(LTR, 60))
        self._add(identity, "last_name_ar", line_edit(RTL, 60))
        self._add(identity, "first_name_ar", line_edit(RTL, 60))
        self.names_hint = QLabel()
        self.names_hint.setWordWrap(True)
        self.names_hint.setEnabled(False)
        identity.layout.addRow(self.names_hint)
        self._add(identity, "sex", ChoiceCombo("sex", [s.value for s in Sex]))
        self._add(identity, "birth_date", DateEdit())
        self._add(identity, "birth_place", line_edit(None, 80))
        self._add(identity, "nationality", line_edit(LTR, 2))

        contact = self._section(lambda: translate("registration", "Contact and address"))
        self._add(contact, "phone", line_edit(LTR, 20))
        self._add(contact, "email", line_edit(LTR, 120))
        self._add(contact, "address_fr", line_edit(LTR, 200))
        self._add(contact, "address_ar", line_edit(RTL, 200))
        self.region_label = QLabel()
        self.region_label.setBuddy(self.place.region)
        contact.layout.addRow(self.region_label, self.place.region)
        self._add(contact, "province", self.place.province)
        self._add(contact, "commune", self.place.commune)

        craft = self._section(lambda: translate("registration", "Craft"))
        self._add(craft, "category", ChoiceCombo("category", [c.value for c in Category]))
        self._add(craft, "activity", CodePicker())
        self._add(craft, "activity_since", line_edit(LTR, 4))
        self._add(craft, "workplace", ChoiceCombo("workplace", [w.value for w in Workplace]))
        self._fill_activities()

        qualification = self._section(lambda: translate("registration", "Qualification"))
        self._add(qualification, "diploma", line_edit(None, 120))
        self._add(qualification, "diploma_school", line_edit(None, 120))

        social = self._section(lambda: translate("registration", "Social and fiscal"))
        self._add(social, "cnss_number", line_edit(LTR, 12))
        self._add(social, "amo_status", ChoiceCombo("amo_status", [a.value for a in AmoStatus]))
        self._add(
            social, "fiscal_regime", ChoiceCombo("fiscal_regime", [f.value for f in FiscalRegime])
        )
        # An individual may hold an ICE, an RC and an IF too: these stay visible for all.
        self._add(social, "tax_id", line_edit(LTR, 12))
        self._add(social, "ice", line_edit(LTR, 20))
        self._add(social, "rc_court", line_edit(None, 60))
        self._add(social, "rc_number", line_edit(LTR, 10))

        self.entity = self._section(lambda: translate("registration", "Cooperative or enterprise"))
        self.entity.box.setObjectName("entity_section")
        self._add(
            self.entity,
            "entity_name_fr",
            line_edit(LTR, 120),
            lambda: translate("registration", "Name (Latin)"),
        )
        self._add(
            self.entity,
            "entity_name_ar",
            line_edit(RTL, 120),
            lambda: translate("registration", "Name (Arabic)"),
        )
        self._add(self.entity, "odco_number", line_edit(LTR, 30))
        self._add(self.entity, "members", line_edit(LTR, 6))
        self._add(
            self.entity,
            "supervisor_number",
            line_edit(LTR, 24),
            lambda: translate("registration", "Supervising artisan"),
        )

        registration = self._section(lambda: translate("registration", "Registration"))
        self._add(registration, "registered_on", DateEdit())

        self.photo_row = FieldRow("photo", self.photo)
        self.rows["photo"] = self.photo_row

        left, right = QVBoxLayout(), QVBoxLayout()
        for section in self.sections[:2]:
            left.addWidget(section.box)
        for section in self.sections[2:]:
            right.addWidget(section.box)
        left.addStretch(1)
        right.addStretch(1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def _fill_activities(self) -> None:
        picker = self.editors["activity"]
        assert isinstance(picker, CodePicker)
        nomenclature = self.ctx.desk.activities.active
        picker.set_entries((a.code, a.name_fr, a.name_ar) for a in nomenclature.activities.values())

    def _connect(self) -> None:
        for field, editor in self.editors.items():
            if isinstance(editor, ChoiceCombo):
                editor.currentIndexChanged.connect(lambda _i, f=field: self._edited(f, True))
            elif isinstance(editor, CodePicker):
                editor.editTextChanged.connect(lambda _t, f=field: self._edited(f, False))
                editor.committed.connect(lambda f=field: self._commit(f))
                line = editor.lineEdit()
                assert line is not None
                line.installEventFilter(self)
            elif isinstance(editor, QLineEdit):
                editor.textChanged.connect(lambda _t, f=field: self._edited(f, False))
                editor.editingFinished.connect(lambda f=field: self._commit(f))
            editor.installEventFilter(self)
        self.place.region.installEventFilter(self)
        self.photo.changed.connect(lambda: self._edited("photo", True))
        cin = self.editors["cin"]
        assert isinstance(cin, QLineEdit)
        cin.editingFinished.connect(lambda: self._tidy_cin(cin))
        category = self.editors["category"]
        assert isinstance(category, ChoiceCombo)
        category.currentIndexChanged.connect(self._apply_category)

    def _chain_tab_order(self) -> None:
        chain = list(self.editors.values())
        chain.insert(chain.index(self.place.province), self.place.region)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    @staticmethod
    def _tidy_cin(editor: QLineEdit) -> None:
        cin = parse_cin(editor.text())
        if cin is not None and cin != editor.text():
            editor.setText(cin)

    # Keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter moves on to the next field, as Tab does (the clerk's habit from paper
        forms and older programs)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.place.retranslate()  # region names follow the direction
        super().changeEvent(event)

    # Changes -----------------------------------------------------------------------

    def _edited(self, field: str, commits: bool) -> None:
        if self._loading:
            return
        self.changed.emit()
        if field in IDENTITY_FIELDS:
            self.identity_changed.emit()
        if commits:
            self.committed.emit(field)

    def _commit(self, field: str) -> None:
        if not self._loading:
            self.committed.emit(field)

    def category(self) -> str:
        editor = self.editors["category"]
        assert isinstance(editor, ChoiceCombo)
        return editor.value()

    def _apply_category(self) -> None:
        category = self.category()
        self.entity.box.setVisible(is_entity(category))
        required = required_fields(category)
        for field, row in self.rows.items():
            row.set_required(field in required)
        if not self._loading:
            self.category_changed.emit()

    # Values ------------------------------------------------------------------------

    def value(self, field: str) -> str:
        if field == "province":
            return self.place.province_code()
        if field == "commune":
            return self.place.commune_code()
        editor = self.editors[field]
        if isinstance(editor, ChoiceCombo):
            return editor.value()
        if isinstance(editor, CodePicker):
            return editor.code()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def draft(self) -> ArtisanDraft:
        """What the form holds, as the rules and services take it."""
        values = {field: self.value(field) for field in DRAFT_FIELDS}
        if not is_entity(values["category"]):
            values.update(dict.fromkeys(ENTITY_ONLY_FIELDS, ""))
        return ArtisanDraft(**values, photo=self.photo.photo())

    def load(self, draft: ArtisanDraft) -> None:
        """Show ``draft`` (a stored record, a kept draft or a blank form)."""
        self._loading = True
        try:
            if not draft.province:
                self.place.set_default_region(self.ctx.desk.identity.region)
            self.place.set_place(draft.province, draft.commune)
            for field in DRAFT_FIELDS:
                editor = self.editors[field]
                value = getattr(draft, field)
                if isinstance(editor, (ChoiceCombo, DateEdit)):
                    editor.set_value(value)
                elif isinstance(editor, CodePicker):
                    if field not in ("province", "commune"):
                        editor.set_code(value)
                elif isinstance(editor, QLineEdit):
                    editor.setText(value)
            self.photo.set_photo(draft.photo)
            self._apply_category()
        finally:
            self._loading = False
        self.show_issues([], set())

    # Issues ------------------------------------------------------------------------

    def show_issues(self, issues: Iterable[Issue], fields: set[str]) -> None:
        """Issues of ``fields`` beside their fields; every other field shown clean."""
        found = list(issues)
        for field, row in self.rows.items():
            row.set_issues([i for i in found if i.field == field] if field in fields else [])

    def first_field_in_error(self, issues: Iterable[Issue]) -> str | None:
        """The first field of the form (in tab order) with an error among ``issues``."""
        in_error = {i.field for i in issues if i.is_error}
        return next((f for f in self.rows if f in in_error), None)

    def editor_of(self, field: str) -> QWidget | None:
        """The widget that takes the focus for ``field``."""
        if field == "photo":
            return self.photo.from_file
        row = self.rows.get(field)
        return row.editor if row else None

    def retranslate(self) -> None:
        for section in self.sections:
            section.box.setTitle(section.title())
        for row in self.rows.values():
            row.retranslate()
        for editor in self.editors.values():
            if isinstance(editor, (ChoiceCombo, DateEdit)):
                editor.retranslate()
        self.names_hint.setText(
            translate(
                "registration", "Write each name in Latin letters, in Arabic letters or both."
            )
        )
        self.region_label.setText(translate("registration", "Region"))
        search = translate("registration", "Type a code or part of a name")
        placeholders = {
            "cin": translate("registration", "e.g. AB123456"),
            "phone": translate("registration", "e.g. 0612345678"),
            "province": search,
            "activity": search,
            "supervisor_number": translate("registration", "Registration No. of the artisan"),
        }
        for field, text in placeholders.items():
            editor = self.editors[field]
            line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
            if isinstance(line, QLineEdit):
                line.setPlaceholderText(text)
        self.place.retranslate()
        self.photo.retranslate()
