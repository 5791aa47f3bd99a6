"""This database's own bookkeeping, never synced: the audit trail, peers, kept conflict
versions, the exchange history."""
from __future__ import annotations

import peewee as pw

from db.models.base import BaseModel, UtcDateTimeField, new_id


class AuditEntry(BaseModel):
    """A local, append-only log of every change made through the record layer: one entry per
    create, edit, delete or restore; a batch written by records.insert_many (an import) is one
    entry for the batch, `row_id` "" and `changes` {"count": n, "ids": [...]}."""

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    at = UtcDateTimeField(index=True)
    device = pw.CharField()
    table_name = pw.CharField()
    row_id = pw.CharField(max_length=36, index=True)
    action = pw.CharField()
    changes = pw.TextField(default="{}")


class SyncPeer(BaseModel):
    """What this database knows about another device it exchanges packages with (local, not synced).

    `acked_seq`: the highest of *our* change numbers the peer has confirmed holding (it tells us in
    the manifest of its own packages), so `sync export --for PEER` sends only what lies beyond.
    `received_seq`: the highest of the *peer's* change numbers we have imported, told back to it.
    """

    device_id = pw.CharField(primary_key=True, max_length=64)
    name = pw.CharField(default="")
    acked_seq = pw.IntegerField(default=0)
    received_seq = pw.IntegerField(default=0)
    last_exchange_at = UtcDateTimeField(null=True)


class SyncConflict(BaseModel):
    """A competing version of a synced row that is not the one shown (CouchDB's `_conflicts`).

    The table holds the interim winner; each other head of the row's revision tree is kept here,
    whole, until someone resolves it (or a package brings a revision that descends from both).
    Open conflicts travel in packages too (`seq`), so every device lists the same ones.
    """

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    table_name = pw.CharField()
    row_id = pw.CharField(max_length=36)
    rev = pw.CharField(max_length=64)
    data = pw.TextField()  # the version's columns as JSON (identity included, seq excluded)
    detected_at = UtcDateTimeField()
    seq = pw.IntegerField(index=True)
    resolved_at = UtcDateTimeField(null=True)
    resolution = pw.CharField(default="")

    class Meta:
        indexes = ((("table_name", "row_id"), False),)


class ExchangeLog(BaseModel):
    """One package exported or imported: with whom, when, and what it carried (local)."""

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    at = UtcDateTimeField(index=True)
    direction = pw.CharField()  # "export" or "import"
    device_id = pw.CharField(max_length=64, index=True)
    device_name = pw.CharField(default="")
    file_name = pw.CharField(default="")
    counts = pw.TextField(default="{}")
    # Local change numbers given to the rows this import wrote: the peer already holds those
    # revisions, so an export for it skips them while they are unchanged.
    seq_from = pw.IntegerField(null=True)
    seq_to = pw.IntegerField(null=True)


