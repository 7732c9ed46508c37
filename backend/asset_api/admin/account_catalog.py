"""The accounts catalog the admin picks grants from: searched and paged."""

import asyncpg

from asset_api.admin.paging import Page, PagedRows, search_text
from asset_api.db import sql

ACCOUNTS_FILTER = sql.load(__package__, "_accounts_filter")
COUNT_ACCOUNTS = sql.load(__package__, "accounts_count", accounts_filter=ACCOUNTS_FILTER)
LIST_ACCOUNTS = sql.load(__package__, "accounts_list", accounts_filter=ACCOUNTS_FILTER)


async def list_accounts(
    conn: asyncpg.Connection, *, env: str | None, q: str | None, page: Page
) -> PagedRows:
    q = search_text(q)
    total = await conn.fetchval(COUNT_ACCOUNTS, env, q)
    rows = await conn.fetch(LIST_ACCOUNTS, env, q, page.size, page.offset)
    return PagedRows(total, [dict(row) for row in rows])
