"""Migration step 5 from a database of every earlier version, with rows: one date-time format in
UTC, no redundant index, and the constraints the rules imply (live work-area names unique, one
visit link per visit/member/role, a branch's secretary a member)."""
from __future__ import annotations

import datetime as dt
import re

import peewee as pw
import pytest

from db import clock, migrations
from db.models import ConcernEvent, UtcDateTimeField, WorkArea, database
from tests.db.test_migration_sync_tables import declared_schema, schema

NUMBERS = [n for n, _description, _step in migrations.STEPS]
UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
# Scratch files: no waiting for the disk (a test database need not survive a power cut).
FAST = {"foreign_keys": 1, "synchronous": 0}
OLD_SECONDS, OLD_MICROS = "2020-01-01 00:00:00", "2020-02-01 08:00:00.123456"


def insert(db: pw.SqliteDatabase, table: str, **values) -> None:
    """A row as the version at hand would hold it: every NOT NULL column not given gets a value
    of its type (date-times in the old seconds-only format)."""
    for _cid, name, kind, notnull, _default, _pk in db.execute_sql(f'PRAGMA table_info("{table}")'):
        if name not in values and notnull:
            values[name] = {"INTEGER": 0, "REAL": 0.0, "DATE": "2020-01-01",
                            "DATETIME": OLD_SECONDS}.get(kind, "")
    names = ", ".join(f'"{n}"' for n in values)
    marks = ", ".join("?" for _ in values)
    db.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))


def old_database(tmp_path, version: int) -> pw.SqliteDatabase:
    db = pw.SqliteDatabase(str(tmp_path / f"v{version}.sqlite3"), pragmas=FAST)
    assert migrations.migrate(db, target=version) == [n for n in NUMBERS if n <= version]
    with db.atomic():
        insert(db, "organisation", id="org", created_at=OLD_MICROS, modified_at=OLD_MICROS)
        insert(db, "member", id="m1", name="张三", seq=1)
        insert(db, "branch", id="b1", name="第一党支部", secretary_id="m1", notes="线路")
        insert(db, "branch", id="b2", name="第二党支部", secretary_id="gone")
        db.execute_sql("UPDATE member SET branch_id = 'b1' WHERE id = 'm1'")
        # Two live areas of one name (data that bypassed validation) and one in the trash.
        insert(db, "work_area", id="wa1", name="柳州站", created_at=OLD_SECONDS, active=1)
        insert(db, "work_area", id="wa2", name="柳州站", created_at=OLD_MICROS, active=1)
        insert(db, "work_area", id="wa3", name="柳州站", deleted=1, active=1)
        insert(db, "visit", id="v1", visited_on="2020-02-01", work_area_id="wa1")
        insert(db, "visit_person", id="link-old", visit_id="v1", member_id="m1", role="talked",
               deleted=1)
        insert(db, "visit_person", id="link-live", visit_id="v1", member_id="m1", role="talked")
        insert(db, "concern", id="c1", raised_on="2020-02-01", work_area_id="wa1", owner_id="m1",
               due_on="2020-02-16", description="宿舍漏雨")
        insert(db, "concern_event", id="e1", concern_id="c1", at=OLD_MICROS, action="created",
               modified_at=OLD_MICROS)
        insert(db, "audit_entry", id="a1", at=OLD_MICROS, row_id="c1")
        if version >= 3:
            insert(db, "sync_conflict", id="k1", table_name="visit", row_id="v1",
                   detected_at=OLD_SECONDS, resolved_at=None)
            insert(db, "exchange_log", id="x1", at=OLD_MICROS)
            insert(db, "sync_peer", device_id="d1", last_exchange_at=OLD_MICROS)
    return db


def date_times(db: pw.SqliteDatabase) -> list[str]:
    found = []
    for table, columns in migrations.DATETIME_COLUMNS.items():
        for column in columns:
            found += [r[0] for r in db.execute_sql(f'SELECT "{column}" FROM "{table}"')
                      if r[0] is not None]
    return found


