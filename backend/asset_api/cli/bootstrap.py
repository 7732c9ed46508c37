"""What `make run` does before serving: migrate, and on a new database create the first
admin (an owner, its password printed once) and load the demo dataset, so a newcomer sees data
at once."""

import asyncpg

from asset_api.admin import admins, audit
from asset_api.db.migrate import migrate
from asset_api.db.pool import connect

FIRST_ADMIN = "admin"


async def bootstrap(dsn: str) -> None:
    conn = await connect(dsn)
    try:
        applied = await migrate(conn)
        if applied:
            print(f"migrations applied: {', '.join(applied)}")
        if await admins.admin_count(conn) == 0:
            await _create_first_admin(conn)
            await _load_demo_data(conn)
    finally:
        await conn.close()


async def _create_first_admin(conn: asyncpg.Connection) -> None:
    password = admins.new_password()
    await admins.create_admin(
        conn,
        actor=audit.CLI,
        username=FIRST_ADMIN,
        password=password,
        role="owner",
        detail={"bootstrap": True},
    )
    print(
        "\n"
        "  First admin created (this password is shown only now):\n"
        f"    username: {FIRST_ADMIN}\n"
        f"    password: {password}\n"
        "  At the first login the admin screen asks to enrol a second factor (an OTP app).\n"
        "  Another admin: .venv/bin/asset-api admin create NAME --role operator --password-stdin\n"
    )


async def _load_demo_data(conn: asyncpg.Connection) -> None:
    from asset_api.ingest.demo import load_demo

    counts = await load_demo(conn, None)
    print(f"demo dataset loaded: {counts}")
