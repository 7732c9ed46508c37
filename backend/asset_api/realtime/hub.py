"""One process's side of the feed: its open connections, their subscriptions, and the fan-out
of each event to the subscribers of its stream.

Nothing here is the record of anything: the events and their seqs are in PostgreSQL
(realtime_events), and a subscriber that reconnects, to this process or another, resumes from
there. What is kept is only what delivery needs: per stream the last seq this process has read
(its cursor), per subscription the last seq it was sent.

A connection's frames go through its outbox, a deque drained by the connection's own sender;
the fan-out only appends, and never waits for anyone. A subscription whose connection has half
its send buffer waiting stops taking live frames and catches up from the table instead, at the
pace its client reads (a bulk load's burst costs a fast reader nothing and a slow one no
memory). A client that reads nothing at all for the idle limit, or lets the whole buffer fill,
is closed (4002).
"""

import asyncio
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from asset_api.auth.principal import Principal
from asset_api.errors import AppError
from asset_api.realtime.protocol import CLOSE_SLOW_READER, PINGPONG_FRAME, ack


def utf8_size(frame: str) -> int:
    return len(frame.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Stream:
    env: str
    tr_id: str
    tr_key: str


class Connection:
    """The delivery state of one websocket."""

    def __init__(self, *, client_ip: str | None, max_buffer_bytes: int):
        self.id = uuid.uuid4()
        self.client_ip = client_ip
        self.max_buffer_bytes = max_buffer_bytes
        self.high_water = max_buffer_bytes // 2
        self.principal: Principal | None = None  # bound by the first frame with a valid key
        self.approval_digest: bytes | None = None
        self.subscriptions: dict[tuple[str, str], Subscription] = {}
        self.outbox: deque[tuple[str, int]] = deque()  # frames and their sizes in UTF-8
        self.buffered_bytes = 0
        self.wake = asyncio.Event()  # frames to send, or a close
        self.drained = asyncio.Event()  # the outbox is empty
        self.drained.set()
        self.close_code: int | None = None
        self.closed = asyncio.Event()  # set with close_code
        # Silence is counted from the later of the last frame heard and the last time all the
        # data queued for the client had gone out: a client behind a burst cannot answer a
        # PINGPONG queued after it.
        self.last_heard = self.last_ping = self.last_sent = self.drained_at = time.monotonic()
        self._sent_data = False
        # Called with a subscription that fell behind: its session catches it up from the table.
        self.on_lag: Callable[[Subscription], None] = lambda subscription: None

    def holds(self, subscription: "Subscription") -> bool:
        """Whether `subscription` is still this connection's (not unsubscribed, nor ended)."""
        stream = subscription.stream
        return self.subscriptions.get((stream.tr_id, stream.tr_key)) is subscription

    @property
    def lagging(self) -> bool:
        return self.buffered_bytes > self.high_water

    def push(self, frame: str, size: int | None = None) -> None:
        """Queue a frame for the client; `size`: its length in UTF-8, when the caller has it
        (one event fanned out to many connections is measured once)."""
        if self.close_code is not None:
            return
        size = utf8_size(frame) if size is None else size
        if self.buffered_bytes + size > self.max_buffer_bytes:
            self.outbox.clear()
            self.buffered_bytes = 0
            self.close(CLOSE_SLOW_READER)
            return
        self.outbox.append((frame, size))
        self.buffered_bytes += size
        self.drained.clear()
        self.wake.set()

    def take(self) -> str | None:
        """The next frame to send (the sender's side), or None when the outbox is empty."""
        self.last_sent = time.monotonic()
        if not self.outbox:
            if self._sent_data:
                self.drained_at, self._sent_data = self.last_sent, False
            self.drained.set()
            return None
        frame, size = self.outbox.popleft()
        self.buffered_bytes -= size
        self._sent_data = self._sent_data or frame is not PINGPONG_FRAME
        return frame

    def quiet_for(self, now: float) -> float:
        return now - max(self.last_heard, self.drained_at)

    def close(self, code: int) -> None:
        if self.close_code is None:
            self.close_code = code
            self.closed.set()
            self.wake.set()
            self.drained.set()


@dataclass(eq=False, slots=True)
class Subscription:
    connection: Connection
    stream: Stream
    after: int  # the last seq sent (or, for a new live-only one, the head when it started)
    live: bool = False  # False while its replay runs: the replay sends, the fan-out does not


@dataclass(slots=True)
class StreamState:
    cursor: int  # the last seq of the stream this process has read
    subscriptions: set[Subscription] = field(default_factory=set)


class Hub:
    def __init__(self) -> None:
        self.streams: dict[Stream, StreamState] = {}
        self.connections: set[Connection] = set()
        self.dirty: set[Stream] = set()  # streams with events beyond their cursor
        self.wake = asyncio.Event()
        # Event frames handed to outboxes, live or replayed (asset_api_realtime_events_delivered).
        self.events_delivered = 0

    def has(self, stream: Stream) -> bool:
        return stream in self.streams

    def open_stream(self, stream: Stream, head: int) -> StreamState:
        """The state of `stream`, created at `head` (the stream's last seq in the database)
        when this process serves it for the first time; then read once more, for an event
        that may have been notified between that read and now."""
        state = self.streams.get(stream)
        if state is None:
            state = self.streams[stream] = StreamState(cursor=head)
            self.mark_dirty(stream)
        elif head < state.cursor:
            # Events came in since `head` was read, or the stream went back (the database was
            # emptied or restored): read again from `head`; each subscription skips what it
            # has already been sent.
            state.cursor = head
            self.mark_dirty(stream)
        return state

    def add(self, subscription: Subscription) -> None:
        self.streams[subscription.stream].subscriptions.add(subscription)

    def remove(self, subscription: Subscription) -> None:
        state = self.streams.get(subscription.stream)
        if state is None:
            return
        state.subscriptions.discard(subscription)
        if not state.subscriptions:
            del self.streams[subscription.stream]
            self.dirty.discard(subscription.stream)

    def end(self, subscription: Subscription, refusal: AppError) -> None:
        """End a subscription its key may no longer have, and tell the client with an ack of
        the refusal (as if it had just asked for it)."""
        connection, stream = subscription.connection, subscription.stream
        if not connection.holds(subscription):
            return  # unsubscribed meanwhile
        name = (stream.tr_id, stream.tr_key)
        del connection.subscriptions[name]
        self.remove(subscription)
        connection.push(ack(*name, subscriptions=len(connection.subscriptions), error=refusal))

    def notified(self, stream: Stream, seq: int) -> None:
        """A notification: `stream` has events up to `seq`."""
        state = self.streams.get(stream)
        if state is not None and seq > state.cursor:
            self.mark_dirty(stream)

    def mark_dirty(self, stream: Stream) -> None:
        self.dirty.add(stream)
        self.wake.set()

    def mark_all_dirty(self) -> None:
        """After the listener lost its connection: notifications may have been missed."""
        for stream in self.streams:
            self.mark_dirty(stream)

    def deliver(self, stream: Stream, seq: int, frame: str) -> None:
        state = self.streams.get(stream)
        if state is None or seq <= state.cursor:
            return
        state.cursor = seq
        size = utf8_size(frame)
        for subscription in state.subscriptions:
            if not subscription.live or seq <= subscription.after:
                continue
            connection = subscription.connection
            if connection.lagging:
                subscription.live = False
                connection.on_lag(subscription)
                continue
            subscription.after = seq
            connection.push(frame, size)
            self.events_delivered += 1

    def close_key(self, key_id: int, env: str, code: int) -> int:
        """Close every connection of a key bound to `env`; returns how many."""
        closing = [
            c
            for c in self.connections
            if c.principal and (c.principal.key_id, c.principal.env) == (key_id, env)
        ]
        for connection in closing:
            connection.close(code)
        return len(closing)

    def bound_keys(self) -> list[tuple[int, str]]:
        """The (key id, environment) of every key with connections here."""
        return sorted(
            {(c.principal.key_id, c.principal.env) for c in self.connections if c.principal}
        )
