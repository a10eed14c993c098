"""Signals that tell open screens what changed, so that they refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    record_saved = Signal(str)  # artisan id: created, edited or its status changed
    records_changed = Signal()  # many at once (an import)
    documents_changed = Signal()  # certificates or cards issued or cancelled
    language_changed = Signal()
    users_changed = Signal()
    policies_changed = Signal()  # office policies (lockout, idle lock) were saved
    open_record_requested = Signal(str)  # artisan id: show the record view
    edit_record_requested = Signal(str)  # artisan id: open it in the registration form
