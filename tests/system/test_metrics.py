"""GET /metrics in one process: the families count what happened, only allowed addresses
may read them, and JSON access logs carry the request's fields and never a secret."""

import json
import logging
import re

import httpx
import pytest
from prometheus_client import CollectorRegistry, Histogram
from prometheus_client.parser import text_string_to_metric_families
from pydantic import ValidationError

from asset_api import metrics
from asset_api.app import create_app
from asset_api.http.log_format import JsonFormatter
from asset_api.settings import Settings
from tests.conftest import REPO_ROOT
from tests.helpers import get_token, make_key


def samples(text: str) -> dict[tuple, float]:
    """(sample name, sorted labels) → value, for every sample of the exposition."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


async def scrape(app, address: str = "127.0.0.1") -> httpx.Response:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as local:
        return await local.get("/metrics")


def requests_of(values: dict, operation: str, code: int) -> float:
    key = (("operation", operation), ("return_code", str(code)))
    return values.get(("asset_api_requests_total", key), 0.0)


async def test_requests_tokens_and_refusals_are_counted_by_operation_and_code(app, client, db):
    before = samples((await scrape(app)).text)
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    for _ in range(3):
        assert (await client.get("/health/live")).status_code == 200
    assert (await client.get("/asset-erp/v1/accounts", headers=creds.auth_header)).is_success
    bad = await client.get("/asset-erp/v1/accounts", headers={"authorization": "Bearer nope"})
    assert bad.json()["return_code"] == 8005
    assert (await client.get("/no/such/path")).status_code == 404

    res = await scrape(app)
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("text/plain")
    after = samples(res.text)

    def grew(key) -> float:
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert requests_of(after, "health-live", 0) - requests_of(before, "health-live", 0) == 3
    assert requests_of(after, "accounts", 0) - requests_of(before, "accounts", 0) == 1
    assert requests_of(after, "accounts", 8005) - requests_of(before, "accounts", 8005) == 1
    assert requests_of(after, "get-auth", 0) - requests_of(before, "get-auth", 0) == 1
    assert requests_of(after, "unmatched", 1901) - requests_of(before, "unmatched", 1901) == 1
    assert grew(("asset_api_tokens_issued_total", (("dialect", "broker"),))) == 1
    assert grew(("asset_api_refusals_total", (("return_code", "8005"),))) == 1
    latency = (("operation", "health-live"), ("return_code", "0"))
    assert grew(("asset_api_request_seconds_count", latency)) == 3
    every_bucket = tuple(sorted((*latency, ("le", "+Inf"))))
    assert grew(("asset_api_request_seconds_bucket", every_bucket)) == 3
    pool = after[("asset_api_db_pool_connections", (("database", "primary"), ("state", "idle")))]
    assert pool >= 1
    assert ("asset_api_usage_log_queue_depth", ()) in after
    assert all(name.startswith("asset_api_") for name, _ in after)


def test_the_tally_records_what_observe_would_have_recorded():
    """The request path adds to a tally flushed into the families later; bucket by bucket,
    bound included, the result equals Histogram.observe's."""
    direct = Histogram("direct_seconds", "", buckets=metrics.LATENCY_BUCKETS,
                       registry=CollectorRegistry())  # fmt: skip
    tally = metrics.RequestTally()
    latencies = [0.0, 0.001, 0.0010001, 0.05, 0.7, 10.0, 11.0, 0.0025]
    for seconds in latencies:
        direct.observe(seconds)
        tally.observe("tally-check", 0, seconds)
    tally.flush()
    through_tally = metrics.REQUEST_SECONDS.labels("tally-check", "0")
    assert [b.get() for b in through_tally._buckets] == [b.get() for b in direct._buckets]
    assert through_tally._sum.get() == pytest.approx(sum(latencies))
    assert metrics.REQUESTS.labels("tally-check", "0")._value.get() == len(latencies)


async def test_metrics_are_refused_outside_the_allow_list(app, client):
    res = await client.get("/metrics")  # the test client comes from 203.0.113.7
    assert res.status_code == 403
    assert res.json()["return_code"] == 1004
    assert "ASSET_API_METRICS_ALLOW" in res.json()["return_msg"]
    assert res.json()["request_id"] == res.headers["x-request-id"]
    assert "asset_api_" not in res.text


@pytest.mark.parametrize(
    ("allow", "address", "status"),
    [
        (["203.0.113.0/24"], "203.0.113.7", 200),
        (["203.0.113.0/24"], "127.0.0.1", 403),
        (["::1"], "::1", 200),
        ([], "127.0.0.1", 403),  # an empty list lets nobody in
    ],
)
async def test_the_allow_list_decides_who_reads_metrics(
    settings, migrated, db, allow, address, status
):
    app = create_app(settings.model_copy(update={"metrics_allow": allow}), database_url=migrated)
    async with app.router.lifespan_context(app):
        assert (await scrape(app, address)).status_code == status


def test_a_malformed_allow_list_stops_the_start_naming_the_setting(monkeypatch):
    monkeypatch.setenv("ASSET_API_METRICS_ALLOW", "127.0.0.1, 10.0.0.0/33")
    with pytest.raises(ValidationError, match="metrics_allow"):
        Settings(_env_file=None)
    monkeypatch.setenv("ASSET_API_METRICS_ALLOW", "10.1.2.3/8, ::1")
    assert Settings(_env_file=None).metrics_allow == ["10.0.0.0/8", "::1/128"]


async def test_json_logs_carry_the_request_fields_and_no_secret_or_token(
    settings, migrated, db, caplog
):
    json_settings = settings.model_copy(update={"log_format": "json"})
    app = create_app(json_settings, database_url=migrated)
    creds = await make_key(db, all_accounts=True)
    transport = httpx.ASGITransport(app=app, client=("198.51.100.4", 1234))
    caplog.set_level(logging.INFO, logger="asset_api.access")
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as client,
    ):
        await get_token(client, creds)
        await client.get("/asset-erp/v1/accounts", headers=creds.auth_header)
        await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": creds.appkey,
                  "client_secret": creds.secretkey},
        )  # fmt: skip
    formatter = JsonFormatter()
    lines = [formatter.format(r) for r in caplog.records if r.name == "asset_api.access"]
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert [r["operation"] for r in records] == ["get-auth", "accounts", "oauth2-token"]
    for record in records:
        assert record["return_code"] == 0
        assert record["status"] == 200
        assert record["appkey"] == creds.appkey
        assert record["client_ip"] == "198.51.100.4"
        assert len(record["request_id"]) == 36
        assert record["latency_ms"] > 0
    everything = "\n".join(lines)
    assert creds.secretkey not in everything
    assert creds.token not in everything


def test_the_grafana_dashboard_reads_only_families_that_exist():
    dashboard = json.loads(
        (REPO_ROOT / "docs-site/docs/assets/grafana/asset-api-dashboard.json").read_text()
    )
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    used = {name for expr in exprs for name in re.findall(r"\basset_api_[a-z_]+", expr)}
    exposed = set()
    for family in metrics.REGISTRY.collect():
        suffixes = {"counter": ["_total"], "histogram": ["_bucket", "_sum", "_count"]}
        exposed |= {family.name + s for s in suffixes.get(family.type, [""])}
    assert used and used <= exposed, used - exposed
    assert len(dashboard["panels"]) == len({p["title"] for p in dashboard["panels"]})
