"""Log files: rotating, in the data directory, where support can ask for them.

Logging must never be what stops the program or fills a terminal: on a full or
read-only disk the log file is given up quietly (Python's logging would print a
traceback for every message it fails to write) and the program goes on.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "hirfa.log"


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_FILE


class _QuietFileHandler(RotatingFileHandler):
    """A rotating log file that stops writing, silently, the first time it cannot."""

    failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self.failed = True


def setup_logging(data_dir: Path) -> Path | None:
    """Send the program's logs to a rotating file; its path, or ``None`` when the data
    directory cannot take one (a read-only disk)."""
    path = log_path(data_dir)
    root = logging.getLogger()
    existing = next((h for h in root.handlers if isinstance(h, RotatingFileHandler)), None)
    if existing is not None:
        return Path(existing.baseFilename)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        # Without any handler, logging's last resort prints each problem to the terminal.
        if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
            root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
