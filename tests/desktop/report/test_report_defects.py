"""The defects seen on the printed pages, one test each (issue 17), and the depot summary read
back: at most 4 pages, page 1 names every unvisited remote area and the overdue count."""
from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from db import clock
from db.errors import BranchDeskError
from db.organisation import update_organisation
from desktop.i18n import Translations
from desktop.report.data import collect
from desktop.report.monthly import fit_widths
from desktop.report.render import monthly_pdf
from desktop.report.summary_sections import Signature, TextLine
from tests.db.helpers import Make
from tests.desktop.report.conftest import MAY, TODAY

FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")


def texts_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def zh() -> Translations:
    return Translations("zh_CN")


def test_column_headers_never_break_inside_a_word(month_data):
    """走访次/数 and 告知职工日/期 were split over two lines: a header now widens its column."""
    text = "\n".join(texts_of(monthly_pdf(MAY, zh().tr)) + texts_of(
        monthly_pdf(MAY, zh().tr, detail=True)))
    for header in ("走访次数", "告知职工日期", "未结诉求", "最近走访", "截至2024-05-31天数"):
        assert header in text.split() or header in text.replace(" ", ""), header
    assert "走访次\n数" not in text and "告知职工日\n期" not in text


def test_fit_widths_widens_narrow_columns_and_keeps_the_total():
    from desktop.report.fonts import register_fonts

    font = register_fonts()
    widths = fit_widths(["工区", "告知职工日期"], [200.0, 20.0], font, 8)
    assert sum(widths) == pytest.approx(220.0)
    assert widths[1] >= 6 * 8  # six characters of 8 points


def test_the_12_month_table_stays_on_one_page_with_the_year_on_every_month(month_data):
    texts = texts_of(monthly_pdf(MAY, zh().tr, detail=True))
    pages = [t for t in texts if "近期各月走访情况" in t]
    assert len(pages) == 1
    for name in ("东站线路工区", "河口桥隧工区", "黑山道口工区", "青石岭工区"):  # remote rows too
        assert name in pages[0].split("近期各月走访情况")[1]
    assert "2023\n 06" in pages[0] and "2024\n 05" in pages[0]  # June is last year's
    english = "\n".join(texts_of(monthly_pdf(MAY, detail=True)))
    assert "2023\n 06" in english and "2024\n 05" in english
    assert not re.search(r"\b\d{1,2}m\b", english)  # no "12m 1m"


def test_the_english_report_uses_english_punctuation(month_data):
    names = ["东站线路工区", "河口桥隧工区", "黑山道口工区", "青石岭工区", "示例线路车间党总支",
             "示例工务段", "张建国", "李红梅", "王书记"]
    text = "\n".join(texts_of(monthly_pdf(MAY)))
    for name in names:
        text = text.replace(name, "")
    assert not FULL_WIDTH.search(text), FULL_WIDTH.findall(text)
    assert "（Remote）" not in text and "、" not in text


def test_the_signature_lines_are_printed_as_configured_and_the_title_once(month_data):
    line = "党总支书记：王书记　　　　制表：李四"
    update_organisation({"signature_lines": line})
    data = collect(MAY, today=TODAY)
    from desktop.report.monthly import MonthlyReport

    section = Signature(MonthlyReport(data, zh().tr))
    assert section.lines() == [line, "日期：____________"]
    drawn = [f.text for f in section.flowables()[0]._content if isinstance(f, TextLine)]
    assert drawn == [line, "日期：____________"]  # the ideographic spaces are kept
    last = texts_of(monthly_pdf(MAY, zh().tr))[-1]
    assert last.count("党总支书记") == 1


def test_without_configured_lines_a_default_signature_line(month_data):
    text = texts_of(monthly_pdf(MAY))[-1]
    assert "Secretary (signature): ____________" in text and "Date: ____________" in text


def test_a_future_month_is_refused(month_data, tmp_path, capsys):
    with pytest.raises(BranchDeskError) as info:
        collect(dt.date(2024, 7, 1), today=TODAY)
    assert "2024-07" in str(info.value)
    assert collect(dt.date(2024, 6, 1), today=TODAY).month == dt.date(2024, 6, 1)  # this month


def test_the_command_refuses_a_future_month_in_one_line(tmp_path, monkeypatch, capsys):
    from db.store import Store
    from desktop.cli.entry import main

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    folder = tmp_path / "data"
    Store.open(folder).close()
    out = tmp_path / "july.pdf"
    code = main(["--data-dir", str(folder), "--lang", "en", "report", "--month", "2024-07",
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "2024-07 has not begun yet" in err and "Traceback" not in err
    assert not out.exists()


def test_a_month_with_no_areas_does_not_say_every_area_was_visited(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    this_month = TODAY.replace(day=1)  # with no visit at all, earlier months hold no records
    text = " ".join(" ".join(texts_of(monthly_pdf(this_month))).split())
    assert "There are no work areas in this month's figures." in text
    assert "visited." not in text and "Every" not in text


def test_the_report_says_which_day_days_since_count_to(month_data):
    text = " ".join(" ".join(texts_of(monthly_pdf(MAY))).split())
    assert "printed 2024-06-20" in text
    assert "days since the last visit are counted to 2024-05-31" in text
    assert "Days since 2024-05-31" in text  # the column says it too


def test_an_area_without_a_position_makes_the_diagram_say_its_order(month_data):
    Make().area(name="新站工区", position="K10+000")
    text = " ".join(texts_of(monthly_pdf(MAY))[0].split())
    assert "4 areas without a position are placed at the end in code order" in text
