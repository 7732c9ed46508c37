"""The append-only audit log: who changed what, written in the transaction of the change."""

import json
from dataclasses import dataclass

import asyncpg

from asset_api.admin.korea_time import korea_row
from asset_api.admin.paging import Page, PagedRows


@dataclass(frozen=True, slots=True)
class Actor:
    """Who makes an audited change: an admin, with the request it came in, or the CLI."""

    admin_id: int | None  # None for the CLI, which acts as the operator of the machine
    username: str
    client_ip: str | None = None
    request_id: str | None = None


CLI = Actor(None, "cli")

INSERT_AUDIT = """
INSERT INTO audit_log (admin_id, actor, action, target_type, target_id, detail, client_ip,
                       request_id)
VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8)
"""

# $1 action; NULL: every action. Newest first.
COUNT_AUDIT = "SELECT count(*) FROM audit_log WHERE $1::text IS NULL OR action = $1"
LIST_AUDIT = """
SELECT id, at, actor, action, target_type, target_id, detail, host(client_ip) AS client_ip
FROM audit_log
WHERE $1::text IS NULL OR action = $1
ORDER BY at DESC, id DESC
LIMIT $2 OFFSET $3
"""


async def record(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    action: str,
    target_type: str,
    target_id: str | int,
    detail: dict | None = None,
) -> None:
    """Append to the audit log, inside the transaction of the change it records. `detail`
    must never hold a secret: callers pass safe fields."""
    await conn.execute(
        INSERT_AUDIT,
        actor.admin_id,
        actor.username,
        action,
        target_type,
        str(target_id),
        # As text, so any connection can send it (the pool's jsonb codec or none at all).
        json.dumps(detail or {}, default=str, ensure_ascii=False),
        actor.client_ip,
        actor.request_id,
    )


async def list_audit(conn: asyncpg.Connection, *, action: str | None, page: Page) -> PagedRows:
    total = await conn.fetchval(COUNT_AUDIT, action)
    rows = await conn.fetch(LIST_AUDIT, action, page.size, page.offset)
    return PagedRows(total, [korea_row(row) for row in rows])
