"""The PDF builder on hand-made report data: fonts, paper, pages, escaping, splitting."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from desktop.report.data import AreaLine, CadreLine, ConcernLine, HeatRow, ReportData
from desktop.report.monthly import MonthlyReport

A4_POINTS = (595.27, 841.89)


def make_data(areas: int = 3, **extra) -> ReportData:
    lines = [AreaLine(f"测试{i:02d}站线路工区", 1 + i % 3, 20, i % 3, 1, ("none", "below", "met")[i % 3],
                      dt.date(2026, 10, 3) if i % 3 else None, 20 if i % 3 else None, i % 3 == 0, 1)
             for i in range(areas)]
    months = [dt.date(2025, 11, 1), dt.date(2025, 12, 1)] + [dt.date(2026, m, 1) for m in range(1, 11)]
    data = ReportData("示例线路车间党总支", "示例工务段", "王书记", "审核：______", dt.date(2026, 10, 1),
                      dt.date(2026, 11, 2), areas=lines, coverage_rate=0.33, visits=5, cadre_visits=7,
                      hours=12.5, remoteness_bias=0.5, gini=0.25,
                      cadres=[CadreLine("张三", 4, 3, 1, 2)], heat_months=months,
                      heat_rows=[HeatRow(a.name, a.tier, 1, [a.visits] * 12) for a in lines],
                      concerns_raised=2, concerns_resolved=1, concerns_open=1, concerns_overdue=1)
    for key, value in extra.items():
        setattr(data, key, value)
    return data


def read(pdf: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, [page.extract_text() for page in reader.pages]


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Base font name → embedded? for every font used on any page."""
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def test_a4_every_font_embedded_and_page_numbers():
    reader, texts = read(MonthlyReport(make_data()).build())
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 1), round(height, 1)) == (round(A4_POINTS[0], 1), round(A4_POINTS[1], 1))
    fonts = fonts_of(reader)
    assert fonts and all(fonts.values()), fonts
    assert all("WenQuanYi" in name for name in fonts)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text


def test_chinese_translation_is_used_and_text_extracts():
    zh = {"Key figures": "主要指标", "Page %1 of %2": "第 %1 页 / 共 %2 页"}
    report = MonthlyReport(make_data(), lambda ctx, text: zh.get(text, text))
    _reader, texts = read(report.build())
    assert "主要指标" in texts[0]
    assert "示例线路车间党总支" in texts[0]
    assert "第 1 页 / 共" in texts[0]


def test_user_text_is_escaped_not_interpreted():
    nasty = ConcernLine(dt.date(2026, 9, 1), "东站<工区>", "张三", "living", "热水器<b>坏了</b> & 漏水",
                        dt.date(2026, 9, 16), "open")
    _reader, texts = read(MonthlyReport(make_data(overdue_concerns=[nasty])).build())
    joined = "\n".join(texts)
    assert "热水器<b>坏了</b> & 漏水" in joined
    assert "东站<工区>" in joined


def test_sixty_areas_span_pages_with_the_header_repeated():
    _reader, texts = read(MonthlyReport(make_data(areas=60)).build())
    assert len(texts) >= 3
    pages_with_area_rows = [t for t in texts if "线路工区" in t]
    assert len(pages_with_area_rows) >= 2
    for text in pages_with_area_rows:
        assert "Work area" in text  # each continued table starts with its header row
    joined = "\n".join(texts)
    for i in range(60):
        assert f"测试{i:02d}站线路工区" in joined


def test_an_empty_month_gives_a_valid_report_that_says_so():
    data = ReportData("示例线路车间党总支", "", "", "", dt.date(2026, 10, 1), dt.date(2026, 11, 2))
    _reader, texts = read(MonthlyReport(data).build())
    assert "No visits or concerns were recorded this month." in texts[0]
    assert "There are no active work areas." in "\n".join(texts)
