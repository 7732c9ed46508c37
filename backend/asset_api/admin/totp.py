"""The material of an admin's second factor, without the database: TOTP secrets and codes
(RFC 6238: 30 s, 6 digits, SHA-1, what every authenticator app reads), the secret sealed
for storage, its QR code, and one-time recovery codes.

The secret is sealed with AES-256-GCM under a key derived from the pepper (HKDF-SHA-256), so
a dump of the database alone cannot produce codes; the admin's id is the associated data, so
a sealed secret copied onto another admin's row does not open.
"""

import hmac
import io
import os
import re
import secrets
import time
from dataclasses import dataclass

import pyotp
import segno
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from asset_api.auth import key_material

ISSUER = "Asset-API"
STEP_SECONDS = 30
SECRET_BYTES = 20  # 160 bits, the size RFC 4226 recommends: 32 Base32 characters
# A code of the previous or the next 30 s step is accepted too: a phone's clock drifts.
DRIFT_STEPS = 1
NONCE_BYTES = 12
SEAL_INFO = b"asset-api admin totp secret v1"
TOTP_CODE = re.compile(r"^[0-9]{6}$")

RECOVERY_CODES = 10
# Crockford-like Base32 without the look-alikes 0/O and 1/I: read off paper, typed by hand.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
RECOVERY_LENGTH = 10  # 50 bits, shown as XXXXX-XXXXX
RECOVERY_PURPOSE = "admin-recovery-code"


def new_secret() -> str:
    return pyotp.random_base32(length=SECRET_BYTES * 8 // 5)


def otpauth_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret, interval=STEP_SECONDS).provisioning_uri(
        name=username, issuer_name=ISSUER
    )


def qr_svg(uri: str) -> str:
    """The QR code of `uri` as a standalone SVG document, drawn here (no outside service)."""
    out = io.BytesIO()
    segno.make(uri, error="m").save(
        out, kind="svg", scale=6, border=4, xmldecl=False, nl=False, title="OTP 등록 QR 코드"
    )
    return out.getvalue().decode()


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // STEP_SECONDS)


def matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The time step whose code `code` is, within the drift allowed; None if none is.

    Every candidate is compared, in constant time, so the timing tells nothing of which
    step matched or how close a guess was.
    """
    if not TOTP_CODE.match(code):
        return None
    totp = pyotp.TOTP(secret, interval=STEP_SECONDS)
    step = current_step(now)
    found = None
    for candidate in range(step - DRIFT_STEPS, step + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(candidate), code):
            found = candidate
    return found


# --- the secret at rest ---------------------------------------------------------------------


def _sealing_key(pepper: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=SEAL_INFO).derive(pepper)


def seal(pepper: bytes, admin_id: int, secret: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_sealing_key(pepper)).encrypt(nonce, secret.encode(), _aad(admin_id))
    return nonce + sealed


def unseal(pepper: bytes, admin_id: int, sealed: bytes) -> str | None:
    """The secret, or None when it does not open (another pepper, another admin's row)."""
    nonce, body = sealed[:NONCE_BYTES], sealed[NONCE_BYTES:]
    try:
        return AESGCM(_sealing_key(pepper)).decrypt(nonce, body, _aad(admin_id)).decode()
    except InvalidTag:
        return None


def _aad(admin_id: int) -> bytes:
    return f"admin:{admin_id}".encode()


# --- recovery codes -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecoveryCodes:
    shown: list[str]  # to the admin, once
    hashes: list[bytes]  # to the database


def new_recovery_codes(pepper: bytes, admin_id: int) -> RecoveryCodes:
    shown = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
        half = RECOVERY_LENGTH // 2
        shown.append(f"{raw[:half]}-{raw[half:]}")
    return RecoveryCodes(shown, [recovery_hash(pepper, admin_id, code) for code in shown])


def normalised_recovery_code(code: str) -> str | None:
    """What the admin typed, without case, spaces or dashes; None if it cannot be one."""
    text = re.sub(r"[\s-]", "", code).upper()
    if len(text) != RECOVERY_LENGTH or any(c not in RECOVERY_ALPHABET for c in text):
        return None
    return text


def recovery_hash(pepper: bytes, admin_id: int, code: str) -> bytes:
    text = normalised_recovery_code(code) or ""
    return key_material.keyed_hash(pepper, RECOVERY_PURPOSE, f"{admin_id}:{text}")
