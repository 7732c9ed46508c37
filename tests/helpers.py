"""Test helpers shared by the suites: make a user, a key and a real token through the API;
run `asset-api data` as a real process."""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx

from asset_api.auth import keys

TEST_PEPPER = b"test-pepper-not-secret"  # the pepper of the `settings` fixture


@dataclass
class Credentials:
    user_id: int
    appkey: str
    secretkey: str
    token: str | None = None

    @property
    def auth_header(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}"}

    @property
    def grant(self) -> dict[str, str]:
        """The body of get-auth and get-approval for this key."""
        return {
            "grant_type": "client_credentials",
            "appkey": self.appkey,
            "secretkey": self.secretkey,
        }


async def make_key(
    db: asyncpg.Connection,
    *,
    env: str = "real",
    accounts: list[str] | None = None,
    all_accounts: bool = False,
    scopes: list[str] | None = None,
    user_scopes: list[str] | None = None,
    allowed_cidrs: list[str] | None = None,
    rate_limit: int = 10_000,  # the maximum: tests that page fast must not meet the limit
    expires_at=None,
    name: str = "테스트 사용자",
) -> Credentials:
    """A user (granted `accounts` of `env`, when given) and an active key of theirs."""
    user_id = await keys.create_user(db, name=name, all_accounts=all_accounts, scopes=user_scopes)
    if accounts:
        from asset_api.admin.grants import grant_accounts

        await grant_accounts(db, user_id=user_id, account_nos=accounts, env=env)
    issued = await keys.issue_key(
        db,
        pepper=TEST_PEPPER,
        user_id=user_id,
        env=env,
        scopes=scopes,
        allowed_cidrs=allowed_cidrs,
        rate_limit=rate_limit,
        expires_at=expires_at,
    )
    return Credentials(user_id, issued.appkey, issued.secretkey)


async def get_token(client: httpx.AsyncClient, creds: Credentials) -> str:
    res = await client.post("/asset-erp/v1/get-auth", json=creds.grant)
    assert res.status_code == 200, res.text
    creds.token = res.json()["token"]
    return creds.token


async def issue_token(client: httpx.AsyncClient, db: asyncpg.Connection, **key_options) -> str:
    """A live bearer token for a new key; `key_options` as for `make_key`."""
    return await get_token(client, await make_key(db, **key_options))


def run_cli(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """`asset-api data ARGS...` as a real process against the test database."""
    return run_asset_api(database_url, tmp_path, "data", *args)


def run_asset_api(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """`asset-api ARGS...` as a real process against the test database."""
    env = os.environ | {"DATABASE_URL": database_url, "ASSET_API_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "asset_api", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
