"""The office's local store: SQLite through SQLAlchemy, with migrations, audit and outbox."""
