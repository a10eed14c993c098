"""The store's set-up: pragmas for durability, migrations that match the models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from desktop_app.services.desk import Desk
from desktop_app.storage import migrate
from desktop_app.storage.engine import Store
from desktop_app.storage.models import Base


def test_connections_are_durable(desk: Desk) -> None:
    with desk.store.read() as session:
        pragma = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "wal_autocheckpoint")
        }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "wal_autocheckpoint": 0,  # checkpoints run off the save path
    }


def _not_fts(name: str | None, kind: str, parent: object) -> bool:
    """The FTS5 tables are made by hand in the migrations, not from the models."""
    return not str(name).startswith("artisan_fts")


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    try:
        migrate.upgrade(store.engine)
        with store.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "include_name": lambda name, kind, _: not str(name).startswith("artisan_fts")
                },
            )
            assert compare_metadata(context, Base.metadata) == []
            assert migrate.current_revision(store.engine) == migrate.HEAD
    finally:
        store.close()


def test_upgrade_is_a_no_op_when_current(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    try:
        migrate.upgrade(store.engine)
        migrate.upgrade(store.engine)
        assert migrate.current_revision(store.engine) == migrate.HEAD
    finally:
        store.close()


def test_head_names_the_newest_migration() -> None:
    newest = migrate.newest_migration()
    assert migrate.HEAD == newest, (
        f"desktop_app/storage/migrate.py says HEAD = {migrate.HEAD!r} but the newest "
        f"migration is {newest!r}: update HEAD"
    )
