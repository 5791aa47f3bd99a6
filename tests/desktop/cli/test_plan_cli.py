"""`branch-desk plan` and `packet`: JSON states, a draft, a calendar that parses, PDF pages."""
from __future__ import annotations

import datetime as dt
import io
import json

import icalendar
import pytest
from pypdf import PdfReader

from db import assignments, clock, plans, records
from db.store import Store
from desktop.cli.entry import main
from tests.db.helpers import Make
from tests.desktop.report.test_monthly import fonts_of


def plan(data: dict):
    return records.create(plans.KIND, data)

TODAY = dt.date(2024, 6, 20)
PRIVATE = "他家里老人住院，心理压力很大"
PHONE = "13812345678"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """June 2024: a remote area with members, a concern and a private talk; three entries."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    folder = tmp_path / "data"
    with Store.open(folder):
        make = Make()
        far = make.area(name="黑山道口工区", access_tier=3, headcount=8, distance_km=42,
                        travel_minutes=150, line_section="京广线K1780")
        near = make.area(name="东站线路工区", access_tier=1)
        zhang = make.cadre(name="张建国", phone=PHONE)
        li = make.cadre(name="李红梅")
        worker = make.member(name="王铁柱", phone="13900001111", job_post="线路工")
        records.create(assignments.ASSIGNMENT, {"member": worker.id, "work_area": far.id,
                                                "start_on": "2020-01-01"})
        make.visit(far, [li], visited_on="2024-05-09", kind="talk", private=True,
                   summary=PRIVATE, talked_to=[worker.id])
        make.visit(far, [li], visited_on="2024-04-02", summary="检查防洪备料")
        wall = make.concern(far, zhang, raised_on="2024-06-01", description="工区围墙塌了")
        for cadre, area, week in ((zhang, far, 1), (li, near, 4), (zhang, near, 2)):
            plan({"month": "2024-06", "cadre": cadre.id, "work_area": area.id,
                                "week": week,
                                **({"purpose": "concern", "concern": wall.id} if area is far
                                   else {})})
        make.visit(near, [zhang], visited_on="2024-06-05")
    return folder


def run(folder, *args, lang="en") -> int:
    return main(["--data-dir", str(folder), "--lang", lang, *args])


def test_json_has_every_entry_with_its_state_and_the_tallies(folder, capsys):
    assert run(folder, "plan", "--month", "2024-06", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["month"] == "2024-06"
    got = {(e["cadre"], e["area"], e["week"]): (e["state"], e["visit_date"], e["tier"],
                                                e["purpose"]) for e in data["entries"]}
    assert got == {("张建国", "黑山道口工区", 1): ("late", None, 3, "concern"),
                   ("张建国", "东站线路工区", 2): ("done", "2024-06-05", 1, "routine"),
                   ("李红梅", "东站线路工区", 4): ("open", None, 1, "routine")}
    by_cadre = {c["cadre"]: c for c in data["by_cadre"]}
    assert {k: by_cadre["张建国"][k] for k in ("planned", "done", "late", "dropped")} == {
        "planned": 2, "done": 1, "late": 1, "dropped": 0}
    assert [(t["tier"], t["planned"], t["done"]) for t in data["by_tier"]] == [(1, 2, 1),
                                                                               (3, 1, 0)]


def test_fill_is_refused_on_a_month_with_entries_unless_replaced(folder, capsys):
    assert run(folder, "plan", "--month", "2024-06", "--fill") == 2
    assert "already has 3 entries" in capsys.readouterr().err
    assert run(folder, "plan", "--month", "2024-07", "--fill") == 0
    out = capsys.readouterr().out
    assert "Visit plan 2024-07" in out and "黑山道口工区" in out


def test_ics_holds_one_event_per_entry_and_parses_back(folder, tmp_path, capsys):
    out = tmp_path / "all.ics"
    assert run(folder, "plan", "--month", "2024-06", "--ics", str(out)) == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 3
    first = next(e for e in events if str(e["location"]) == "黑山道口工区")
    assert first.decoded("dtstart") == dt.date(2024, 6, 1)
    assert first.decoded("dtend") == dt.date(2024, 6, 8)  # week 1, all day, end exclusive
    assert "张建国" in str(first["description"]) and "http" not in str(first["description"])
    mine = tmp_path / "li.ics"
    assert run(folder, "plan", "--month", "2024-06", "--ics", str(mine), "--cadre", "李红梅",
               lang="zh_CN") == 0
    events = list(icalendar.Calendar.from_ical(mine.read_bytes()).walk("VEVENT"))
    assert [str(e["location"]) for e in events] == ["东站线路工区"]
    assert "走访" in str(events[0]["summary"])


def test_an_unknown_cadre_is_one_clear_line(folder, tmp_path, capsys):
    assert run(folder, "plan", "--month", "2024-06", "--ics", str(tmp_path / "x.ics"),
               "--cadre", "无名") == 2
    assert capsys.readouterr().err.strip() == "branch-desk: No cadre is named “无名”."


def test_cadre_narrows_the_table_and_the_json_too(folder, capsys):
    """--cadre was read only with --ics: the table and JSON silently showed everyone's."""
    assert run(folder, "plan", "--month", "2024-06", "--cadre", "zjg", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted((e["cadre"], e["area"]) for e in data["entries"]) == [
        ("张建国", "东站线路工区"), ("张建国", "黑山道口工区")]
    assert [c["cadre"] for c in data["by_cadre"]] == ["张建国"]
    assert data["total"]["planned"] == 2
    assert run(folder, "plan", "--month", "2024-06", "--cadre", "李红梅") == 0
    table = capsys.readouterr().out
    assert "李红梅" in table and "张建国" not in table


def test_an_unknown_cadre_with_fill_changes_nothing(folder, capsys):
    """The draft was made (and kept) before the cadre was looked up and refused."""
    from tests.desktop.cli.test_mistakes import state

    before = state(folder)
    assert run(folder, "plan", "--month", "2024-07", "--fill", "--cadre", "无名") == 2
    assert capsys.readouterr().err.strip() == "branch-desk: No cadre is named “无名”."
    assert state(folder) == before


def _pages(path):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return reader, [page.extract_text() for page in reader.pages]


def test_the_area_packet_names_concerns_and_members_and_hides_private_and_phones(
        folder, tmp_path, capsys):
    out = tmp_path / "far.pdf"
    assert run(folder, "packet", "--area", "黑山道口工区", "--out", str(out),
               lang="zh_CN") == 0
    reader, texts = _pages(out)
    assert len(texts) == 1
    text = texts[0]
    assert "黑山道口工区" in text and "工区围墙塌了" in text and "王铁柱" in text
    assert "2024-05-09" in text  # the worker's last talk, and the visit's date
    assert "检查防洪备料" in text  # a non-private summary
    assert PRIVATE not in text and PHONE not in text and "13900001111" not in text
    assert "内部资料 注意保密" in text
    fonts = fonts_of(reader)
    assert fonts and all(fonts.values()) and all("WenQuanYi" in f for f in fonts)
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=0.5)


