"""Two machines that each made a work area of one name (a laptop offline and the office both
adding 东站工区): live names are unique, so one of the two is renamed as it meets the other,
"东站工区 (2)" as migration step 5 renamed them, and the exchange goes on. The one made later
(created_at, then id) is renamed, whichever machine holds it, by the same computation on every
machine from the same row: its new revision is the same everywhere, so the machines agree
without a conflict. The secretary may then rename it, or move its records and trash it.
"""
from __future__ import annotations

import json
import re

from db import pinyin, revisions
from db.models import WorkArea, database
from db.sqlite_limits import pieces
from db.sync.incoming import parse_history


def free_name(name: str, taken: set[str]) -> str:
    """`name (2)`, `name (3)` ...: the first that no live area holds."""
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"


def renamed(columns: list[str], row: list, name: str, *, at: str, device: str) -> list:
    """`row` (the values of `columns`) as its next revision, named `name`."""
    out = list(row)
    where = {c: i for i, c in enumerate(columns)}
    out[where["name"]] = name
    full, initials = pinyin.keys(name)
    for column, value in (("name_pinyin", full), ("name_initials", initials)):
        if column in where:
            out[where[column]] = value
    data = dict(zip(columns, out, strict=True))
    parent = data["rev"]
    out[where["rev"]] = revisions.make_rev(parent, revisions.content(WorkArea, data))
    out[where["rev_history"]] = json.dumps(
        ([parent] + parse_history(data["rev_history"]))[:revisions.REV_HISTORY_LIMIT])
    out[where["modified_at"]], out[where["modified_by"]] = at, device
    return out


def renamed_elsewhere(columns: list[str], updates: list[list], names: set[str]
                      ) -> list[tuple[str, str, bool]]:
    """The arriving updates that are this rename made by the other machine of a local area
    (its next revision, named `name (n)`, while an area of `names` holds `name`): the exchange
    that brings it back renames an area of this machine, and says so, as the first one did."""
    where = {c: i for i, c in enumerate(columns)}
    found: list[tuple[str, str, bool]] = []
    cols = ", ".join(f'"{c}"' for c in columns)
    ids = [row[where["id"]] for row in updates if not row[where["deleted"]]]
    held: dict[str, tuple] = {}
    for chunk in pieces(ids):
        marks = ", ".join("?" for _ in chunk)
        held.update((r[where["id"]], r) for r in database.execute_sql(
            f'SELECT {cols} FROM "work_area" WHERE id IN ({marks})', list(chunk)))
    for row in updates:
        local = held.get(row[where["id"]])
        if local is None or row[where["deleted"]] or local[where["name"]] not in names:
            continue
        name, new = local[where["name"]], row[where["name"]]
        if re.fullmatch(re.escape(name) + r" \([0-9]+\)", new) and renamed(
                columns, list(local), new, at="", device="")[where["rev"]] == row[where["rev"]]:
            found.append((name, new, True))
    return found


def keep_apart(columns: list[str], inserts: list[list], updates: list[list], *, at: str,
               device: str) -> tuple[list[str], dict[str, str], list[tuple[str, str, bool]]]:
    """Arriving work-area rows (`inserts` and `updates`, each the values of `columns` and then
    what the merge adds) that meet a live local area of their name: the later of each pair is
    renamed, an arriving row in place, a local one written at once (before the arriving rows
    take its name). Returns the arriving rows renamed (ids), the local ones ({id: rev}) and
    every rename as (name, new name, whether the renamed area is the local one)."""
    width = len(columns)
    where = {c: i for i, c in enumerate(columns)}
    i_id, i_name, i_del, i_made = (where[c] for c in ("id", "name", "deleted", "created_at"))
    rows = [*inserts, *updates]
    ids = {row[i_id] for row in rows}
    local = {name: (made, row_id) for row_id, name, made in database.execute_sql(
        'SELECT id, name, created_at FROM "work_area" WHERE NOT deleted').fetchall()
        if row_id not in ids}
    taken = set(local) | {row[i_name] for row in rows if not row[i_del]}
    names = ", ".join(f'"{c}"' for c in columns)
    arriving: list[str] = []
    held: list[list] = []
    renames = renamed_elsewhere(columns, updates, taken)
    for row in rows:
        met = local.get(row[i_name]) if not row[i_del] else None
        if met is None:
            continue
        new = free_name(row[i_name], taken)
        taken.add(new)
        renames.append((row[i_name], new, (row[i_made], row[i_id]) < met))
        if (row[i_made], row[i_id]) > met:
            row[:width] = renamed(columns, row[:width], new, at=at, device=device)
            arriving.append(row[i_id])
            continue
        values = database.execute_sql(f'SELECT {names} FROM "work_area" WHERE id = ?',
                                      (met[1],)).fetchone()
        held.append(renamed(columns, list(values), new, at=at, device=device))
    if held:
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        database.cursor().executemany(f'UPDATE "work_area" SET {sets} WHERE id = ?',
                                      [row + [row[i_id]] for row in held])
    return arriving, {row[i_id]: row[where["rev"]] for row in held}, renames
