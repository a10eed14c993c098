"""The clerk's window (PySide6). Screens call services; they never run SQL."""

from desktop_app.ui.none_refcount import keep_none_alive

keep_none_alive()  # before any PySide6 call: see desktop_app.ui.none_refcount
