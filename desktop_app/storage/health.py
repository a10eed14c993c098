"""Is the store whole? A quick check at every open, a full one at least once a day.

The quick check costs a few milliseconds at any size: the file's header (an empty,
foreign or cut file), the schema (a file that is not a Hirfa store, or whose creation
was interrupted) and the tail of the audit chain. The full check reads every page
(SQLite's ``integrity_check``), the search index against the register and the whole
audit chain; at a million records it takes seconds, so it runs once a day (and on
demand, ``hirfa store check``).

Its verdict is kept beside the store, in :data:`HEALTH_FILE`, with the store file's
size and modification time: a store found damaged stays refused at every open, without
being read again, until the file is replaced (a backup put back) — then it is checked
in full before anything else.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop_app.storage.audit import entry_hash, verify_chain
from desktop_app.storage.engine import Store, read_only_uri, wal_path
from desktop_app.storage.models import Artisan

HEALTH_FILE = "store-check.json"
FULL_CHECK_EVERY = timedelta(days=1)
TAIL_ENTRIES = 64
MAX_PROBLEMS = 10
_HEADER = b"SQLite format 3\x00"
_MAIN = "*** in database main ***"
FTS_CHECK = "INSERT INTO artisan_fts(artisan_fts) VALUES('integrity-check')"


class Condition(StrEnum):
    """Why a store cannot be used."""

    EMPTY = "empty"  # a file of 0 bytes
    NOT_SQLITE = "not_sqlite"  # not a database at all
    CUT = "cut"  # shorter than its own header says
    NOT_A_STORE = "not_a_store"  # a database, not a Hirfa store
    NO_IDENTITY = "no_identity"  # a creation that never finished
    DAMAGED = "damaged"  # pages, the index or the audit chain found broken


class StoreDamaged(Exception):
    """The store file cannot be trusted; ``detail`` says what was found."""

    def __init__(self, condition: Condition, detail: str = "") -> None:
        super().__init__(f"{condition.value}: {detail}" if detail else condition.value)
        self.condition = condition
        self.detail = detail


@dataclass(frozen=True)
class FileStamp:
    """What tells that the store file was replaced: its size and modification time."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        stat = path.stat()
        return cls(stat.st_size, stat.st_mtime_ns)


@dataclass(frozen=True)
class Verdict:
    """The last full check: when, what it found (nothing: whole)."""

    checked_at: datetime
    problems: tuple[str, ...]
    stamp: FileStamp
    condition: Condition | None = None

    @property
    def whole(self) -> bool:
        return not self.problems


def health_path(data_dir: Path) -> Path:
    return data_dir / HEALTH_FILE


def last_verdict(data_dir: Path) -> Verdict | None:
    try:
        raw = json.loads(health_path(data_dir).read_text(encoding="utf-8"))
        return Verdict(
            datetime.fromisoformat(raw["checked_at"]),
            tuple(raw["problems"]),
            FileStamp(**raw["stamp"]),
            Condition(raw["condition"]) if raw.get("condition") else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none yet, or unreadable: the next open checks in full


def keep_verdict(data_dir: Path, verdict: Verdict) -> None:
    """Write the verdict beside the store (atomically; a read-only or full disk keeps
    none, and the store is then checked in full at the next open)."""
    path = health_path(data_dir)
    document = {
        "checked_at": verdict.checked_at.isoformat(),
        "problems": list(verdict.problems),
        "stamp": asdict(verdict.stamp),
        "condition": verdict.condition.value if verdict.condition else None,
    }
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def record_damage(path: Path, condition: Condition, detail: str, now: datetime) -> Verdict:
    """Remember that the store at ``path`` was found damaged (also by a failing query)."""
    verdict = Verdict(now, (detail or condition.value,), FileStamp.of(path), condition)
    keep_verdict(path.parent, verdict)
    return verdict


def known_damage(path: Path) -> Verdict | None:
    """The damage found earlier in this very file, if any (not in a file put back since)."""
    verdict = last_verdict(path.parent)
    if verdict is None or verdict.whole or verdict.stamp != FileStamp.of(path):
        return None
    return verdict


def full_check_due(path: Path, now: datetime) -> bool:
    verdict = last_verdict(path.parent)
    if verdict is None or not verdict.whole:
        return True
    return now - verdict.checked_at >= FULL_CHECK_EVERY


def check_file(path: Path) -> None:
    """The header: refuse what is not a whole SQLite file before SQLite touches it (it
    would give an empty file a new, empty schema)."""
    size = path.stat().st_size
    if size == 0:
        raise StoreDamaged(Condition.EMPTY, "the file is empty (0 bytes)")
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_HEADER):
        raise StoreDamaged(Condition.NOT_SQLITE, "the file is not a database")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreDamaged(Condition.NOT_SQLITE, "the file's header is broken")
    # With a WAL beside it, the file may lag behind its own header: a checkpoint cut
    # short (a full disk) leaves the pages in the WAL, which SQLite reads first.
    header_says = pages * page_size if valid_for == change_counter and not _has_wal(path) else 0
    if size % page_size or size < header_says:
        raise StoreDamaged(Condition.CUT, f"the file is cut short ({size} bytes)")


