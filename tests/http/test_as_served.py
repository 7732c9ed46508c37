"""The API as it is served (`asset-api serve`, a real process), spoken to over raw sockets where
an HTTP client would hide the problem: head limits, hang-ups, 405s, CORS refusals, bodies."""

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request

import pytest

from tests.live import api_process, connect, exchange, read_response


@pytest.fixture(scope="module")
def server(migrated, tmp_path_factory):
    with api_process(migrated, tmp_path_factory.mktemp("as-served")) as live:
        yield live


def envelope(response) -> dict:
    assert response.headers["content-type"].startswith("application/json"), response.headers
    body = json.loads(response.body)
    assert body["request_id"] == response.headers["x-request-id"]
    return body


def get(path: str, *headers: str) -> bytes:
    lines = [f"GET {path} HTTP/1.1", "host: 127.0.0.1", *headers, "connection: close", "", ""]
    return "\r\n".join(lines).encode()


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


# --- finding 1: request heads are bounded -----------------------------------------------------


def test_heads_just_inside_the_limits_are_served(server):
    headers = [f"x-fill-{n}: {'a' * 7000}" for n in range(4)]
    response = exchange(server, get("/health/live?" + "q" * 8000, *headers))
    assert response.status == 200


def test_a_request_line_over_8_kib_is_414_in_the_envelope(server):
    response = exchange(server, get("/health/live?" + "q" * 9000))
    assert response.status == 414
    body = envelope(response)
    assert body["return_code"] == 1501 and "요청 줄" in body["return_msg"]


def test_one_header_over_8_kib_is_431(server):
    response = exchange(server, get("/health/live", "x-big: " + "a" * 9000))
    assert response.status == 431
    assert "헤더 하나" in envelope(response)["return_msg"]


def test_a_complete_32_mb_header_is_refused_not_answered(server):
    response = exchange(server, get("/health/live", "x-big: " + "a" * 32 * 1024 * 1024))
    assert response.status == 431


def test_headers_over_32_kib_together_are_431(server):
    headers = [f"x-fill-{n}: {'a' * 7000}" for n in range(6)]
    response = exchange(server, get("/health/live", *headers))
    assert response.status == 431
    assert "헤더 전체" in envelope(response)["return_msg"]


