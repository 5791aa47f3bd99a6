"""A record page opening with nothing selected shows its first row's detail; typing a search
does not pick a row for the user."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db import records, workareas
from desktop.pages.areas import AreasPage


def make_areas(context) -> None:
    for name, tier in (("石门站", 1), ("长岭站", 3), ("白沙站", 2)):
        records.create(workareas.KIND, {"name": name, "access_tier": tier})
    context.events.notify("work_area")


def test_opening_a_page_selects_its_first_row(qtbot, context):
    make_areas(context)
    page = AreasPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    first = page.model.ids()[0]
    qtbot.waitUntil(lambda: page.current_id() == first)  # on the turn after the table's paint
    assert page.detail.title.text() == page.model.record(0)["name"]
    assert page.edit_button.isEnabled()


def test_an_empty_page_selects_nothing(qtbot, context):
    page = AreasPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.current_id() is None and not page.edit_button.isEnabled()


def test_a_search_that_drops_the_selection_leaves_the_choice_to_the_user(qtbot, context):
    make_areas(context)
    page = AreasPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.select(next(i for i in page.model.ids() if page.record_label(i) == "石门站"))
    page.search.setText("bsz")  # 白沙站 by pinyin initials
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.current_id() is None


def test_coming_back_to_a_page_keeps_the_users_selection(qtbot, context):
    make_areas(context)
    host = QWidget()
    qtbot.addWidget(host)
    page = AreasPage(context, host)
    host.show()
    qtbot.waitExposed(host)
    last = page.model.ids()[-1]
    page.select(last)
    page.hide()
    page.show()
    assert page.current_id() == last


def test_an_empty_table_says_what_to_do_or_why_nothing_shows(qtbot, context):
    page = AreasPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty_label.isVisible()
    assert "No work areas yet" in page.empty_label.text()

    make_areas(context)
    assert not page.empty_label.isVisible()
    page.search.setText("zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "Nothing matches the search and filters."
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.trash.setChecked(True)
    assert page.empty_label.text() == "The trash is empty."


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_search_goes_to_the_results(qtbot, context, key):
    """From the keyboard: Ctrl+F, type, Down (or Enter): on the first match, ready for its
    actions (on the real window a dozen Tabs led there, through every filter and button)."""
    make_areas(context)
    page = AreasPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "bsz")  # 白沙站; the search runs after a pause: not waited for
    qtbot.keyClick(page.search, key)
    assert page.model.rowCount() == 1 and page.record_label(page.current_id()) == "白沙站"
    assert page.focusWidget() is page.table
