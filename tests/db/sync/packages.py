"""Opening and rewriting packages in tests: what a machine holding the key could make."""
from __future__ import annotations

import json
from pathlib import Path

from db import sealed
from db.sync.package import PURPOSE


def unseal(path: Path, key: bytes) -> tuple[dict, list[dict]]:
    """The manifest and every later piece (table pieces, conflicts, the end)."""
    records = [json.loads(r) for r in sealed.Reader(Path(path), key, PURPOSE).records()]
    return records[0], records[1:]


def reseal(path: Path, key: bytes, manifest: dict, pieces: list[dict]) -> None:
    with open(path, "wb") as handle:
        writer = sealed.Writer(handle, key, PURPOSE)
        for record in (manifest, *pieces):
            writer.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        writer.close()


def rewrite(path: Path, key: bytes, *, manifest=None, pieces=None) -> None:
    """Change a package with the key: `manifest(m) -> m`, `pieces(list) -> list`."""
    m, p = unseal(path, key)
    reseal(path, key, manifest(m) if manifest else m, pieces(p) if pieces else p)


def table_rows(pieces: list[dict], table: str) -> tuple[list[str], list[list]]:
    columns, rows = [], []
    for piece in pieces:
        if piece.get("table") == table:
            columns = piece["columns"]
            rows.extend(piece["rows"])
    return columns, rows
