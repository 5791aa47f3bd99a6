"""Migration step 11: a work area's name in pinyin is stored, as a member's is, so that finding
and sorting areas needs no pypinyin dictionary when a page opens."""
from __future__ import annotations

import peewee as pw

from db import migrations, records, workareas
from db.models import WorkArea

_AREA = (
    "INSERT INTO work_area (id, created_at, modified_at, modified_by, rev, rev_history, seq, "
    "deleted, name, code, line_section, location, access_tier, headcount, active, notes) "
    "VALUES (?, '2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:00.000000Z', 'old', '1-a', "
    "'[]', ?, ?, ?, '', '', '', 3, 12, 1, '')")


def test_a_version_ten_database_gets_every_areas_pinyin_and_no_new_revision(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "v10.sqlite3"))
    migrations.migrate(db, target=10)
    db.execute_sql(_AREA, ("wa-1", 1, 0, "长岭"))
    db.execute_sql(_AREA, ("wa-2", 2, 1, "北岭"))  # in the trash: found there too
    assert migrations.migrate(db, target=11) == [11]
    rows = db.execute_sql("SELECT id, name_pinyin, name_initials, rev, seq FROM work_area "
                          "ORDER BY id").fetchall()
    assert [(i, set(full.split()), set(initials.split()), rev, seq)
            for i, full, initials, rev, seq in rows] == [
        ("wa-1", {"changling", "zhangling"}, {"cl", "zl"}, "1-a", 1),  # every reading of 长
        ("wa-2", {"beiling"}, {"bl"}, "1-a", 2)]


def test_saving_an_area_stores_its_pinyin_from_the_name(store):
    area = records.create(workareas.KIND, {"name": "重庆北工区"})
    row = WorkArea.get_by_id(area.id)
    assert row.name_initials.split()[0] == "cqbgq"
    assert row.name_pinyin.split()[0] == "chongqingbeigongqu"
    records.edit(workareas.KIND, area.id, {"name": "长岭工区"})
    row = WorkArea.get_by_id(area.id)
    assert (set(row.name_pinyin.split()), set(row.name_initials.split())) == (
        {"changlinggongqu", "zhanglinggongqu"}, {"clgq", "zlgq"})
