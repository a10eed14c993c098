"""The editors of the registration form: text in a fixed script direction, dates typed
DD/MM/YYYY, choices among a field's allowed values, and coded lists that search."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from desktop_app.ui.context import choice, translate
from registry.dates import parse_date

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft
ENTRY_SEPARATOR = " — "
"""Between the code and the names of an entry of a :class:`CodePicker`."""


def line_edit(
    direction: Qt.LayoutDirection | None = None, max_length: int = 0, parent: QWidget | None = None
) -> QLineEdit:
    """A one-line editor; ``direction`` fixes it whatever the interface language."""
    editor = QLineEdit(parent)
    if direction is not None:
        editor.setLayoutDirection(direction)
    if max_length:
        editor.setMaxLength(max_length)
    return editor


class DateEdit(QLineEdit):
    """A date typed DD/MM/YYYY (or 8 digits), empty until the clerk types one.

    A line edit rather than a ``QDateEdit``: a date edit always holds some date (a
    silent default birth date is a wrong birth date) and reverses its own format
    under a right-to-left layout.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(LTR)
        self.setMaxLength(10)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9\x{0660}-\x{0669}/.\-]*"), self)
        )
        self.editingFinished.connect(self.tidy)

    def retranslate(self) -> None:
        self.setPlaceholderText(translate("registration", "DD/MM/YYYY"))

    def tidy(self) -> None:
        """Show a readable date as DD/MM/YYYY; leave anything else as typed."""
        text = self.text().strip()
        if len(text) == 8 and text.isdigit():
            text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
        parsed = parse_date(text)
        if parsed is not None:
            text = parsed.strftime("%d/%m/%Y")
        if text != self.text():
            self.setText(text)

    def set_value(self, value: str) -> None:
        """A stored date (ISO) or a typed one."""
        parsed = parse_date(value) if value else None
        self.setText(parsed.strftime("%d/%m/%Y") if parsed else value)


class ChoiceCombo(QComboBox):
    """One of a choice field's values (sex, category...), or nothing chosen yet."""

    def __init__(self, kind: str, values: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.addItem("", "")
        for value in values:
            self.addItem(value, value)

    def retranslate(self) -> None:
        for index in range(1, self.count()):
            self.setItemText(index, choice(self.kind, str(self.itemData(index))))

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index < 0 and value:
            # A value no longer offered (an old import): shown as it is, not lost.
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class CodePicker(QComboBox):
    """A coded entry (province, activity...) chosen by typing any part of
    "code — French name — Arabic name"; a code typed in full is taken as it is, so an
    unknown one reaches the rules and gets their message."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setLayoutDirection(LTR)  # codes first, then both scripts
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.settle)
        self.activated.connect(lambda _index: self.committed.emit())

    def set_entries(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """Entries as (code, French name, Arabic name); what was typed stays."""
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for code, name_fr, name_ar in entries:
            self.addItem(ENTRY_SEPARATOR.join((code, name_fr, name_ar)), code)
        self.blockSignals(False)
        self.set_code(self._code_of(typed))

    def _index_of(self, text: str) -> int:
        if not text:
            return 0
        for flags in (Qt.MatchFlag.MatchFixedString, Qt.MatchFlag.MatchStartsWith):
            index = self.findText(text, flags)
            if index > 0 and self._entry_code(index) == self._head(text):
                return index
        index = self.findData(text)
        if index > 0:
            return index
        found = [
            i for i in range(1, self.count()) if text.casefold() in self.itemText(i).casefold()
        ]
        return found[0] if len(found) == 1 else -1

    def _entry_code(self, index: int) -> str:
        return str(self.itemData(index) or "")

    @staticmethod
    def _head(text: str) -> str:
        return text.split(ENTRY_SEPARATOR)[0].strip()

    def _code_of(self, text: str) -> str:
        text = text.strip()
        index = self._index_of(text)
        return self._entry_code(index) if index >= 0 else self._head(text)

    def code(self) -> str:
        """The chosen entry's code, or what was typed when it designates none."""
        return self._code_of(self.currentText())

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(0)
            self.setEditText(code)

    def settle(self) -> None:
        """Show the full entry for what was typed, if it designates exactly one."""
        text = self.currentText().strip()
        index = self._index_of(text)
        if index >= 0 and self.itemText(index) != self.currentText():
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        self.committed.emit()
