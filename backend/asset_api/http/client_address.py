"""The address a request came from, as the server may believe it: worked out once per request
(the middleware) and read from there by the allowlists, the throttles, the request log and the
audit log.

The peer of the connection is the client, unless it is one of the proxies of
`ASSET_API_TRUSTED_PROXIES`: then the proxy's `Forwarded` (RFC 7239) or `X-Forwarded-For`
header is read from the right, past every further trusted proxy, and the first address that
is not one is the client. Nothing a client sends can change its address otherwise, so a
spoofed header neither passes an allowlist nor escapes a per-address throttle.
"""

import ipaddress
from collections.abc import Sequence

from starlette.requests import HTTPConnection
from starlette.types import Scope

from asset_api.http.request_state import state_of

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def client_ip(connection: HTTPConnection) -> str | None:
    return state_of(connection.scope).client_ip


def resolve(scope: Scope, trusted: Sequence[Network]) -> str | None:
    client = scope.get("client")
    peer = client[0] if client else None
    if not trusted or peer is None or not _is_trusted(_address(peer), trusted):
        return peer
    hops = _forwarded_for(scope["headers"])
    address = peer
    for hop in reversed(hops):
        parsed = _address(hop)
        if parsed is None:
            break  # garbage from the proxy's side: believe the proxy itself, no further
        address = str(parsed)
        if not _is_trusted(parsed, trusted):
            break
    return address


def _forwarded_for(headers: list[tuple[bytes, bytes]]) -> list[str]:
    """The addresses the proxies added, in order (leftmost: the farthest from us). `Forwarded`
    wins over `X-Forwarded-For` when both are present."""
    forwarded = [v.decode("latin-1") for n, v in headers if n == b"forwarded"]
    if forwarded:
        hops = []
        for element in ",".join(forwarded).split(","):
            for pair in element.split(";"):
                name, _, value = pair.strip().partition("=")
                if name.lower() == "for":
                    hops.append(_strip_port(value.strip().strip('"')))
        return hops
    x_forwarded_for = [v.decode("latin-1") for n, v in headers if n == b"x-forwarded-for"]
    return [hop.strip() for hop in ",".join(x_forwarded_for).split(",") if hop.strip()]


def _strip_port(node: str) -> str:
    """`[2001:db8::1]:4711` -> `2001:db8::1`, `192.0.2.1:80` -> `192.0.2.1`."""
    if node.startswith("["):
        return node[1:].partition("]")[0]
    if node.count(":") == 1:
        return node.partition(":")[0]
    return node


def _address(text: str) -> Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _is_trusted(address: Address | None, trusted: Sequence[Network]) -> bool:
    return address is not None and any(address in network for network in trusted)
