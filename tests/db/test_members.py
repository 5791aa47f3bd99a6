import datetime as dt

from db import branches, members, records
from db.members import (
    BEFORE_BIRTH,
    BEFORE_JOINING,
    JOINED_UNDER_AGE,
    UNDER_AGE,
    list_cadres,
    list_members,
    years_after,
)
from db.validate import (
    BAD_CHOICE,
    BAD_DATE_OR_MONTH,
    DELETED_REF,
    FUTURE_DATE,
    MISSING_REF,
    REQUIRED,
)
from tests.db.helpers import assert_refused, check_lifecycle


def test_member_lifecycle(store, make):
    branch = make.branch()
    row = records.create(members.KIND, {"name": "张三", "joined_on": "2010年7月1日",
                                        "branch": branch})
    assert (row.name_pinyin, row.name_initials) == ("zhangsan", "zs")
    assert row.joined_on == dt.date(2010, 7, 1) and row.branch_id == branch.id
    check_lifecycle(
        store, members.KIND, row,
        visible=lambda i: i in [m.id for m in list_members()],
        changes={"name": "张三丰", "phone": "13800000000"},
        expected_diff={"name": ["张三", "张三丰"], "name_pinyin": ["zhangsan", "zhangsanfeng"],
                       "name_initials": ["zs", "zsf"], "phone": ["", "13800000000"]})


def test_a_member_with_only_a_name(store):
    row = records.create(members.KIND, {"name": "李四"})
    assert (row.gender, row.category, row.status, row.is_cadre, row.branch_id) == (
        "", "full", "active", False, None)
    assert records.edit(members.KIND, row.id, {"notes": "调入"}).notes == "调入"
    assert records.get(members.KIND, row.id).rev.startswith("2-")


def test_search_and_filters(store, make):
    branch = make.branch()
    zhang = records.create(members.KIND, {"name": "张三", "is_cadre": True, "branch": branch.id})
    wang = records.create(members.KIND, {"name": "王五", "status": "retired"})
    assert [m.id for m in list_members(search="zs")] == [zhang.id]
    assert [m.id for m in list_members(search="wangwu")] == [wang.id]
    assert [m.id for m in list_members(search="王")] == [wang.id]
    assert [m.id for m in list_members(branch_id=branch.id)] == [zhang.id]
    assert [m.id for m in list_cadres()] == [zhang.id]
    assert [m.id for m in list_members(status="retired")] == [wang.id]


def test_member_refusals(store, make, unchanged):
    gone = make.branch()
    records.delete(branches.KIND, gone.id)
    base = {"name": "赵六"}
    cases = [
        ({"name": ""}, "name", REQUIRED),
        ({"birth_date": "2024-06-16"}, "birth_date", FUTURE_DATE),
        ({"joined_on": "2030-01-01"}, "joined_on", FUTURE_DATE),
        ({"status_on": dt.date(2024, 7, 1)}, "status_on", FUTURE_DATE),
        ({"birth_date": "1990-02-30"}, "birth_date", BAD_DATE_OR_MONTH),
        ({"joined_on": "去年"}, "joined_on", BAD_DATE_OR_MONTH),
        ({"birth_date": "1990-01-01", "joined_on": "1989-12-31"}, "joined_on", BEFORE_BIRTH),
        ({"joined_on": "2010-07-01", "full_member_on": "2010-06-30"}, "full_member_on",
         BEFORE_JOINING),
        ({"birth_date": "2006-06-16"}, "birth_date", UNDER_AGE),  # 18 tomorrow
        ({"birth_date": "2006-07"}, "birth_date", UNDER_AGE),
        ({"birth_date": "1990-01-02", "joined_on": "2008-01-01"}, "joined_on", JOINED_UNDER_AGE),
        ({"birth_date": "1990-02", "joined_on": "2008-01"}, "joined_on", JOINED_UNDER_AGE),
        ({"gender": "X"}, "gender", BAD_CHOICE),
        ({"status": "fired"}, "status", BAD_CHOICE),
        ({"branch": "no-such-id"}, "branch", MISSING_REF),
        ({"branch": gone.id}, "branch", DELETED_REF),
    ]
    for extra, field, template in cases:
        assert_refused(unchanged, lambda e=extra: records.create(members.KIND, {**base, **e}),
                       field, template)
    row = make.member()
    assert_refused(unchanged, lambda: records.edit(members.KIND, row.id,
                                                   {"birth_date": "2099-1-1"}),
                   "birth_date", FUTURE_DATE)


def test_today_itself_is_not_the_future(store, pinned_today):
    assert records.create(members.KIND, {"name": "今日",
                                         "joined_on": pinned_today}).joined_on == pinned_today


def test_restoring_a_member_whose_branch_is_in_the_trash_is_refused(store, make, unchanged):
    branch = make.branch()
    member = make.member(branch=branch.id)
    records.delete(members.KIND, member.id)
    records.delete(branches.KIND, branch.id)
    error = assert_refused(unchanged, lambda: records.restore(members.KIND, member.id), "branch",
                           DELETED_REF)
    assert error.problems[0].field == "branch"
    records.restore(branches.KIND, branch.id)
    assert not records.restore(members.KIND, member.id).deleted


def test_a_name_is_found_under_every_reading_of_its_characters(store):
    from db.members import list_members

    zeng = records.create(members.KIND, {"name": "曾伟"})
    shan = records.create(members.KIND, {"name": "单雄"})
    for typed, expected in (("zw", zeng.id), ("cw", zeng.id), ("cengwei", zeng.id),
                            ("dx", shan.id), ("sx", shan.id), ("shanxiong", shan.id)):
        assert [m.id for m in list_members(search=typed)] == [expected], typed


def test_a_member_of_eighteen_who_joined_at_eighteen_is_accepted(store, pinned_today):
    row = records.create(members.KIND, {"name": "钱七", "birth_date": "2006-06-15"})
    assert row.birth_date == dt.date(2006, 6, 15)
    row = records.create(members.KIND, {"name": "孙八", "birth_date": "1990-01",
                                        "joined_on": "2008-01"})
    assert row.joined_on == dt.date(2008, 1, 1)


def test_eighteen_years_after_the_29th_of_february():
    assert years_after(dt.date(2004, 2, 29), 18) == dt.date(2022, 3, 1)
    assert years_after(dt.date(2004, 2, 29), 20) == dt.date(2024, 2, 29)
