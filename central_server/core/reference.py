"""The reference data the server checks records against (``resources/reference/``).

The same files the desk ships: the geography, and the provisional activity list that a
new store starts with (later lists are rows of ``activity_lists``, sent to the desks).
"""

from __future__ import annotations

import json
from pathlib import Path

from registry.reference import Geography

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "reference"


def load_geography(folder: Path = REFERENCE_DIR) -> Geography:
    regions = json.loads((folder / "regions.json").read_text(encoding="utf-8"))
    communes_path = folder / "communes.json"
    communes = (
        json.loads(communes_path.read_text(encoding="utf-8")) if communes_path.exists() else None
    )
    return Geography.from_json(regions, communes)


def builtin_activity_list(folder: Path = REFERENCE_DIR) -> str:
    """The activity list a new store starts with, as the JSON document it is."""
    return (folder / "activities.json").read_text(encoding="utf-8")
