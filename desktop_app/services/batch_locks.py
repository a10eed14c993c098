"""Who is printing a batch right now: a lock file per batch, held by the printing process.

A print batch is pending from the reservation of its serials until its file or print
job is written. While a process prints it, that process holds the batch's lock
(``locks/print-batch-N.lock`` in the data directory, an OS file lock); the OS releases
it when the process ends, however it ends. A pending batch whose lock nobody holds was
interrupted: the process died, or the power went. The window and a command can work on
one store at once, so that is the only way to tell a batch being printed from one left
behind. The lock is taken with the reservation's transaction still open, so no other
process ever sees the batch pending and unlocked while it is printed.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

LOCK_DIR = "locks"


class BatchLock:
    """The lock of one batch; :meth:`take` never waits."""

    def __init__(self, data_dir: Path, batch_id: int) -> None:
        self.path = data_dir / LOCK_DIR / f"print-batch-{batch_id}.lock"
        # Not thread-local: the window reserves on its write lane and confirms on it
        # after the drawing ran on another thread. No soft fallback: a soft lock would
        # outlive a killed process.
        self._lock = FileLock(self.path, timeout=0, thread_local=False, fallback_to_soft=False)

    def take(self, wait: float = 0) -> bool:
        """Hold the lock; False if another process (or another holder here) has it, or
        still has it after ``wait`` seconds."""
        self.path.parent.mkdir(exist_ok=True)
        try:
            self._lock.acquire(timeout=wait)
        except Timeout:
            return False
        return True

    def release(self, *, finished: bool) -> None:
        """Let the lock go; ``finished``: the batch is done or withdrawn, its lock file
        goes too (no one takes the lock of a finished batch to act on it)."""
        if not self._lock.is_locked:
            return
        self._lock.release()
        if finished:
            self.path.unlink(missing_ok=True)


def held_elsewhere(data_dir: Path, batch_id: int) -> bool:
    """Whether a process is printing ``batch_id`` now (this check holds the lock an instant)."""
    lock = BatchLock(data_dir, batch_id)
    if not lock.take():
        return True
    lock.release(finished=False)
    return False
