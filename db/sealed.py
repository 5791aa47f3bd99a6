"""Sealed files: encrypted and authenticated with the general branch's exchange key, read in
bounded pieces. Exchange packages and backups written outside the data folder are sealed.

Layout: a fixed header (magic, container version, purpose, key fingerprint, a random file id)
and then records, each `length (4 bytes) · nonce (12) · AES-256-GCM ciphertext`. A record's
plaintext is zlib-compressed. Its associated data is the header, the record's index and whether
it is the last one, so a record that is changed, moved, dropped or added, and a file cut short,
all fail to open. Without the key the file reveals only that it is a sealed Branch Desk file,
for what purpose, and which key made it (a fingerprint, not the key).

Bounds: a record holds at most MAX_RECORD bytes and inflates to at most MAX_INFLATED bytes and
at most MAX_RATIO times its size, so a small file cannot make the reader spend much memory or
time (a "zip bomb" is refused at its first record).
"""
from __future__ import annotations

import hashlib
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db import files
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP

MAGIC = b"BDSEALED"
VERSION = 1
PURPOSE_SIZE = 8
HEADER = struct.Struct(f">8sB{PURPOSE_SIZE}s8s16s")  # magic, version, purpose, key id, file id
LENGTH = struct.Struct(">I")
NONCE_SIZE = 12
KEY_SIZE = 32
MAX_RECORD = 16 * 1024 * 1024
MAX_INFLATED = 64 * 1024 * 1024
MAX_RATIO = 200
COMPRESS_LEVEL = 1

NOT_SEALED = QT_TRANSLATE_NOOP(
    "db", "{path} is not a file this Branch Desk made for this purpose. Nothing was read.")
WRONG_KEY = QT_TRANSLATE_NOOP(
    "db", "{path} was sealed with another exchange key. Nothing was read; this machine must join "
    "the general branch's exchange with its key file (sync join) first, or the file belongs to "
    "another general branch.")
CUT_SHORT = QT_TRANSLATE_NOOP(
    "db", "{path} is incomplete: the copy was cut short. Nothing was read; copy the file again "
    "and safely remove the USB stick before unplugging it.")
ALTERED = QT_TRANSLATE_NOOP(
    "db", "{path} is damaged or was changed after it was written. Nothing was read; write it "
    "again on the machine it came from.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "db", "{path} holds a piece larger than any Branch Desk writes (it may be made to exhaust "
    "memory). Nothing was read.")
NEWER_CONTAINER = QT_TRANSLATE_NOOP(
    "db", "{path} was made by a newer Branch Desk. Nothing was read; update Branch Desk on this "
    "machine first.")


class SealedError(BranchDeskError):
    """A sealed file that cannot be opened: not one, the wrong key, damaged, cut short."""


def key_id(key: bytes) -> bytes:
    """A fingerprint that names a key without revealing it."""
    return hashlib.sha256(b"branch-desk key id\x00" + key).digest()[:8]


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_SIZE * 8)


def _purpose(purpose: str) -> bytes:
    raw = purpose.encode("ascii")
    if len(raw) > PURPOSE_SIZE:
        raise ValueError(purpose)
    return raw.ljust(PURPOSE_SIZE, b"\x00")


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


class Writer:
    """Appends sealed records to an open binary file; `close()` writes the last one."""

    def __init__(self, handle: BinaryIO, key: bytes, purpose: str) -> None:
        self.handle = handle
        self.aead = AESGCM(key)
        self.header = HEADER.pack(MAGIC, VERSION, _purpose(purpose), key_id(key), os.urandom(16))
        self.index = 0
        self.pending: bytes | None = None  # held back one record, so the last can be flagged
        handle.write(self.header)

    def write(self, plaintext: bytes) -> None:
        if self.pending is not None:
            self._emit(self.pending, final=False)
        self.pending = plaintext

    def close(self) -> None:
        self._emit(self.pending or b"", final=True)
        self.pending = None

    def _emit(self, plaintext: bytes, *, final: bool) -> None:
        packed = zlib.compress(plaintext, COMPRESS_LEVEL)
        if len(plaintext) > MAX_INFLATED or len(packed) + 16 > MAX_RECORD:
            raise ValueError(f"record of {len(plaintext)} bytes is over the sealed file's bound")
        nonce = os.urandom(NONCE_SIZE)
        sealed = self.aead.encrypt(nonce, packed, self._aad(self.index, final))
        self.handle.write(LENGTH.pack(len(sealed)) + nonce + sealed)
        self.index += 1

    def _aad(self, index: int, final: bool) -> bytes:
        return self.header + struct.pack(">QB", index, 1 if final else 0)


