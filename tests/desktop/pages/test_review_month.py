"""One rule for the month the window opens on to look back (db.periods.review_month): in a
month's first ten days (上旬, when last month's report is due) the month just ended, later the
running one. The coverage page (its plan tab with it) and the monthly report agree on it; the
dashboard stays on the running month it is titled with."""
from __future__ import annotations

import datetime as dt

import pytest

from db import members, records, visits, workareas
from db.periods import REVIEW_DAYS, month_period, review_month
from desktop.pages.coverage import CoveragePage
from desktop.pages.dashboard import DashboardPage
from desktop.pages.report import ReportPage

D = dt.date


def test_the_rule():
    assert REVIEW_DAYS == 10
    assert review_month(D(2024, 7, 1)) == month_period(D(2024, 6, 1))
    assert review_month(D(2024, 7, 10)) == month_period(D(2024, 6, 1))
    assert review_month(D(2024, 7, 11)) == month_period(D(2024, 7, 1))
    assert review_month(D(2024, 7, 31)) == month_period(D(2024, 7, 1))
    assert review_month(D(2024, 1, 1)) == month_period(D(2023, 12, 1))   # over the year's end


@pytest.fixture
def june_visit(context):
    area = records.create(workareas.KIND, {"name": "东站", "access_tier": 1}).id
    cadre = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id
    records.create(visits.KIND, {"visited_on": D(2024, 6, 20), "work_area": area,
                                 "participants": [cadre]})


@pytest.mark.parametrize(("today", "month"), [(D(2024, 7, 1), D(2024, 6, 1)),
                                               (D(2024, 7, 15), D(2024, 7, 1))])
def test_coverage_and_report_open_on_the_same_month(qtbot, context, june_visit, today, month):
    coverage = CoveragePage(context)
    qtbot.addWidget(coverage)
    qtbot.waitUntil(lambda: not coverage.busy())
    assert coverage.selector.period() == month_period(month)
    assert coverage.figures.period == month_period(month)
    assert coverage.plan_panel.month == month                  # its plan tab: the same month
    # on the 1st the month just ended shows its visit, not an empty new month
    assert coverage.area_model.rowCount() == 1
    visits_shown = coverage.area_model.data(coverage.area_model.index(0, [
        c.key for c in coverage.area_model.columns].index("visits")))
    assert visits_shown == ("1" if month.month == 6 else "0")

    report = ReportPage(context)
    qtbot.addWidget(report)
    qtbot.waitUntil(lambda: report.pdf_bytes is not None, timeout=20000)
    assert report.selected_month() == month

    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: not dashboard.busy())
    assert "2024-07" in dashboard.title.text()                  # "this month at a glance"
