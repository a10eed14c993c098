"""A per-address limit on public verification: at most N requests a minute.

Kept in the memory of each worker process (``serve --workers N`` allows N times the
limit in all): it stops a scraper, it is not an accounting. The address is the
client's, or, behind a reverse proxy listed in ``trusted_proxies``, the one its
``X-Forwarded-For`` names (uvicorn's proxy headers).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

WINDOW_S = 60.0
_PRUNE_AT = 10_000


class RateLimiter:
    def __init__(self, per_window: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_window = per_window
        self.clock = clock
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def retry_after(self, address: str) -> float | None:
        """``None`` when ``address`` may go on (counted), else the seconds to wait."""
        now = self.clock()
        with self._lock:
            if len(self._windows) > _PRUNE_AT:
                self._windows = {a: w for a, w in self._windows.items() if now - w[0] < WINDOW_S}
            start, count = self._windows.get(address, (now, 0))
            if now - start >= WINDOW_S:
                start, count = now, 0
            if count >= self.per_window:
                return WINDOW_S - (now - start)
            self._windows[address] = (start, count + 1)
            return None
