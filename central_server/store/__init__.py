"""The central store: tables, engine, migrations, and the feed every write ends with."""
