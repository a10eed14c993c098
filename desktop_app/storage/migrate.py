"""Schema migrations (Alembic), run each time a store is opened.

Opening a store must be quick, so the store's revision is compared with
:data:`HEAD` first, and Alembic — a third of a second to import — is only loaded when
they differ. ``tests/storage/test_store.py`` checks that :data:`HEAD` names the newest
migration.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0008"  # the newest revision in migrations/versions/


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def newest_migration() -> str:
    """The head revision as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """The revisions this program's migrations know (a file's name starts with its id)."""
    return {path.name.split("_")[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the store's schema to the newest revision."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
