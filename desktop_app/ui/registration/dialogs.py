"""Questions and notices of the registration form, window-modal and never blocking.

Boxes are opened with :meth:`QMessageBox.open`, not ``exec``: background answers
keep arriving while a question waits, and tests find the box and click its buttons
(object names ``question``/``notice``, buttons ``yes``/``no``/``other``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget


def ask(
    parent: QWidget,
    title: str,
    text: str,
    answers: list[tuple[str, Callable[[], None]]],
    *,
    default: int = 0,
) -> QMessageBox:
    """Ask ``text`` with one button per answer: two (yes, no) or three (yes, other,
    no); the last one is also the answer to Esc."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setObjectName("question")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    names = ("yes", "other", "no") if len(answers) == 3 else ("yes", "no")
    roles = {
        "yes": QMessageBox.ButtonRole.AcceptRole,
        "other": QMessageBox.ButtonRole.DestructiveRole,
        "no": QMessageBox.ButtonRole.RejectRole,
    }
    actions: dict[str, Callable[[], None]] = {}
    buttons: list[QAbstractButton] = []
    for name, (caption, action) in zip(names, answers, strict=True):
        button = box.addButton(caption, roles[name])
        button.setObjectName(name)
        actions[name] = action
        buttons.append(button)
    default_button = buttons[default]
    assert isinstance(default_button, QPushButton)
    box.setDefaultButton(default_button)
    box.setEscapeButton(buttons[-1])
    box.buttonClicked.connect(lambda button: actions[button.objectName()]())
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
