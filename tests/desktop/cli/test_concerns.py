"""`branch-desk concerns`: the month's figures and its concerns, as JSON and as a table."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from db import concerns, records
from db.concerns import flow
from db.store import Store
from desktop.cli.entry import main
from tests.db.concerns.helpers import area, cadre, concern, pin_today

D = dt.date


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """May 2024 (today 06-10): one resolved, one explained, one overdue, one deleted, one later."""
    pin_today(monkeypatch, D(2024, 6, 10))
    path = tmp_path / "data"
    with Store.open(path):
        shiling, wang = area("石岭工区"), cadre("王建国")
        a = concern(shiling, wang, D(2024, 5, 2), description="热水器坏了")
        flow.resolve(a.id, "已更换", feedback_on=D(2024, 5, 9), closed_on=D(2024, 5, 8))
        b = concern(shiling, wang, D(2024, 5, 3), description="想调回家附近工区")
        flow.explain(b.id, "编制已满，已当面说明", D(2024, 5, 30))
        c = concern(shiling, wang, D(2024, 5, 6), description="工具房漏雨")
        flow.start(c.id, "已报修")
        records.delete(concerns.KIND, concern(shiling, wang, D(2024, 5, 7)).id)
        concern(shiling, wang, D(2024, 6, 2), description="六月的诉求")
    return path


def run_json(folder, capsys, *args):
    assert main(["--data-dir", str(folder), "concerns", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_month_json(folder, capsys):
    out = run_json(folder, capsys, "--month", "2024-05")
    assert {k: out[k] for k in ("raised", "resolved", "explained", "open", "overdue",
                                "median_days_to_close")} == {
        "raised": 3, "resolved": 1, "explained": 1, "open": 1, "overdue": 1,
        "median_days_to_close": 16.5}  # 6 and 27 days
    assert [i["status"] for i in out["items"]] == ["resolved", "explained", "in_progress"]
    resolved, explained, started = out["items"]
    assert {k: resolved[k] for k in ("raised_on", "area", "owner", "due", "response",
                                     "feedback_date")} == {
        "raised_on": "2024-05-02", "area": "石岭工区", "owner": "王建国", "due": "2024-05-17",
        "response": "已更换", "feedback_date": "2024-05-09"}
    assert explained["feedback_date"] == "2024-05-30"
    assert started["overdue"] is True and started["response"] == ""


def test_filters_narrow_the_items_not_the_figures(folder, capsys):
    out = run_json(folder, capsys, "--month", "2024-05", "--status", "resolved", "explained")
    assert [i["description"] for i in out["items"]] == ["热水器坏了", "想调回家附近工区"]
    assert out["raised"] == 3
    out = run_json(folder, capsys, "--month", "2024-05", "--overdue")
    assert [i["description"] for i in out["items"]] == ["工具房漏雨"]


def test_default_month_is_this_month(folder, capsys):
    out = run_json(folder, capsys)
    assert out["month"] == "2024-06" and out["as_of"] == "2024-06-10"
    assert out["raised"] == 1
    assert [i["description"] for i in out["items"]] == ["工具房漏雨", "六月的诉求"]


def test_table(folder, capsys):
    assert main(["--data-dir", str(folder), "concerns", "--month", "2024-05", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "raised 3  resolved 1  explained 1  open 1  overdue 1" in text
    assert "median days to close 16.5  closed within policy 50%" in text
    lines = text.splitlines()
    overdue_line = next(line for line in lines if "工具房漏雨" in line)
    assert "In progress" in overdue_line and "yes" in overdue_line
    assert lines[-1] == "(3 concerns)"


@pytest.mark.parametrize("month", ["2024-13", "May", "2024-05-03"])
def test_bad_month_is_a_user_error(folder, capsys, month):
    assert main(["--data-dir", str(folder), "--lang", "en", "concerns", "--month", month]) == 2
    err = capsys.readouterr().err
    assert f"“{month}” is not a month like 2024-05." in err
    assert "Traceback" not in err
