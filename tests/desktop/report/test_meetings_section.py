"""The report's organisation-life section, read back from the PDF in both languages: quotas per
branch, the month's flagged meeting with its reason, and the members past six months."""
from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from db import branches, clock, meetings, members, records
from desktop.i18n import Translations
from desktop.report.render import monthly_pdf

TODAY = dt.date(2024, 6, 20)
MAY = dt.date(2024, 5, 1)


@pytest.fixture
def month(store, monkeypatch):
    """第一支部: a theme day on 05-06 entered on 06-19 (44 days late); 赵强 has never attended."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 6, 19, 9, 0))
    branch = records.create(branches.KIND, {"name": "第一支部"})
    ids = [records.create(members.KIND, {"name": n, "branch": branch.id,
                                            "joined_on": "2010-01-01"}).id
           for n in ("王建国", "李明", "赵强")]
    records.create(meetings.KIND, {
        "branch": branch.id, "kind": "theme_day", "held_on": "2024-05-06",
                             "attendance": [{"member": ids[0]}, {"member": ids[1]},
                                            {"member": ids[2], "present": False,
                                             "reason": "unexcused"}]})
    return store


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_the_section_in_english(month):
    text = text_of(monthly_pdf(MAY))
    assert "Organisationlife" in text and "1meetingsheldthismonth;1withasignaltocheck" in text
    assert "Entered44daysafteritwasheld(on2024-06-19)." in text
    assert "2024-05-06第一支部Themepartyday2/3" in text
    assert "Membersontherollwithnoorganisationalcontactonrecord:1.赵强(第一支部)" in text
    assert "sixmonthsormore" not in text  # nobody has a dated contact that old


def test_the_section_in_chinese(month):
    text = text_of(monthly_pdf(MAY, Translations("zh_CN").tr))
    assert "组织生活（三会一课）" in text and "会后44天才录入（录入于2024-06-19）。" in text
    assert "没有任何组织生活记录的在册党员：1人。赵强（第一支部）" in text
    section = text[text.index("组织生活（三会一课）"):]
    assert not re.search(r"[A-Za-z]{2,}", section), section


def test_six_months_by_a_dated_contact_apart_from_none_on_record(month):
    """A new secretary's first report: a member whose last meeting was in September is six
    months and more without contact; one no record reaches yet is said to have none on record,
    not six months (the database may have begun this month)."""
    branch = records.create(branches.KIND, {"name": "第二支部"})
    qian = records.create(members.KIND, {"name": "钱七", "branch": branch.id,
                                         "joined_on": "2010-01-01"})
    records.create(meetings.KIND, {"branch": branch.id, "kind": "theme_day",
                                   "held_on": "2023-09-01", "attendance": [{"member": qian.id}]})
    text = text_of(monthly_pdf(MAY))
    assert ("Membersontherollwithoutorganisationalcontactforsixmonthsormore:1."
            "钱七(第二支部,lastcontact2023-09-01)") in text
    assert "Membersontherollwithnoorganisationalcontactonrecord:1.赵强(第一支部)" in text


def test_the_heading_never_stands_alone_at_the_foot_of_a_page(month):
    """Wherever the section starts on a page, its heading is on the page of its figures and of
    the branches' quota table (in the English depot report it stood at the foot of page 3)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from desktop.report.data import collect
    from desktop.report.meetings_section import OrganisationLife
    from desktop.report.monthly import MonthlyReport

    class Filler:  # what comes before the section, of every height down a page
        height = 0.0

        def __init__(self, report: MonthlyReport) -> None:
            pass

        def flowables(self) -> list:
            return [Spacer(1, Filler.height)]

    for height in range(200, 262, 4):
        Filler.height = height * mm
        pdf = MonthlyReport(collect(MAY)).build([Filler, OrganisationLife])
        pages = [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
        (page,) = [p for p in pages if "Organisationlife1meetingsheldthismonth" in p]
        assert "Branchgeneral" in page, height  # the quota table's header
