"""One websocket's conversation: each client frame answered with an ack, subscriptions opened
(with their replay) and closed. No HTTP here: realtime/routes.py feeds it the frames."""

import asyncio
import logging
import time

from asset_api.auth import key_material
from asset_api.auth.approvals import approval_hash, check_approval_key
from asset_api.db import sql
from asset_api.db.pool import DATABASE_DOWN_ERRORS
from asset_api.errors import (
    AppError,
    InvalidRequest,
    InvalidToken,
    NotFound,
    RateLimited,
    ServiceUnavailable,
)
from asset_api.realtime import protocol, scope
from asset_api.realtime.bus import FRAME
from asset_api.realtime.hub import Connection, Stream, Subscription

log = logging.getLogger(__name__)

MAX_TR_KEY_LENGTH = 20
BINARY_REFUSED = "바이너리 프레임은 받지 않습니다. JSON 텍스트 프레임을 보내십시오"

STREAM_HEAD = "SELECT last_seq FROM realtime_streams WHERE env = $1 AND tr_id = $2 AND tr_key = $3"
REPLAY = sql.load(__package__, "replay", frame=FRAME)
REPLAY_PAGE_ROWS = 500


class Session:
    def __init__(self, feed, connection: Connection):
        self.feed = feed
        self.connection = connection
        self.replays: set[asyncio.Task] = set()
        connection.on_lag = self._catch_up

    async def receive(self, text: str | None) -> None:
        """One client frame (None: a binary one)."""
        self.connection.last_heard = time.monotonic()
        try:
            if text is None:
                raise InvalidRequest(BINARY_REFUSED)
            frame = protocol.parse_frame(text)
            if isinstance(frame, protocol.Heartbeat):
                return
            await self._handle(frame)
        except AppError as error:
            tr_id, tr_key = protocol.frame_names(text) if text is not None else (None, None)
            self._ack(tr_id, tr_key, error)
        except DATABASE_DOWN_ERRORS:
            tr_id, tr_key = protocol.frame_names(text) if text is not None else (None, None)
            self._ack(tr_id, tr_key, ServiceUnavailable(self.feed.settings.retry_after_seconds))

    def close(self) -> None:
        for task in self.replays:
            task.cancel()
        for subscription in self.connection.subscriptions.values():
            self.feed.hub.remove(subscription)
        self.connection.subscriptions.clear()

    async def _handle(self, request: protocol.Request) -> None:
        await self._authenticate(request.approval_key)
        if request.tr_id not in scope.STREAM_SCOPES:
            raise InvalidRequest(
                "body.input.tr_id: transactions, balance, prices 중 하나여야 합니다"
            )
        name = (request.tr_id, request.tr_key)
        if request.tr_type == protocol.UNSUBSCRIBE:  # letting go needs no scope
            subscription = self.connection.subscriptions.pop(name, None)
            if subscription is not None:
                self.feed.hub.remove(subscription)
            self._ack(*name)
            return
        if name in self.connection.subscriptions:
            self._ack(*name)  # already subscribed: nothing changes, nothing is sent twice
            return
        if len(self.connection.subscriptions) >= protocol.MAX_SUBSCRIPTIONS:
            raise RateLimited(1, f"구독은 연결당 {protocol.MAX_SUBSCRIPTIONS}개까지입니다")
        # (A connection's frames are answered one after the other: none can subscribe while
        # this one waits for the database.)
        stream = Stream(self.connection.principal.env, request.tr_id, request.tr_key)
        head = await self._open(stream)
        hub = self.feed.hub
        state = hub.open_stream(stream, head)
        after = state.cursor if request.last_seq is None else request.last_seq
        subscription = Subscription(self.connection, stream, after)
        self.connection.subscriptions[name] = subscription
        hub.add(subscription)
        self._ack(*name)
        if request.last_seq is None:
            subscription.live = True  # from the next event on; none sent before the ack
        else:
            self._catch_up(subscription)

    def _catch_up(self, subscription: Subscription) -> None:
        """Send the subscription its events after `after` from the table, then live again."""
        task = asyncio.create_task(self._replay(subscription))
        self.replays.add(task)
        task.add_done_callback(self.replays.discard)

    async def _authenticate(self, approval_key: str) -> None:
        """The first frame binds the connection to the key of its approval key; every later
        frame must carry the same approval key."""
        connection = self.connection
        if connection.principal is not None:
            digest = approval_hash(self.feed.pepper, approval_key)
            if not key_material.same_digest(connection.approval_digest, digest):
                raise InvalidToken("approval_key: 이 연결을 연 접속키와 다릅니다")
            return
        async with self.feed.pool_connection() as conn:
            approval = await check_approval_key(
                conn,
                pepper=self.feed.pepper,
                approval_key=approval_key,
                client_ip=connection.client_ip,
            )
            await self.feed.process.add_connection(
                conn,
                connection_id=connection.id,
                key_id=approval.principal.key_id,
                client_ip=connection.client_ip,
            )
        connection.principal, connection.approval_digest = approval.principal, approval.digest

    async def _open(self, stream: Stream) -> int:
        """The stream's last seq, once the key may subscribe to it (realtime/scope.py)."""
        if len(stream.tr_key) > MAX_TR_KEY_LENGTH:
            raise NotFound(f"tr_key {stream.tr_key[:MAX_TR_KEY_LENGTH]}…")
        key_id = self.connection.principal.key_id
        wanted = scope.Wanted(key_id, stream.env, stream.tr_id, stream.tr_key)
        async with self.feed.pool_connection() as conn:
            [refusal] = await scope.refusals(conn, [wanted])
            if refusal is not None:
                raise refusal
            head = await conn.fetchval(STREAM_HEAD, stream.env, stream.tr_id, stream.tr_key)
        return head or 0

    async def _replay(self, subscription: Subscription) -> None:
        """The stream's kept events after the subscription's last seq, page by page, never
        more than half the send buffer ahead of the client; then live, with no gap and no
        repeat: the replay runs until it has reached the cursor of the live fan-out."""
        connection, stream = self.connection, subscription.stream
        try:
            while connection.close_code is None:
                async with self.feed.pool_connection() as conn:
                    rows = await conn.fetch(
                        REPLAY, stream.env, stream.tr_id, stream.tr_key, subscription.after,
                        REPLAY_PAGE_ROWS,
                    )  # fmt: skip
                if not connection.holds(subscription):
                    return  # unsubscribed, or ended, meanwhile
                for row in rows:
                    if connection.lagging:
                        await connection.drained.wait()
                    if connection.close_code is not None or not connection.holds(subscription):
                        return
                    connection.push(row["frame"])
                    subscription.after = row["seq"]
                    self.feed.hub.events_delivered += 1
                state = self.feed.hub.streams.get(stream)
                if state is None or not rows or subscription.after >= state.cursor:
                    # (no rows below the cursor: past the retention, nothing left to replay)
                    subscription.after = max(subscription.after, state.cursor if state else 0)
                    subscription.live = True
                    return
        except DATABASE_DOWN_ERRORS:
            log.warning("replay of %s stopped: database unreachable", stream)
            connection.close(protocol.CLOSE_GOING_AWAY)

    def _ack(self, tr_id: str | None, tr_key: str | None, error: AppError | None = None) -> None:
        self.connection.push(
            protocol.ack(
                tr_id, tr_key, subscriptions=len(self.connection.subscriptions), error=error
            )
        )
