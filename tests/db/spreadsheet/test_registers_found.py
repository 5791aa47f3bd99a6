"""Hand-kept 补课, 支委 and 走访计划 registers (no ID column) brought a second time: every row
finds its record, and the sheets read what they match with once each rather than asking the
database row by row (a depot's 7,000 make-ups spent seconds on it); with --update-existing
each found record takes the row's changes and none is made twice."""
from __future__ import annotations

import datetime as dt

import pytest

from db import branches, meetings, members, records, workareas
from db.models import CommitteeMember, MakeUp, PlanEntry, database
from db.spreadsheet import commit_import, preview_import

D = dt.date
DAYS = [D(2024, 3, 5), D(2024, 4, 9), D(2024, 5, 7), D(2024, 6, 4)]
NAMES = [f"{family}{given}" for family in "王李赵钱孙" for given in "一二三四五六"]  # 30
AREAS = [f"{place}工区" for place in ("东站", "西沟", "北岭", "南湾", "石门", "黄泥", "龙口",
                                      "杉木", "望云", "樟木")]


@pytest.fixture
def register(store, make_book):
    branch = records.create(branches.KIND, {"name": "第一支部"})
    people = [records.create(members.KIND, {"name": name, "branch": branch.id,
                                            "joined_on": D(2010, 1, 1),
                                            "is_cadre": index < 3}).id
              for index, name in enumerate(NAMES)]
    for area in AREAS:
        records.create(workareas.KIND, {"name": area})
    for day in DAYS:  # everyone away on shift: each owes a make-up
        records.create(meetings.KIND, {
            "branch": branch.id, "kind": "theme_day", "held_on": day,
            "attendance": [{"member": p, "present": False, "reason": "shift"} for p in people]})

    def book(how: str):
        return make_book({
            "补课": [["会议日期", "党支部", "会议类型", "补课党员", "补课日期", "补课方式"]]
            + [[day.isoformat(), "第一支部", "主题党日", name,
                (day + dt.timedelta(days=3)).isoformat(), how]
               for day in DAYS for name in NAMES],
            "支委": [["党支部", "姓名", "职务", "任职日期", "卸任日期"]]
            + [["第一支部", name, f"委员{how}", f"2023-01-{1 + i % 28:02d}", ""]
               for i, name in enumerate(NAMES)],
            "走访计划": [["计划月份", "走访干部", "工区", "周次", "备注"]]
            + [[D(2024, 7, 1), cadre, area, week, how]
               for cadre in NAMES[:3] for area in AREAS for week in (1, 3)],
        }, name=f"register-{how}.xlsx")
    return book, people


def counted(monkeypatch) -> list[str]:
    """Every statement run from now on."""
    seen: list[str] = []
    real = database.obj.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", execute_sql)
    return seen


def test_a_register_brought_again_finds_every_record_reading_each_sheet_once(
        register, monkeypatch):
    book, people = register
    first = commit_import(book("个别补课"))
    assert not first.has_errors, first.problems[:3]
    counts = {model: model.select().count() for model in (MakeUp, CommitteeMember, PlanEntry)}
    assert counts == {MakeUp: 120, CommitteeMember: 30, PlanEntry: 60}

    again = book("个别补课")
    statements = counted(monkeypatch)
    preview = preview_import(again)
    rows = preview.rows
    assert len(rows) == 210 and {(r.action, r.existing) for r in rows} == {("skip", True)}
    # each record found is read by its identity, as every sheet's are; what the rows are
    # matched with is read once a sheet (it was asked for row by row, twice for a make-up:
    # 340 statements in all)
    by_id = [sql for sql in statements if sql.endswith('WHERE ("t1"."id" = ?)')]
    assert len(by_id) == 210
    assert len(statements) - len(by_id) < 30, statements


def test_updating_from_a_register_changes_the_found_records_and_makes_none_twice(register):
    book, people = register
    assert not commit_import(book("个别补课")).has_errors
    result = commit_import(book("集中补课"), existing="update")
    assert {r.action for r in result.rows} == {"update"}
    made = {(u.meeting.held_on, u.member_id): u.how for u in MakeUp.select()}
    assert made == {(day, p): "集中补课" for day in DAYS for p in people}
    assert sorted((s.member_id, s.role) for s in CommitteeMember.select()) == sorted(
        (p, "委员集中补课") for p in people)
    assert PlanEntry.select().count() == 60
    assert {e.note for e in PlanEntry.select()} == {"集中补课"}




@pytest.mark.parametrize("month", ["2024-07", "2024年7月", "2024.7"])
def test_a_plan_whose_month_is_written_as_text_is_found_again(register, make_book, month):
    """A register's month as people type it: the validation reads it, and so must the match
    (each such row was made again at every import)."""
    rows = [["计划月份", "走访干部", "工区", "周次", "计划日期"],
            [month, NAMES[0], AREAS[0], 2, None], [month, NAMES[1], AREAS[1], None, "2024-07-18"]]
    path = make_book({"走访计划": rows}, name="plan.xlsx")
    assert not commit_import(path).has_errors
    again = commit_import(path)
    assert [(r.action, r.existing) for r in again.rows] == [("skip", True)] * 2
    assert PlanEntry.select().count() == 2
