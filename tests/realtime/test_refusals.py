"""What the feed refuses, and how: every refusal is an ack with the contract's return code and
a Korean message naming the problem, and the connection goes on serving; only the rules of
the transport (frames over 1 MiB) and of the key (4001) close it."""

import asyncio
import contextlib
import json
import socket

import pytest
from websockets.client import ClientProtocol
from websockets.exceptions import ConnectionClosed
from websockets.uri import parse_uri

from tests.data.conftest import ACCOUNT_A, ACCOUNT_B, MOCK_ACCOUNT
from tests.helpers import make_key
from tests.realtime.conftest import approval_key, connect, subscribe_frame


def body(ack: dict) -> tuple[int, str]:
    return ack["body"]["return_code"], ack["body"]["return_msg"]


async def test_an_account_out_of_scope_answers_like_one_that_does_not_exist(server, key_a):
    async with connect(server, await approval_key(server, key_a)) as feed:
        for tr_id in ("transactions", "balance"):
            out_of_scope = await feed.subscribe(tr_id, ACCOUNT_B)
            missing = await feed.subscribe(tr_id, "1999999999")
            assert body(out_of_scope)[0] == body(missing)[0] == 1901
            assert body(out_of_scope)[1].startswith("존재하지 않는 자원입니다")
            assert out_of_scope["body"]["subscriptions"] == 0
        assert body(await feed.subscribe("prices", "999999"))[0] == 1901
        assert body(await feed.subscribe("transactions", ACCOUNT_A))[0] == 0  # still usable


async def test_a_mock_key_sees_only_mock_data_and_a_real_key_only_real(server, db, mock_data):
    mock = await make_key(db, env="mock", all_accounts=True)
    real = await make_key(db, env="real", all_accounts=True)
    async with connect(server, await approval_key(server, mock)) as feed:
        assert body(await feed.subscribe("transactions", ACCOUNT_A))[0] == 1901
        assert body(await feed.subscribe("transactions", MOCK_ACCOUNT))[0] == 0
        assert body(await feed.subscribe("prices", "005930"))[0] == 0
        # A real write to an instrument both environments have reaches only the real stream.
        await db.execute(
            "UPDATE daily_prices SET volume = volume + 1 FROM instruments i"
            " WHERE i.id = daily_prices.instrument_id AND i.env = 'real' AND i.code = '005930'"
        )
        await feed.nothing_more()
    async with connect(server, await approval_key(server, real)) as feed:
        assert body(await feed.subscribe("transactions", MOCK_ACCOUNT))[0] == 1901


async def test_a_key_without_the_scope_is_8010(server, db, data):
    market_only = await make_key(db, env="real", all_accounts=True, scopes=["market"])
    async with connect(server, await approval_key(server, market_only)) as feed:
        code, message = body(await feed.subscribe("balance", ACCOUNT_A))
        assert code == 8010 and "accounts" in message
        assert body(await feed.subscribe("prices", "005930"))[0] == 0


async def test_41_subscriptions_and_the_42nd_is_refused(server, db, data):
    key = await make_key(db, env="real", all_accounts=True)
    codes = [f"{n:06d}" for n in range(41)]
    await db.execute(
        "INSERT INTO instruments (env, code, isin, name, market, listed_shares)"
        " SELECT 'real', c, 'KR7' || c || '000', '종목' || c, 'KOSPI', 1 FROM unnest($1::text[]) c",
        codes,
    )
    async with connect(server, await approval_key(server, key)) as feed:
        for count, code in enumerate(codes, 1):
            ack = await feed.subscribe("prices", code)
            assert body(ack)[0] == 0 and ack["body"]["subscriptions"] == count
        over = await feed.subscribe("transactions", ACCOUNT_A)
        assert body(over)[0] == 1700 and "41" in body(over)[1]
        assert over["body"] == over["body"] | {"subscriptions": 41, "max_subscriptions": 41}
        # Unsubscribing makes room again.
        assert (await feed.unsubscribe("prices", codes[0]))["body"]["subscriptions"] == 40
        assert body(await feed.subscribe("transactions", ACCOUNT_A))[0] == 0


async def test_subscribing_twice_changes_nothing(server, db, key_a):
    async with connect(server, await approval_key(server, key_a)) as feed:
        await feed.subscribe("transactions", ACCOUNT_A)
        again = await feed.subscribe("transactions", ACCOUNT_A)
        assert body(again)[0] == 0 and again["body"]["subscriptions"] == 1


