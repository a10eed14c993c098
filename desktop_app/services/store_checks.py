"""Opening a store only once it is known to be whole, and saying what to do when not.

Every open runs :func:`desktop_app.storage.health.check_file` and
:func:`~desktop_app.storage.health.quick_check`; the full check runs when a day has
passed since the last one (:func:`full_check_due`). A store found damaged is refused
at every later open without being read, until the file is replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from desktop_app.services.errors import StoreState, StoreUnusable
from desktop_app.services.store_failures import Failure, failure_of
from desktop_app.storage import health, migrate
from desktop_app.storage.engine import Access, Store, access_to

SHOWN_PROBLEMS = 2

_STATES = {
    health.Condition.EMPTY: StoreState.EMPTY,
    health.Condition.NOT_SQLITE: StoreState.NOT_A_STORE,
    health.Condition.NOT_A_STORE: StoreState.NOT_A_STORE,
    health.Condition.NO_IDENTITY: StoreState.UNFINISHED,
    health.Condition.CUT: StoreState.DAMAGED,
    health.Condition.DAMAGED: StoreState.DAMAGED,
}


def unusable(state: StoreState, path: Path, detail: str) -> StoreUnusable:
    """The refusal, with the way back, in one line for the command line."""
    messages = {
        StoreState.EMPTY: (
            f"{path} is empty (0 bytes): it is not an office store. If this office had a "
            "store, put back its last backup copy; if not, move the file away and create "
            "the office with 'hirfa init'"
        ),
        StoreState.NOT_A_STORE: (
            f"{path} is not a Hirfa office store ({detail}); nothing was changed in it. "
            "Put back the store's backup copy, or move the file away and create the "
            "office with 'hirfa init'"
        ),
        StoreState.UNFINISHED: (
            f"the office store {path} was never completed ({detail}); move it away and "
            "run 'hirfa init' again"
        ),
        StoreState.DAMAGED: (
            f"the office store {path} is damaged ({detail}); nothing more is written to "
            "it. Put back the last backup copy of the data folder (the store and keys/), "
            "then run 'hirfa store check'; keep the damaged file for support"
        ),
        StoreState.TOO_NEW: (
            f"the office store {path} was made by a newer version of Hirfa (schema "
            f"{detail}); use that version: this one changes nothing in it"
        ),
        StoreState.READ_ONLY_UPGRADE: (
            f"the office store {path} needs an upgrade for this version of Hirfa, which "
            "a read-only disk cannot take: open it once where it can be written"
        ),
    }
    return StoreUnusable(state, path, detail, messages[state])


def _found(problems: Sequence[str]) -> str:
    """The first problems found, for a message that stays one line."""
    more = len(problems) - SHOWN_PROBLEMS
    return "; ".join(problems[:SHOWN_PROBLEMS]) + (f"; {more} more" if more > 0 else "")


def report_damage(path: Path, detail: str, now: datetime) -> StoreUnusable:
    """A failure met while using the store (SQLite: "database disk image is malformed"):
    remembered, so that every later open refuses the store until it is put back."""
    return damaged(path, health.StoreDamaged(health.Condition.DAMAGED, detail), now)


def damaged(path: Path, found: health.StoreDamaged, now: datetime) -> StoreUnusable:
    if found.condition is health.Condition.DAMAGED:
        health.record_damage(path, found.condition, found.detail, now)
    return unusable(_STATES[found.condition], path, found.detail)


def open_checked(path: Path, now: datetime, *, recheck: bool = False) -> Store:
    """The store at ``path``, opened (read-only on a read-only disk), migrated, with
    its quick check passed. ``recheck`` opens a store found damaged before (to check
    it again)."""
    if not recheck and (known := health.known_damage(path)) is not None:
        raise unusable(StoreState.DAMAGED, path, _found(known.problems))
    try:
        health.check_file(path)
        revision = health.quick_check(path)
    except health.StoreDamaged as found:
        raise damaged(path, found, now) from found
    if revision not in migrate.known_revisions():
        raise unusable(StoreState.TOO_NEW, path, revision)
    access = access_to(path)
    if access is not Access.WRITE and revision != migrate.HEAD:
        raise unusable(StoreState.READ_ONLY_UPGRADE, path, revision)
    store = Store(path, access=access)
    try:
        if revision != migrate.HEAD:
            migrate.upgrade(store.engine)
    except DBAPIError as exc:
        store.close()
        if failure_of(exc) is Failure.DAMAGED:
            raise report_damage(path, str(exc.orig), now) from exc
        raise
    except BaseException:
        store.close()
        raise
    return store


def full_check_due(store: Store, now: datetime) -> bool:
    return health.full_check_due(store.path, now)


def check_fully(store: Store, now: datetime) -> None:
    """Read the whole store; keep the verdict; :class:`StoreUnusable` if damaged."""
    problems = health.full_check(store)
    stamp = health.FileStamp.of(store.path)
    condition = health.Condition.DAMAGED if problems else None
    health.keep_verdict(store.path.parent, health.Verdict(now, tuple(problems), stamp, condition))
    if problems:
        shown = "; ".join(problems[:SHOWN_PROBLEMS])
        more = len(problems) - SHOWN_PROBLEMS
        raise unusable(
            StoreState.DAMAGED, store.path, shown + (f"; {more} more" if more > 0 else "")
        )


def mark_whole(store: Store, now: datetime) -> None:
    """A store just made is whole by construction: no full check is due for a day."""
    health.keep_verdict(store.path.parent, health.Verdict(now, (), health.FileStamp.of(store.path)))
