"""What the command line says when the store's disk, or a file's, fails: one line with
what is wrong and what to do."""

from __future__ import annotations

import errno
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services.store_checks import report_damage
from desktop_app.services.store_failures import Failure, failure_of
from desktop_app.storage.engine import store_path


def store_failure(error: BaseException, data_dir: Path) -> str | None:
    """The line for a failing database call, ``None`` when it is none of the known kinds."""
    path = store_path(data_dir)
    failure = failure_of(error)
    if failure is Failure.DISK_FULL:
        return (
            f"the disk of the office store is full ({data_dir}): what was being saved was "
            "not; free some space on it and run the command again"
        )
    if failure is Failure.READ_ONLY:
        return (
            f"the office store is on a read-only disk ({path}): it can be read (search, "
            "show, export) but nothing can be saved; make the disk writable, or copy the "
            "data folder to one that is"
        )
    if failure is Failure.DAMAGED:
        return str(report_damage(path, str(getattr(error, "orig", error)), _now()))
    if failure is Failure.BUSY:
        return "the office store is busy: another program keeps it locked; try again shortly"
    if failure is Failure.DISK_ERROR:
        return (
            f"the disk of the office store cannot be read or written ({data_dir}): check "
            "that it is connected and working, then run the command again"
        )
    return None


def file_failure(error: OSError) -> str:
    """The line for a file that could not be read or written."""
    where = f"{error.filename}: " if error.filename else ""
    if error.errno == errno.ENOSPC:
        return f"{where}the disk is full: free some space on it and run the command again"
    if error.errno == errno.EROFS:
        return f"{where}the disk is read-only: choose a place on a writable disk"
    return f"{where}{error.strerror or error}"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
