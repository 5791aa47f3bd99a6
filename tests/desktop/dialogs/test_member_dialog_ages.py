"""The member dialog refuses a birth date that makes a child of a Party member."""
from __future__ import annotations

import datetime as dt

import pytest

from db import clock
from db.models import Member
from desktop.dialogs.member_dialog import MemberDialog

TODAY = dt.date(2024, 6, 15)  # as the desktop tests pin it


def typed(qtbot, context, **fields) -> MemberDialog:
    assert clock.today() == TODAY
    dialog = MemberDialog(None, context)
    qtbot.addWidget(dialog)
    for key, value in fields.items():
        dialog.fields[key].setText(value)
    dialog.try_save()
    return dialog


@pytest.mark.parametrize(("birth", "joined", "field", "words"), [
    ("2020-05-06", "", "birth_date", "2020-05-06"),  # a child
    ("2006-06-16", "", "birth_date", "2006-06-16"),  # 18 tomorrow
    ("1990-05", "2008-04", "joined_on", "2008-04"),  # joined at 17
])
def test_a_child_member_is_refused_with_the_reason(qtbot, context, birth, joined, field, words):
    dialog = typed(qtbot, context, name="张小明", birth_date=birth, joined_on=joined)
    error = dialog.errors[field]
    assert error.isVisibleTo(dialog) and "18" in error.text() and words in error.text()
    assert not dialog.save_button.isEnabled()
    assert Member.select().count() == 0


def test_eighteen_today_and_joined_at_eighteen_are_adults(qtbot, context):
    typed(qtbot, context, name="张小明", birth_date="1990-05", joined_on="2008-05")
    typed(qtbot, context, name="李小红", birth_date="2006-06-15")
    assert {m.name for m in Member.select()} == {"张小明", "李小红"}


def test_the_age_problems_read_in_chinese():
    from db import members
    from db.i18n import fill
    from desktop.i18n import Translations

    tr = Translations("zh_CN").tr
    assert fill(tr("db", members.UNDER_AGE), birth="2020-05") == (
        "党员应年满十八岁：出生日期 2020-05 距今不满十八年。")
    assert fill(tr("db", members.JOINED_UNDER_AGE), joined="2008-04", birth="1990-05") == (
        "入党时应年满十八岁：2008-04 距出生日期 1990-05 不满十八年。")
