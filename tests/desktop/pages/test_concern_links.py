"""Each area's open and overdue concerns on the work-area and coverage pages, the dashboard's lists
of concerns due this week and overdue, and a double click that opens a concern on its page."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QListWidget

from db import clock, concerns, members, records, workareas
from db.concerns import flow as concern_flow
from desktop.app import open_window
from desktop.pages.concerns import NOT_CLOSED

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WEDNESDAY = dt.date(2024, 6, 19)


@pytest.fixture
def world(store, monkeypatch):
    """北站: one overdue and one due this week (Sunday 06-23); 南站: one due next month and one
    resolved."""
    monkeypatch.setattr(clock, "today", lambda: WEDNESDAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 8))  # areas in the figures
    north = records.create(workareas.KIND, {"name": "北站", "access_tier": 1}).id
    south = records.create(workareas.KIND, {"name": "南站", "access_tier": 3}).id
    owner = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id

    def concern(area, raised, text, due=None):
        data = {"raised_on": raised, "work_area": area, "raised_by_name": "工人",
                "description": text, "owner": owner}
        if due:
            data["due_on"] = due
        return records.create(concerns.KIND, data).id

    ids = {"overdue": concern(north, "2024-05-01", "宿舍漏雨"),  # due 05-16
           "this_week": concern(north, "2024-06-10", "热水器坏了", "2024-06-21"),
           "later": concern(south, "2024-06-18", "班车太早", "2024-07-03"),
           "closed": concern(south, "2024-06-01", "食堂太咸", "2024-06-20")}
    concern_flow.resolve(ids["closed"], "已和食堂说了")
    return {"north": north, "south": south, **ids}


@pytest.fixture
def window(qtbot, store, tmp_path, world):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(store, lang="en", app_settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())


def ids_in(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(widget.count())]


def double_click(qtbot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cell(page, record_id, key):
    return page.model.index(page.model.row_of(record_id),
                            [c.key for c in page.columns].index(key)).data()


def test_dashboard_lists_concerns_due_this_week_and_overdue(qtbot, window, world):
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not page.busy())  # the dashboard computes in the background
    assert ids_in(page.due_list) == [world["this_week"]]
    assert ids_in(page.overdue_concern_list) == [world["overdue"]]
    text = page.overdue_concern_list.item(0).text()
    assert "2024-05-16" in text and "北站" in text and "宿舍漏雨" in text and "张三" in text


def test_dashboard_empty_lists_say_so(qtbot, window, world):
    concern_flow.resolve(world["overdue"], "修好了")
    concern_flow.resolve(world["this_week"], "换了新的")
    page = window.show_page("dashboard")
    window.context.events.notify("concern")
    qtbot.waitUntil(lambda: not page.busy())
    assert ids_in(page.due_list) == [None] and ids_in(page.overdue_concern_list) == [None]
    assert page.due_list.item(0).text() == "No open concern is due this week."


def test_double_click_on_the_dashboard_opens_the_concern_even_when_filtered_out(qtbot, window,
                                                                               world):
    concerns = window.show_page("concerns")
    concerns.status_filter.setCurrentIndex(concerns.status_filter.findData("resolved"))
    concerns.search.setText("食堂")
    assert concerns.model.row_of(world["overdue"]) < 0
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not page.busy())
    double_click(qtbot, page.overdue_concern_list, 0)
    assert window.current_page_name() == "concerns"
    assert concerns.current_id() == world["overdue"]
    assert concerns.detail_panel.title.text() == "宿舍漏雨"
    assert concerns.search.text() == "" and concerns.status_filter.currentData() is None
    assert concerns.model.rowCount() == 4


def test_a_shown_concern_keeps_the_filters_that_show_it(window, world):
    concerns = window.show_page("concerns")
    concerns.status_filter.setCurrentIndex(concerns.status_filter.findData(NOT_CLOSED))
    assert concerns.show_record(world["this_week"])
    assert concerns.status_filter.currentData() == NOT_CLOSED
    assert not concerns.show_record("no-such-id")


def test_areas_page_shows_open_and_overdue_concerns(qtbot, window, world):
    page = window.show_page("areas")
    assert (cell(page, world["north"], "open_concerns"),
            cell(page, world["north"], "overdue_concerns")) == ("2", "1")
    assert (cell(page, world["south"], "open_concerns"),
            cell(page, world["south"], "overdue_concerns")) == ("1", "0")
    page.select(world["north"])
    assert page.concerns_section.heading.text() == "Open concerns (2, 1 overdue)"
    assert len(page.concerns_section.texts()) == 2
    page.select(world["south"])
    assert page.concerns_section.heading.text() == "Open concerns (1)"
    double_click(qtbot, page.concerns_section.list, 0)
    assert window.current_page_name() == "concerns"
    assert window.show_page("concerns").current_id() == world["later"]


def test_coverage_page_shows_open_and_overdue_concerns_per_area(qtbot, window, world):
    page = window.show_page("coverage")
    qtbot.waitUntil(lambda: not page.busy())
    model = page.area_model
    keys = [c.key for c in model.columns]
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    values = {name: (model.index(r, keys.index("open_concerns")).data(),
                     model.index(r, keys.index("overdue_concerns")).data())
              for name, r in rows.items()}
    assert values == {"北站": ("2", "1"), "南站": ("1", "0")}


def test_log_a_concern_on_the_dashboard_opens_the_new_concern_dialog(qtbot, window, world,
                                                                     drive_dialog, save_dialog):
    page = window.show_page("dashboard")

    def fill(dialog):
        assert dialog.windowTitle() == "New concern"
        dialog.fields["raised_by_name"].setText("李师傅")
        dialog.fields["description"].setPlainText("工具房门锁坏了")
        dialog.fields["owner"].setCurrentIndex(1)
        save_dialog(dialog)

    drive_dialog(page.log_concern_button.click, fill)
    concerns_page = window.stack.currentWidget()
    assert concerns_page is window.page("concerns")
    saved = concerns.list_concerns()
    new = next(c for c in saved if c.description == "工具房门锁坏了")
    assert concerns_page.current_id() == new.id
