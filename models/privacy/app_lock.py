"""The optional password that opens the program, and the idle time after which the
window locks. Only a salted scrypt hash is stored (in the database's preferences, so
it travels with the business's data); the password itself never is.

The password keeps people at the counter out of the window. It does not encrypt the
database file: that is the PC account's and the disk's job (BitLocker)."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from models.errors import ValidationError
from models.storage import audit, preferences
from models.storage.db import database as db

PASSWORD_KEY = "app_password"
LOCK_KEY = "lock_after_minutes"
MIN_LENGTH = 4
MAX_LENGTH = 128
LOCK_CHOICES = (0, 1, 2, 5, 10, 15, 30, 60, 120)  # minutes; 0 = never
DEFAULT_LOCK_MINUTES = 10
# scrypt cost: 2**15 * 8 * 128 bytes = 32 MiB and ~0.1 s per try on an office PC
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
HASH_LENGTH = 32


@dataclass(frozen=True)
class Stored:
    salt: bytes
    hash: bytes
    n: int
    r: int
    p: int

    def as_json(self) -> dict:
        return {"kdf": "scrypt", "n": self.n, "r": self.r, "p": self.p,
                "salt": _b64(self.salt), "hash": _b64(self.hash)}  # fmt: skip

    @classmethod
    def from_json(cls, value) -> Stored | None:
        try:
            if value.get("kdf") != "scrypt":
                return None
            return cls(base64.b64decode(value["salt"]), base64.b64decode(value["hash"]),
                       int(value["n"]), int(value["r"]), int(value["p"]))  # fmt: skip
        except (AttributeError, KeyError, TypeError, ValueError):
            return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf(salt: bytes, n: int, r: int, p: int):
    """scrypt with these parameters (a cryptography Scrypt)."""
    # Deliberate lazy load for start-up time: cryptography loads only for a password.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=HASH_LENGTH, n=n, r=r, p=p)


def _stored() -> Stored | None:
    value = preferences.get(PASSWORD_KEY)
    return Stored.from_json(value) if value else None


def is_set() -> bool:
    return _stored() is not None


def check(password: str) -> bool:
    """True when `password` opens the program (always True when none is set)."""
    stored = _stored()
    if stored is None:
        return True
    # Deliberate lazy load for start-up time: cryptography loads only for a password.
    from cryptography.exceptions import InvalidKey

    try:
        _kdf(stored.salt, stored.n, stored.r, stored.p).verify(
            str(password).encode("utf-8"), stored.hash
        )
    except (InvalidKey, ValueError, MemoryError):  # wrong, or parameters no one could use
        return False
    return True


def _refuse_wrong(current: str) -> None:
    if not check(current):
        raise ValidationError("current_password", "password_wrong", "the password is wrong")


def validate_new(password: str) -> str:
    password = str(password or "")
    if len(password) < MIN_LENGTH:
        raise ValidationError("password", "password_short", f"at least {MIN_LENGTH} characters",
                              limit=MIN_LENGTH)  # fmt: skip
    if len(password) > MAX_LENGTH:
        raise ValidationError("password", "too_long", f"at most {MAX_LENGTH} characters",
                              limit=MAX_LENGTH)  # fmt: skip
    if password != password.strip():
        raise ValidationError("password", "password_spaces", "no spaces at either end")
    return password


def hash_password(password: str) -> Stored:
    salt = os.urandom(16)
    digest = _kdf(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).derive(password.encode("utf-8"))
    return Stored(salt, digest, SCRYPT_N, SCRYPT_R, SCRYPT_P)


def set_password(new: str, current: str = "") -> None:
    """Set or change the password; changing it needs the current one."""
    _refuse_wrong(current)
    stored = hash_password(validate_new(new))  # outside the transaction: ~0.1 s of CPU
    with db.atomic():
        changed = is_set()
        preferences.put(PASSWORD_KEY, stored.as_json())
        audit.record("privacy", detail="password changed" if changed else "password set")


def clear_password(current: str) -> None:
    """No password any more (needs the current one)."""
    _refuse_wrong(current)
    with db.atomic():
        preferences.put(PASSWORD_KEY, None)
        audit.record("privacy", detail="password removed")


def forget_password() -> None:
    """Remove the password without knowing it: the command line's way out for a shop
    that forgot it (whoever runs commands on this PC can read the file anyway)."""
    with db.atomic():
        preferences.put(PASSWORD_KEY, None)
        audit.record("privacy", detail="password removed from the command line")


def lock_minutes() -> int:
    value = preferences.get(LOCK_KEY, DEFAULT_LOCK_MINUTES)
    return value if isinstance(value, int) and 0 <= value <= 24 * 60 else DEFAULT_LOCK_MINUTES


def set_lock_minutes(minutes: int) -> None:
    if not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
        raise ValidationError("lock", "option_invalid", "minutes must be 0-1440")
    with db.atomic():
        if minutes != lock_minutes():
            preferences.put(LOCK_KEY, minutes)
            audit.record(
                "privacy", detail=f"lock after {minutes} min" if minutes else "no idle lock"
            )
