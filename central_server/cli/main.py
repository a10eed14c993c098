"""``hirfa-server [--data-dir DIR] [--db URL] COMMAND`` — every error is one line on
stderr and a non-zero exit; the details go to ``logs/server.log`` in the data directory."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import pydantic
from sqlalchemy.exc import SQLAlchemyError

from central_server.admin import AdminError
from central_server.cli import admin_commands, store_commands
from central_server.cli.context import CommandContext
from central_server.cli.output import CliError
from central_server.core.config import resolve_data_dir
from central_server.core.logs import setup_logging
from central_server.core.root_key import RootKeyProblem

log = logging.getLogger("hirfa_server.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hirfa-server",
        description="Hirfa's central server: the National Register of Traditional Crafts.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="root key, settings (server.toml), logs and the SQLite store "
        "(default: $HIRFA_SERVER_DATA_DIR or the user data directory)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="the database (postgresql+psycopg://user@host/db); default: a SQLite file in "
        "the data directory",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    store_commands.add_parsers(sub)
    admin_commands.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(resolve_data_dir(args.data_dir))
    context = CommandContext(args)
    try:
        return int(args.run(context))
    except (CliError, AdminError, RootKeyProblem) as exc:
        log.info("refused: %s", exc)
        return _fail(str(exc), getattr(exc, "exit_code", 1))
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return _fail(f"the settings are wrong: {where}: {first['msg']}")
    except SQLAlchemyError as exc:
        log.exception("database error")
        cause = getattr(exc, "orig", None) or exc
        return _fail(f"the database cannot be used: {str(cause).strip().splitlines()[0]}")
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except OSError as exc:
        log.exception("system error")
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}")
    finally:
        context.close()


def _fail(message: str, code: int = 1) -> int:
    print(f"hirfa-server: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
