"""Test helper: the decrypted pages of a SQLCipher 4 file, its WAL, or a backup.

SQLCipher 4 with a raw key encrypts every 4096-byte page with AES-256-CBC under that
key; each page ends in 80 reserved bytes (16-byte IV, 64-byte HMAC) and page 1 starts
with the 16-byte salt. Decrypting every page — in use or free — shows what a thief with
the key could read from the file, including deleted rows that SQLite left in free space.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body, iv = page[start : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_plaintext(data: bytes, key: bytes) -> bytes:
    pages = [data[i : i + PAGE] for i in range(0, len(data) - PAGE + 1, PAGE)]
    return b"".join(_decrypt_page(key, p, i == 0) for i, p in enumerate(pages))


def wal_plaintext(data: bytes, key: bytes) -> bytes:
    out, offset = [], WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        out.append(_decrypt_page(key, page, number == 1))
        offset += FRAME_HEADER + PAGE
    return b"".join(out)


def backup_plaintext(path: Path, key: bytes) -> bytes:
    from emp_desktop.storage import backup

    header, offset = backup.read_header(path)
    return database_plaintext(path.read_bytes()[offset : offset + header.db_size], key)


def contains(plain: bytes, text: str) -> bool:
    return any(text.encode(enc) in plain for enc in ("utf-8", "utf-16-le", "utf-16-be"))
