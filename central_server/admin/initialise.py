"""``hirfa-server init``: a new central store — its schema, the national root key, the
activity list in force and the first national administrator."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, make_url

from central_server.admin import AdminError
from central_server.admin.users import check_password
from central_server.core.config import Settings
from central_server.core.reference import builtin_activity_list
from central_server.core.root_key import create_root_key, load_root_key
from central_server.core.security import hash_password, username_valid
from central_server.store import migrate
from central_server.store.engine import Store, open_store
from central_server.store.feed import Published, encode_payload, publish
from central_server.store.models import ActivityList, User
from central_server.sync.payloads import activity_list_full
from registry.device_keys import fingerprint, raw_public_key
from registry.reference import Nomenclature
from registry.workflow import Role

ACTIVITY_LIST = "activity_list"


@dataclass(frozen=True)
class Initialised:
    database: str
    root_key: Path
    root_fingerprint: str
    root_key_created: bool
    admin: str


def store_exists(store: Store) -> bool:
    return migrate.current_revision(store.engine) is not None


def initialise(settings: Settings, admin: str, password: str, now: datetime) -> Initialised:
    """Refuses a database that holds a store already. An existing root key file is kept
    (the national root must not change under the desks that trust it)."""
    if not username_valid(admin):
        raise AdminError(f"{admin!r} is not a user name (lower-case letters and digits)")
    check_password(password)
    store = open_store(settings.database_url)
    try:
        if store_exists(store):
            raise AdminError(f"a central store exists already in {_shown_url(settings)}")
        path = settings.root_key_path
        created = not path.exists()
        root = create_root_key(path) if created else load_root_key(path)
        migrate.upgrade(store.engine)
        document = builtin_activity_list()
        nomenclature = Nomenclature.from_json(json.loads(document))
        with store.write() as conn:
            conn.execute(
                insert(ActivityList).values(
                    version=nomenclature.version, status=nomenclature.status, document=document,
                    active=True, loaded_at=now,
                )
            )  # fmt: skip
            conn.execute(
                insert(User).values(
                    id=str(uuid.uuid4()), office=None, username=admin, full_name=admin,
                    role=Role.ADMINISTRATOR.value, password_hash=hash_password(password),
                    active=True, version=1, created_at=now, updated_at=now,
                )
            )  # fmt: skip
            full = activity_list_full(nomenclature.version, nomenclature.status, document)
            publish(
                conn,
                [
                    Published(
                        ACTIVITY_LIST, nomenclature.version, 1, encode_payload(full), is_new=True
                    )
                ],
            )
    finally:
        store.dispose()
    return Initialised(
        _shown_url(settings), path, fingerprint(raw_public_key(root)), created, admin
    )


def _shown_url(settings: Settings) -> str:
    """The database, without any password the URL holds."""
    return make_url(settings.database_url).render_as_string(hide_password=True)
