"""What a command works with, opened on first need and closed when it ends."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import make_url

from central_server.cli.output import CliError
from central_server.core.clock import Clock, system_clock
from central_server.core.config import Settings, load_settings
from central_server.core.reference import load_geography
from central_server.store import migrate
from central_server.store.engine import Store, open_store
from registry.reference import Geography


@dataclass
class CommandContext:
    args: argparse.Namespace
    clock: Clock = system_clock
    _settings: Settings | None = field(default=None, init=False)
    _store: Store | None = field(default=None, init=False)

    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.args.data_dir, db=self.args.db)
        return self._settings

    def store(self) -> Store:
        """The central store, its schema brought up to date; refused where there is none."""
        if self._store is None:
            store = open_store(self.settings().database_url, pool_size=2)
            if migrate.current_revision(store.engine) is None:
                store.dispose()
                raise CliError(
                    f"no central store in {self.shown_database()}: run hirfa-server init"
                )
            migrate.upgrade(store.engine)
            self._store = store
        return self._store

    def shown_database(self) -> str:
        return make_url(self.settings().database_url).render_as_string(hide_password=True)

    def geography(self) -> Geography:
        return load_geography()

    def now(self) -> datetime:
        return self.clock()

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()
