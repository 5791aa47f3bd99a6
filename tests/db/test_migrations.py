import peewee as pw
import pytest

from db import migrations


@pytest.fixture
def raw_db(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "raw.sqlite3"))
    db.connect()
    yield db
    db.close()


def _tables(db):
    return sorted(r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'"))


NUMBERS = [n for n, _, _ in migrations.STEPS]


def test_steps_are_numbered_in_order():
    # Numbers are reserved per piece of work landing in parallel, so one may be missing for a
    # while; they only ever increase.
    assert sorted(set(NUMBERS)) == NUMBERS and NUMBERS[0] == 1
    assert NUMBERS[-1] == migrations.LATEST


def test_a_new_database_runs_every_step_once(raw_db):
    assert migrations.migrate(raw_db) == NUMBERS
    assert migrations.schema_version(raw_db) == migrations.LATEST
    assert migrations.migrate(raw_db) == []


def test_stepwise_upgrade(raw_db):
    assert migrations.migrate(raw_db, target=1) == [1]
    assert migrations.schema_version(raw_db) == 1
    assert migrations.migrate(raw_db) == NUMBERS[1:]


def test_a_failing_step_leaves_the_database_as_it_was(raw_db, monkeypatch):
    migrations.migrate(raw_db, target=1)
    tables = _tables(raw_db)

    def half_done(db):
        db.execute_sql("CREATE TABLE half (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS[:1], (2, "broken", half_done)])
    with pytest.raises(RuntimeError):
        migrations.migrate(raw_db, target=2)
    assert migrations.schema_version(raw_db) == 1 and _tables(raw_db) == tables
