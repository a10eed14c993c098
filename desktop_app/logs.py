"""Log files: rotating, in the data directory, where support can ask for them."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "hirfa.log"


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_FILE


def setup_logging(data_dir: Path) -> Path:
    """Send the program's logs to a rotating file; returns its path."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
