"""A real server per database kind for the session: SQLite (a file) and PostgreSQL (a
database of its own, dropped afterwards); each test works in offices of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.support import FakeDesk, RunningServer, postgres_database

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    try:
        database = postgres_database()
        url = database.__enter__()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield url
    finally:
        database.__exit__(None, None, None)


@pytest.fixture(scope="session", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    data_dir = tmp_path_factory.mktemp(f"server-{request.param}")
    if request.param == "sqlite":
        db = f"sqlite:///{data_dir / 'server.sqlite3'}"
    else:
        db = request.getfixturevalue("postgres_url")
    running = RunningServer(request.param, db, data_dir)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def desk(server: RunningServer) -> FakeDesk:
    """An enrolled desk of a new office of region 01."""
    enrolled = FakeDesk(server, server.office("01"))
    enrolled.enrol()
    return enrolled
