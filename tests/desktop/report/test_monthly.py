"""The monthly PDF, read back: fonts, paper, pages, the db's numbers, privacy, splitting."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from db import clock
from db.concerns import concern_figures
from db.coverage import compute_coverage
from db.periods import month_period
from desktop.report.data import collect
from desktop.report.render import monthly_pdf
from tests.db.helpers import Make
from tests.desktop.report.conftest import MAY, PHONE, PRIVATE, TODAY

A4_POINTS = (595.3, 841.9)


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
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def test_a4_every_font_embedded_and_page_numbers(month_data):
    reader, texts = read(monthly_pdf(MAY))
    for page in reader.pages:
        size = (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1))
        assert size == A4_POINTS
    fonts = fonts_of(reader)
    assert fonts and all(fonts.values()), fonts
    assert all("WenQuanYi" in name for name in fonts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def test_headings_areas_and_counts_match_the_db_figures(month_data):
    _reader, texts = read(monthly_pdf(MAY))
    text = " ".join(" ".join(texts).split())  # table cells come out one per line
    for heading in ("Key figures", "Work areas along the line", "Work areas that need a visit",
                    "Visits by cadre", "Concerns", "Secretary (signature)"):
        assert heading in text
    coverage = compute_coverage(month_period(MAY), today=TODAY)
    figures = concern_figures(MAY, dt.date(2024, 5, 31))
    for area in coverage.areas:  # on the line diagram, written downwards
        assert area.name in "".join(text.split())
    assert f"Visits {sum(a.visits for a in coverage.areas)}" in text
    assert f"Cadre-visits {sum(a.cadre_visits for a in coverage.areas)}" in text
    assert (f"Raised this month {figures.raised}; resolved {figures.resolved}; explained "
            f"{figures.explained}; still open {figures.open}, of which overdue {figures.overdue}."
            ) in text
    assert figures.raised == 3 and figures.resolved == 1 and figures.explained == 1
    data = collect(MAY, today=TODAY)
    # remote first
    assert [a.name for a in data.coverage.not_visited] == ["青石岭工区", "黑山道口工区"]
    for cadre in coverage.cadres:
        assert cadre.name in text


def test_page_one_says_what_matters_with_the_db_numbers(month_data):
    """Hand-computed: 东站 2 visits (target 1) and 河口 1 met; the two remote areas had none
    (黑山 last on 03-02, 90 days to 05-31; 青石岭 never). Concerns open on 05-31: 热水器 (due
    05-17, 14 days late) and 围墙 (due 04-16, 45 days late), owners 张建国 and 李红梅."""
    _reader, texts = read(monthly_pdf(MAY))
    page1 = "".join(texts[0].split())  # wrapped lines may split a name
    for sentence in ("This month 2 of 4 work areas met their visit target.",
                     "2 remote work areas had no visit: 青石岭工区 (never visited), 黑山道口工区 "
                     "(90 days).",
                     "A remote area received 0.00 of the visits a convenient one did",
                     "2 of 2 open concerns are overdue, the oldest by 45 days; most at "
                     "黑山道口工区 (1) and with 李红梅 (1)."):
        assert "".join(sentence.split()) in page1
    coverage = compute_coverage(month_period(MAY), today=TODAY)
    figures = concern_figures(MAY, dt.date(2024, 5, 31))
    assert (coverage.met, len(coverage.areas), figures.open, figures.overdue) == (2, 4, 2, 2)
    assert coverage.remoteness_bias == 0


def test_the_detail_lists_every_concern_escaped(month_data):
    _reader, texts = read(monthly_pdf(MAY, detail=True))
    text = " ".join(" ".join(texts).split())
    assert "Coverage by work area" in text and "Recent months" in text
    assert "已联系材料员更换" in text and "生产任务紧，六月后再安排" in text  # closed with answers
    assert "工区围墙<塌了> & 漏雨" in text  # overdue, escaped not interpreted
    _reader, summary = read(monthly_pdf(MAY))
    assert "工区围墙<塌了>" not in " ".join(summary)  # the summary counts, the detail lists


def test_private_visit_content_and_phone_numbers_never_appear(month_data):
    texts = read(monthly_pdf(MAY))[1] + read(monthly_pdf(MAY, detail=True))[1]
    text = "".join(texts).replace("\n", "")
    assert PRIVATE not in text and PHONE not in text
    assert "检查防洪备料" not in text  # visit summaries are not in the report at all


def test_chinese_report(month_data):
    from desktop.i18n import Translations

    _reader, texts = read(monthly_pdf(MAY, Translations("zh_CN").tr))
    assert "主要指标" in texts[0]
    assert "示例线路车间党总支" in texts[0]
    assert "2024年05月工作月报" in texts[0]
    assert f"第 1 页 / 共 {len(texts)} 页" in texts[0]


def test_sixty_areas_span_pages_of_the_detail_with_the_header_repeated(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    make = Make()
    areas = [make.area(name=f"测试{i:02d}站线路工区", access_tier=1 + i % 3) for i in range(60)]
    make.visit(areas[0], visited_on="2024-05-03")  # May has records: every area is in it
    _reader, texts = read(monthly_pdf(MAY, detail=True))
    table_pages = [t for t in texts if "线路工区" in t]
    assert len(table_pages) >= 3
    for text in table_pages:
        assert "Work area" in text  # each continued table starts with its header row
    joined = "\n".join(texts)
    for i in range(60):
        assert f"测试{i:02d}站线路工区" in joined


def test_an_empty_month_gives_a_valid_report_that_says_so(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    _reader, texts = read(monthly_pdf(MAY))
    assert "No visits or concerns were recorded this month." in texts[0]


def test_the_printout_and_the_dashboard_name_the_same_areas_not_visited(store, monkeypatch):
    """One definition: in the month's figures, no visit, still in use; remote first, then the
    longest waiting. An area closed during the month drops out of this month's list but stays
    in May's, when it was in use."""
    from db.coverage import month_at_a_glance

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    make = Make()
    cadre = make.cadre()
    visited = make.area(name="东站", access_tier=1)
    make.visit(visited, [cadre.id], visited_on="2024-06-03")
    waiting = make.area(name="河口", access_tier=1)
    make.visit(waiting, [cadre.id], visited_on="2024-04-03")
    make.area(name="南岭", access_tier=1)  # never visited: waits longest
    make.area(name="黑山", access_tier=3)
    make.area(name="西沟", access_tier=3, active=False, deactivated_on="2024-06-05")

    june = [a.name for a in collect(TODAY, today=TODAY).coverage.not_visited]
    assert june == [a.name for a in month_at_a_glance(TODAY).month.not_visited]
    assert june == ["黑山", "南岭", "河口"]
    assert "西沟" in [a.name for a in collect(MAY, today=TODAY).coverage.not_visited]
