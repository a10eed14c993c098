"""The store's own SQLite connection, for the statements of the save and lookup paths.

SQLAlchemy's statement handling (execution context, result wrapping, events) costs
50–100 µs a statement, as much as SQLite's work on these small statements; a save runs
about ten of them. They run on the session's connection, inside its transaction.
"""

from __future__ import annotations

import sqlite3
from typing import cast

from sqlalchemy.orm import Session


def driver(session: Session) -> sqlite3.Connection:
    """The DBAPI connection under ``session`` (its transaction begun)."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)
