"""The coverage page from the keyboard alone: Tab goes through its tables rather than from cell
to cell, Enter on a heatmap cell opens that area's visits, and a table sorts from a menu that
the keyboard opens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.pages.coverage import CoveragePage
from tests.desktop.pages.test_coverage_pages import ids, today  # noqa: F401 - fixtures


class Window:
    """What the navigator needs of the main window: the page it shows, the area it filters."""

    def __init__(self):
        self.shown, self.filtered = [], []

    def show_page(self, name):
        self.shown.append(name)
        return self

    def filter_by_area(self, area_id):
        self.filtered.append(area_id)


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
