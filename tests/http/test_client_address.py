"""Finding 2, with two processes: the API (`asset-api serve`, trusting the proxy 127.0.0.2) and
this test as its clients, one connecting from 127.0.0.1 (anyone) and one from 127.0.0.2 (the
proxy). A spoofed X-Forwarded-For neither passes an allowlist nor escapes the per-address
throttle; the trusted proxy's header is believed by the allowlist, the throttle, the request
log and the audit log alike."""

import asyncio
import secrets
from ipaddress import ip_network

import httpx
import pytest

from asset_api.admin import audit
from asset_api.admin.admins import create_admin
from asset_api.http import client_address
from tests.helpers import make_key
from tests.live import api_process

PROXY = "127.0.0.2"


@pytest.fixture(scope="module")
def server(migrated, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("client-address")
    with api_process(migrated, workdir, trusted_proxies=PROXY) as live:
        yield live


def client_from(server, source: str) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(local_address=source)
    return httpx.AsyncClient(base_url=server.url, transport=transport, timeout=10)


def get_auth_body(creds) -> dict:
    return {"grant_type": "client_credentials", "appkey": creds.appkey,
            "secretkey": creds.secretkey}  # fmt: skip


async def logged_ip(db, request_id: str) -> str | None:
    for _ in range(40):
        row = await db.fetchrow(
            "SELECT host(client_ip) AS ip FROM request_log WHERE request_id = $1::uuid",
            request_id,
        )
        if row is not None:
            return row["ip"]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no request_log row for {request_id}")


async def test_a_spoofed_header_does_not_pass_an_allowlist(server, db):
    creds = await make_key(db, all_accounts=True, allowed_cidrs=["10.0.0.0/8"])
    async with client_from(server, "127.0.0.1") as anyone, client_from(server, PROXY) as proxy:
        spoofed = await anyone.post(
            "/asset-erp/v1/get-auth",
            json=get_auth_body(creds),
            headers={"x-forwarded-for": "10.1.2.3"},
        )
        assert (spoofed.status_code, spoofed.json()["return_code"]) == (403, 1004)

        forwarded = await proxy.post(
            "/asset-erp/v1/get-auth",
            json=get_auth_body(creds),
            headers={"x-forwarded-for": "10.1.2.3"},
        )
        assert forwarded.status_code == 200, forwarded.text
        bearer = {"authorization": f"Bearer {forwarded.json()['token']}"}

        spoofed = await anyone.get(
            "/asset-erp/v1/accounts", headers=bearer | {"x-forwarded-for": "10.1.2.3"}
        )
        assert (spoofed.status_code, spoofed.json()["return_code"]) == (403, 1004)
        forwarded = await proxy.get(
            "/asset-erp/v1/accounts", headers=bearer | {"forwarded": 'for="10.9.8.7:4711"'}
        )
        assert forwarded.status_code == 200

    assert await logged_ip(db, spoofed.headers["x-request-id"]) == "127.0.0.1"
    assert await logged_ip(db, forwarded.headers["x-request-id"]) == "10.9.8.7"


async def test_rotating_a_spoofed_header_does_not_escape_the_throttle(server, db):
    async def twenty_failures(client: httpx.AsyncClient) -> list[int]:
        statuses = []
        for n in range(20):
            res = await client.post(
                "/asset-erp/v1/get-auth",
                # Not an appkey's shape: counted under the address only, not an appkey.
                json={"grant_type": "client_credentials", "appkey": secrets.token_hex(18),
                      "secretkey": "x" * 180},
                headers={"x-forwarded-for": f"198.51.100.{n + 1}"},
            )  # fmt: skip
            statuses.append(res.status_code)
        return statuses

    async with client_from(server, "127.0.0.1") as anyone, client_from(server, PROXY) as proxy:
        assert await twenty_failures(anyone) == [401] * 6 + [429] * 14
        # Through the trusted proxy each address is a client of its own, counted apart.
        assert await twenty_failures(proxy) == [401] * 20


async def test_the_audit_log_has_the_address_the_proxy_forwarded(server, db):
    await create_admin(db, actor=audit.CLI, username="proxied", password="correct horse battery")
    async with client_from(server, PROXY) as proxy:
        res = await proxy.post(
            "/admin/v1/login",
            json={"username": "proxied", "password": "correct horse battery"},
            headers={"x-forwarded-for": "203.0.113.50, 127.0.0.2"},
        )
    assert res.status_code == 200, res.text
    ip = await db.fetchval(
        "SELECT host(client_ip) FROM audit_log WHERE action = 'admin.login' ORDER BY id DESC"
    )
    assert ip == "203.0.113.50"


# --- the rules, one by one (http/client_address.resolve) --------------------------------------

TRUSTED = [ip_network("10.0.0.0/8"), ip_network("127.0.0.2/32")]


def resolved(peer: str, *headers: tuple[str, str], trusted=TRUSTED) -> str | None:
    scope = {"client": (peer, 5555), "headers": [(n.encode(), v.encode()) for n, v in headers]}
    return client_address.resolve(scope, trusted)


@pytest.mark.parametrize(
    ("peer", "headers", "client"),
    [
        ("198.51.100.9", [("x-forwarded-for", "10.1.2.3")], "198.51.100.9"),  # not a proxy
        (PROXY, [("x-forwarded-for", "203.0.113.5")], "203.0.113.5"),
        # The client wrote the left part itself; the proxies appended the rest.
        (PROXY, [("x-forwarded-for", "10.1.2.3, 203.0.113.5, 10.0.0.7")], "203.0.113.5"),
        (PROXY, [("x-forwarded-for", "203.0.113.5"), ("x-forwarded-for", "10.0.0.7")],
         "203.0.113.5"),
        (PROXY, [("x-forwarded-for", "10.0.0.8, 10.0.0.7")], "10.0.0.8"),  # all trusted
        (PROXY, [("x-forwarded-for", "unknown")], PROXY),  # garbage: the proxy itself
        (PROXY, [("x-forwarded-for", "203.0.113.5, garbage")], PROXY),
        (PROXY, [("forwarded", 'for="[2001:db8::17]:4711";proto=https')], "2001:db8::17"),
        (PROXY, [("forwarded", "for=192.0.2.60:80, for=10.0.0.7")], "192.0.2.60"),
        # Forwarded wins over X-Forwarded-For.
        (PROXY, [("forwarded", "for=192.0.2.60"), ("x-forwarded-for", "203.0.113.5")],
         "192.0.2.60"),
        (PROXY, [], PROXY),
    ],
)  # fmt: skip
def test_the_client_address_rules(peer, headers, client):
    assert resolved(peer, *headers) == client


def test_without_trusted_proxies_no_header_is_read():
    assert resolved(PROXY, ("x-forwarded-for", "203.0.113.5"), trusted=[]) == PROXY
