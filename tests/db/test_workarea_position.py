"""A work area's place on the line (里程): read as people write it, stored in one form, refused
when it is not a chainage, carried by the workbook, by sync and by migration step 7."""
from __future__ import annotations

import openpyxl
import peewee as pw
import pytest

from db import migrations, records, workareas
from db.mileage import BAD_POSITION, Position, normalise_position, parse_position
from db.models import WorkArea
from tests.db.helpers import assert_refused


@pytest.mark.parametrize(("typed", "stored"), [
    ("K1845+240", "K1845+240"),
    ("k1845+240", "K1845+240"),
    ("Ｋ１８４５＋２４０", "K1845+240"),      # full-width, as an IME types it
    ("1845.24", "K1845+240"),                 # kilometres
    ("DK12+3", "DK12+003"),                   # design chainage, metres padded
    ("K1845+240.5", "K1845+240.5"),
    ("K1845+240–K1852+100", "K1845+240–K1852+100"),
    ("K1852+100~K1845+240", "K1845+240–K1852+100"),  # start and end in either order
    ("K1845+240 至 K1846+000", "K1845+240–K1846+000"),
    ("  ", ""),
])
def test_positions_are_read_as_people_write_them(typed, stored):
    assert normalise_position(typed) == stored


def test_a_stretch_has_its_centre():
    assert parse_position("K1845+240-K1846+000") == Position(1845240, 1846000)
    assert parse_position("K1845+240-K1846+000").centre_m == 1845620


@pytest.mark.parametrize("typed", ["abc", "K+240", "1845+", "K1845+240–", "东站"])
def test_anything_else_is_not_a_position(typed):
    with pytest.raises(ValueError):
        parse_position(typed)


def test_an_area_stores_its_position_in_one_form(store):
    area = records.create(workareas.KIND, {"name": "东站工区", "position": "k1845+240~k1852+1"})
    assert WorkArea.get_by_id(area.id).position == "K1845+240–K1852+001"
    records.edit(workareas.KIND, area.id, {"position": ""})
    assert WorkArea.get_by_id(area.id).position == ""


def test_a_bad_position_is_refused_and_nothing_written(store, unchanged):
    area = records.create(workareas.KIND, {"name": "东站工区"})
    assert_refused(unchanged, lambda: records.edit(workareas.KIND, area.id, {"position": "东站"}),
                   "position", BAD_POSITION)
    assert_refused(unchanged, lambda: records.create(workareas.KIND,
        {"name": "西站工区", "position": "K12"}), "position", BAD_POSITION)


def test_the_workbook_reads_the_里程_column_and_exports_it(store, tmp_path):
    from db.spreadsheet import commit_import, export_workbook

    path = tmp_path / "areas.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工区"
    sheet.append(["工区名称", "里程", "交通条件"])
    sheet.append(["南站工区", "K1845+240", "便利"])
    sheet.append(["北站工区", "K1860+000-K1866+500", "偏远艰苦"])
    book.save(path)
    commit_import(path)
    assert {a.name: a.position for a in workareas.list_work_areas()} == {
        "南站工区": "K1845+240", "北站工区": "K1860+000–K1866+500"}
    out = tmp_path / "out.xlsx"
    export_workbook(out)
    exported = openpyxl.load_workbook(out)["工区"]
    header = [c.value for c in next(exported.iter_rows(max_row=1))]
    column = header.index("中心里程")
    values = {row[0].value: row[column].value for row in exported.iter_rows(min_row=2)}
    assert values == {"南站工区": "K1845+240", "北站工区": "K1860+000–K1866+500"}


def test_sync_carries_the_position(devices):
    with devices.on("office"):
        area = records.create(workareas.KIND, {"name": "东站工区", "position": "K1845+240"})
    devices.exchange("office", "laptop_a")
    with devices.on("laptop_a"):
        assert WorkArea.get_by_id(area.id).position == "K1845+240"
        records.edit(workareas.KIND, area.id, {"position": "K1845+300"})
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        assert WorkArea.get_by_id(area.id).position == "K1845+300"


def test_migration_step_7_gives_existing_areas_a_blank_position(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "v4.sqlite3"))
    migrations.migrate(db, target=4)
    db.execute_sql(
        "INSERT INTO work_area (id, created_at, modified_at, modified_by, rev, rev_history, seq, "
        "deleted, name, code, line_section, location, access_tier, headcount, active, notes) "
        "VALUES ('wa', '2020-01-01 00:00:00', '2020-01-01 00:00:00', 'old', '1-a', '[]', 1, 0, "
        "'柳州站', '', '', '', 2, 12, 1, '')")
    assert 7 in migrations.migrate(db)
    assert db.execute_sql("SELECT name, headcount, position FROM work_area").fetchall() == [
        ("柳州站", 12, "")]
