"""Stores as earlier versions of the program left them: a store taken back to an
earlier revision by its migrations' own downgrades."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from desktop_app.storage import migrate
from desktop_app.storage.engine import Store, store_path


def downgrade(data_dir: Path, revision: str) -> None:
    """Take the (closed) store of ``data_dir`` back to ``revision``."""
    store = Store(store_path(data_dir))
    try:
        config = migrate._config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
        assert migrate.current_revision(store.engine) == revision
    finally:
        store.close()
