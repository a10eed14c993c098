"""What a failing database call means for the person at the desk.

SQLite names its failures (``sqlite_errorname``); a handful of them call for words of
their own: the disk is full, the store is read-only, the file is damaged, another
program holds the store.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from sqlalchemy.exc import DBAPIError

from desktop_app.storage.engine import Access, StoreReadOnly


class Failure(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    DAMAGED = "damaged"
    BUSY = "busy"
    DISK_ERROR = "disk_error"  # the disk would not read or write (a stick pulled out)
    OTHER = "other"


_BY_NAME = {
    "SQLITE_FULL": Failure.DISK_FULL,
    "SQLITE_READONLY": Failure.READ_ONLY,
    "SQLITE_CORRUPT": Failure.DAMAGED,
    "SQLITE_NOTADB": Failure.DAMAGED,
    "SQLITE_BUSY": Failure.BUSY,
    "SQLITE_LOCKED": Failure.BUSY,
    "SQLITE_IOERR": Failure.DISK_ERROR,
    "SQLITE_CANTOPEN": Failure.DISK_ERROR,
}


def failure_of(error: BaseException) -> Failure:
    """The kind of a database failure (``OTHER`` when it is none of ours)."""
    if isinstance(error, StoreReadOnly):
        return Failure.DISK_FULL if error.access is Access.FULL_DISK else Failure.READ_ONLY
    original = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(original, sqlite3.Error):
        return Failure.OTHER
    if "Could not decode to UTF-8" in str(original):
        return Failure.DAMAGED  # every text the program stores is UTF-8: a byte changed
    name = getattr(original, "sqlite_errorname", "") or ""
    # Extended names (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED...) share a prefix.
    for prefix, failure in _BY_NAME.items():
        if name == prefix or name.startswith(prefix + "_"):
            return failure
    return Failure.OTHER
