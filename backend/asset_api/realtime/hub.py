"""One process's side of the feed: its open connections, their subscriptions, and the fan-out
of each event to the subscribers of its stream.

Nothing here is the record of anything: the events and their seqs are in PostgreSQL
(realtime_events), and a subscriber that reconnects, to this process or another, resumes from
there. What is kept is only what delivery needs: per stream the last seq this process has read
(its cursor), per subscription the last seq it was sent.

A connection's frames go through its outbox, a deque drained by the connection's own sender;
the fan-out only appends. A client that does not read fills its outbox to the bound and is
closed (4002), and never slows the others.
"""

import asyncio
import time
import uuid
from collections import deque
from dataclasses import dataclass, field

from asset_api.auth.principal import Principal
from asset_api.realtime.protocol import CLOSE_SLOW_READER


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
        self.principal: Principal | None = None  # bound by the first frame with a valid key
        self.approval_digest: bytes | None = None
        self.subscriptions: dict[tuple[str, str], Subscription] = {}
        self.outbox: deque[str] = deque()
        self.buffered_bytes = 0
        self.wake = asyncio.Event()  # frames to send, or a close
        self.drained = asyncio.Event()  # the outbox is empty
        self.drained.set()
        self.close_code: int | None = None
        self.closed = asyncio.Event()  # set with close_code
        self.last_heard = self.last_ping = time.monotonic()

    def push(self, frame: str) -> None:
        if self.close_code is not None:
            return
        size = len(frame)
        if self.buffered_bytes + size > self.max_buffer_bytes:
            self.outbox.clear()
            self.buffered_bytes = 0
            self.close(CLOSE_SLOW_READER)
            return
        self.outbox.append(frame)
        self.buffered_bytes += size
        self.drained.clear()
        self.wake.set()

    def take(self) -> str | None:
        """The next frame to send (the sender's side), or None when the outbox is empty."""
        if not self.outbox:
            self.drained.set()
            return None
        frame = self.outbox.popleft()
        self.buffered_bytes -= len(frame)
        return frame

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
        self.events_delivered = 0  # frames handed to outboxes (a counter for the metrics)

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
        for subscription in state.subscriptions:
            if subscription.live and seq > subscription.after:
                subscription.after = seq
                subscription.connection.push(frame)
                self.events_delivered += 1

    def close_key(self, key_id: int, code: int) -> int:
        """Close every connection of a key; returns how many."""
        closing = [c for c in self.connections if c.principal and c.principal.key_id == key_id]
        for connection in closing:
            connection.close(code)
        return len(closing)

    def bound_key_ids(self) -> list[int]:
        return sorted({c.principal.key_id for c in self.connections if c.principal is not None})
