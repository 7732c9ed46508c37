"""Key and token material: generation, checksums, keyed hashes, constant-time comparison.

Nothing here stores or logs a secret; callers keep only `keyed_hash` digests.
"""

import hashlib
import hmac
import re
import secrets
import string
import zlib

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
APPKEY_PREFIX, APPKEY_LENGTH = "AAK", 36
SECRET_PREFIX, SECRET_LENGTH = "AAS", 180
APPKEY_SHAPE = re.compile(f"{APPKEY_PREFIX}[0-9A-Za-z]{{{APPKEY_LENGTH - len(APPKEY_PREFIX)}}}")
CHECKSUM_LENGTH = 6  # base62 of a CRC-32: lets a leak scanner tell our keys from noise
TOKEN_BYTES = 64  # 512 bits; token_urlsafe gives 86 characters, as long as Kiwoom's tokens


def new_appkey() -> str:
    return _checksummed(APPKEY_PREFIX, APPKEY_LENGTH)


def new_secretkey() -> str:
    return _checksummed(SECRET_PREFIX, SECRET_LENGTH)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def has_valid_checksum(key: str) -> bool:
    """True for a well-formed appkey or secretkey (cheap check before any database work)."""
    body, checksum = key[:-CHECKSUM_LENGTH], key[-CHECKSUM_LENGTH:]
    if len(key) not in (APPKEY_LENGTH, SECRET_LENGTH) or not body.startswith(
        (APPKEY_PREFIX, SECRET_PREFIX)
    ):
        return False
    return hmac.compare_digest(checksum, _crc_base62(body))


def looks_like_appkey(value: str) -> bool:
    """An appkey's shape (a mistyped one included): safe to log or count failures under,
    unlike anything that might be a secret (those start with another prefix and are longer)."""
    return APPKEY_SHAPE.fullmatch(value) is not None


def keyed_hash(pepper: bytes, purpose: str, value: str) -> bytes:
    """HMAC-SHA-256 with the server's pepper; `purpose` separates secrets from tokens."""
    return hmac.new(pepper, f"{purpose}\x00{value}".encode(), hashlib.sha256).digest()


def same_digest(a: bytes | None, b: bytes) -> bool:
    return a is not None and hmac.compare_digest(a, b)


def _checksummed(prefix: str, length: int) -> str:
    random_part = "".join(
        secrets.choice(BASE62) for _ in range(length - len(prefix) - CHECKSUM_LENGTH)
    )
    body = prefix + random_part
    return body + _crc_base62(body)


def _crc_base62(text: str) -> str:
    number = zlib.crc32(text.encode())
    digits = []
    for _ in range(CHECKSUM_LENGTH):
        number, rest = divmod(number, 62)
        digits.append(BASE62[rest])
    return "".join(reversed(digits))
