"""Where the program finds its shipped files (fonts, reference data, translations)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the packages, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def reference_file(name: str) -> Path:
    return resources_dir() / "reference" / name
