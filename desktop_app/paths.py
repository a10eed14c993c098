"""The data directory: ``--data-dir``, else ``HIRFA_DATA_DIR``, else the user's data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATA_DIR = "HIRFA_DATA_DIR"


def data_dir(explicit: str | None = None) -> Path:
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or user_data_dir("Hirfa", appauthor=False)
    return Path(chosen).expanduser()