def test_unfinished_headers_cannot_grow_the_server(server):
    """Eight connections each sending 16 MB of a header that never ends: each is answered 431
    and closed after a few KiB, and the server's memory stays where it was."""
    before = rss_kib(server.process.pid)

    def flood(results: list) -> None:
        with connect(server) as sock:
            sock.sendall(b"GET /health/live HTTP/1.1\r\nhost: x\r\nx-endless: ")
            try:
                for _ in range(16 * 16):
                    sock.sendall(b"a" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass
            results.append(read_response(sock).status)

    results: list[int] = []
    threads = [threading.Thread(target=flood, args=(results,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert results == [431] * 8
    assert rss_kib(server.process.pid) - before < 20 * 1024


def test_bytes_that_are_not_http_get_the_envelope(server):
    response = exchange(server, b"\x16\x03\x01\x02\x00 this is not HTTP\r\n\r\n")
    assert response.status == 400
    assert envelope(response)["return_code"] == 1501


# --- finding 3: a client that hangs up is not a server error ----------------------------------


async def test_a_hang_up_while_the_form_is_read_is_no_9999(server, db):
    with connect(server) as sock:
        sock.sendall(
            b"POST /oauth2/token HTTP/1.1\r\nhost: x\r\n"
            b"content-type: application/x-www-form-urlencoded\r\ncontent-length: 1000\r\n\r\n"
            b"grant_type=client_cre"
        )
        await asyncio.sleep(0.3)
    row = None
    for _ in range(40):
        row = await db.fetchrow(
            "SELECT status, return_code FROM request_log WHERE path = '/oauth2/token'"
        )
        if row is not None:
            break
        await asyncio.sleep(0.1)
    assert row is not None, "the hang-up left no request_log row"
    assert (row["status"], row["return_code"]) == (499, 1501)
    assert "unhandled error" not in server.log_text()
    assert "Traceback" not in server.log_text()


# --- finding 4: 405 answers say what is allowed ----------------------------------------------


def test_a_405_carries_allow(server):
    response = exchange(
        server, b"TRACE /asset-erp/v1/accounts HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
    )
    assert response.status == 405
    assert "GET" in response.headers["allow"]
    assert envelope(response)["return_code"] == 1901


# --- finding 5: our refusals are the envelope ------------------------------------------------


def test_a_refused_cors_preflight_is_the_envelope(server):
    response = exchange(
        server,
        get("/asset-erp/v1/accounts", "origin: https://evil.example",
            "access-control-request-method: GET").replace(b"GET ", b"OPTIONS ", 1),
    )  # fmt: skip
    assert response.status == 400
    body = envelope(response)
    assert body["return_code"] == 1501 and "origin" in body["return_msg"]


# --- finding 6: bodies over the limit are 413, and ordinary clients read it ------------------


def test_a_10_mb_chunked_json_body_is_413(server):
    with connect(server) as sock:
        sock.sendall(
            b"POST /asset-erp/v1/get-auth HTTP/1.1\r\nhost: x\r\n"
            b"content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
        )
        chunk = b"[" * 65536
        try:
            for _ in range(160):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sock.sendall(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = read_response(sock)
    assert response.status == 413
    assert envelope(response)["return_code"] == 1501


def test_urllib_sees_the_413_of_a_body_over_the_declared_limit(server):
    request = urllib.request.Request(
        f"{server.url}/asset-erp/v1/get-auth",
        data=b" " * (5 * 1024 * 1024),
        headers={"content-type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 413
    assert json.loads(refused.value.read())["return_code"] == 1501


# --- finding 8: what a 404 echoes is cut -----------------------------------------------------


def test_a_404_does_not_echo_a_long_path(server):
    started = time.monotonic()
    response = exchange(server, get("/" + "a" * 8000))
    assert response.status == 404
    assert len(response.body) < 400
    assert "…" in envelope(response)["return_msg"]
    assert time.monotonic() - started < 5


# --- an upgrade offer that is not to a websocket is served as HTTP/1.1 ----------------------

H2C_OFFER = (
    b"connection: Upgrade, HTTP2-Settings\r\nupgrade: h2c\r\nhttp2-settings: AAEAAEAAAAIAAAAB\r\n"
)
UNKNOWN_KEY = json.dumps(
    {"grant_type": "client_credentials", "appkey": "PS" + "a" * 34, "secretkey": "s" * 180}
).encode()


def test_a_body_sent_with_an_h2c_offer_is_read_and_the_connection_goes_on(server):
    """The JDK's HttpClient offers h2c on plain http; the body was dropped (400/1501 'body')."""
    with connect(server) as sock:
        sock.sendall(
            b"POST /asset-erp/v1/get-auth HTTP/1.1\r\nhost: x\r\n" + H2C_OFFER
            + b"content-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(UNKNOWN_KEY)
            + UNKNOWN_KEY
        )  # fmt: skip
        refused = read_response(sock)
        sock.sendall(b"GET /health/live HTTP/1.1\r\nhost: x\r\n\r\n")
        alive = read_response(sock)
    assert refused.status == 401, refused.body
    assert envelope(refused)["return_code"] != 1501  # the appkey was read, and is unknown
    assert alive.status == 200


def test_a_chunked_body_with_an_h2c_offer_arriving_after_the_head_is_read(server):
    with connect(server) as sock:
        sock.sendall(
            b"POST /asset-erp/v1/get-auth HTTP/1.1\r\nhost: x\r\n" + H2C_OFFER
            + b"content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
        )  # fmt: skip
        time.sleep(0.1)
        sock.sendall(b"%x\r\n%s\r\n0\r\n\r\n" % (len(UNKNOWN_KEY), UNKNOWN_KEY))
        refused = read_response(sock)
    assert refused.status == 401, refused.body
    assert envelope(refused)["return_code"] != 1501


def test_granian_bounds_the_whole_head_by_the_sum_of_the_three_limits(migrated, tmp_path):
    """granian (`serve --server granian`, for the bench's comparison) has one bound for the
    head: 8 KiB + 8 KiB + 32 KiB unless set, refused with its own plain 431 (no envelope)."""
    with api_process(migrated, tmp_path, server="granian") as granian:
        just_inside = [f"x-fill-{n}: {'a' * 11000}" for n in range(4)]
        assert exchange(granian, get("/health/live", *just_inside)).status == 200
        past = exchange(granian, get("/health/live", *just_inside, "x-more: " + "a" * 6000))
        assert past.status == 431
