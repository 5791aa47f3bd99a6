"""The 补课 and 支委 sheets: registers read as they are kept (header variants, a make-up naming
its meeting by day, branch and kind, 党总支 for the general committee), their refusals placed at
their column with nothing written, and meetings, attendance, make-ups and seats through export →
import into a fresh folder unchanged."""
from __future__ import annotations

import datetime as dt

import openpyxl

from db import branches, demo, meetings, members, records
from db.models import CommitteeMember, MakeUp, Meeting, MeetingAttendee
from db.spreadsheet import commit_import, export_workbook, preview_import
from db.spreadsheet.life_sheets import NO_MEETING
from db.store import Store
from tests.db.spreadsheet.conftest import snapshot

D = dt.date
TABLES = (Meeting, MeetingAttendee, MakeUp, CommitteeMember)


def _people():
    branch = records.create(branches.KIND, {"name": "第一支部"})
    other = records.create(branches.KIND, {"name": "第二支部"})
    ids = [records.create(members.KIND, {"name": n, "branch": branch.id,
                                            "joined_on": D(2010, 1, 1)}).id
           for n in ("王建国", "李明", "赵强")]
    ids.append(records.create(members.KIND, {"name": "钱进", "branch": other.id,
                                             "joined_on": D(2010, 1, 1)}).id)
    return branch, other, ids


def life_snapshot() -> dict:
    """Every live row of the four tables by id, as the record layer holds it — but a meeting's
    `source`, which an import sets to "import" by design (the late-entry signal spares it)."""
    out = {}
    for model in TABLES:
        rows = {}
        for row in model.select().where(~model.deleted):
            content = records.content_of(row)
            content.pop("source", None)
            rows[row.id] = content
        out[model._meta.table_name] = rows
    return out


def test_registers_of_make_ups_and_committee_seats_are_read(store, make_book):
    branch, _other, (wang, li, zhao, qian) = _people()
    path = make_book({
        "组织生活": [["会议日期", "党支部", "会议类型", "出席", "缺席（原因）"],
                 ["2025-03-04", "第一支部", "主题党日", "王建国、李明", "赵强（倒班）"]],
        "补课登记": [["缺席党员", "所缺会议日期", "支部", "所缺会议", "补课时间", "补课形式",
                  "辅导人"],
                 ["赵强", "2025.3.4", "第一支部", "主题党日活动", "2025年3月8日", "个别补课",
                  "王建国"]],
        "支委名单": [["支部", "委员姓名", "分工", "当选日期", "离任日期"],
                 ["第一支部", "王建国", "书记", "2023-01-01", ""],
                 ["第一支部", "李明", "组织委员", "2023-01-01", "2024-12-31"],
                 ["党总支", "钱进", "纪检委员", "2024-01-01", ""]],
    })
    result = commit_import(path)
    assert not result.has_errors, result.problems
    theme = Meeting.get()
    made = MakeUp.get()
    assert (made.meeting_id, made.member_id, made.made_up_on, made.how, made.by_id) == (
        theme.id, zhao, D(2025, 3, 8), "个别补课", wang)
    seats = {(s.branch_id, s.member_id, s.role, s.start_on, s.end_on)
             for s in CommitteeMember.select()}
    assert seats == {(branch.id, wang, "书记", D(2023, 1, 1), None),
                     (branch.id, li, "组织委员", D(2023, 1, 1), D(2024, 12, 31)),
                     (None, qian, "纪检委员", D(2024, 1, 1), None)}
    assert meetings.expected_ids(None, "general_committee", D(2025, 3, 1)) == [qian]


def test_refused_rows_are_placed_at_their_column_and_nothing_is_written(store, make_book):
    _people()
    before = snapshot(store)
    path = make_book({
        "补课": [["会议日期", "党支部", "会议类型", "补课党员", "补课日期"],
               ["2025-03-04", "第一支部", "主题党日", "赵强", "2025-03-08"],
               ["2025-03-04", "第九支部", "主题党日", "赵强", "2025-03-08"]],
        "支委": [["党支部", "姓名", "职务", "任职日期", "卸任日期"],
               ["第一支部", "钱进", "宣传委员", "2024-01-01", ""],
               ["第一支部", "李明", "组织委员", "2024-01-01", "2023-12-31"]],
    })
    preview = preview_import(path)
    found = {(p.sheet, p.row, p.column, p.template) for p in preview.problems}
    assert ("补课", 2, "会议日期", NO_MEETING) in found
    assert ("补课", 3, "党支部", "There is no branch named “{name}”.") in found
    assert ("支委", 2, "姓名", meetings.NOT_IN_BRANCH) in found
    assert ("支委", 3, "卸任日期", "The end date is before the start date.") in found
    message = next(p for p in preview.problems if p.template == NO_MEETING).message
    assert message == "No 主题党日 of 第一支部 on 2025-03-04 is recorded."
    assert snapshot(store) == before


