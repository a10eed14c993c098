"""Where the server's settings come from: defaults, ``server.toml`` in the data
directory, ``HIRFA_SERVER_*`` variables, the command line — each beating the one before."""

from __future__ import annotations

from pathlib import Path

import pytest

from central_server.core.config import load_settings


def test_the_command_line_beats_the_environment_beats_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HIRFA_SERVER_PORT", raising=False)
    monkeypatch.delenv("HIRFA_SERVER_DB", raising=False)
    defaults = load_settings(tmp_path)
    assert (defaults.port, defaults.database_url) == (
        8765,
        f"sqlite:///{tmp_path / 'server.sqlite3'}",
    )
    assert defaults.root_key_path == tmp_path / "root-key.pem"
    (tmp_path / "server.toml").write_text(
        'port = 9000\nverify_per_minute = 7\ndb = "postgresql+psycopg://a@h/file"\n'
        'root_key = "/srv/keys/root.pem"\n'
    )
    from_file = load_settings(tmp_path)
    assert (from_file.port, from_file.verify_per_minute) == (9000, 7)
    assert from_file.root_key_path == Path("/srv/keys/root.pem")
    monkeypatch.setenv("HIRFA_SERVER_PORT", "9100")
    monkeypatch.setenv("HIRFA_SERVER_DB", "postgresql+psycopg://a@h/env")
    from_env = load_settings(tmp_path)
    assert (from_env.port, from_env.db, from_env.verify_per_minute) == (
        9100, "postgresql+psycopg://a@h/env", 7,
    )  # fmt: skip
    given = load_settings(tmp_path, db="postgresql+psycopg://a@h/option", port=None)
    assert (given.db, given.port) == ("postgresql+psycopg://a@h/option", 9100)


def test_the_data_directory_comes_from_the_option_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HIRFA_SERVER_DATA_DIR", str(tmp_path / "env"))
    assert load_settings().data_dir == tmp_path / "env"
    assert load_settings(tmp_path / "option").data_dir == tmp_path / "option"
