"""A password-protected JSON file for portable exports of personal data (e.g. an AVG
art. 15 answer the person can read with any tool), built only from vetted primitives:
Argon2id (argon2-cffi) derives the key, AES-256-GCM (cryptography) encrypts.

File format, version 1 (all in one file, no other files are needed to open it):

    offset  size  content
    0       8     magic  b"EMPJSON1"
    8       4     N, the header length, unsigned big-endian
    12      N     header: UTF-8 JSON object
                  {"format": "emp-desktop/encrypted-json", "version": 1,
                   "kdf": {"name": "argon2id", "version": 19, "memory_kib": 65536,
                           "iterations": 3, "parallelism": 4, "salt": <base64, 16 bytes>},
                   "cipher": {"name": "AES-256-GCM", "nonce": <base64, 12 bytes>},
                   "content_type": "application/json; charset=utf-8"}
    12+N    rest  AES-256-GCM ciphertext followed by the 16-byte tag

The key is Argon2id(password as NFC UTF-8, salt, params) → 32 bytes. The associated data
of GCM is the magic, the length and the header bytes, so any change to the parameters
fails authentication just like a wrong password. The plaintext is the payload as UTF-8
JSON. To open it elsewhere: read the header, derive the key with the stated parameters,
decrypt with AES-GCM (e.g. Python `cryptography`, Go `crypto/cipher`, libsodium is *not*
needed).
"""

from __future__ import annotations

import base64
import json
import secrets
import struct
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"EMPJSON1"
FORMAT = "emp-desktop/encrypted-json"
VERSION = 1
_LENGTH = struct.Struct(">I")
_MAX_HEADER = 4096


class ContainerError(ValueError):
    """Wrong password, or not an intact container (the two cannot be told apart)."""


@dataclass(frozen=True)
class Argon2Settings:
    """Argon2id cost. 64 MiB, 3 passes, 4 lanes is RFC 9106's second recommendation."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    parallelism: int = 4

    def check(self) -> None:
        # The floor keeps files written by this app strong; the ceiling keeps a crafted
        # header from making the reader allocate gigabytes.
        if not (64 * 1024 <= self.memory_kib <= 2 * 1024 * 1024):
            raise ContainerError("Argon2id memory must be between 64 MiB and 2 GiB")
        if not (1 <= self.iterations <= 20 and 1 <= self.parallelism <= 16):
            raise ContainerError("Argon2id iterations or parallelism out of range")


def encrypted_json_container(
    payload: dict, password: str, settings: Argon2Settings | None = None
) -> bytes:
    """Encrypt `payload` (JSON-serialisable) under `password`; returns the file bytes."""
    settings = settings or Argon2Settings()
    settings.check()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {
            "name": "argon2id",
            "version": 19,
            "memory_kib": settings.memory_kib,
            "iterations": settings.iterations,
            "parallelism": settings.parallelism,
            "salt": _b64(salt),
        },
        "cipher": {"name": "AES-256-GCM", "nonce": _b64(nonce)},
        "content_type": "application/json; charset=utf-8",
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes
    plaintext = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    key = _derive(password, salt, settings)
    return prefix + AESGCM(key).encrypt(nonce, plaintext, prefix)


def open_json_container(blob: bytes, password: str) -> dict:
    """Decrypt a container made by `encrypted_json_container`; ContainerError otherwise."""
    header, prefix = _read_header(blob)
    try:
        kdf, cipher = header["kdf"], header["cipher"]
        if kdf["name"] != "argon2id" or cipher["name"] != "AES-256-GCM":
            raise ContainerError("unknown algorithms in the container header")
        settings = Argon2Settings(
            int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["parallelism"])
        )
        salt, nonce = _unb64(kdf["salt"]), _unb64(cipher["nonce"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ContainerError("damaged container header") from exc
    settings.check()
    key = _derive(password, salt, settings)
    try:
        plaintext = AESGCM(key).decrypt(nonce, blob[len(prefix) :], prefix)
    except InvalidTag as exc:
        raise ContainerError("wrong password or damaged file") from exc
    return json.loads(plaintext.decode("utf-8"))


def _read_header(blob: bytes) -> tuple[dict, bytes]:
    if len(blob) < 12 or blob[:8] != MAGIC:
        raise ContainerError("not an EMP Desktop encrypted JSON file")
    (length,) = _LENGTH.unpack(blob[8:12])
    if length > _MAX_HEADER or len(blob) < 12 + length + 16:
        raise ContainerError("damaged container header")
    try:
        header = json.loads(blob[12 : 12 + length].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContainerError("damaged container header") from exc
    if not isinstance(header, dict):
        raise ContainerError("damaged container header")
    if header.get("format") != FORMAT or header.get("version") != VERSION:
        raise ContainerError("unsupported container version")
    return header, blob[: 12 + length]


def _derive(password: str, salt: bytes, settings: Argon2Settings) -> bytes:
    if not password:
        raise ContainerError("a password is required")
    # NFC so that "ë" typed as one code point or as e + diaeresis gives the same key.
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return hash_secret_raw(
        secret, salt, settings.iterations, settings.memory_kib, settings.parallelism, 32, Type.ID
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as exc:
        raise ContainerError("damaged container header") from exc
