"""Alembic environment: migrations run on the connection the program hands over."""

from __future__ import annotations

from alembic import context

from desktop_app.storage.models import Base

connection = context.config.attributes["connection"]


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The FTS5 tables are made by hand in migrations; autogenerate leaves them alone."""
    return not (type_ == "table" and name is not None and name.startswith("artisan_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
