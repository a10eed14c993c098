"""The store's own SQLite connection, for the statements of the save and lookup paths.

SQLAlchemy's statement handling (execution context, result wrapping, events) costs
50–100 µs a statement, as much as SQLite's work on these small statements; a save runs
about ten of them. They run on the session's connection, inside its transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import cast

from sqlalchemy.orm import Session


def driver(session: Session) -> sqlite3.Connection:
    """The DBAPI connection under ``session`` (its transaction begun)."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def stored_moment(moment: datetime) -> str:
    """A moment as SQLAlchemy stores a ``DateTime`` in SQLite (for statements written
    here: the same text sorts and reads back the same)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
