"""The coverage and dashboard pages show the db figures of a small dataset, follow the period
selector, and open an area's visits; every item model passes qtmodeltester."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, QSettings, Qt

from db import clock, concerns, members, records, visits, workareas
from db.periods import month_period, range_period, year_period
from desktop.context import AppContext
from desktop.navigator import Navigator
from desktop.pages.coverage import CoveragePage
from desktop.pages.dashboard import DashboardPage
from desktop.widgets.record_table import ID_ROLE
from tests.desktop.scripted_dialogs import ScriptedDialogs

D = dt.date


@pytest.fixture
def today():
    return D(2024, 6, 20)


@pytest.fixture
def ids(context, monkeypatch):
    """June 2024 (today 06-20): 东站 (convenient) visited twice, 北岭 (remote) once in May,
    西沟 (remote) never; one overdue concern at 西沟."""
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2023, 1, 1, 8))
    ids = {"near": records.create(workareas.KIND, {"name": "东站", "access_tier": 1,
                                                   "headcount": 10}).id,
           "far": records.create(workareas.KIND, {"name": "北岭", "access_tier": 3,
                                                  "headcount": 10}).id,
           "never": records.create(workareas.KIND, {"name": "西沟", "access_tier": 3,
                                                    "headcount": 5}).id}
    x = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id
    for day, where in ((D(2024, 6, 3), "near"), (D(2024, 6, 10), "near"),
                       (D(2024, 5, 20), "far")):
        records.create(visits.KIND, {"visited_on": day, "work_area": ids[where],
                                     "participants": [x]})
    records.create(concerns.KIND, {"raised_on": D(2024, 5, 1), "work_area": ids["never"],
                                   "raised_by_name": "工人", "description": "诉求", "owner": x})
    return ids


def column(model, key):
    return [c.key for c in model.columns].index(key)


def cell(model, row, key):
    return model.data(model.index(row, column(model, key)))


def rows_by_name(model):
    return {cell(model, r, "name"): r for r in range(model.rowCount())}


def test_coverage_page_shows_the_month(qtbot, qtmodeltester, context, ids):
    page = CoveragePage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy())  # the figures are computed in the background
    assert page.selector.period() == month_period(D(2024, 6, 1))
    assert page.rate_card.value.text() == "33%"  # only 东站 met its target in June
    assert page.bias_card.value.text() == "0.00"
    assert "0.00" in page.bias_card.sentence.text()
    assert page.tail_card.value.text() == "1"  # 西沟, never visited; 北岭 is 31 days
    model = page.area_model
    rows = rows_by_name(model)
    assert set(rows) == {"东站", "北岭", "西沟"}
    assert cell(model, rows["东站"], "visits") == "2"
    assert cell(model, rows["西沟"], "days_since") == "—"
    assert cell(model, rows["北岭"], "days_since") == "31"
    assert cell(model, rows["西沟"], "open_concerns") == "1"
    assert model.data(model.index(rows["东站"], 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert page.heat_model.rowCount() == 3 and page.heat_model.columnCount() == 12
    assert page.cadre_model.rowCount() == 1
    assert cell(page.cadre_model, 0, "visits") == "2"
    assert page.suggestion_model.rowCount() == 3
    assert cell(page.suggestion_model, 0, "area") == "西沟"
    for model in (page.area_model, page.heat_model, page.cadre_model, page.suggestion_model):
        qtmodeltester.check(model)


def test_period_selector_changes_the_figures(qtbot, context, ids):
    page = CoveragePage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.selector.period_changed):
        page.selector.previous.click()
    qtbot.waitUntil(lambda: not page.busy())
    assert page.figures.period == month_period(D(2024, 5, 1))
    rows = rows_by_name(page.area_model)
    assert cell(page.area_model, rows["北岭"], "visits") == "1"
    assert cell(page.area_model, rows["东站"], "visits") == "0"
    assert page.rate_card.value.text() == "33%"
    with qtbot.waitSignal(page.selector.period_changed):
        page.selector.kind.setCurrentIndex(page.selector.KINDS.index("year"))
    qtbot.waitUntil(lambda: not page.busy())
    assert page.figures.period == year_period(2024)
    assert cell(page.area_model, rows_by_name(page.area_model)["东站"], "visits") == "2"


class Window:
    """What the navigator needs of the main window: the page it shows, the area it filters."""

    def __init__(self):
        self.shown, self.filtered = [], []

    def show_page(self, name):
        self.shown.append(name)
        return self

    def filter_by_area(self, area_id):
        self.filtered.append(area_id)


def test_clicking_an_area_opens_its_visits(qtbot, context, ids):
    window = Window()
    context.navigator.attach(window)
    page = CoveragePage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy())
    model = page.area_model
    index = model.index(rows_by_name(model)["西沟"], 0)
    page.area_table.activated.emit(index)
    assert window.shown == ["visits"] and window.filtered == [ids["never"]]
    assert model.data(index, ID_ROLE) == ids["never"]


def test_page_follows_data_changes(qtbot, context, ids):
    page = CoveragePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.busy())
    x = page.figures.cadres[0].member_id
    records.create(visits.KIND, {"visited_on": D(2024, 6, 12), "work_area": ids["never"],
                                 "participants": [x]})
    context.events.notify("visit")
    qtbot.waitUntil(lambda: page.rate_card.value.text() == "67%")


def test_dashboard_at_a_glance(qtbot, context, ids):
    page = DashboardPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy())  # the figures are computed in the background
    assert "2024-06" in page.title.text()
    texts = [page.unvisited_list.item(i).text() for i in range(page.unvisited_list.count())]
    assert [t.split(" ")[0] for t in texts] == ["西沟", "北岭"]  # remote, never visited first
    assert page.unvisited_card.value.text() == "2"
    assert page.overdue_card.value.text() == "1"  # 西沟 (never); 北岭 is 31 days
    assert page.concern_card.value.text() == "1"
    assert "1" in page.concern_card.sentence.text()
    assert page.rate_card.value.text() == "33%"
    assert "33%" in page.rate_card.sentence.text()  # May: 北岭 met; 东站 and 西沟 not


def test_dashboard_lists_wrap_instead_of_scrolling_sideways(qtbot, context, ids):
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1130, 700)  # the page's share of a 1280-pixel window beside the sidebar
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.busy())
    for widget in (page.unvisited_list, page.overdue_list, page.suggestion_list,
                   page.due_list, page.overdue_concern_list):
        assert widget.horizontalScrollBar().maximum() == 0, widget.objectName()
        assert widget.wordWrap()
    first = page.suggestion_list.item(0)
    wrapped = page.suggestion_list.fontMetrics().boundingRect(
        QRect(0, 0, page.suggestion_list.viewport().width() - 8, 10000),
        Qt.TextFlag.TextWordWrap, first.text()).height()
    assert page.suggestion_list.visualItemRect(first).height() >= wrapped


def test_dashboard_with_no_work_areas_says_to_add_them(qtbot, store, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = DashboardPage(AppContext(store=store, settings=settings, dialogs=ScriptedDialogs()))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy())
    for widget in (page.unvisited_list, page.overdue_list, page.suggestion_list):
        assert [widget.item(i).text() for i in range(widget.count())] == [
            "No work areas yet: add them on the Work areas page."]


def test_dashboard_quick_actions_go_through_the_navigator(qtbot, context, ids):
    calls = []

    class Recording(Navigator):
        def record_visit(self):
            calls.append("record_visit")

        def log_concern(self):
            calls.append("log_concern")
            return True

        def show_page(self, name):
            calls.append(name)

    context.navigator = Recording()
    page = DashboardPage(context)
    qtbot.addWidget(page)
    for button in (page.record_visit_button, page.log_concern_button, page.report_button,
                   page.coverage_button):
        button.click()
    assert calls == ["record_visit", "log_concern", "report", "coverage"]


def test_period_selector_kinds(qtbot, monkeypatch):
    from db.periods import quarter_period, range_period
    from desktop.widgets.period_selector import PeriodSelector

    monkeypatch.setattr(clock, "today", lambda: D(2024, 6, 20))
    selector = PeriodSelector()
    qtbot.addWidget(selector)
    with qtbot.waitSignal(selector.period_changed) as signal:
        selector.kind.setCurrentIndex(selector.KINDS.index("quarter"))
    assert signal.args == [quarter_period(D(2024, 4, 1))]
    assert selector.summary.text() == "2024-04-01 to 2024-06-30"
    selector.kind.setCurrentIndex(selector.KINDS.index("range"))  # starts as the quarter shown
    assert selector.period() == range_period(D(2024, 4, 1), D(2024, 6, 30))
    assert not selector.start.isHidden() and selector.anchor.isHidden()
    with qtbot.waitSignal(selector.period_changed) as signal:
        selector.next.click()
    assert signal.args == [range_period(D(2024, 7, 1), D(2024, 9, 29))]


def test_period_selector_keeps_to_the_years_a_period_may_lie_in(qtbot):
    """A date typed as 9999 stops at 2099-12-31 (the figures' "month after" of 9999-12 would
    overrun the calendar); ▶ from there stays a period the figures can count."""
    from PySide6.QtCore import QDate

    from desktop.widgets.period_selector import PeriodSelector

    selector = PeriodSelector()
    qtbot.addWidget(selector)
    selector.kind.setCurrentIndex(selector.KINDS.index("range"))
    selector.start.setDate(QDate(1, 1, 1))
    selector.end.setDate(QDate(9999, 12, 31))
    assert selector.period() == range_period(D(1900, 1, 1), D(2099, 12, 31))
    selector.kind.setCurrentIndex(selector.KINDS.index("month"))
    selector.anchor.setDate(QDate(9999, 12, 1))
    assert selector.period().start == D(2099, 12, 1)
    selector.next.click()
    assert selector.period().start == D(2099, 12, 1)


def test_areas_sort_by_name_in_pinyin_order_from_the_stored_pinyin(qtbot, context, ids,
                                                                     monkeypatch):
    """No thread reads pypinyin's dictionary for it: loading it holds the interpreter for a
    tenth of a second, which froze the window when the coverage page was first shown."""
    import db.pinyin

    def no_dictionary(name):
        raise AssertionError(f"pinyin computed for {name}")

    # what every pinyin lookup calls, however it was imported; a fresh process has no cache
    monkeypatch.setattr(db.pinyin, "_combinations", no_dictionary)
    db.pinyin.keys.cache_clear()
    page = CoveragePage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy())
    model = page.area_model
    model.sort(column(model, "name"))
    assert [cell(model, r, "name") for r in range(3)] == ["北岭", "东站", "西沟"]  # bei dong xi
    model.sort(column(model, "name"), Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, "name") for r in range(3)] == ["西沟", "东站", "北岭"]
