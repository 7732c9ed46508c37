"""Brute-force protection on the token endpoints, the admin login and its second factor,
shared by every process through PostgreSQL.

Failures are counted per subject (an appkey, an admin username, an admin's second factor, a
client IP) in a sliding window; past the threshold
the subject is refused (1700 with Retry-After) for a back-off that doubles with each further
failure, capped, so an owner whose key is being attacked is slowed, never locked out for good.
"""

from datetime import timedelta

import asyncpg

from asset_api.errors import RateLimited

WINDOW = timedelta(minutes=10)
FREE_FAILURES = 5
BASE_BLOCK_SECONDS = 2
MAX_BLOCK_SECONDS = 300

BLOCKED_FOR = """
SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int
FROM auth_failures WHERE subject = ANY($1::text[]) AND blocked_until > now()
"""

# One statement per subject: start a new window, or count in the current one and block with
# an exponential back-off once the free failures are used up. The exponent is capped: requests
# that pass the block check together all count their failure, so the count has no bound, and
# 2 ^ 1100 overflows double precision (an error, not infinity, in PostgreSQL).
RECORD_FAILURE = """
INSERT INTO auth_failures AS f (subject, failures, window_start)
VALUES ($1, 1, now())
ON CONFLICT (subject) DO UPDATE SET
    failures = CASE WHEN f.window_start < now() - $2::interval THEN 1 ELSE f.failures + 1 END,
    window_start = CASE WHEN f.window_start < now() - $2::interval THEN now()
                        ELSE f.window_start END,
    blocked_until = CASE
        WHEN f.window_start >= now() - $2::interval AND f.failures + 1 > $3
        THEN now() + make_interval(secs => least($5, $4 * 2 ^ least(f.failures - $3, 30)))
        ELSE NULL END
"""

CLEAR_FAILURES = "DELETE FROM auth_failures WHERE subject = $1"


def appkey_subject(appkey: str) -> str:
    return f"appkey:{appkey[:64]}"


def admin_subject(username: str) -> str:
    return f"admin:{username[:64]}"


def mfa_subject(admin_id: int) -> str:
    """An admin's second-factor codes: counted apart from their password, so that a correct
    password (which clears the password's count) does not buy more guesses at the code."""
    return f"mfa:{admin_id}"


def subjects(
    *,
    appkey: str | None = None,
    admin: str | None = None,
    mfa_of: int | None = None,
    client_ip: str | None = None,
) -> list[str]:
    """The subjects one attempt counts under: who it claims to be, and where it comes from."""
    found = []
    if appkey:
        found.append(appkey_subject(appkey))
    if admin:
        found.append(admin_subject(admin))
    if mfa_of is not None:
        found.append(mfa_subject(mfa_of))
    if client_ip:
        found.append(f"ip:{client_ip}")
    return found


async def refuse_if_blocked(conn: asyncpg.Connection, names: list[str]) -> None:
    refuse_while_blocked(await conn.fetchval(BLOCKED_FOR, names))


def refuse_while_blocked(seconds: int | None) -> None:
    """1700 with Retry-After while BLOCKED_FOR's answer says the attempt's subjects wait."""
    if seconds:
        raise RateLimited(seconds, "인증 실패가 반복되어 잠시 후 다시 시도하십시오")


async def record_failure(conn: asyncpg.Connection, names: list[str]) -> None:
    for name in names:
        await conn.execute(
            RECORD_FAILURE, name, WINDOW, FREE_FAILURES, BASE_BLOCK_SECONDS, MAX_BLOCK_SECONDS
        )


async def clear(conn: asyncpg.Connection, subject: str) -> None:
    """A success: the subject's failures are forgotten (its address's are not)."""
    await conn.execute(CLEAR_FAILURES, subject)
