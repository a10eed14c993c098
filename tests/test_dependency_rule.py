"""The one dependency rule of DESIGN.md: dependencies point inward only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUTER = ("PySide6", "qtawesome", "sqlalchemy", "alembic", "httpx", "fastapi", "uvicorn")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", modules("registry"), ids=str)
def test_registry_imports_nothing_of_ours_nor_outer_layers(path: Path) -> None:
    bad = {
        name for name in imports_of(path) if top(name) in ("desktop_app", "central_server", *OUTER)
    }
    assert not bad, f"{path.name} imports {bad}"


# The program's entry point starts the window; it imports it only when no command is given.
ENTRY_POINT = (ROOT / "desktop_app" / "cli" / "main.py", "desktop_app.ui.app")


@pytest.mark.parametrize("path", modules("desktop_app"), ids=str)
def test_desktop_layers_point_inward(path: Path) -> None:
    layer = path.relative_to(ROOT / "desktop_app").parts[0]
    names = imports_of(path)
    if path == ENTRY_POINT[0]:
        names.discard(ENTRY_POINT[1])
    assert not any(top(n) == "central_server" for n in names)
    assert not any(n.startswith("desktop_app.ui") for n in names) or layer == "ui"
    if layer in ("storage", "services", "printing", "sync", "cli"):
        assert not any(top(n) in ("PySide6", "qtawesome") for n in names), path
    if layer in ("storage", "printing", "sync"):
        assert not any(n.startswith("desktop_app.services") for n in names), path
    if layer == "printing":
        assert not any(n.startswith("desktop_app.storage") or top(n) == "sqlalchemy" for n in names)
    if layer == "ui":
        assert not any(n.startswith("desktop_app.storage") or top(n) == "sqlalchemy" for n in names)


@pytest.mark.parametrize("path", modules("central_server"), ids=str)
def test_the_server_imports_the_registry_never_the_desk(path: Path) -> None:
    names = imports_of(path)
    assert not any(top(n) == "desktop_app" for n in names), path
    assert not any(top(n) in ("PySide6", "qtawesome") for n in names), path
