"""The one settings class. Nothing else in the package reads os.environ."""

import ipaddress
import json
import os
import secrets
from datetime import timedelta
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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
    # The reference site's origins: its 직접 호출 panels may call the public API (never
    # /admin/v1) across origins. Default: the docs of `make run`.
    docs_origins: list[str] = ["http://127.0.0.1:8002", "http://localhost:8002"]
    # The HMAC key for stored secrets and tokens. Generated into the data dir when not given.
    pepper: SecretStr | None = None
    # How long a verified token may be served from the in-process cache; bounds how long a
    # revocation takes to reach every process.
    token_cache_seconds: float = 3.0
    # Admin sign-in: an admin without a second factor can only enrol one while this is true;
    # a session ends after this long without a call, and at the latest this long after login.
    admin_mfa_required: bool = True
    admin_session_idle_seconds: int = 30 * 60
    admin_session_lifetime_seconds: int = 8 * 60 * 60
    db_pool_min: int = 2
    db_pool_max: int = Field(default_factory=default_pool_max)
    db_connect_timeout: float = 3.0
    db_command_timeout: float = 10.0
    retry_after_seconds: int = 5
    max_body_bytes: int = 1024 * 1024
    # Retention: request_log keeps the days that ended less than this many days ago (whole
    # daily partitions are dropped); tokens are deleted this many days after they expire.
    request_log_days: int = Field(default=90, ge=1)
    token_retention_days: int = Field(default=7, ge=0)
    # Bounds of a request's head, as nginx's large_client_header_buffers (4 × 8k): the request
    # line (past it 414), one header line and all of them together (past them 431). Checked
    # by the server before the app sees anything (http/server.py).
    max_request_line_bytes: int = 8 * 1024
    max_header_bytes: int = 8 * 1024
    max_headers_bytes: int = 32 * 1024
    # The proxies (CIDRs) whose X-Forwarded-For / Forwarded headers are believed; empty: none,
    # the client address is the peer of the connection (http/client_address.py).
    # Comma-separated (or a JSON list): ASSET_API_TRUSTED_PROXIES=10.0.0.0/8,192.0.2.7
    trusted_proxies: Annotated[list[IPv4Network | IPv6Network], NoDecode] = []
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

    # --- operations: replicas, metrics, logs, the server (issue 14) ---
    # Read replicas for the data endpoints' queries (comma-separated URLs); everything that
    # writes or must be fresh stays on DATABASE_URL.
    read_database_urls: Annotated[list[str], NoDecode] = []
    # A replica further behind the primary than this is skipped until it catches up.
    replica_max_lag_seconds: float = 5.0
    # How often each process measures its replicas' lag (and retries one that was down).
    replica_check_seconds: float = 1.0
    # Who may read GET /metrics: addresses or CIDRs, comma-separated.
    metrics_allow: Annotated[list[str], NoDecode] = ["127.0.0.0/8", "::1/128"]
    # "text" (one readable line per request) or "json" (one JSON object per line).
    log_format: Literal["text", "json"] = "text"
    # Where prometheus-client's worker files go (its own variable, read without our prefix);
    # `asset-api serve` sets it to a fresh folder under the data dir when unset.
    prometheus_multiproc_dir: Path | None = Field(
        default=None, validation_alias="PROMETHEUS_MULTIPROC_DIR"
    )
    # asyncpg's prepared statements kept per connection (its own default); 0 behind a
    # PgBouncer in transaction mode older than 1.21 (docs-site guides/operations.md).
    db_statement_cache_size: int = 100
    # `asset-api serve --server granian`: the largest request head (line and headers) it reads;
    # unset, the sum of the three head limits above (granian has only this one bound).
    granian_http1_buffer_bytes: int | None = Field(default=None, ge=8192)

    @field_validator("read_database_urls", "metrics_allow", "trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        """A list from the environment: comma-separated, or a JSON array."""
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @field_validator("metrics_allow")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        # Checked at start, so a typo stops the server instead of refusing every scrape.
        return [str(ipaddress.ip_network(entry, strict=False)) for entry in value]

    @property
    def token_lifetime(self) -> timedelta:
        return timedelta(seconds=self.token_lifetime_seconds)

    @property
    def admin_session_idle(self) -> timedelta:
        return timedelta(seconds=self.admin_session_idle_seconds)

    @property
    def admin_session_lifetime(self) -> timedelta:
        return timedelta(seconds=self.admin_session_lifetime_seconds)

    @property
    def approval_key_lifetime(self) -> timedelta:
        return timedelta(seconds=self.approval_key_lifetime_seconds)

    @property
    def granian_buffer_bytes(self) -> int:
        if self.granian_http1_buffer_bytes is not None:
            return self.granian_http1_buffer_bytes
        return self.max_request_line_bytes + self.max_header_bytes + self.max_headers_bytes

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
