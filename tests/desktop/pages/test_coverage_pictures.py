"""The pictures on the coverage page and the dashboard: drawn from the same db figures as the
report, a mark's tooltip names the area, its tier, last visit and days since; a click opens its
visits."""
# ruff: noqa: F811 - `today` and `ids` are the coverage pages' fixtures, imported to be shared
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from db import records, workareas
from db.coverage import compute_coverage, month_at_a_glance, pictures
from db.periods import month_period
from desktop.pages.coverage import CoveragePage
from desktop.pages.dashboard import DashboardPage
from tests.desktop.pages.test_coverage_pages import Window, ids, today  # noqa: F401 - the fixtures

JUNE = month_period(dt.date(2024, 6, 1))




def shown_page(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.busy())
    return page


def test_the_dashboard_shows_the_month_s_pictures_from_the_db_figures(qtbot, context, ids):
    page = DashboardPage(context)
    with qtbot.waitSignal(page.figures_shown):
        shown_page(qtbot, page)
    expected = pictures(month_at_a_glance().month)
    assert page.pictures.pictures == expected
    assert [m.name for m in page.pictures.line.diagram.marks] == ["东站", "北岭", "西沟"]


def test_the_coverage_page_follows_its_period(qtbot, context, ids):
    page = shown_page(qtbot, CoveragePage(context))
    assert page.pictures.pictures == pictures(compute_coverage(JUNE))
    page.selector.previous.click()  # May
    qtbot.waitUntil(lambda: not page.busy())
    may = page.pictures.pictures
    assert may.trend[-1].month == dt.date(2024, 5, 1)
    assert {b.tier: b.visits for b in may.tiers} == {1: 0, 2: 0, 3: 1}


def test_positions_put_the_areas_in_line_order(qtbot, context, ids):
    for key, position in (("never", "K10+000"), ("near", "K20+000"), ("far", "K30+000")):
        records.edit(workareas.KIND, ids[key], {"position": position})
    page = shown_page(qtbot, CoveragePage(context))
    diagram = page.pictures.line.diagram
    assert diagram.order == "position"
    assert [m.name for m in diagram.marks] == ["西沟", "东站", "北岭"]


def test_hovering_a_mark_names_the_area_and_a_click_opens_its_visits(qtbot, context, ids):
    page = shown_page(qtbot, CoveragePage(context))
    window = Window()
    context.navigator.attach(window)
    view = page.pictures.line
    qtbot.waitUntil(lambda: len(view.hits) == 3)  # painted
    rect, area_id, tip = next(h for h in view.hits if h[1] == ids["far"])
    assert tip.splitlines()[:2] == ["北岭 (Remote)", "last visit 2024-05-20, 31 days ago"]
    never = next(h for h in view.hits if h[1] == ids["never"])
    assert never[2].splitlines()[1] == "never visited"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.shown == ["visits"] and window.filtered == [ids["far"]]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # not on a mark
    assert window.filtered == [ids["far"]]
