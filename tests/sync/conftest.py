"""The sync tests run desks against the real server of tests/server (its fixtures)."""

from tests.server.conftest import postgres_url, server  # noqa: F401 (fixtures)