def _has_wal(path: Path) -> bool:
    try:
        return wal_path(path).stat().st_size > 0
    except FileNotFoundError:
        return False


def quick_check(path: Path) -> str:
    """The schema, the identity and the tail of the audit chain (milliseconds), read
    through a read-only connection of its own: a file that is not a store, or not one
    of ours to change, is left exactly as it was. The store's schema revision."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        tables = {name for (name,) in connection.execute(_TABLES)}
        if not {"alembic_version", "desk_identity", "artisans", "audit_log"} <= tables:
            raise StoreDamaged(Condition.NOT_A_STORE, "it holds no office register")
        if connection.execute("SELECT count(*) FROM desk_identity").fetchone()[0] != 1:
            raise StoreDamaged(
                Condition.NO_IDENTITY, "its creation was interrupted: it names no office"
            )
        tail = connection.execute(_TAIL, (TAIL_ENTRIES,)).fetchall()
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_NOTADB"):
            raise StoreDamaged(Condition.NOT_SQLITE, str(exc)) from exc
        if name.startswith("SQLITE_CORRUPT"):
            raise StoreDamaged(Condition.DAMAGED, str(exc)) from exc
        raise  # a disk that fails, a store kept busy: not the file's fault
    finally:
        connection.close()
    for newer, older in zip(tail, tail[1:], strict=False):
        seq, at, *fields, prev_hash, digest = newer
        if prev_hash != older[-1] or digest != entry_hash(
            prev_hash, datetime.fromisoformat(at), *fields
        ):
            raise StoreDamaged(Condition.DAMAGED, f"audit entry {seq} does not hold")
    return str(revision)


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
_TAIL = (
    "SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
    "FROM audit_log ORDER BY seq DESC LIMIT ?"
)


def full_check(store: Store) -> list[str]:
    """Every page, the search index and the audit chain; what was found (nothing: whole)."""
    problems: list[str] = []
    try:
        with store.read() as session:
            found = session.execute(text(f"PRAGMA integrity_check({MAX_PROBLEMS})")).scalars()
            lines = [line for text_ in found for line in text_.splitlines()]
            problems += [f"pages: {line}" for line in lines if line not in ("ok", _MAIN)]
            if problems:
                return problems  # the rest would be read from broken pages
            records = session.execute(select(func.count()).select_from(Artisan)).scalar_one()
            indexed = session.execute(text("SELECT count(*) FROM artisan_fts")).scalar_one()
            if records != indexed:
                problems.append(f"search index: {indexed} entries for {records} records")
            chain = verify_chain(session)
            if not chain.intact:
                problems.append(f"audit chain: entry {chain.broken_at} does not hold")
    except DBAPIError as exc:
        return [*problems, f"unreadable: {exc.orig}"]
    if not store.read_only:
        try:  # FTS5 checks its own structure through a command, in a write transaction
            with store.write() as session:
                session.execute(text(FTS_CHECK))
        except DBAPIError as exc:
            problems.append(f"search index: {exc.orig}")
    return problems
