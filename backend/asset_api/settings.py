"""The one settings class. Nothing else in the package reads os.environ."""

import os
import secrets
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PEPPER_FILE = "pepper"


def default_pool_max() -> int:
    """Twice the machine's cores, at least 4: PostgreSQL's own sizing rule (cores × 2 plus
    disks) for a pool whose database runs on the same cores, as the embedded one does.

    More connections only make the backends take turns on the same cores: on 2 cores, 10
    connections against 16 concurrent balance calls cost PostgreSQL 131 µs of CPU a call,
    4 cost it 109 µs, and the calls went 12% faster with a p99 of 33 ms instead of 52 ms
    (`make bench`). A database on its own machine may want more: ASSET_API_DB_POOL_MAX.
    """
    affinity = getattr(os, "sched_getaffinity", None)  # Linux; elsewhere, all the cores
    cores = len(affinity(0)) if affinity else (os.cpu_count() or 2)
    return max(4, 2 * cores)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSET_API_", extra="ignore")

    # DATABASE_URL is read without the prefix, as every PostgreSQL tool does.
    database_url: str | None = Field(default=None, validation_alias="DATABASE_URL")
    data_dir: Path = Path(".data")
    host: str = "127.0.0.1"
    port: int = 8000
    spa_port: int = 8001
    docs_port: int = 8002
    token_lifetime_seconds: int = 86_400
    approval_key_lifetime_seconds: int = 86_400
    cors_origins: list[str] = ["http://127.0.0.1:8001", "http://localhost:8001"]
    # The HMAC key for stored secrets and tokens. Generated into the data dir when not given.
    pepper: SecretStr | None = None
    # How long a verified token may be served from the in-process cache; bounds how long a
    # revocation takes to reach every process.
    token_cache_seconds: float = 3.0
    db_pool_min: int = 2
    db_pool_max: int = Field(default_factory=default_pool_max)
    db_connect_timeout: float = 3.0
    db_command_timeout: float = 10.0
    retry_after_seconds: int = 5
    max_body_bytes: int = 1024 * 1024
    log_level: str = "INFO"
    # The realtime websocket: heartbeat, silence before a close, how often each process looks
    # for revoked keys and lost grants among its connections (a revocation closes them, a grant
    # or scope taken away ends the subscriptions that needed it, within this plus 1 s),
    # the send buffer of a connection (a client that lets more pile up is closed), and how
    # long events are kept for replays.
    realtime_ping_seconds: float = 30.0
    realtime_idle_seconds: float = 60.0
    realtime_key_check_seconds: float = 2.0
    realtime_send_buffer_bytes: int = 1024 * 1024
    realtime_retention_days: int = 7
    # Kiwoom REST API credentials for `asset-api sync kiwoom`.
    kiwoom_base_url: str = "https://api.kiwoom.com"
    kiwoom_appkey: SecretStr | None = None
    kiwoom_secretkey: SecretStr | None = None
    kiwoom_account_no: str | None = None

    @property
    def token_lifetime(self) -> timedelta:
        return timedelta(seconds=self.token_lifetime_seconds)

    @property
    def approval_key_lifetime(self) -> timedelta:
        return timedelta(seconds=self.approval_key_lifetime_seconds)

    def pepper_bytes(self) -> bytes:
        """The pepper, created once per data dir so restarts keep existing hashes valid."""
        if self.pepper is not None:
            return self.pepper.get_secret_value().encode()
        path = self.data_dir / PEPPER_FILE
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip().encode()


@lru_cache
def get_settings() -> Settings:
    return Settings()
