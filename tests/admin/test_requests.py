"""admin-requests-get: one recorded call and why it got its return_code."""

import uuid

from asset_api.admin.request_lookup import EXPLANATIONS


async def test_request_lookup_explains_a_refused_call(api, client, app, db):
    wrong_secret = "AAS" + "x" * 177
    res = await client.post(
        "/asset-erp/v1/get-auth",
        json={"grant_type": "client_credentials", "appkey": "AAK" + "y" * 33,
              "secretkey": wrong_secret},
    )  # fmt: skip
    assert res.json()["return_code"] == 1001
    request_id = res.headers["x-request-id"]
    await app.state.recorder.flush()  # records are otherwise written about a second later

    found = await api("GET", f"/requests/{request_id}")
    assert found.status_code == 200, found.text
    record = found.json()["request"]
    assert record["request_id"] == request_id
    assert (record["method"], record["path"]) == ("POST", "/asset-erp/v1/get-auth")
    assert (record["status"], record["return_code"]) == (401, 1001)
    assert record["return_msg"] == "유효하지 않은 앱키입니다"
    assert record["appkey"] == "AAK" + "y" * 33 and record["client_ip"] == "203.0.113.7"
    assert record["at"].endswith("+09:00") and float(record["duration_ms"]) >= 0
    assert record["explanation"] == EXPLANATIONS[1001]
    assert wrong_secret not in found.text


async def test_request_lookup_of_unknown_or_malformed_ids(api, db):
    res = await api("GET", f"/requests/{uuid.uuid4()}")
    assert res.status_code == 404 and res.json()["return_code"] == 1901
    for bad in ["not-a-uuid", "------------------------------------"]:
        res = await api("GET", f"/requests/{bad}")
        assert res.status_code == 400 and "request_id" in res.json()["return_msg"]


def test_every_catalog_code_has_an_explanation(return_code_catalog):
    assert set(return_code_catalog) <= set(EXPLANATIONS)


async def test_a_nul_in_a_path_does_not_cost_the_batch_its_records(api, client, app, db):
    # PostgreSQL text cannot hold NUL: one such path (echoed in the 404 message too) used to
    # make the whole batch fail, dropping every call of that second from the request log.
    odd = await client.get("/asset-erp/v1/%00")
    assert odd.status_code == 404
    normal = await client.get("/health")
    await app.state.recorder.flush()

    for res in (odd, normal):
        found = await api("GET", f"/requests/{res.headers['x-request-id']}")
        assert found.status_code == 200, found.text
    record = (await api("GET", f"/requests/{odd.headers['x-request-id']}")).json()["request"]
    assert record["path"].startswith("/asset-erp/v1/") and "\x00" not in record["path"]
    assert "\x00" not in record["return_msg"]