BAD_FRAMES = {
    "not json": ("{not json", "JSON"),
    "json but not an object": ("[1, 2]", "header"),
    "no header": (
        json.dumps({"body": {"input": {"tr_id": "prices", "tr_key": "005930"}}}),
        "header",
    ),
    "no body.input": (
        json.dumps({"header": {"approval_key": "x", "tr_type": "1"}, "body": {}}),
        "input",
    ),
    "a wrong tr_type": ("TR_TYPE_3", "tr_type"),
    "an unknown field": ("EXTRA", "extra"),
    "a string last_seq": ("LAST_SEQ", "last_seq"),
    "an unknown tr_id": ("UNKNOWN_TR", "tr_id"),
    "deeply nested json": ("[" * 30_000 + "]" * 30_000, "JSON"),
}


@pytest.mark.parametrize("name", BAD_FRAMES)
async def test_a_malformed_frame_is_1501_naming_the_problem(server, key_a, name):
    key = await approval_key(server, key_a)
    frame, named = BAD_FRAMES[name]
    frame = {
        "TR_TYPE_3": subscribe_frame(key, "prices", "005930", tr_type="3"),
        "EXTRA": subscribe_frame(key, "prices", "005930", extra=1),
        "LAST_SEQ": subscribe_frame(key, "prices", "005930", last_seq="5"),
        "UNKNOWN_TR": subscribe_frame(key, "H0STCNT0", "005930"),
    }.get(frame, frame)
    async with connect(server, key) as feed:
        await feed.send(frame)
        ack = await feed.next()
        assert body(ack)[0] == 1501
        assert body(ack)[1].startswith("요청 형식이 올바르지 않습니다")
        if named:
            assert named in body(ack)[1]
        assert body(await feed.subscribe("prices", "005930"))[0] == 0  # the connection goes on


async def test_binary_and_oversized_frames_are_1501_and_past_1_mib_the_socket_closes(server, key_a):
    key = await approval_key(server, key_a)
    async with connect(server, key, max_size=None) as feed:
        await feed.send(b"\x00\x01binary")
        code, message = body(await feed.next())
        assert code == 1501 and "바이너리 프레임은 받지 않습니다" in message
        await feed.send(subscribe_frame(key, "prices", "005930", pad="x" * 70_000))
        code, message = body(await feed.next())
        assert code == 1501 and "64KiB" in message
        assert body(await feed.subscribe("prices", "005930"))[0] == 0
        await feed.send("x" * (1024 * 1024 + 1))
        with pytest.raises(ConnectionClosed) as closed:
            await feed.next()
        assert closed.value.rcvd.code == 1009


async def test_approval_key_refusals(server, db, data):
    key = await make_key(db, env="real", all_accounts=True)
    approval = await approval_key(server, key)
    async with connect(server, "not-a-key") as feed:
        code, message = body(await feed.subscribe("prices", "005930"))
        assert code == 8005 and "approval_key" in message
        feed.key = approval
        assert body(await feed.subscribe("prices", "005930"))[0] == 0
        feed.key = await approval_key(server, key)  # another valid key, but not this connection's
        assert body(await feed.subscribe("transactions", ACCOUNT_A))[0] == 8005
    await db.execute("UPDATE approval_keys SET expires_at = now() - interval '1 second'")
    async with connect(server, approval) as feed:
        assert body(await feed.subscribe("prices", "005930"))[0] == 8005


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ("UPDATE api_keys SET status = 'disabled' WHERE appkey = $1", 1002),
        ("UPDATE api_keys SET expires_at = now() WHERE appkey = $1", 1003),
        ("UPDATE api_keys SET allowed_cidrs = '{10.0.0.0/8}' WHERE appkey = $1", 1004),
    ],
    ids=["disabled", "expired", "ip not allowed"],
)
async def test_a_key_refused_at_the_handshake_is_told_why(server, db, data, change, code):
    key = await make_key(db, env="real", all_accounts=True)
    approval = await approval_key(server, key)
    await db.execute(change, key.appkey)
    async with connect(server, approval) as feed:
        assert body(await feed.subscribe("prices", "005930"))[0] == code


async def test_a_key_whose_allowlist_holds_the_caller_is_accepted(server, db, data):
    """The allowlist is checked against the websocket's own address, as the middleware works
    it out for every connection (a refusal alone would pass with no address at all)."""
    key = await make_key(db, env="real", all_accounts=True, allowed_cidrs=["127.0.0.0/8"])
    async with connect(server, await approval_key(server, key)) as feed:
        assert body(await feed.subscribe("prices", "005930"))[0] == 0


