"""What the window says of a store it cannot work on, and of a store that fails while
in use (a full disk, a read-only one, a damaged file), in the user's language."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.errors import StoreState, StoreUnusable
from desktop_app.services.store_failures import Failure, failure_of
from desktop_app.ui.context import translate
from desktop_app.ui.languages import latin_code


def unusable_text(problem: StoreUnusable) -> str:
    """Why the store cannot be used, and the way back."""
    texts = {
        StoreState.EMPTY: translate(
            "store",
            "The office store %1 is empty (0 bytes): it is not an office store. If this "
            "office had one, put back its last backup copy; if not, move the file away and "
            "start Hirfa again to create the office.",
        ),
        StoreState.NOT_A_STORE: translate(
            "store",
            "%1 is not a Hirfa office store; nothing was changed in it. Put back the "
            "store's backup copy, or move the file away and start Hirfa again to create "
            "the office.",
        ),
        StoreState.UNFINISHED: translate(
            "store",
            "The creation of the office store %1 was interrupted: it names no office. Move "
            "it away and start Hirfa again to create the office.",
        ),
        StoreState.DAMAGED: translate(
            "store",
            "The office store %1 is damaged. Nothing more is written to it. Put back the "
            "last backup copy of the data folder (the store and its keys folder), then "
            "start Hirfa again; keep the damaged file for support.",
        ),
        StoreState.TOO_NEW: translate(
            "store",
            "The office store %1 was made by a newer version of Hirfa. Use that version: "
            "this one changes nothing in it.",
        ),
        StoreState.READ_ONLY_UPGRADE: translate(
            "store",
            "The office store %1 needs an upgrade for this version of Hirfa, which its "
            "read-only disk cannot take. Open it once where it can be written.",
        ),
    }
    text = texts[problem.state].replace("%1", latin_code(str(problem.path)))
    if problem.state is StoreState.DAMAGED and problem.detail:
        found = translate("store", "What was found:")
        text += f"\n\n{found} {latin_code(problem.detail)}"
    return text


def read_only_text(path: Path) -> str:
    return translate(
        "store",
        "The office store %1 is on a read-only disk. The window needs to save (every "
        "login, every change): make the disk writable, or copy the data folder to one "
        "that is. The command line can still read it (hirfa search, show, export).",
    ).replace("%1", latin_code(str(path)))


def store_failure_text(error: BaseException) -> str | None:
    """What to say of a store that failed during an action; ``None`` if it did not."""
    failure = failure_of(error)
    if failure is Failure.DISK_FULL:
        return translate(
            "store",
            "The disk of the office store is full: this was not saved. Free some space on "
            "it and try again; what you typed is still here.",
        )
    if failure is Failure.READ_ONLY:
        return translate("store", "The office store is on a read-only disk: nothing can be saved.")
    if failure is Failure.BUSY:
        return translate(
            "store", "The office store is busy: another program keeps it locked. Try again."
        )
    if failure is Failure.DISK_ERROR:
        return translate(
            "store",
            "The disk of the office store could not be read or written: check that it is "
            "connected and working, then try again.",
        )
    if failure is Failure.DAMAGED:
        return translate(
            "store",
            "The office store is damaged: nothing more is saved. Close Hirfa and put back "
            "the last backup copy of the data folder.",
        )
    return None