def test_phones_only_when_asked(folder, tmp_path, capsys):
    out = tmp_path / "far.pdf"
    assert run(folder, "packet", "--area", "黑山道口工区", "--out", str(out),
               "--with-phones") == 0
    assert "13900001111" in _pages(out)[1][0]


def test_a_cadre_month_is_a_page_per_planned_area(folder, tmp_path, capsys):
    out = tmp_path / "zhang.pdf"
    assert run(folder, "packet", "--month", "2024-06", "--cadre", "张建国", "--out",
               str(out)) == 0
    _reader, texts = _pages(out)
    assert len(texts) == 2
    assert "黑山道口工区" in texts[0] and "东站线路工区" in texts[1]
    assert "Follow-up of the concern: 工区围墙塌了" in texts[0]
    assert all("Internal material" in t for t in texts)
    assert run(folder, "packet", "--area", "黑山道口工区", "--cadre", "张建国") == 2
    assert "--area NAME" in capsys.readouterr().err


def test_an_entry_on_a_day_keeps_its_week_in_json_and_is_that_day_in_the_calendar(
        folder, tmp_path, capsys):
    with Store.open(folder):
        from db.plans import find_area, find_cadre

        plan({"month": "2024-06", "cadre": find_cadre("李红梅")[0].id,
              "work_area": find_area("黑山道口工区").id, "planned_on": "2024-06-26"})
    assert run(folder, "plan", "--month", "2024-06", "--json") == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    dated = [(e["week"], e["date"]) for e in entries if e["date"]]
    assert dated == [(4, "2024-06-26")] and all("date" in e for e in entries)
    assert {e["date"] for e in entries if e["area"] == "东站线路工区"} == {None}
    out = tmp_path / "li.ics"
    assert run(folder, "plan", "--month", "2024-06", "--ics", str(out), "--cadre", "李红梅") == 0
    [day] = [e for e in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
             if str(e["location"]) == "黑山道口工区"]
    assert (day.decoded("dtstart"), day.decoded("dtend")) == (dt.date(2024, 6, 26),
                                                              dt.date(2024, 6, 27))
    assert "2024-06-26" in str(day["description"])


def test_the_states_are_named_as_the_tally_headers_are(folder, capsys):
    """English: a state reads "Open", capitalised as the tallies' "Open" column; Chinese keeps
    its state names (已完成, 已取消), which are not the tally headers' (完成, 取消)."""
    assert run(folder, "plan", "--month", "2024-06") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[-2] for line in lines[2:5]] == ["Late", "Done", "Open"]
    assert lines[7].split()[1:] == ["Planned", "Done", "Open", "Late", "Dropped"]
    assert run(folder, "plan", "--month", "2024-06", lang="zh_CN") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[-2] for line in lines[2:5]] == ["逾期", "已完成", "待走访"]
    assert lines[7].split()[1:] == ["计划", "完成", "待走访", "逾期", "取消"]


def test_one_entry_and_one_event_are_counted_in_the_singular(folder, tmp_path, capsys):
    assert run(folder, "plan", "--month", "2024-06", "--cadre", "李红梅") == 0
    assert capsys.readouterr().out.startswith("Visit plan 2024-06 (as of 2024-06-20): 1 entry\n")
    out = tmp_path / "li.ics"
    assert run(folder, "plan", "--month", "2024-06", "--ics", str(out), "--cadre", "李红梅") == 0
    assert capsys.readouterr().out == f"1 event written to {out}\n"
    assert run(folder, "plan", "--month", "2024-06", "--cadre", "李红梅", lang="zh_CN") == 0
    assert capsys.readouterr().out.startswith("2024-06 走访计划（截至 2024-06-20）：共 1 条\n")
