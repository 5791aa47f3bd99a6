"""A picker's message stays by its own field: in the 包保 dialog, “Nothing here is named …” for
an unknown cadre wraps to two lines, and the dialog (which did not grow for wrapped text) had
room for one, so the second ran under the work area's field."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from desktop.dialogs.period_dialogs import PeriodDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def top(widget, dialog) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def bottom(widget, dialog) -> int:
    return top(widget, dialog) + widget.height()


def test_each_pickers_message_sits_under_its_field_and_above_the_next(qtbot, context, type_into):
    dialog = PeriodDialog(None, context, responsibility=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(dialog.fields["member"].edit, "nobody at all")
    type_into(dialog.fields["work_area"].edit, "no such area")
    dialog.try_save()  # every message shown
    member, area = dialog.errors["member"], dialog.errors["work_area"]
    assert member.isVisible() and area.isVisible()
    assert "nobody at all" in member.text() and "no such area" in area.text()
    for label in (member, area):  # its whole text: as tall as its lines need
        assert label.height() >= label.heightForWidth(label.width())
    field = dialog.fields
    assert bottom(field["member"], dialog) <= top(member, dialog)
    assert bottom(member, dialog) <= top(field["work_area"], dialog)
    assert bottom(field["work_area"], dialog) <= top(area, dialog)
    assert bottom(area, dialog) <= top(field["start_on"], dialog)
    assert bottom(dialog.buttons, dialog) <= dialog.height()