@dataclass
class Reader:
    """Reads a sealed file record by record, checking each before returning it."""

    path: Path
    key: bytes
    purpose: str

    def records(self) -> Iterator[bytes]:
        with open(self.path, "rb") as handle:
            header = handle.read(HEADER.size)
            if len(header) < HEADER.size or not header.startswith(MAGIC):
                raise self._error(NOT_SEALED if not header.startswith(MAGIC) else CUT_SHORT)
            _magic, version, purpose, kid, _file_id = HEADER.unpack(header)
            if version > VERSION:
                raise self._error(NEWER_CONTAINER)
            if purpose != _purpose(self.purpose):
                raise self._error(NOT_SEALED)
            if kid != key_id(self.key):
                raise self._error(WRONG_KEY)
            aead = AESGCM(self.key)
            index = 0
            while True:
                prefix = handle.read(LENGTH.size + NONCE_SIZE)
                if not prefix:
                    raise self._error(CUT_SHORT)  # ended before the record flagged last
                if len(prefix) < LENGTH.size + NONCE_SIZE:
                    raise self._error(CUT_SHORT)
                (size,) = LENGTH.unpack(prefix[:LENGTH.size])
                if size > MAX_RECORD:
                    raise self._error(TOO_BIG)
                sealed = handle.read(size)
                if len(sealed) < size:
                    raise self._error(CUT_SHORT)
                nonce = prefix[LENGTH.size:]
                final = self._open(aead, nonce, sealed, header, index)
                yield self._inflate(final[1])
                if final[0]:
                    if handle.read(1):
                        raise self._error(ALTERED)  # something appended after the last record
                    return
                index += 1

    def _open(self, aead: AESGCM, nonce: bytes, sealed: bytes, header: bytes,
              index: int) -> tuple[bool, bytes]:
        for final in (False, True):
            try:
                return final, aead.decrypt(nonce, sealed, header + struct.pack(">QB", index, final))
            except InvalidTag:
                continue
        raise self._error(ALTERED)

    def _inflate(self, packed: bytes) -> bytes:
        cap = min(MAX_INFLATED, max(len(packed), 1024) * MAX_RATIO)
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(packed, cap)
        except zlib.error as exc:
            raise self._error(ALTERED) from exc
        if inflater.unconsumed_tail or not inflater.eof:
            raise self._error(TOO_BIG if inflater.unconsumed_tail else ALTERED)
        return data

    def _error(self, template: str) -> SealedError:
        return SealedError(template, path=str(self.path))


def seal_file(source: Path, target: Path, key: bytes, purpose: str,
              piece: int = 4 * 1024 * 1024) -> None:
    """Write `source` sealed to `target` (through `target.partial`, removed on failure)."""
    partial = target.with_name(target.name + ".partial")
    try:
        with open(source, "rb") as src, open(partial, "wb") as out:
            writer = Writer(out, key, purpose)
            while chunk := src.read(piece):
                writer.write(chunk)
            writer.close()
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk: name the file the person asked for
            raise files.naming(exc, partial, target) from exc
        raise


def unseal_file(source: Path, target: Path, key: bytes, purpose: str) -> None:
    """Write the content of sealed `source` to `target`; nothing is left on a refusal."""
    try:
        with open(target, "wb") as out:
            for record in Reader(Path(source), key, purpose).records():
                out.write(record)
    except BaseException:
        Path(target).unlink(missing_ok=True)
        raise
