"""``init`` (a new central store) and ``serve`` (the HTTP server, on uvicorn)."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from central_server.admin.initialise import Initialised, initialise, store_exists
from central_server.cli.context import CommandContext
from central_server.cli.output import CliError, print_json, read_password
from central_server.core.config import ENV_PREFIX
from central_server.store import migrate
from central_server.store.engine import open_store

Subparsers = Any
ADMIN_ENV = ENV_PREFIX + "ADMIN"
PASSWORD_ENV = ENV_PREFIX + "PASSWORD"


def add_parsers(sub: Subparsers) -> None:
    p = sub.add_parser(
        "init", help="create the central store, its root key and first administrator"
    )
    p.add_argument("--admin", required=True, metavar="USER")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=init)

    p = sub.add_parser("serve", help="run the server")
    p.add_argument("--host", help="the address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int, help="processes (PostgreSQL: about one per core)")
    p.add_argument(
        "--init-if-missing",
        action="store_true",
        help=f"create the store first if there is none (administrator from ${ADMIN_ENV} and "
        f"${PASSWORD_ENV}, or asked at the terminal)",
    )
    p.set_defaults(run=serve)


def init(ctx: CommandContext) -> int:
    password = read_password(ctx.args.password_stdin)
    done = initialise(ctx.settings(), ctx.args.admin, password, ctx.now())
    if ctx.args.json:
        print_json(done)
    else:
        _say_initialised(done)
    return 0


def _say_initialised(done: Initialised) -> None:
    key = "created" if done.root_key_created else "kept"
    print(f"central store created in {done.database}")
    print(f"national root key {key}: {done.root_key} (fingerprint {done.root_fingerprint})")
    print(f"first administrator: {done.admin}")


def serve(ctx: CommandContext) -> int:
    a = ctx.args
    settings = ctx.settings()
    overrides = {"host": a.host, "port": a.port, "workers": a.workers}
    settings = settings.model_copy(update={k: v for k, v in overrides.items() if v is not None})
    store = open_store(settings.database_url, pool_size=1)
    try:
        exists = store_exists(store)
        if exists:
            migrate.upgrade(store.engine)
    finally:
        store.dispose()
    if not exists:
        if not a.init_if_missing:
            raise CliError(
                f"no central store in {ctx.shown_database()}: run hirfa-server init, or serve "
                "--init-if-missing"
            )
        admin, password = _first_administrator()
        _say_initialised(initialise(settings, admin, password, ctx.now()))
    # Imported here: the other commands never load the web stack.
    import uvicorn

    from central_server.app import create_app
    from central_server.runtime import open_runtime

    common: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "proxy_headers": True,
        "forwarded_allow_ips": settings.trusted_proxies,
        "access_log": settings.access_log,
        "timeout_graceful_shutdown": 10,
    }
    if settings.workers == 1:
        uvicorn.run(create_app(open_runtime(settings)), **common)
        return 0
    open_runtime(settings).close()  # the root key and the store answer before forking
    os.environ[ENV_PREFIX + "DATA_DIR"] = str(settings.data_dir)
    if a.db:
        os.environ[ENV_PREFIX + "DB"] = a.db
    uvicorn.run(
        "central_server.app:app_from_environment", factory=True, workers=settings.workers, **common
    )
    return 0


def _first_administrator() -> tuple[str, str]:
    """From the environment, else asked at the terminal."""
    admin, password = os.environ.get(ADMIN_ENV), os.environ.get(PASSWORD_ENV)
    if admin and password:
        return admin, password
    if not sys.stdin.isatty():
        raise CliError(
            f"no central store yet: set ${ADMIN_ENV} and ${PASSWORD_ENV}, or run this at a "
            "terminal to be asked for the first administrator"
        )
    print("No central store yet: creating one. The first national administrator:")
    admin = admin or input("  user name: ").strip()
    while True:
        password = getpass.getpass("  password: ")
        if password == getpass.getpass("  the same password again: "):
            return admin, password
        print("  the two passwords differ; again.")
