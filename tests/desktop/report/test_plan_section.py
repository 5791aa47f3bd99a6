"""The monthly report's plan-against-actual section, read back from the PDF."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from db import clock, plans, records
from desktop.i18n import Translations
from desktop.report.render import monthly_pdf
from tests.db.helpers import Make


def plan(data: dict):
    return records.create(plans.KIND, data)

TODAY = dt.date(2024, 6, 20)
MAY = dt.date(2024, 5, 1)


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_report_says_what_the_plan_asked_and_what_was_done(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    make = Make()
    far = make.area(name="黑山道口工区", access_tier=3)
    near = make.area(name="东站线路工区", access_tier=1)
    zhang, li = make.cadre(name="张建国"), make.cadre(name="李红梅")
    plan({"month": MAY, "cadre": zhang.id, "work_area": far.id, "week": 2})
    plan({"month": MAY, "cadre": li.id, "work_area": near.id, "week": 1})
    dropped = plan({"month": MAY, "cadre": li.id, "work_area": far.id,
                                  "week": 4})
    plans.drop_entry(dropped.id, "汛期封路")
    make.visit(near, [li.id], visited_on="2024-05-06")
    english = _text(monthly_pdf(MAY))
    assert "Visit plan against actual" in english
    assert "3 visits were planned: 1 done, 1 not made in their week, 0 still to come, " \
           "1 dropped." in english
    assert "黑山道口工区 (Remote), 张建国, week 2" in english and "汛期封路" in english
    chinese = _text(monthly_pdf(MAY, Translations("zh_CN").tr))
    assert "走访计划执行情况" in chinese and "本月计划走访 3 次：完成 1 次" in chinese
    assert "Visit plan" not in chinese


def test_a_month_without_a_plan_says_so(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    assert "No visit plan was made for this month." in _text(monthly_pdf(MAY))


def test_window_cli_and_report_show_the_tallies_in_one_order(store, monkeypatch, qtbot):
    """Planned, done, open, late, dropped; remote tiers first, then the cadres — on the page,
    in `branch-desk plan` and on paper, so a secretary comparing them reads the same columns."""
    from PySide6.QtCore import QSettings

    from desktop.cli.plan import plan_table
    from desktop.context import AppContext
    from desktop.report.plan_section import PlanSection
    from desktop.widgets.plan_panel import PlanPanel
    from tests.desktop.scripted_dialogs import ScriptedDialogs

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    make = Make()
    far = make.area(name="黑山道口工区", access_tier=3)
    near = make.area(name="东站线路工区", access_tier=1)
    zhang = make.cadre(name="张建国")
    plan({"month": MAY, "cadre": zhang.id, "work_area": far.id, "week": 2})
    plan({"month": MAY, "cadre": zhang.id, "work_area": near.id, "week": 1})
    make.visit(near, [zhang.id], visited_on="2024-05-06")
    english = Translations("en").tr
    columns = ["Planned", "Done", "Open", "Late", "Dropped"]
    remote_first = [(["Remote", "1", "0", "0", "1", "0"]), (["Convenient", "1", "1", "0", "0",
                                                              "0"])]

    cli = [line.split() for line in plan_table(plans.month_plan(MAY), english).splitlines()]
    tiers = cli.index(["Plan", "against", "actual,", "per", "access", "tier:"])
    cadres = cli.index(["Plan", "against", "actual,", "per", "cadre:"])
    assert tiers < cadres
    assert cli[tiers + 1][-5:] == columns
    assert [r for r in cli[tiers:cadres] if r and r[0] in ("Remote", "Convenient")] \
        == remote_first

    section = next(f for f in PlanSection(MAY, english).flowables() if hasattr(f, "_cellvalues"))
    cells = [[getattr(v, "text", v) for v in row] for row in section._cellvalues]
    assert cells[0][1:] == columns and cells[1:3] == remote_first

    context = AppContext(store=store, settings=QSettings(), dialogs=ScriptedDialogs(), lang="en")
    panel = PlanPanel(context)
    qtbot.addWidget(panel)
    panel.show_plan(plans.month_plan(MAY))
    table = panel.tally
    assert [table.horizontalHeaderItem(c).text() for c in range(1, 6)] == columns
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(1, 3)]
    assert rows == remote_first


def test_the_tiers_and_the_cadres_are_two_tables_each_with_its_header(store, monkeypatch):
    """A depot's 40 cadres run onto the next page, where a table repeats its first row: the
    cadres' rows went on under "Access" when tiers and cadres were one table."""
    from desktop.report.plan_section import PlanSection

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    make = Make()
    area = make.area(name="黑山道口工区", access_tier=3)
    for n in range(45):
        plan({"month": MAY, "cadre": make.cadre(name=f"干部{n:02d}").id, "work_area": area.id,
              "week": 2})
    english = Translations("en").tr
    tables = [[[getattr(v, "text", v) for v in row] for row in f._cellvalues]
              for f in PlanSection(MAY, english).flowables() if hasattr(f, "_cellvalues")]
    assert [t[0][0] for t in tables] == ["Access", "Cadre"]
    assert [r[0] for r in tables[0][1:]] == ["Remote"]
    assert len(tables[1]) == 46 and "Access" not in [r[0] for r in tables[1]]
    assert all(t.repeatRows == 1 for t in PlanSection(MAY, english).flowables()
               if hasattr(t, "_cellvalues"))
