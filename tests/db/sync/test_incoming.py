"""What a package may bring: only rows this machine would accept from its own user, only from a
machine holding the general branch's key, and only within bounds."""
from __future__ import annotations

import sqlite3
import tracemalloc

import pytest

from db import kinds, members, records, sealed, visits, workareas
from db.models import SYNC_MODELS, database
from db.sync import PackageError, import_package, preview_package
from db.sync.keys import read_key_file
from tests.db.helpers import TODAY, digest
from tests.db.sync.packages import rewrite, unseal

DAY = TODAY


def _office(devices, *, talks: int = 1):
    """An office with two areas, a cadre, a member with a phone and a private talk."""
    with devices.on("office"):
        east = records.create(workareas.KIND, {"name": "东站工区", "headcount": 12}).id
        west = records.create(workareas.KIND, {"name": "岭口工区", "access_tier": 3}).id
        cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True,
                                       "phone": "13912345678"}).id
        worker = records.create(members.KIND, {"name": "李秀兰", "phone": "13800001111"}).id
        for n in range(talks):
            records.create(visits.KIND, {"visited_on": DAY, "work_area": east, "kind": "talk",
                                 "summary": f"家里老人住院的事{n}", "participants": [cadre],
                                 "talked_to": [worker]})
    return {"east": east, "west": west, "cadre": cadre, "worker": worker}


def _key(devices) -> bytes:
    return read_key_file(devices.key_file)[0]


def _edit_row(table: str, row_id: str, **values):
    def change(pieces):
        for piece in pieces:
            if piece.get("table") == table:
                for row in piece["rows"]:
                    if row[piece["columns"].index("id")] == row_id:
                        for column, value in values.items():
                            row[piece["columns"].index(column)] = value
        return pieces
    return change


def _refused_untouched(devices, package, match: str | None = None) -> PackageError:
    store = devices.open("laptop_a")
    before = digest(database)
    with pytest.raises(PackageError, match=match) as refused:
        import_package(package, store.device)
    assert digest(database) == before
    return refused.value


def test_every_synced_table_is_validated_or_declared_a_link_table():
    assert kinds.KINDLESS  # imported for its side effect: the Kinds are registered
    unchecked = [m.__name__ for m in SYNC_MODELS
                 if records.kind_of(m) is None and m not in kinds.KINDLESS]
    assert unchecked == [], "define a records.Kind for these and import it in db/kinds.py"


@pytest.mark.parametrize("table, column, value, field", [
    ("visit", "hours", -5, "hours"),
    ("visit", "hours", 1e308, "hours"),
    ("visit", "visited_on", "2026-02-30", "visited_on"),
    ("visit", "summary", "长" * 10_001, "summary"),
    ("visit", "kind", "bogus", "kind"),
    ("work_area", "headcount", -500, "headcount"),
    ("work_area", "access_tier", 9, "access_tier"),
    ("visit", "rev", "zzz", "rev"),
    ("visit", "rev_history", "not json", "rev_history"),
    ("visit", "work_area_id", "no-such-area", "work_area"),
])
def test_an_invalid_row_refuses_the_whole_package(devices, table, column, value, field):
    ids = _office(devices)
    with devices.on("office"):
        row_id = (ids["east"] if table == "work_area"
                  else database.execute_sql("SELECT id FROM visit").fetchone()[0])
    package = devices.export("office", full=True)
    rewrite(package, _key(devices), pieces=_edit_row(table, row_id, **{column: value}))
    refused = _refused_untouched(devices, package)
    assert refused.params["table"] == table and refused.params["row"] == row_id
    assert refused.params["field"] in (field, column)