async def test_a_client_that_answers_pingpong_stays_and_one_that_does_not_is_closed(server, key_a):
    key = await approval_key(server, key_a)
    async with connect(server, key) as answering, connect(server, key) as silent:
        await answering.subscribe("prices", "005930")
        await silent.subscribe("prices", "005930")

        async def read_without_answering() -> tuple[list[dict], int]:
            frames = []
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    frames.append(json.loads(await silent.ws.recv()))
            return frames, closed.value.rcvd.code

        async def answer_for(seconds: float) -> None:
            with pytest.raises(TimeoutError):
                await answering.next(within=seconds)  # echoes each PINGPONG meanwhile

        # Both past the idle limit of the test servers (4 s), at the same time.
        (frames, code), _ = await asyncio.gather(read_without_answering(), answer_for(5.5))
        assert {"header": {"tr_id": "PINGPONG"}} in frames
        assert code == 4003
        assert answering.pings >= 3
        assert body(await answering.subscribe("transactions", ACCOUNT_A))[0] == 0


async def test_a_client_that_does_not_read_is_closed_and_the_others_keep_receiving(
    server, db, key_a
):
    """A burst larger than what the kernel buffers for the stalled client (its receive buffer
    and the server's send buffer, which grows to a few MB on loopback) fills its outbox; the
    reader behind the same burst gets every event in order, the stalled one is dropped."""
    await db.execute(INSERT_LONG_NAMED_INSTRUMENT)
    key = await approval_key(server, key_a)
    async with connect(server, key) as reader:
        stalled = await StalledClient.open(server, key)
        await reader.subscribe("transactions", ACCOUNT_A)
        await db.execute(INSERT_MANY, ACCOUNT_A, BURST)
        for received in range(1, BURST + 1):
            frame = await reader.next(within=20)
            assert frame["header"]["seq"] == 7 + received
        assert len(json.dumps(frame, ensure_ascii=False).encode()) * BURST > 5 * 1024 * 1024
        # The stalled client has read nothing for longer than the idle limit (4 s here), while
        # it kept talking: the server gives up on it and drops its connection. The reader,
        # behind the same burst, stays.
        for _ in range(30):
            if await stalled.connection_count(db) == 0:
                break
            await reader.nothing_more(0.5)  # the reader keeps answering PINGPONG meanwhile
        stalled.close()
        assert await stalled.connection_count(db) == 0
        assert (await reader.subscribe("prices", "005930"))["body"]["return_code"] == 0


class StalledClient:
    """A websocket client on a raw socket with a tiny receive buffer, which subscribes and
    then sends PINGPONG every half second without ever reading again."""

    @classmethod
    async def open(cls, server, key: str) -> "StalledClient":
        self = cls()
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.setblocking(False)
        port = int(server.base_url.rsplit(":", 1)[1])
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
        self.reader, self.writer = await asyncio.open_connection(sock=sock)
        self.protocol = ClientProtocol(parse_uri(server.ws_url))
        self.protocol.send_request(self.protocol.connect())
        self._flush()
        self.protocol.receive_data(await self.reader.readuntil(b"\r\n\r\n"))  # 101
        self.reader._transport.pause_reading()  # and never again
        self.protocol.send_text(subscribe_frame(key, "transactions", ACCOUNT_A).encode())
        self._flush()
        self.talking = asyncio.create_task(self._talk())
        return self

    def _flush(self) -> None:
        for data in self.protocol.data_to_send():
            self.writer.write(data)

    async def _talk(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                await asyncio.sleep(0.5)
                self.protocol.send_text(json.dumps({"header": {"tr_id": "PINGPONG"}}).encode())
                self._flush()

    async def connection_count(self, db) -> int:
        """This client's rows in the registry (the one other client there is the reader)."""
        return await db.fetchval("SELECT count(*) - 1 FROM realtime_connections")

    def close(self) -> None:
        self.talking.cancel()
        self.writer.close()


# Buys of an instrument with a name of 100 Korean characters: ~610 bytes an event, 6 MB in all
# (3 MB was enough on the 2-core machine of the first runs, 1.5 MB was not).
BURST = 10_000
LONG_NAME = "가" * 100
INSERT_LONG_NAMED_INSTRUMENT = f"""
INSERT INTO instruments (env, code, isin, name, market, listed_shares)
VALUES ('real', '999990', 'KR7999990009', '{LONG_NAME}', 'KOSPI', 1)
"""
INSERT_MANY = """
INSERT INTO transactions (account_id, trade_date, trade_time, kind, instrument_id, quantity,
                          price, amount)
SELECT a.id, date '2026-12-01', '10:00', 'buy', i.id, 1, n, n
FROM accounts a, instruments i, generate_series(1, $2::int) AS n
WHERE a.account_no = $1 AND a.env = 'real' AND i.env = 'real' AND i.code = '999990'
"""
