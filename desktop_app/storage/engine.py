"""The SQLite engine of an office store, configured so that a save survives a power cut.

- WAL journal, ``synchronous=FULL``: a committed save is on disk when the call returns.
- Foreign keys enforced.
- Transactions begin explicitly: ``BEGIN IMMEDIATE`` for writes, so that two writers
  queue on the lock instead of failing half-way with "database is locked".
- WAL checkpoints are taken off the save path (see :class:`Checkpointer`): SQLite's
  automatic checkpoint runs inside the committing call and costs the unlucky save
  5–10 ms.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

STORE_FILE = "hirfa.sqlite3"
BUSY_TIMEOUT_MS = 10_000
CHECKPOINT_POLL_S = 0.1
QUIET_BEFORE_CHECKPOINT_S = 0.3
CHECKPOINT_AT_MOST_S = 5.0


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILE


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    conn: sqlite3.Connection = dbapi_connection
    conn.isolation_level = None  # we issue BEGIN ourselves (see _begin)
    cursor = conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


class Store:
    """An open office store: the engine, sessions for reading and writing, checkpoints."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self.last_write = 0.0  # time.monotonic() when the last write transaction ended
        self._checkpointer: Checkpointer | None = Checkpointer(self)
        self._checkpointer.start()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; rolled back at the end."""
        with self._reads() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._writes() as session, session.begin():
                yield session
        finally:
            self.last_write = time.monotonic()

    def checkpoint(self) -> None:
        """Fold the WAL back into the database file (non-blocking for readers)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        """Stop checkpointing, fold the WAL in and release the file (twice is harmless)."""
        if self._checkpointer is None:
            return
        self._checkpointer.stop()
        self._checkpointer = None
        self.checkpoint()
        self.engine.dispose()


class Checkpointer(threading.Thread):
    """Takes WAL checkpoints from its own thread, when the store is quiet.

    A checkpoint writes and syncs the database file; running during a save, it
    competes for the disk with that save's own sync. So it waits for a pause in the
    writes — except during long bulk work, when it goes ahead every few seconds to
    keep the WAL small.
    """

    def __init__(self, store: Store) -> None:
        super().__init__(name="wal-checkpoint", daemon=True)
        self._store = store
        self._stopping = threading.Event()

    def run(self) -> None:
        done = time.monotonic()
        while not self._stopping.wait(CHECKPOINT_POLL_S):
            now = time.monotonic()
            written = self._store.last_write
            if written <= done:
                continue  # nothing new since the last checkpoint
            if now - written >= QUIET_BEFORE_CHECKPOINT_S or now - done >= CHECKPOINT_AT_MOST_S:
                self._store.checkpoint()
                done = now

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=5)
