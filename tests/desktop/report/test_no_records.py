"""A month before the records begin is printed as "no records", never as a month of misses:
the first visit of the report fixture is on 2024-03-02, so February 2024 and earlier hold none."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from db.coverage import compute_coverage, pictures
from db.periods import month_period
from desktop.i18n import Translations
from desktop.report import charts
from desktop.report.fonts import register_fonts
from desktop.report.render import monthly_pdf
from tests.desktop.report.conftest import MAY

FEBRUARY = dt.date(2024, 2, 1)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_month_before_the_first_visit_says_so_in_both_languages(month_data):
    english = text_of(monthly_pdf(FEBRUARY))
    assert ("No records for 2024-02: the first visit on record is on 2024-03-02, so there is "
            "nothing to count before it.") in english
    assert "met their visit target" not in english and "had no visit" not in english
    assert "Met their target —" in english and "Not visited —" in english
    chinese = text_of(monthly_pdf(FEBRUARY, Translations("zh_CN").tr)).replace(" ", "")
    assert "2024-02没有记录：最早的走访记录在2024-03-02" in chinese
    assert "达标率" not in chinese.split("主要指标")[0]


def test_the_12_month_table_marks_the_months_before_the_records(month_data):
    english = text_of(monthly_pdf(MAY, detail=True))
    assert "— = no records yet that month (they begin in 2024-03)." in english
    table = english.split("no records yet that month")[1]
    # 东站 (convenient, first row): nine months with no records, then March 0, April 0, May 2.
    assert "东站线路工区 — — — — — — — — — 0 0 2" in table
    chinese = text_of(monthly_pdf(MAY, Translations("zh_CN").tr, detail=True))
    assert "当月尚无记录" in chinese


def test_the_trend_shades_the_months_before_the_records(month_data):
    points = pictures(compute_coverage(month_period(MAY))).trend
    drawing = charts.trend(points, 300, 160, register_fonts(), lambda t, **k: t.format(**k))
    assert [p.recorded for p in points] == [False] * 9 + [True] * 3
    assert hasattr(drawing, "rate_no_records") and hasattr(drawing, "ratio_no_records")
    assert "no records yet" in [getattr(s, "text", None) for s in drawing.contents]