@pytest.mark.parametrize("version", [n for n in NUMBERS if n < 5])   # every version before step 5
def test_an_older_database_reaches_the_models_schema_keeping_its_rows(tmp_path, version):
    db = old_database(tmp_path, version)
    assert migrations.migrate(db) == [n for n in NUMBERS if n > version]
    assert schema(db) == declared_schema(tmp_path)
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1   # as it was before
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []

    texts = date_times(db)
    assert len(texts) >= 19 and all(UTC.match(t) for t in texts), texts
    row = db.execute_sql("SELECT created_at, modified_at FROM organisation").fetchone()
    assert row == ("2020-02-01T08:00:00.123456Z",) * 2
    assert db.execute_sql("SELECT at FROM concern_event").fetchone() == (
        "2020-02-01T08:00:00.123456Z",)
    assert db.execute_sql("SELECT created_at FROM work_area WHERE id = 'wa1'").fetchone() == (
        "2020-01-01T00:00:00.000000Z",)

    # The oldest live area keeps its name; the trash is left alone.
    assert db.execute_sql("SELECT id, name, deleted FROM work_area ORDER BY id").fetchall() == [
        ("wa1", "柳州站", 0), ("wa2", "柳州站 (2)", 0), ("wa3", "柳州站", 1)]
    assert db.execute_sql("SELECT id FROM visit_person").fetchall() == [("link-live",)]
    assert db.execute_sql("SELECT id, name, notes, secretary_id FROM branch ORDER BY id")\
        .fetchall() == [("b1", "第一党支部", "线路", "m1"), ("b2", "第二党支部", "", None)]
    assert db.execute_sql("SELECT branch_id FROM member").fetchone() == ("b1",)

    # The constraints hold from now on.
    with pytest.raises(pw.IntegrityError):
        insert(db, "work_area", id="wa4", name="柳州站", active=1)
    insert(db, "work_area", id="wa5", name="柳州站", active=1, deleted=1)   # the trash may
    with pytest.raises(pw.IntegrityError):
        insert(db, "visit_person", id="link-again", visit_id="v1", member_id="m1", role="talked")
    with pytest.raises(pw.IntegrityError), db.atomic():   # checked when the change commits
        insert(db, "branch", id="b3", name="第三党支部", secretary_id="nobody")
    with db.atomic():   # a branch and its new secretary may arrive in either order
        insert(db, "branch", id="b4", name="第四党支部", secretary_id="m2")
        insert(db, "member", id="m2", name="李四", branch_id="b4")
    db.close()


def test_the_redundant_indexes_are_gone(tmp_path):
    db = old_database(tmp_path, 4)
    migrations.migrate(db)
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not names & set(migrations.REDUNDANT_INDEXES)
    assert not [n for n in names if n.endswith("_deleted")]
    assert {"visit_work_area_id_visited_on", "visit_person_member_id_role",
            "visit_person_visit_id_role_member_id", "concern_work_area_status",
            "concern_owner_status", "work_area_name_live"} <= names


def test_a_step_that_breaks_a_reference_is_rolled_back(tmp_path, monkeypatch):
    db = pw.SqliteDatabase(str(tmp_path / "x.sqlite3"), pragmas=FAST)
    migrations.migrate(db, target=4)

    def orphan(db):
        insert(db, "assignment", id="as1", member_id="nobody", work_area_id="nowhere")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS[:4], (5, "broken", orphan)])
    with pytest.raises(migrations.ForeignKeyBroken):
        migrations.migrate(db)
    assert migrations.schema_version(db) == 4
    assert db.execute_sql("SELECT COUNT(*) FROM assignment").fetchone() == (0,)
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_date_times_are_written_in_utc_with_the_zone_stated(tmp_path):
    field = UtcDateTimeField()
    china = dt.timezone(dt.timedelta(hours=8))
    assert field.db_value(dt.datetime(2026, 12, 1, 15, 36, 33, 626742, china)) == \
        "2026-12-01T07:36:33.626742Z"
    assert field.db_value(dt.datetime(2026, 11, 30, 5, 28)) == "2026-11-30T05:28:00.000000Z"
    assert field.db_value(OLD_MICROS) == "2020-02-01T08:00:00.123456Z"   # a package's old text
    assert field.python_value("2026-11-30T05:28:00.000000Z") == dt.datetime(2026, 11, 30, 5, 28)
    assert field.python_value(OLD_SECONDS) == dt.datetime(2020, 1, 1)
    assert clock.utc_text("2026-11-30T05:28:00.000000Z") == "2026-11-30T05:28:00.000000Z"

    db = pw.SqliteDatabase(str(tmp_path / "new.sqlite3"), pragmas={"synchronous": 0})
    database.initialize(db)
    migrations.migrate(db)
    insert(db, "work_area", id="wa1", name="柳州站", active=1)
    insert(db, "concern", id="c1", raised_on="2020-02-01", work_area_id="wa1", owner_id="m",
           due_on="2020-02-16")
    when = dt.datetime(2026, 12, 1, 7, 36, 33, 626742)
    ConcernEvent.create(id="e1", concern="c1", at=when, created_at=when, modified_at=when,
                        modified_by="d", rev="1-a", seq=1, action="created")
    assert db.execute_sql("SELECT at, created_at FROM concern_event").fetchone() == (
        "2026-12-01T07:36:33.626742Z",) * 2
    assert ConcernEvent.get_by_id("e1").at == when
    assert WorkArea.get_by_id("wa1").created_at == dt.datetime(2020, 1, 1)   # an old text read
    db.close()
