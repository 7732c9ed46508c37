"""The address a request came from, as the server may believe it."""

from starlette.requests import HTTPConnection


def client_ip(connection: HTTPConnection) -> str | None:
    return connection.client.host if connection.client else None