def test_a_package_forged_without_the_key_is_refused(devices):
    _office(devices)
    package = devices.export("office", full=True)
    manifest, pieces = unseal(package, _key(devices))
    forged_key = sealed.new_key()  # anyone can seal with a key of their own ...
    from tests.db.sync.packages import reseal

    reseal(package, forged_key, manifest, pieces)
    _refused_untouched(devices, package, "another exchange key")  # ... it is not ours
    data = bytearray(package.read_bytes())  # nor can they patch our sealed bytes
    data[len(data) // 2] ^= 0x20
    package.write_bytes(bytes(data))
    _refused_untouched(devices, package)


def test_a_package_reveals_no_name_phone_or_talk(devices):
    _office(devices)
    package = devices.export("office", full=True)
    raw = package.read_bytes()
    for secret in ("王建国", "李秀兰", "13912345678", "13800001111", "家里老人住院", "东站工区"):
        assert secret.encode("utf-8") not in raw
    assert b"13912345678" not in raw


def test_a_machine_without_the_key_cannot_read_a_package(devices, tmp_path):
    from db.store import Store

    _office(devices)
    package = devices.export("office", full=True)
    devices.close()
    with Store.open(tmp_path / "stranger") as stranger, \
            pytest.raises(PackageError, match="has not joined"):
            import_package(package, stranger.device)


def test_the_preview_counts_what_the_import_then_does(devices):
    ids = _office(devices)
    devices.exchange("office", "laptop_a", full=True)
    with devices.on("office"):
        records.edit(workareas.KIND, ids["east"], {"headcount": 30})
        for n in range(12):
            records.create(members.KIND, {"name": f"临时{n}"})
    devices.exchange("office", "laptop_a")
    with devices.on("office"):
        temps = [r[0] for r in database.execute_sql(
            "SELECT id FROM member WHERE name LIKE '临时%'")]
        for member_id in temps:
            records.delete(members.KIND, member_id)
        records.edit(workareas.KIND, ids["west"], {"headcount": 4})
    with devices.on("laptop_a"):
        records.edit(workareas.KIND, ids["west"], {"headcount": 5})  # a conflict
    package = devices.export("office", for_device="laptop_a")
    store = devices.open("laptop_a")
    before = digest(database)
    preview = preview_package(package, store.device)
    assert digest(database) == before
    assert preview.deleted == 12 and preview.many_deletions and preview.conflicts == 1
    assert preview.per_table["member"]["deleted"] == 12
    done = import_package(package, store.device)
    assert done.per_table == preview.per_table and done.as_dict() == preview.as_dict()


@pytest.mark.parametrize("limit", [999, 32766])
def test_the_exchange_stays_under_the_variable_limit(devices, limit):
    with devices.on("office"):
        area = records.create(workareas.KIND, {"name": "东站工区"}).id
        cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True}).id
        people = [{"name": f"成员{n}"} for n in range(5000)]  # 7 × 5,000 > 32,766
        with database.atomic():
            records.insert_many(members.KIND.model, people)
        for _ in range(20):
            records.create(visits.KIND, {"visited_on": DAY, "work_area": area,
                                         "participants": [cadre]})
    package = devices.export("office", full=True)
    store = devices.open("laptop_a")
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    summary = import_package(package, store.device)
    assert summary.new > 5000
    back = devices.export("laptop_a", full=True)  # and out again, as a relay does
    store = devices.open("laptop_b")
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    assert import_package(back, store.device).new == summary.new


def test_a_bomb_is_refused_in_bounded_time_and_memory(devices):
    import json
    import struct
    import time
    import zlib

    _office(devices)
    package = devices.export("office", full=True)
    key = _key(devices)
    manifest, _pieces = unseal(package, key)
    # A piece that inflates to 1 GiB, sealed with the right key (an insider's bomb): ~1 MB.
    squeeze = zlib.compressobj(9)
    zeros = b"\0" * (1 << 24)
    bomb = b"".join(squeeze.compress(zeros) for _ in range(64)) + squeeze.flush()
    assert len(bomb) < 2 * 1024 * 1024
    with open(package, "wb") as handle:
        writer = sealed.Writer(handle, key, "exchange")
        for index, (packed, final) in enumerate(
                [(zlib.compress(json.dumps(manifest).encode()), False), (bomb, True)]):
            nonce = b"\1" * 11 + bytes([index])
            body = writer.aead.encrypt(nonce, packed, writer._aad(index, final))
            handle.write(struct.pack(">I", len(body)) + nonce + body)
    store = devices.open("laptop_a")
    before = digest(database)
    started = time.monotonic()
    tracemalloc.start()
    with pytest.raises(PackageError, match="larger than any Branch Desk writes"):
        import_package(package, store.device)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.monotonic() - started < 5 and peak < 150 * 1024 * 1024
    assert digest(database) == before


def test_an_unprotected_package_of_an_older_version_is_refused(devices, tmp_path):
    import zipfile

    old = tmp_path / "old.bdsync"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("rows.json", "{}")
    _refused_untouched(devices, old, "unprotected package of an older Branch Desk")


def test_a_workbook_chosen_as_a_package_is_no_package(devices, tmp_path):
    """An .xlsx (a zip, as the old packages were) chosen in the exchange's file chooser: it is
    not a package, not “an unprotected package of an older Branch Desk” (the window said so,
    sending the secretary to update the other machine)."""
    import openpyxl

    book = tmp_path / "roster.xlsx"
    openpyxl.Workbook().save(book)
    _refused_untouched(devices, book, "is not a Branch Desk exchange package")
