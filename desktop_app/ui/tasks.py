"""Work off the GUI thread: one lane for database writes, a pool for everything else.

Results come back to the GUI thread as queued signals, so a callback may touch
widgets. The window never waits: slow work shows a busy indicator only after about
half a second (see :class:`BusyIndicator` users). Tests create the runner with
``inline=True`` to run each task at once, in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
SLOW_MS = 500


def _receiver_alive(callback: Callable[[Any], None]) -> bool:
    """False for a method of a widget deleted while its work ran (a closed screen)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the GUI thread."""

    busy_changed = Signal(bool)
    unexpected_error = Signal(object)

    def __init__(self, *, inline: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(3)
        self._relays: set[_Relay] = set()
        self._running = 0
        self._busy = False
        self._slow = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._slow.timeout.connect(self._became_busy)

    def _became_busy(self) -> None:
        self._busy = True
        self.busy_changed.emit(True)

    def write(self, work: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        """Database writes, one after the other, in the order asked."""
        self._submit(self._writes, work, done, failed)

    def read(self, work: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        """Queries, files, PDFs: any number at once."""
        self._submit(self._reads, work, done, failed)

    def _submit(
        self, pool: QThreadPool, work: Callable[[], Any], done: Done, failed: Failed | None
    ) -> None:
        on_error = failed or self.unexpected_error.emit
        if self.inline:
            try:
                result = work()
            except Exception as exc:
                on_error(exc)
            else:
                done(result)
            return
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            self._running -= 1
            if self._running == 0:
                self._slow.stop()
                if self._busy:
                    self._busy = False
                    self.busy_changed.emit(False)
            if _receiver_alive(callback):
                callback(value)
            elif isinstance(value, BaseException):
                log.error("failure for a closed window", exc_info=value)

        relay.finished.connect(lambda result: finish(done, result))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._running += 1
        if not self._slow.isActive():
            self._slow.start()
        pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (for shutdown and tests)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
