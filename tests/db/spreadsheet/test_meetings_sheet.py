"""The 组织生活 sheet: a register read in (attendance as names, absentees with reasons), and
meetings through export → import unchanged."""
from __future__ import annotations

import datetime as dt

import openpyxl

from db import branches, meetings, members, records
from db.models import Meeting
from db.spreadsheet import commit_import, export_workbook, preview_import
from db.store import Store
from tests.db.spreadsheet.conftest import snapshot

D = dt.date


def _people():
    branch = records.create(branches.KIND, {"name": "第一支部"})
    ids = [records.create(members.KIND, {"name": n, "branch": branch.id,
                                            "joined_on": D(2010, 1, 1)}).id
           for n in ("王建国", "李明", "赵强", "孙丽")]
    return branch, ids


def test_a_register_sheet_is_read_as_registers_are_kept(store, make_book):
    branch, (wang, li, zhao, sun) = _people()
    path = make_book({"三会一课登记": [
        ["会议日期", "支部", "会议类型", "主持人", "出席人员", "缺席人员及原因", "会议内容",
         "赞成", "反对", "弃权"],
        ["2025.3.4", "第一支部", "支部党员大会", "王建国", "王建国、李明、赵强",
         "孙丽（病假）", "讨论发展对象", 3, 0, 0],
        ["2025年2月10日", "党总支", "党总支委员会", "王建国", "王建国、李明", "", "", None, None,
         None],
        ["2025-02-20", "第一支部", "主题党日", "", "王建国、李明", "赵强（出差）、孙丽(倒班)", "",
         None, None, None],
    ]})
    result = commit_import(path)
    assert not result.has_errors, result.problems
    assembly = Meeting.get(Meeting.kind == "branch_assembly")
    assert (assembly.branch_id, assembly.chair_id, assembly.votes_for, assembly.source) == (
        branch.id, wang, 3, "import")
    marks = {e["member"]: (e["present"], e["reason"])
             for e in meetings.attendance_entries(assembly.id)}
    assert marks == {wang: (True, None), li: (True, None), zhao: (True, None),
                     sun: (False, "sick")}
    general = Meeting.get(Meeting.kind == "general_committee")
    assert general.branch_id is None and general.held_on == D(2025, 2, 10)
    theme = Meeting.get(Meeting.kind == "theme_day")
    reasons = {e["member"]: e["reason"] for e in meetings.attendance_entries(theme.id)}
    assert reasons == {wang: None, li: None, zhao: "official", sun: "shift"}
    # The register brought again: every meeting found by day, branch (the general branch's own
    # too) and kind, and nothing written; with updating, every one unchanged.
    before = snapshot(store)
    assert {r.action for r in commit_import(path).rows} == {"skip"}
    assert {r.action for r in commit_import(path, existing="update").rows} == {"unchanged"}
    assert snapshot(store) == before


def test_an_absentee_without_a_reason_or_an_unknown_branch_is_a_problem(store, make_book):
    _people()
    path = make_book({"组织生活": [
        ["会议日期", "党支部", "会议类型", "出席", "缺席（原因）"],
        ["2025-03-04", "第一支部", "主题党日", "王建国", "李明"],
        ["2025-03-05", "第九支部", "主题党日", "王建国", ""],
        ["2025-03-06", "第一支部", "主题党日", "王建国", "赵强（不想来）"],
    ]})
    preview = preview_import(path)
    by_row = {p.row: p for p in preview.problems}
    assert by_row[2].template == meetings.ABSENT_NO_REASON and by_row[2].column == "缺席（原因）"
    assert by_row[3].template == "There is no branch named “{name}”." and by_row[3].column == (
        "党支部")
    assert by_row[4].params == {"value": "不想来"}
    assert Meeting.select().count() == 0


def test_meetings_go_through_export_and_import_unchanged(store, tmp_path):
    branch, (wang, li, zhao, sun) = _people()
    records.create(meetings.KIND, {
        "branch": branch.id, "kind": "branch_assembly", "held_on": D(2025, 3, 4),
        "start_time": "14:30", "place": "车间党员活动室", "topics": "讨论发展对象",
        "chair": wang, "recorder": li, "minutes": "会议讨论了发展对象。", "decisions": "同意",
        "votes_for": 3, "votes_against": 0, "votes_abstain": 0, "guests": "车间主任",
        "attendance": [{"member": wang}, {"member": li}, {"member": zhao},
                       {"member": sun, "present": False, "reason": "sick"}]})
    records.create(meetings.KIND, {
        "branch": None, "kind": "party_lecture", "held_on": D(2025, 2, 1),
                             "lecturer": "王建国", "lecture_title": "党章学习",
                             "attendance": [{"member": wang}, {"member": li},
                                            {"member": zhao, "present": False,
                                             "reason": "unexcused"}]})
    first = tmp_path / "first.xlsx"
    assert export_workbook(first)["组织生活"] == 2
    sheet = openpyxl.load_workbook(first)["组织生活"]
    rows = [dict(zip([c.value for c in sheet[1]], [c.value for c in r], strict=True))
            for r in sheet.iter_rows(min_row=2)]
    assembly = next(r for r in rows if r["会议类型"] == "支部党员大会")
    assert assembly["出席"] == "李明、王建国、赵强" and assembly["缺席（原因）"] == "孙丽（病假）"
    assert next(r for r in rows if r["会议类型"] == "党课")["党支部"] == "党总支"
    store.close()
    with Store.open(tmp_path / "empty"):
        assert not commit_import(first).has_errors
        second = tmp_path / "second.xlsx"
        export_workbook(second)
        assert {r.action for r in commit_import(second).rows} == {"skip"}

    def values(path):
        return [[c.value for c in r] for r in openpyxl.load_workbook(path)["组织生活"].iter_rows()]

    assert values(first) == values(second)


def test_an_unknown_attendee_is_the_one_problem_of_a_vote_meeting(store, make_book):
    """An unresolved name leaves the present count unknown: the votes are not also said to be
    more than those present (3 votes, 2 names found of 3 present); a vote larger than a fully
    known attendance still is."""
    _people()
    path = make_book({"组织生活": [
        ["会议日期", "党支部", "会议类型", "出席", "缺席（原因）", "赞成", "反对", "弃权"],
        ["2025-03-04", "第一支部", "支部党员大会", "王建国、李明、周小平", "孙丽（病假）", 3, 0, 0],
        ["2025-03-05", "第一支部", "支部党员大会", "王建国、李明", "孙丽（病假）", 3, 0, 0],
    ]})
    preview = preview_import(path)
    by_row: dict[int, list] = {}
    for p in preview.problems:
        by_row.setdefault(p.row, []).append(p)
    assert [(p.column, p.params.get("name")) for p in by_row[2]] == [("出席", "周小平")]
    assert [(p.template, p.params) for p in by_row[3]] == [
        (meetings.VOTES_OVER_PRESENT, {"votes": 3, "present": 2})]
    assert Meeting.select().count() == 0
