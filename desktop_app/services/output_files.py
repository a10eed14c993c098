"""Files the program writes for people (PDFs, spreadsheets, reports, key files), made so
that no output can destroy what the office keeps.

An output is first checked (:func:`checked_output`): it never goes into the office's data
folder — the folder of the store, its WAL and journal, the settings — nor into the
program's folders inside it (the keys, the logs), nor onto any file that is one of those
under another name (a link, another letter case); an existing file is replaced only when
the user asked for it (``--overwrite``, or the save dialog's question). Then it is written
(:meth:`OutputFile.writing`) to a temporary file beside its place, synced, and moved into
place only once complete: a failure or a kill half-way leaves the earlier file, if any,
as it was.
"""

from __future__ import annotations

import errno
import glob
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop_app.logs import LOG_DIR
from desktop_app.services.batch_locks import LOCK_DIR
from desktop_app.services.errors import FileRefused
from desktop_app.storage.device_key_file import KEY_DIR
from registry.issues import Code

PROGRAM_FOLDERS = (KEY_DIR, LOG_DIR, LOCK_DIR)
"""Folders of the data directory that hold only the program's own files."""


@dataclass(frozen=True)
class OutputFile:
    """A checked place for one output: only :func:`checked_output` makes them."""

    path: Path
    replace: bool

    @contextmanager
    def writing(self) -> Iterator[Path]:
        """A new temporary file beside :attr:`path`, put in its place (synced) when the
        block completes; removed if it fails."""
        descriptor, name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent
        )
        os.close(descriptor)
        temporary = Path(name)
        try:
            yield temporary
            _sync(temporary)
            _place(temporary, self.path, replace=self.replace)
        finally:
            temporary.unlink(missing_ok=True)

    def remove_leftovers(self) -> None:
        """Remove the temporary files that earlier writings of this output left behind
        when their process was killed."""
        for leftover in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.partial"):
            leftover.unlink(missing_ok=True)

    def write_bytes(self, data: bytes) -> None:
        with self.writing() as temporary:
            temporary.write_bytes(data)


def _sync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _place(temporary: Path, path: Path, *, replace: bool) -> None:
    if replace:
        os.replace(temporary, path)
    elif os.name == "nt":
        os.rename(temporary, path)  # refuses an existing file on Windows
    else:
        # A link is made only if no file has that name, at the moment it is made: a
        # file that appeared since the check is never overwritten.
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise FileRefused(Code.OUTPUT_EXISTS, path) from None
        except OSError as exc:  # a file system without links (FAT on a USB stick)
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            if path.exists():
                raise FileRefused(Code.OUTPUT_EXISTS, path) from None
            os.rename(temporary, path)
    _sync_folder(path.parent)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _protected_files(data_dir: Path) -> Iterator[Path]:
    """The files the data directory holds now: its top level and the program's folders."""
    if not data_dir.is_dir():
        return
    yield from (p for p in data_dir.iterdir() if p.is_file())
    for name in PROGRAM_FOLDERS:
        folder = data_dir / name
        if folder.is_dir():
            yield from (p for p in folder.rglob("*") if p.is_file())


def _is_protected(path: Path, data_dir: Path) -> bool:
    home = data_dir.resolve()
    places = {path.absolute().parent, path.resolve().parent}
    if any(place == home for place in places):
        return True
    if any(_inside(place, home / name) for place in places for name in PROGRAM_FOLDERS):
        return True
    if path.exists():
        return any(os.path.samefile(path, kept) for kept in _protected_files(data_dir))
    # A case-insensitive file system (Windows, macOS) names one folder in several ways.
    return any(os.path.samefile(place, home) for place in places if place.exists())


def checked_output(data_dir: Path, path: Path, *, replace: bool = False) -> OutputFile:
    """``path`` as a place for an output, or :class:`FileRefused` saying why not —
    before anything is written or recorded."""
    if _is_protected(path, data_dir):
        raise FileRefused(Code.OUTPUT_PROTECTED, path)
    if not path.parent.is_dir():
        raise FileRefused(Code.OUTPUT_NO_FOLDER, path)
    if path.is_dir():
        raise FileRefused(Code.OUTPUT_IS_FOLDER, path)
    if path.exists() and not replace:
        raise FileRefused(Code.OUTPUT_EXISTS, path)
    if not os.access(path.parent, os.W_OK):
        raise FileRefused(Code.OUTPUT_NOT_WRITABLE, path)
    return OutputFile(path, replace)