def test_meetings_make_ups_and_seats_go_through_export_and_import_unchanged(store, tmp_path):
    branch, _other, (wang, li, zhao, qian) = _people()
    records.create(meetings.COMMITTEE_KIND, {"branch": branch.id, "member": wang,
                                             "role": "书记", "start_on": "2023-01-01"})
    records.create(meetings.COMMITTEE_KIND, {"branch": branch.id, "member": li,
                                             "role": "组织委员", "start_on": "2023-01-01",
                                             "end_on": "2024-12-31"})
    records.create(meetings.COMMITTEE_KIND, {"branch": None, "member": qian,
                                             "role": "委员", "start_on": "2024-01-01"})
    theme = records.create(meetings.KIND, {
        "branch": branch.id, "kind": "theme_day", "held_on": D(2025, 3, 4),
        "attendance": [{"member": wang}, {"member": li},
                       {"member": zhao, "present": False, "reason": "shift"}]})
    general = records.create(meetings.KIND, {
        "branch": None, "kind": "general_committee", "held_on": D(2025, 3, 4),
        "attendance": [{"member": qian, "present": False, "reason": "official"}]})
    records.create(meetings.MAKE_UP_KIND, {"meeting": theme.id, "member": zhao,
                                           "made_up_on": "2025-03-08", "how": "个别补课",
                                           "by": wang})
    records.create(meetings.MAKE_UP_KIND, {"meeting": general.id, "member": qian,
                                           "made_up_on": "2025-03-10"})
    before = life_snapshot()
    first = tmp_path / "first.xlsx"
    counts = export_workbook(first)
    assert (counts["补课"], counts["支委"]) == (2, 3)
    sheet = openpyxl.load_workbook(first)["补课"]
    header = [c.value for c in sheet[1]]
    assert header == ["会议日期", "党支部", "会议类型", "会议ID", "补课党员", "补课日期",
                      "补课方式", "补课负责人", "ID"]
    store.close()
    with Store.open(tmp_path / "fresh"):
        assert not commit_import(first).has_errors
        assert life_snapshot() == before
        second = tmp_path / "second.xlsx"
        export_workbook(second)
        assert {r.action for r in commit_import(second).rows} == {"skip"}

    def values(path, title):
        return [[c.value for c in r] for r in openpyxl.load_workbook(path)[title].iter_rows()]

    for title in ("组织生活", "补课", "支委"):
        assert values(first, title) == values(second, title), title


def test_a_make_up_without_its_meetings_identity_is_found_by_day_branch_and_kind(
        store, tmp_path):
    """A copy of the export whose identities were cleared (a register typed from it) still
    finds each make-up's meeting."""
    branch, _other, (wang, li, zhao, _qian) = _people()
    theme = records.create(meetings.KIND, {
        "branch": branch.id, "kind": "theme_day", "held_on": D(2025, 3, 4),
        "attendance": [{"member": wang}, {"member": zhao, "present": False,
                                          "reason": "sick"}]})
    records.create(meetings.MAKE_UP_KIND, {"meeting": theme.id, "member": zhao,
                                           "made_up_on": "2025-03-08"})
    path = tmp_path / "book.xlsx"
    export_workbook(path)
    book = openpyxl.load_workbook(path)
    sheet = book["补课"]
    header = [c.value for c in sheet[1]]
    for column in (header.index("会议ID") + 1, header.index("ID") + 1):
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row, column).value = None
    book.save(path)
    records.delete(meetings.MAKE_UP_KIND, MakeUp.get().id)
    result = commit_import(path, existing="skip")
    assert not result.has_errors, result.problems
    again = MakeUp.select().where(~MakeUp.deleted).get()
    assert (again.meeting_id, again.member_id) == (theme.id, zhao)


def test_the_small_demo_keeps_its_organisation_life_through_the_workbook(tmp_path):
    today = D(2025, 3, 15)
    with Store.open(tmp_path / "office"):
        demo.build("small", seed=1, today=today)
        before = life_snapshot()
        export_workbook(tmp_path / "all.xlsx")
    assert all(before[m._meta.table_name] for m in TABLES)
    with Store.open(tmp_path / "fresh"):
        result = commit_import(tmp_path / "all.xlsx")
        assert result.committed and not result.problems
        assert life_snapshot() == before
