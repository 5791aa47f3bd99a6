"""The monthly PDF, read back: fonts, paper, pages, the db's numbers, privacy, splitting."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from db import clock
from db.concerns import concern_figures
from db.coverage import compute_coverage
from db.periods import month_period
from desktop.report.data import collect
from desktop.report.render import monthly_pdf
from tests.db.helpers import Make

TODAY = dt.date(2024, 6, 20)
MAY = dt.date(2024, 5, 1)
A4_POINTS = (595.3, 841.9)
PRIVATE = "他家里老人住院，心理压力很大"
PHONE = "13812345678"


@pytest.fixture
def month_data(store, monkeypatch):
    """Four areas, visits in May (one private talk), concerns open, overdue and closed."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    # The records were made before May, so every area is in May's figures.
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    from db.concerns import explain, resolve
    from db.organisation import update_organisation

    update_organisation({"name": "示例线路车间党总支", "depot": "示例工务段",
                         "secretary": "王书记"})
    make = Make()
    near = make.area(name="东站线路工区", access_tier=1, headcount=20)
    mid = make.area(name="河口桥隧工区", access_tier=2, headcount=12)
    far = make.area(name="黑山道口工区", access_tier=3, headcount=8)
    make.area(name="青石岭工区", access_tier=3, headcount=6)
    cadre = make.cadre(name="张建国", phone=PHONE)
    other = make.cadre(name="李红梅")
    make.visit(near, [cadre.id], visited_on="2024-05-03", summary="检查防洪备料")
    make.visit(near, [cadre.id, other.id], visited_on="2024-05-17", hours=3)
    make.visit(mid, [other.id], visited_on="2024-05-09", kind="talk", private=True, summary=PRIVATE)
    make.visit(far, [cadre.id], visited_on="2024-03-02")
    make.concern(near, cadre, raised_on="2024-05-02", description="宿舍热水器坏了")
    late = make.concern(far, other, raised_on="2024-04-01", description="工区围墙<塌了> & 漏雨")
    assert late.due_on < dt.date(2024, 5, 31)
    done = make.concern(mid, cadre, raised_on="2024-05-05", description="劳保鞋尺码不合适")
    resolve(done.id, response="已联系材料员更换", feedback_on="2024-05-12", closed_on="2024-05-11",
            actor="王书记")
    told = make.concern(near, other, raised_on="2024-05-06", description="希望调整休班")
    explain(told.id, explanation="生产任务紧，六月后再安排", told_on="2024-05-20", actor="王书记")
    return store


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
    for heading in ("Key figures", "Work areas not visited this month", "Coverage by work area",
                    "Recent months", "Visits by cadre", "Concerns", "Secretary (signature)"):
        assert heading in text
    coverage = compute_coverage(month_period(MAY), today=TODAY)
    figures = concern_figures(MAY, dt.date(2024, 5, 31))
    for area in coverage.areas:
        assert area.name in text
    assert f"Visits {sum(a.visits for a in coverage.areas)}" in text
    assert f"Cadre-visits {sum(a.cadre_visits for a in coverage.areas)}" in text
    assert (f"Raised this month {figures.raised}; resolved {figures.resolved}; explained "
            f"{figures.explained}; still open {figures.open}, of which overdue {figures.overdue}."
            ) in text
    assert figures.raised == 3 and figures.resolved == 1 and figures.explained == 1
    data = collect(MAY, today=TODAY)
    # remote first
    assert [a.name for a in data.coverage.not_visited] == ["青石岭工区", "黑山道口工区"]
    assert "青石岭工区（Remote）" in text.replace(" ", "")
    for cadre in coverage.cadres:
        assert cadre.name in text
    assert "已联系材料员更换" in text and "生产任务紧，六月后再安排" in text  # closed with answers
    assert "工区围墙<塌了> & 漏雨" in text  # overdue, escaped not interpreted


def test_private_visit_content_and_phone_numbers_never_appear(month_data):
    _reader, texts = read(monthly_pdf(MAY))
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


def test_sixty_areas_span_pages_with_the_header_repeated(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    make = Make()
    for i in range(60):
        make.area(name=f"测试{i:02d}站线路工区", access_tier=1 + i % 3)
    _reader, texts = read(monthly_pdf(MAY))
    assert len(texts) >= 3
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
    assert "There are no active work areas." in "\n".join(texts)


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
