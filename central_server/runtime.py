"""The server as it runs: settings, store, reference data, root key and clock.

Made once per process (``app.create_app``, the commands) and handed to everything that
works on the register.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from central_server.core.clock import Clock, local_day, system_clock
from central_server.core.config import Settings
from central_server.core.reference import load_geography
from central_server.core.root_key import load_root_key
from central_server.store.engine import Store, open_store
from central_server.store.models import ActivityList
from registry.device_keys import raw_public_key
from registry.reference import ActivityCatalogue, Geography, Nomenclature
from registry.validation import RuleContext


@dataclass
class Runtime:
    settings: Settings
    store: Store
    root_key: Ed25519PrivateKey
    clock: Clock = system_clock
    geography: Geography = field(default_factory=load_geography)
    activities: ActivityCatalogue | None = None

    def __post_init__(self) -> None:
        if self.activities is None:
            self.activities = load_activities(self.store)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The offices' calendar day: what the rules call today."""
        return local_day(self.clock(), self.settings.timezone)

    @property
    def root_public_key(self) -> bytes:
        return raw_public_key(self.root_key)

    def rules(self, office_region: str) -> RuleContext:
        """The rules as a desk's records are checked again: a desk's clock may run some
        days ahead of the server's (a laptop in the field), and what it registered
        "today" is not refused as a date in the future for that."""
        assert self.activities is not None
        latest = self.today() + timedelta(days=self.settings.clock_tolerance_days)
        return RuleContext(self.geography, self.activities, latest, office_region)

    def close(self) -> None:
        self.store.dispose()


def load_activities(store: Store) -> ActivityCatalogue:
    with store.read() as conn:
        rows = conn.execute(
            select(ActivityList.document, ActivityList.version, ActivityList.active)
        ).all()
    versions = [Nomenclature.from_json(json.loads(document)) for document, _, _ in rows]
    active = next(version for _, version, is_active in rows if is_active)
    return ActivityCatalogue(versions, active)


def open_runtime(settings: Settings, clock: Clock = system_clock) -> Runtime:
    store = open_store(settings.database_url, pool_size=settings.pool_size)
    try:
        return Runtime(settings, store, load_root_key(settings.root_key_path), clock)
    except BaseException:
        store.dispose()
        raise
