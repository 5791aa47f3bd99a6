"""The months before the first visit on record are shown as "no records", not as 0 %: the heatmap
hatches them and says why, the trend leaves a gap that says so, the coverage page and the
dashboard print "—" and a sentence. The first visit of the `ids` fixture is on 2024-05-20, so
July 2023 … April 2024 hold no records; today is 2024-06-20."""
# ruff: noqa: F811 - `today` and `ids` are the coverage pages' fixtures, imported to be shared
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from db import members, records, visits, workareas
from db.periods import month_period
from desktop.pages.coverage import CoveragePage
from desktop.pages.dashboard import DashboardPage
from tests.desktop.pages.test_coverage_pages import ids, today  # noqa: F401 - the fixtures
from tests.desktop.pages.test_coverage_pictures import shown_page

D = dt.date


def test_the_heatmap_hatches_the_months_before_the_records(qtbot, context, ids):
    page = shown_page(qtbot, CoveragePage(context))
    model = page.heat_model
    assert [m.isoformat()[:7] for m in model.heatmap.months][:2] == ["2023-07", "2023-08"]
    never = next(r for r in range(model.rowCount())
                 if model.heatmap.rows[r].area_id == ids["never"])
    for column in range(10):  # July 2023 … April 2024
        index = model.index(never, column)
        assert model.data(index) == ""
        assert model.data(index, Qt.ItemDataRole.BackgroundRole).style() \
            == Qt.BrushStyle.BDiagPattern
    tip = model.data(model.index(never, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "2023-07: no records (they begin in 2024-05)"
    may = model.index(never, 10)  # records, and no visit to 西沟: a real miss
    assert model.data(may) == "0"
    assert model.data(may, Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.SolidPattern
    assert "0 visits" in model.data(may, Qt.ItemDataRole.ToolTipRole)


def test_the_trend_leaves_a_gap_that_says_why(qtbot, context, ids):
    page = shown_page(qtbot, CoveragePage(context))
    view = page.pictures.trend
    qtbot.waitUntil(lambda: bool(view.hits))  # painted
    tips = [tip for _rect, _id, tip in view.hits]
    assert "2023-07: no records yet" in tips and "2024-04: no records yet" in tips
    assert not any(t.startswith("2024-05") and "no records" in t for t in tips)
    assert [p.coverage_rate for p in view.points][:10] == [None] * 10


def test_a_month_before_the_records_shows_no_figure(qtbot, context, ids):
    page = shown_page(qtbot, CoveragePage(context))
    page.selector.set_period(month_period(D(2024, 4, 1)), emit=True)
    qtbot.waitUntil(lambda: not page.busy() and page.figures.period.start == D(2024, 4, 1))
    assert page.rate_card.value.text() == "—"
    assert page.rate_card.sentence.text() == (
        "No records for 2024-04: the first visit on record is on 2024-05-20, so there is "
        "nothing to count before it.")
    for card in (page.bias_card, page.gini_card, page.tail_card):
        assert card.value.text() == "—"
    assert page.area_model.rowCount() == 0 and page.cadre_model.rowCount() == 0


def test_the_dashboard_does_not_compare_with_a_month_before_the_records(qtbot, context):
    area = records.create(workareas.KIND, {"name": "东站", "access_tier": 1}).id
    records.create(workareas.KIND, {"name": "西沟", "access_tier": 3})
    cadre = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id
    for day in (D(2024, 6, 3), D(2024, 6, 10)):  # a new database: two visits this month
        records.create(visits.KIND, {"visited_on": day, "work_area": area,
                                     "participants": [cadre]})
    page = shown_page(qtbot, DashboardPage(context))
    assert page.rate_card.value.text() == "50%"
    assert page.rate_card.sentence.text() == (
        "1 of 2 work areas met their target; no records for last month.")
    points = page.pictures.trend.points
    assert [p.coverage_rate for p in points] == [None] * 11 + [0.5]
