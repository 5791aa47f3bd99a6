"""The ground of every table: the database proxy, ids, UTC date-times, sync identity."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from typing import TYPE_CHECKING, Any, overload

import peewee as pw

from db import clock

database = pw.DatabaseProxy()


def new_id() -> str:
    """A random (version 4) UUID as text: str(uuid.uuid4()) without the UUID object."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_ids(count: int) -> list[str]:
    """`count` new_id()s from one read of the system's random source (a batch's rows): the
    random text cut into ids, its version digit set to 4 and its variant digit to 8, 9, a or
    b (the digit's two low bits kept), as new_id sets the bits."""
    h = os.urandom(16 * count).hex()
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-4{h[i + 13:i + 16]}-"
            f"{_VARIANT[h[i + 16]]}{h[i + 17:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, 32 * count, 32)]


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def derived_id(namespace: uuid.UUID, name: str) -> str:
    """str(uuid.uuid5(namespace, name)) without the UUID object (a link row's id, the same on
    every device: a register of 2,000 meetings derives 12,000): the first 16 bytes of the SHA-1
    of the namespace and the name, the version digit set to 5 and the variant as new_id's."""
    h = hashlib.sha1(namespace.bytes + name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


class UtcDateTimeField(pw.DateTimeField):
    """A date-time in UTC, stored as clock.UTC_FORMAT text ("2026-12-01T07:36:33.626742Z");
    read back as a naive UTC datetime. Every date-time column uses it."""

    def db_value(self, value: dt.datetime | str | None) -> str | None:
        return None if value is None else clock.utc_text(value)

    def python_value(self, value: str | dt.datetime | None) -> dt.datetime | None:
        if value is None or isinstance(value, dt.datetime):
            return value
        return clock.from_utc_text(value)

    if TYPE_CHECKING:  # what the type checker sees: a datetime on a row, the field on the class
        @overload
        def __get__(self, instance: None, owner: Any) -> UtcDateTimeField: ...
        @overload
        def __get__(self, instance: object, owner: Any) -> dt.datetime: ...
        def __get__(self, instance: object, owner: Any) -> Any: ...
        def __set__(self, instance: object, value: dt.datetime | str | None) -> None: ...


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class DatabaseFact(BaseModel):
    """Key/value facts about this database file: the organisation id, the local change counter
    (records.next_seq), the general branch's exchange key (db.sync.keys). Table "meta"."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "meta"

    # Read and written on every change (the change counter): plain statements, not composed
    # by peewee each time.
    @classmethod
    def read(cls, key: str, default: str = "") -> str:
        row = cls._meta.database.execute_sql('SELECT "value" FROM "meta" WHERE "key" = ?',
                                             (key,)).fetchone()
        return row[0] if row else default

    @classmethod
    def write(cls, key: str, value: str) -> None:
        cls._meta.database.execute_sql(
            'INSERT OR REPLACE INTO "meta" ("key", "value") VALUES (?, ?)', (key, value))


class SyncModel(BaseModel):
    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    created_at = UtcDateTimeField()
    modified_at = UtcDateTimeField()
    modified_by = pw.CharField(max_length=64)
    rev = pw.CharField(max_length=64)
    rev_history = pw.TextField(default="[]")
    seq = pw.IntegerField(index=True)
    # No index on `deleted`: one value for nearly every row, it only misled the planner.
    deleted = pw.BooleanField(default=False)

    # Field names that are bookkeeping, not the record's content.
    IDENTITY_FIELDS = (
        "id", "created_at", "modified_at", "modified_by", "rev", "rev_history", "seq",
    )

    @classmethod
    def content_fields(cls) -> list[str]:
        return [n for n in cls._meta.sorted_field_names if n not in cls.IDENTITY_FIELDS]

    def private_fields(self) -> tuple[str, ...]:
        """Fields whose text this row keeps private: never in the audit log, a spreadsheet
        for outside the office or a report, and blanked when the row is deleted."""
        return ()


