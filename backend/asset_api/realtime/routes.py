"""GET /asset-erp/v1/realtime (spec `realtime`): the websocket of the realtime feed.

The handler only moves frames: the session answers them, the connection's sender drains its
outbox, and a close decided by the server (key refused, slow reader, silence, shutdown) wins
over whatever the client was doing.
"""

import asyncio
import contextlib

from fastapi import APIRouter, WebSocket
from starlette.websockets import WebSocketDisconnect

from asset_api.http.client_address import client_ip
from asset_api.realtime.hub import Connection
from asset_api.realtime.session import Session

router = APIRouter(prefix="/asset-erp/v1", tags=["realtime"])

CLOSE_TIMEOUT_SECONDS = 2.0


@router.websocket("/realtime", name="realtime")
async def realtime(websocket: WebSocket) -> None:
    feed = websocket.app.state.realtime
    await websocket.accept()
    connection = feed.connect(client_ip(websocket))
    session = Session(feed, connection)
    sender = asyncio.create_task(_send_frames(websocket, connection))
    closing = asyncio.create_task(connection.closed.wait())
    try:
        await _receive_frames(websocket, connection, session, {sender, closing})
    finally:
        sender.cancel()
        closing.cancel()
        session.close()
        await feed.disconnect(connection)


async def _receive_frames(websocket: WebSocket, connection: Connection, session: Session,
                          stops: set[asyncio.Task]) -> None:  # fmt: skip
    while True:
        message = asyncio.ensure_future(websocket.receive())
        await asyncio.wait({message, *stops}, return_when=asyncio.FIRST_COMPLETED)
        if not message.done():  # the server closes, or the sender found the client gone
            message.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await message
            await _close(websocket, connection, stops)
            return
        try:
            received = message.result()
        except (WebSocketDisconnect, RuntimeError):
            return
        if received["type"] == "websocket.disconnect":
            return
        await session.receive(received.get("text"))


async def _close(websocket: WebSocket, connection: Connection, stops: set[asyncio.Task]) -> None:
    """Stop the sender, even in the middle of a send to a client that does not read, and
    send the close frame (the transport is dropped if the client does not answer it)."""
    for task in stops:
        task.cancel()
    if connection.close_code is None:
        return
    with contextlib.suppress(Exception):
        async with asyncio.timeout(CLOSE_TIMEOUT_SECONDS):
            await websocket.close(connection.close_code)


async def _send_frames(websocket: WebSocket, connection: Connection) -> None:
    """Drain the outbox until the connection is to close (or the client is gone)."""
    with contextlib.suppress(Exception):
        while connection.close_code is None:
            frame = connection.take()
            if frame is None:
                connection.wake.clear()
                await connection.wake.wait()
                continue
            await websocket.send_text(frame)
