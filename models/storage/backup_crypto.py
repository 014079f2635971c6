"""Encrypted backup files: a backup (.db.gz) sealed with a password, for a USB stick or
a cloud drive. AES-256-GCM (the cryptography library) with a key from scrypt; the
header is authenticated too, so any changed byte is refused.

Layout: MAGIC, version, log2(n), r, p, salt (16), nonce (12), check (32), then the
ciphertext and GCM's 16-byte tag. scrypt gives 64 bytes: the key, and a check value
stored in the header so that a wrong password is told apart from a damaged file at
once, without reading a gigabyte first."""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from models.errors import Cancelled, ValidationError
from models.storage.file_writing import replacing

MAGIC = b"GUANJIA ENCRYPTED BACKUP\n"
VERSION = 1
LOG2_N, R, P = 15, 8, 1  # 32 MiB and ~0.1 s per try
SALT, NONCE, CHECK, TAG = 16, 12, 32, 16
HEADER = len(MAGIC) + 4 + SALT + NONCE + CHECK
MIN_PASSWORD = 8  # a file that leaves the PC can be attacked offline
CHUNK = 1024 * 1024
SUFFIX = ".gjbackup"

Progress = Callable[[float], None]


def is_encrypted(path: str | os.PathLike) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_password(password: str) -> str:
    password = str(password or "")
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", "password_short", f"at least {MIN_PASSWORD} characters",
                              limit=MIN_PASSWORD)  # fmt: skip
    return password


def _derive(password: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    # Deliberate lazy load for start-up time: cryptography loads only to seal or open.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    out = Scrypt(salt=salt, length=32 + CHECK, n=2**log2_n, r=r, p=p).derive(
        password.encode("utf-8")
    )
    return out[:32], out[32:]


def _aes_gcm(key: bytes, nonce: bytes, tag: bytes | None = None):
    """AES-GCM with `key` (a cryptography Cipher)."""
    # Deliberate lazy load for start-up time: cryptography loads only to seal or open.
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    return Cipher(algorithms.AES(key), modes.GCM(nonce, tag))


def encrypt_file(source: Path, target: Path, password: str, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> Path:  # fmt: skip
    """Seal `source` into `target` (written beside it, then renamed into place)."""
    password = check_password(password)
    salt, nonce = os.urandom(SALT), os.urandom(NONCE)
    key, check = _derive(password, salt, LOG2_N, R, P)
    header = MAGIC + bytes((VERSION, LOG2_N, R, P)) + salt + nonce + check
    encryptor = _aes_gcm(key, nonce).encryptor()
    encryptor.authenticate_additional_data(header)
    total = max(1, source.stat().st_size)
    try:
        with open(source, "rb") as src, replacing(target) as dst:
            dst.write(header)
            while chunk := src.read(CHUNK):
                dst.write(encryptor.update(chunk))
                _tick(progress, cancel, src.tell() / total)
            dst.write(encryptor.finalize() + encryptor.tag)
    except OSError as exc:
        raise ValidationError("dest", "folder_unwritable", f"cannot write {target}: {exc}",
                              path=str(target.parent)) from exc  # fmt: skip
    return target


def decrypt_file(source: Path, target: Path, password: str, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> Path:  # fmt: skip
    """Open a sealed backup into `target`. A wrong password and a damaged or altered
    file are refused with their own codes; nothing is left at `target` then."""
    # Deliberate lazy load for start-up time: cryptography loads only to seal or open.
    from cryptography.exceptions import InvalidTag

    size = source.stat().st_size
    try:
        with open(source, "rb") as src, open(target, "wb") as dst:
            header = src.read(HEADER)
            if len(header) < HEADER or not header.startswith(MAGIC) or size < HEADER + TAG:
                raise ValidationError("backup", "backup_damaged", f"{source}: short header")
            version, log2_n, r, p = header[len(MAGIC) : len(MAGIC) + 4]
            if version != VERSION or not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
                raise ValidationError("backup", "backup_newer", f"{source}: format {version}")
            at = len(MAGIC) + 4
            salt, nonce = header[at : at + SALT], header[at + SALT : at + SALT + NONCE]
            stored_check = header[at + SALT + NONCE :]
            key, check = _derive(password, salt, log2_n, r, p)
            if not hmac.compare_digest(check, stored_check):
                raise ValidationError("password", "password_wrong", "wrong backup password")
            src.seek(size - TAG)
            tag = src.read(TAG)
            src.seek(HEADER)
            decryptor = _aes_gcm(key, nonce, tag).decryptor()
            decryptor.authenticate_additional_data(header)
            left = size - HEADER - TAG
            while left > 0:
                chunk = src.read(min(CHUNK, left))
                left -= len(chunk)
                dst.write(decryptor.update(chunk))
                _tick(progress, cancel, 1 - left / max(1, size))
            try:
                dst.write(decryptor.finalize())
            except InvalidTag as exc:
                raise ValidationError("backup", "backup_damaged", f"{source}: altered") from exc
    except BaseException:
        with suppress(OSError):
            target.unlink()
        raise
    return target


def _tick(progress, cancel, fraction: float) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    if progress is not None:
        progress(min(1.0, fraction))
