"""The coverage page from the keyboard alone: Tab goes through its tables rather than from cell
to cell, Enter on a heatmap cell opens that area's visits, and a table sorts from a menu that
the keyboard opens."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import records, visits
from desktop.pages.coverage import CoveragePage
from desktop.widgets.record_table import ID_ROLE
from tests.desktop.pages.test_coverage_pages import Window, ids, today  # noqa: F401 - fixtures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # a menu, offscreen




@pytest.fixture
def page(qtbot, context, ids):  # noqa: F811 - the fixture imported above
    page = CoveragePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.busy())
    return page


@pytest.mark.parametrize("table", ["area_table", "heat_table", "cadre_table",
                                   "suggestion_table"])
def test_tab_leaves_a_coverage_table_at_once(qtbot, page, table):
    view = getattr(page, table)
    page.tabs.setCurrentWidget(view if page.tabs.indexOf(view) >= 0 else view.parentWidget())
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view  # not the next of 13 × 3 cells
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.tabs.tabBar()


def test_enter_on_a_heatmap_cell_opens_that_areas_visits(qtbot, context, page, ids):  # noqa: F811
    window = Window()
    context.navigator.attach(window)
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.heat_table.parentWidget()))
    view, model = page.heat_table, page.heat_model
    row = [r.name for r in model.heatmap.rows].index("西沟")
    view.setFocus()
    view.setCurrentIndex(model.index(row, 11))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.shown == ["visits"] and window.filtered == [ids["never"]]


def answer_menu(qtbot, page, keys):
    """Press `keys` in the sort menu as soon as it shows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu

    def press():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for key in keys:
            qtbot.keyClick(menu, key)
    QTimer.singleShot(0, press)


def names(page):
    model = page.area_model
    column = [c.key for c in model.columns].index("name")
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


@pytest.mark.parametrize("opening", [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                     (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)])
def test_a_coverage_table_sorts_from_the_keyboard(qtbot, page, opening):
    page.tabs.setCurrentWidget(page.area_table)
    view = page.area_table
    view.setFocus()
    assert names(page) == ["西沟", "北岭", "东站"]  # by days since the last visit, most first
    # The menu lists the 13 columns; the first is the work area's name: by pinyin, A to Z.
    answer_menu(qtbot, page, [Qt.Key.Key_Down, Qt.Key.Key_Return])
    qtbot.keyClick(view, *opening)
    assert names(page) == ["北岭", "东站", "西沟"]
    answer_menu(qtbot, page, [Qt.Key.Key_Down, Qt.Key.Key_Return])  # the same again: Z to A
    qtbot.keyClick(view, *opening)
    assert names(page) == ["西沟", "东站", "北岭"]
    assert QApplication.activePopupWidget() is None  # the menu closed with the choice


def test_the_current_row_stays_through_a_sort_and_a_refresh(qtbot, context, page, ids):  # noqa: F811
    page.tabs.setCurrentWidget(page.area_table)
    view, model = page.area_table, page.area_model
    view.setFocus()
    view.setCurrentIndex(model.index(names(page).index("北岭"), 0))
    model.sort([c.key for c in model.columns].index("name"))  # 北岭 东站 西沟
    assert model.data(view.currentIndex(), ID_ROLE) == ids["far"]
    assert view.currentIndex().row() == 0
    records.create(visits.KIND, {"visited_on": dt.date(2024, 6, 12), "work_area": ids["never"],
                                 "participants": [page.figures.cadres[0].member_id]})
    context.events.notify("visit")  # the figures are made again, off the GUI thread
    qtbot.waitUntil(lambda: page.rate_card.value.text() == "67%")
    assert model.data(view.currentIndex(), ID_ROLE) == ids["far"]
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # and the arrows go on from there
    assert model.data(view.currentIndex(), ID_ROLE) == ids["near"]


def test_the_line_diagram_goes_from_mark_to_mark_and_opens_one(qtbot, context, page, ids):  # noqa: F811
    window = Window()
    context.navigator.attach(window)
    page.tabs.setCurrentWidget(page.pictures)
    page.resize(1200, 700)
    line = page.pictures.line
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Tab)  # the diagram is the next stop
    assert QApplication.focusWidget() is line
    qtbot.waitUntil(lambda: len(line.spots) == 3)  # painted: 东站 北岭 西沟, in line order
    qtbot.keyClick(line, Qt.Key.Key_Right)
    qtbot.keyClick(line, Qt.Key.Key_Right)
    qtbot.keyClick(line, Qt.Key.Key_Right)  # the last stays the last
    qtbot.keyClick(line, Qt.Key.Key_Left)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.filtered == [ids["far"]]
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClick(line, Qt.Key.Key_Space)
    assert window.filtered == [ids["far"], ids["never"]]
