"""`branch-desk meetings`: quotas, meetings with signals and members without contact, as JSON
(the keys README documents) and as a table in either language."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from db import branches, meetings, members, records
from db.store import Store
from desktop.cli.entry import main


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Today 2024-06-15. 第一支部 (three members): a theme day in May with one absent, entered
    45 days late; a committee in May; nothing in June."""
    monkeypatch.setattr("db.clock.today", lambda: dt.date(2024, 6, 15))
    monkeypatch.setattr("db.clock.now", lambda: dt.datetime(2024, 6, 14, 9, 0))
    path = tmp_path / "data"
    with Store.open(path):
        branch = records.create(branches.KIND, {"name": "第一支部"})
        ids = [records.create(members.KIND, {"name": n, "branch": branch.id,
                                                "joined_on": "2010-01-01",
                                      "category": "full"}).id for n in ("王建国", "李明", "赵强")]
        records.create(meetings.KIND, {
            "branch": branch.id, "kind": "theme_day", "held_on": "2024-04-30",
                                 "attendance": [{"member": ids[0]}, {"member": ids[1]},
                                                {"member": ids[2], "present": False,
                                                 "reason": "shift"}]})
    return path


def run(capsys, folder, *argv):
    code = main(["--data-dir", str(folder), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_keys_and_numbers(capsys, folder):
    code, out, _ = run(capsys, folder, "--lang", "en", "meetings", "--month", "2024-04",
                       "--json")
    data = json.loads(out)
    assert code == 0 and data["period"] == {"start": "2024-04-01", "end": "2024-04-30",
                                            "kind": "month"}
    branch = next(b for b in data["branches"] if b["name"] == "第一支部")
    theme = next(q for q in branch["quotas"] if q["kind"] == "theme_day")
    assert {k: theme[k] for k in ("kind", "required", "held", "met")} == {
        "kind": "theme_day", "required": 1, "held": 1, "met": True}
    assert [b["name"] for b in data["branches"]] == ["General branch", "第一支部"]
    [meeting] = data["meetings"]
    assert {k: meeting[k] for k in ("date", "branch", "kind", "present", "expected")} == {
        "date": "2024-04-30", "branch": "第一支部", "kind": "theme_day", "present": 2,
        "expected": 3}
    assert meeting["signals"] == ["Entered 45 days after it was held (on 2024-06-14)."]
    # as of the month's end: 赵强, absent on 04-30, has no contact on record
    assert data["no_contact"] == [{"name": "赵强", "branch": "第一支部", "last_contact": None,
                                   "months": None}]


def test_a_quarter_and_contact(capsys, folder):
    code, out, _ = run(capsys, folder, "meetings", "--quarter", "2024-Q3", "--json")
    data = json.loads(out)
    assert code == 0 and data["period"]["start"] == "2024-07-01"


def test_no_contact_lists_members_by_months(capsys, folder, monkeypatch):
    monkeypatch.setattr("db.clock.today", lambda: dt.date(2024, 11, 15))
    code, out, _ = run(capsys, folder, "meetings", "--json", "--branch", "第一支部")
    data = json.loads(out)
    assert [b["name"] for b in data["branches"]] == ["第一支部"]
    assert data["no_contact"] == [
        {"name": "赵强", "branch": "第一支部", "last_contact": None, "months": None},
        {"name": "李明", "branch": "第一支部", "last_contact": "2024-04-30", "months": 6},
        {"name": "王建国", "branch": "第一支部", "last_contact": "2024-04-30", "months": 6}]


def test_table_in_chinese_has_no_english(capsys, folder):
    code, out, _ = run(capsys, folder, "meetings", "--month", "2024-04")
    assert code == 0 and "主题党日" in out and "会后45天才录入" in out
    assert not re.search(r"[A-Za-z]{2,}", out), out


def test_table_in_english_has_no_chinese_but_names(capsys, folder):
    code, out, _ = run(capsys, folder, "--lang", "en", "meetings", "--month", "2024-04")
    text = out.replace("第一支部", "").replace("赵强", "")
    assert code == 0 and "Theme party day" in text and not re.search(r"[\u4e00-\u9fff]", text)


@pytest.mark.parametrize("argv, message", [
    (["--quarter", "2024-Q5"], "“2024-Q5” is not a quarter like 2024-Q2."),
    (["--year", "24"], "“24” is not a year like 2024."),
    (["--month", "2024-05", "--year", "2024"], "Give one of --month, --quarter and --year."),
    (["--branch", "第九支部"], "There is no branch named “第九支部”."),
])
def test_mistakes_are_told_plainly(capsys, folder, argv, message):
    code, out, err = run(capsys, folder, "--lang", "en", "meetings", *argv)
    assert code == 2 and out == "" and err.strip() == f"branch-desk: {message}"
