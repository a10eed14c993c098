"""The server's settings, declared once with their defaults.

Where a value comes from, strongest first: the command line (``--db``, ``--data-dir``,
``serve``'s options), the environment (``HIRFA_SERVER_*``), the TOML file
``server.toml`` in the data directory, the defaults below. The data directory itself
comes from ``--data-dir``, else ``$HIRFA_SERVER_DATA_DIR``, else the user data directory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

ENV_PREFIX = "HIRFA_SERVER_"
CONFIG_FILE = "server.toml"
STORE_FILE = "server.sqlite3"
ROOT_KEY_FILE = "root-key.pem"


def default_data_dir() -> Path:
    return Path(user_data_dir("HirfaServer", appauthor=False))


def resolve_data_dir(option: str | Path | None) -> Path:
    """The data directory a command works in (``--data-dir`` beats the environment)."""
    chosen = option or os.environ.get(ENV_PREFIX + "DATA_DIR")
    return Path(chosen).expanduser() if chosen else default_data_dir()


class Settings(BaseSettings):
    """Everything the server reads at start; see the module docstring for the order."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", frozen=True)

    data_dir: Path
    db: str = Field("", description="SQLAlchemy URL; empty: a SQLite file in the data dir")
    root_key: Path | None = Field(None, description="the national root key (PEM)")
    host: str = "127.0.0.1"
    port: int = Field(8765, ge=1, le=65535)
    workers: int = Field(1, ge=1, le=64)
    pool_size: int = Field(10, ge=1, le=200, description="database connections per worker")
    trusted_proxies: str = Field(
        "127.0.0.1", description="addresses whose X-Forwarded-For names the client"
    )
    verify_per_minute: int = Field(30, ge=1, description="verifications per client address")
    enrol_code_hours: int = Field(24, ge=1, le=24 * 30)
    certificate_years: int = Field(5, ge=1, le=20)
    timezone: str = Field("Africa/Casablanca", description="the offices' calendar day")
    clock_tolerance_days: int = Field(
        7, ge=0, le=60, description="how far ahead of the server's day a desk's dates may be"
    )
    access_log: bool = False

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = _toml_file.get("path")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None and toml_file.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    @property
    def database_url(self) -> str:
        return self.db or f"sqlite:///{self.data_dir / STORE_FILE}"

    @property
    def root_key_path(self) -> Path:
        return self.root_key or self.data_dir / ROOT_KEY_FILE


# The TOML file depends on the data directory, known only when the settings are loaded.
_toml_file: dict[str, Path] = {}


def load_settings(data_dir: str | Path | None = None, **overrides: Any) -> Settings:
    """The settings of the data directory; ``overrides`` (command-line options) win
    over everything, and ``None`` values among them are ignored."""
    folder = resolve_data_dir(data_dir)
    given = {key: value for key, value in overrides.items() if value is not None}
    _toml_file["path"] = folder / CONFIG_FILE
    try:
        return Settings(data_dir=folder, **given)
    finally:
        _toml_file.clear()
