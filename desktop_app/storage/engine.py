"""The SQLite engine of an office store, configured so that a save survives a power cut.

- WAL journal, ``synchronous=FULL``: a committed save is on disk when the call returns.
- Foreign keys enforced.
- Transactions begin explicitly: ``BEGIN IMMEDIATE`` for writes, so that two writers
  queue on the lock instead of failing half-way with "database is locked".
- WAL checkpoints are taken off the save path (see :class:`Checkpointer`): SQLite's
  automatic checkpoint runs inside the committing call and costs the unlucky save
  5–10 ms. The WAL stays bounded: past :data:`WAL_LIMIT_BYTES` it is folded back and
  truncated at once, even in the middle of a long import.
- A store on a read-only disk (a backup on a write-protected stick, a remount after
  errors) or on a full one opens for reading (:func:`access_to`): SQLite's read-only
  mode, ``immutable`` when no WAL is beside it (it could neither create the WAL's
  index file nor find another program using the store); writing then raises
  :class:`StoreReadOnly` before anything is tried.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

STORE_FILE = "hirfa.sqlite3"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_MS = 10_000
WAL_LIMIT_BYTES = 32 * 1024 * 1024
ROOM_TO_OPEN_BYTES = 1024 * 1024
TRUNCATE_WAIT_MS = 200
BULK_TRUNCATE_WAIT_MS = 2_000
CHECKPOINT_POLL_S = 0.1
QUIET_BEFORE_CHECKPOINT_S = 0.3
CHECKPOINT_AT_MOST_S = 5.0


log = logging.getLogger("hirfa.store")


class Access(StrEnum):
    """What the store's disk allows this run."""

    WRITE = "write"
    READ_ONLY_DISK = "read_only_disk"
    FULL_DISK = "full_disk"


class StoreReadOnly(Exception):
    """A write was asked of a store opened for reading only; ``access`` says why."""

    def __init__(self, path: Path, access: Access) -> None:
        super().__init__(f"{path}: {access.value}")
        self.access = access


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILE


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def access_to(path: Path) -> Access:
    """Whether the store at ``path`` and its folder (where SQLite keeps the WAL and its
    index) can be written: not on a read-only file system, not write-protected, and
    with room left (SQLite could not even make the WAL's index on a full disk)."""
    folder = path.parent
    if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
        return Access.READ_ONLY_DISK
    if not (os.access(path, os.W_OK) and os.access(folder, os.W_OK)):
        return Access.READ_ONLY_DISK
    if shutil.disk_usage(folder).free < ROOM_TO_OPEN_BYTES:
        return Access.FULL_DISK
    return Access.WRITE


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    conn: sqlite3.Connection = dbapi_connection
    conn.isolation_level = None  # we issue BEGIN ourselves (see _begin)
    cursor = conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
    _configure_reading(cursor)
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()


def _configure_reading(cursor: sqlite3.Cursor) -> None:
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.execute("PRAGMA temp_store=MEMORY")


def _configure_read_only(dbapi_connection: Any, _record: Any) -> None:
    conn: sqlite3.Connection = dbapi_connection
    conn.isolation_level = None
    cursor = conn.cursor()
    _configure_reading(cursor)
    cursor.close()


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def read_only_uri(path: Path) -> str:
    """A URI opening ``path`` for reading only, whatever its disk allows."""
    # Without a WAL beside it, SQLite would need to create the WAL's index file to read:
    # on a read-only disk nothing can change the file, which "immutable" tells it.
    immutable = "" if wal_path(path).exists() else "&immutable=1"
    return f"file:{quote(path.as_posix())}?mode=ro{immutable}"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(
        f"sqlite:///{read_only_uri(path)}&uri=true" if read_only else f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _configure_read_only if read_only else _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


class Store:
    """An open office store: the engine, sessions for reading and writing, checkpoints."""

    def __init__(self, path: Path, *, access: Access = Access.WRITE) -> None:
        self.path = path
        self.access = access
        read_only = access is not Access.WRITE
        self.engine = make_engine(path, read_only=read_only)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self.last_write = 0.0  # time.monotonic() when the last write transaction ended
        self._checkpointer: Checkpointer | None = None
        self._closed = False
        if not read_only:
            self._checkpointer = Checkpointer(self)
            self._checkpointer.start()

    @property
    def read_only(self) -> bool:
        return self.access is not Access.WRITE

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; rolled back at the end."""
        with self._reads() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        if self.read_only:
            raise StoreReadOnly(self.path, self.access)
        try:
            with self._writes() as session, session.begin():
                yield session
        finally:
            self.last_write = time.monotonic()

    def checkpoint(self, mode: str = "PASSIVE", *, wait_ms: int = BUSY_TIMEOUT_MS) -> None:
        """Fold the WAL back into the database file. PASSIVE never waits; TRUNCATE waits
        up to ``wait_ms`` for readers and writers (holding new writers back meanwhile),
        then empties the WAL — or gives up and leaves it for the next try."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
            try:
                conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    def wal_size(self) -> int:
        try:
            return wal_path(self.path).stat().st_size
        except FileNotFoundError:
            return 0

    def close(self) -> None:
        """Stop checkpointing, fold the WAL in and release the file (twice is harmless).

        A disk that is full or gone at this point costs nothing but the checkpoint:
        everything committed is in the WAL, which the next open reads."""
        if self._closed:
            return
        self._closed = True
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
            try:  # another program reading the store must not hold this one's exit
                self.checkpoint("TRUNCATE", wait_ms=TRUNCATE_WAIT_MS)
            except DBAPIError as exc:
                log.warning("no checkpoint at close: %s", exc.orig)
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
        failing = False
        while not self._stopping.wait(CHECKPOINT_POLL_S):
            written = self._store.last_write
            if written <= done:
                continue  # nothing new since the last checkpoint
            try:
                done = self._maybe_checkpoint(written, done)
            except Exception as exc:  # noqa: BLE001 (a background thread must never print)
                # A full or failing disk: the saves tell the user; the WAL keeps every
                # commit meanwhile. Said once in the log, tried again at the next write.
                if not failing:
                    log.warning("checkpoint failed: %s", getattr(exc, "orig", exc))
                failing = True
                done = time.monotonic()
            else:
                failing = False

    def _maybe_checkpoint(self, written: float, done: float) -> float:
        """Checkpoint if due; when the last one was taken."""
        now = time.monotonic()
        size = self._store.wal_size()
        if size >= WAL_LIMIT_BYTES:
            # A save waits at most this long for it; a bulk writer that keeps the lock
            # past it is waited for longer once the WAL is twice its limit.
            wait = TRUNCATE_WAIT_MS if size < 2 * WAL_LIMIT_BYTES else BULK_TRUNCATE_WAIT_MS
            self._store.checkpoint("TRUNCATE", wait_ms=wait)
            return now
        if now - written >= QUIET_BEFORE_CHECKPOINT_S or now - done >= CHECKPOINT_AT_MOST_S:
            self._store.checkpoint()
            return now
        return done

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=5)
